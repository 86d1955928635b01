// The page report view: the summary, a profile card, the social previews with
// live editing and the whole corrected <head>, and the checklist. It is the one
// report UI of every face that shows a page report in a browser: the audit page
// (www/js/app.js) and the browser extension's report page draw a report with it.
import { h, clear } from './dom.js';
import { t, locale } from './i18n.js';
import { summary, checklist } from './render.js';
import { previewCards, disagreements } from './previews.js';
import { profileCard } from './profile.js';
import { FIELDS, CARD_TYPES, tagValues, applyEdits, correctedHead } from './edit.js';

const $ = (id) => document.getElementById(id);

/**
 * A view drawing page reports into `box`.
 * - `engine`: www/js/engine.js (auditPage, rules), to audit edited tags again;
 * - `allowImages()`: whether preview images may load (off by default: privacy);
 * - `onError(lines|null)`: shows or clears an error message.
 */
export function createPageView(box, { engine, allowImages, onError }) {
  const st = {
    report: null,
    source: null, // {html (text), url, kind} of a page given as text, else null
    key: null, // the input the report is of: a new one resets filters and edits
    heading: '',
    headingVisible: false,
    filter: 'all',
    category: '', // checklist narrowed to one category ('' = all)
    open: [], // folded checklist groups the reader opened (pass, skip)
    edits: null, // the reader's tag edits ({title, description, ...}), or null
    edited: null, // the edited page's HTML (what the shown report audited)
    cardTheme: null, // 'light' | 'dark' for the cards (null: the page's scheme)
    fullHeadOpen: false, // the whole corrected head is open (its text drawn)
    image: null, // the reader's own image file: {url (the address it stands for), blob, bytes, width, height, name}
  };
  let editTimer = 0;
  // Audits run in the engine's worker and answer later: each one that will
  // replace the shown report takes a number, and only the latest is drawn.
  let auditSeq = 0;

  /** Audits the page with the reader's edits; resolves to the report, or null
   * when a later audit (or another page) replaced it meanwhile. */
  async function auditEdited() {
    const seq = ++auditSeq;
    st.edited = applyEdits(st.source.text, st.edits);
    const i = st.image;
    const images = i ? [{ url: i.url, bytes: i.bytes, width: i.width, height: i.height }] : null;
    const report = await engine.auditPage(st.edited, { url: st.source.url, locale: locale(), kind: st.source.kind, images });
    return seq === auditSeq ? report : null;
  }

  /** The image address the page's tags name now (its og:image, edited or not), made absolute. */
  function imageAddress() {
    const facts = (st.report && st.report.facts) || {};
    const pv = facts.previews || {};
    return (pv.facebook && pv.facebook.image) || null;
  }

  /** The reader picked an image file: measure it here (bytes, pixels) and audit with it. */
  async function onImageFile(file) {
    if (!file) return;
    const url = imageAddress();
    if (!url) return onError(t('imageFileNoTag'));
    let width = null;
    let height = null;
    try {
      const bmp = await createImageBitmap(file);
      width = bmp.width;
      height = bmp.height;
      bmp.close();
    } catch {
      // (an SVG or a format the browser cannot decode: its bytes still count)
    }
    if (st.image) URL.revokeObjectURL(st.image.blob);
    st.image = { url, blob: URL.createObjectURL(file), bytes: file.size, width, height, name: file.name };
    st.edits = st.edits || {};
    $('edit-image-file-help').textContent = t('imageFileUsed', file.name, file.size, width ?? '?', height ?? '?');
    onEdit(null, null);
  }

  /**
   * Draw `report`. `opts`: `heading` (visible when `headingVisible`), `source` (the
   * page's text, url and kind when it can be edited), `key` (the input: a new key
   * forgets the category filter and the edits; the same key keeps them, and a page
   * with edits is audited again with them, e.g. after a language switch).
   */
  async function show(report, opts = {}) {
    // (an edited audit still under way is of the page shown before)
    auditSeq++;
    if (opts.key !== st.key) {
      st.category = '';
      st.edits = null;
      st.edited = null;
      if (st.image) URL.revokeObjectURL(st.image.blob);
      st.image = null;
      st.fullHeadOpen = false;
      st.key = opts.key;
    }
    const src = opts.source;
    st.source = src && (typeof src.html === 'string' || src.html instanceof Uint8Array) ? { ...src, text: pageText(src.html, report && report.facts && report.facts.encoding) } : null;
    st.heading = opts.heading || '';
    st.headingVisible = Boolean(opts.headingVisible);
    st.report = report;
    if (st.edits && st.source) {
      try {
        const edited = await auditEdited();
        if (!edited) return;
        st.report = edited;
      } catch (e) {
        onError(t('auditError', e && e.message ? e.message : String(e)));
      }
    }
    draw();
  }

  function draw() {
    clear(box);
    const r = st.report;
    if (!r) return;
    const facts = r.facts || {};
    const filterSel = h(
      'select',
      {
        id: 'filter',
        onchange: (e) => {
          st.filter = e.target.value;
          drawChecklist();
        },
      },
      h('option', { value: 'all' }, t('filterAll')),
      h('option', { value: 'problems' }, t('filterProblems')),
      h('option', { value: 'fail' }, t('filterFail')),
    );
    filterSel.value = st.filter;
    const cats = r.categories || [];
    if (!cats.some((c) => c.id === st.category)) st.category = '';
    const catSel = h(
      'select',
      {
        id: 'cat-filter',
        onchange: (e) => {
          st.category = e.target.value;
          drawChecklist();
        },
      },
      h('option', { value: '' }, t('allCategories')),
      cats.map((c) => h('option', { value: c.id }, c.title || c.id)),
    );
    catSel.value = st.category;
    box.appendChild(
      h(
        'div',
        { class: 'page-report' },
        h('h3', { tabindex: '-1', class: st.headingVisible ? null : 'sr-only' }, st.heading),
        h('section', { class: 'panel', id: 'page-summary' }, summary(r, 'page-cats')),
        facts.profile ? profileCard(r, allowImages()) : null,
        facts.profile && facts.profile.source === 'url'
          ? null
          : h(
              'section',
              { class: 'panel previews', 'aria-labelledby': 'pv-h' },
              h('h3', { id: 'pv-h' }, t('previews')),
              h('p', { class: 'help' }, t('previewsHelp')),
              themeSwitch(),
              st.source ? editPanel() : null,
              h('div', { id: 'pv-live' }),
            ),
        h(
          'section',
          { class: 'panel', 'aria-labelledby': 'cl-h' },
          h(
            'div',
            { class: 'cl-head' },
            h('h3', { id: 'cl-h' }, t('checklist')),
            h(
              'div',
              { class: 'filters' },
              h('div', { class: 'filter' }, h('label', { for: 'filter' }, t('filter')), filterSel),
              h('div', { class: 'filter' }, h('label', { for: 'cat-filter' }, t('category')), catSel),
            ),
          ),
          h('div', { id: 'checklist' }),
        ),
      ),
    );
    drawLive();
    drawChecklist();
  }

  /** The whole corrected head, folded. Its text (a page's whole head, inline
   * styles and scripts included: 78 KB on a typical corpus page) is put in only
   * when the reader opens it: laid out at once, it was most of the time from the
   * click to the drawn report. */
  function fullHeadBox(whole) {
    const code = h('code', { id: 'full-head' }, st.fullHeadOpen ? whole : null);
    const box = h('details', { class: 'full-head', id: 'full-head-box', open: st.fullHeadOpen || null }, h('summary', {}, t('fullHead')), h('pre', { class: 'ev-snippet', tabindex: '0' }, code));
    box.addEventListener('toggle', () => {
      // (kept open while the reader edits: the box is drawn again on each edit)
      st.fullHeadOpen = box.open;
      if (box.open && !code.firstChild) code.textContent = whole;
    });
    return box;
  }

  /** The parts that follow the reader's edits: cards, disagreements, suggested tags
   * and the whole corrected head. */
  function drawLive() {
    const live = $('pv-live');
    if (!live) return;
    clear(live);
    const facts = (st.report && st.report.facts) || {};
    const diffs = disagreements(facts);
    const slug = typeof facts.suggestedSlug === 'string' && facts.suggestedSlug ? facts.suggestedSlug : null;
    const head = typeof facts.suggestedHead === 'string' && facts.suggestedHead ? facts.suggestedHead : null;
    // null: the engine found nothing to fix in the tags; absent: not in this report
    const headFine = 'suggestedHead' in facts && facts.suggestedHead === null;
    const whole = st.source ? correctedHead(st.edited ?? st.source.text, head) : null;
    const parts = [
      h('div', { class: 'pv-grid', id: 'pv-grid', dataset: { theme: cardTheme() } }, previewCards(facts, allowImages(), st.image ? { [st.image.url]: st.image.blob } : null)),
      diffs.length ? h('div', { class: 'warnbox' }, h('strong', {}, `${t('disagree')}: `), h('ul', {}, diffs.map((d) => h('li', {}, d)))) : null,
      h(
        'dl',
        { class: 'suggest' },
        h('dt', {}, t('suggestedSlug')),
        h('dd', {}, slug ? h('code', { id: 'slug' }, slug) : h('span', { class: 'muted' }, t('notAvailable'))),
        h('dt', {}, t('suggestedHead')),
        h(
          'dd',
          {},
          head
            ? [h('pre', { class: 'ev-snippet', tabindex: '0' }, h('code', { id: 'suggested-head' }, head)), copyButton(head)]
            : h('span', { class: headFine ? 'nothing-to-add' : 'muted', id: headFine ? 'head-fine' : null }, headFine ? t('nothingToAdd') : t('notAvailable')),
        ),
        whole ? h('dt', {}, t('fullHead')) : null,
        whole
          ? h(
              'dd',
              {},
              h('p', { class: 'help' }, t('fullHeadHelp')),
              fullHeadBox(whole),
              copyButton(whole, 'copyHead', 'copy-head'),
            )
          : null,
      ),
    ];
    live.append(...parts.filter(Boolean));
  }

  function drawChecklist() {
    const list = $('checklist');
    if (!list) return;
    clear(list);
    if (!st.report) return;
    for (const el of checklist(st.report.categories, st.filter, engine.rules(locale()), st.category, st.open)) list.appendChild(el);
    for (const d of list.querySelectorAll('details.group')) {
      d.addEventListener('toggle', () => {
        const g = d.dataset.group;
        st.open = st.open.filter((x) => x !== g);
        if (d.open) st.open.push(g);
      });
    }
  }

  /** A field changed: audit the edited page again and redraw what follows it. */
  function onEdit(field, value) {
    st.edits = field ? { ...(st.edits || {}), [field]: value } : st.edits || {};
    clearTimeout(editTimer);
    editTimer = setTimeout(async () => {
      try {
        const edited = await auditEdited();
        if (!edited) return;
        st.report = edited;
      } catch (e) {
        return onError(t('auditError', e && e.message ? e.message : String(e)));
      }
      onError(null);
      $('edit-badge').hidden = false;
      clear($('page-summary')).append(...[].concat(summary(st.report, 'page-cats')));
      drawLive();
      drawChecklist();
    }, 120);
  }

  function editPanel() {
    const now = { ...tagValues(st.report && st.report.facts), ...(st.edits || {}) };
    const field = (f, label) => {
      const id = `edit-${f}`;
      const attrs = { id, autocomplete: 'off', spellcheck: f === 'title' || f === 'description' ? 'true' : 'false', oninput: (e) => onEdit(f, e.target.value) };
      const input = f === 'description' ? h('textarea', { ...attrs, rows: 3 }) : h('input', { ...attrs, type: f === 'image' ? 'url' : 'text' });
      input.value = now[f];
      return h('div', { class: 'edit-field', dataset: { tag: FIELDS[f].tag } }, h('label', { for: id }, t(label)), input);
    };
    const card = h(
      'select',
      { id: 'edit-card', onchange: (e) => onEdit('card', e.target.value) },
      CARD_TYPES.map((c) => h('option', { value: c }, c || t('cardAsPage'))),
    );
    if (!CARD_TYPES.includes(now.card)) card.append(h('option', { value: now.card }, now.card));
    card.value = now.card;
    return h(
      'details',
      { class: 'edit-panel', id: 'edit-panel', open: Boolean(st.edits) },
      h('summary', {}, t('editHeading'), h('span', { class: 'edit-badge', id: 'edit-badge', hidden: !st.edits }, t('editedBadge'))),
      h('p', { class: 'help' }, t('editHelp')),
      h(
        'div',
        { class: 'edit-grid' },
        field('title', 'editTitle'),
        field('description', 'editDescription'),
        field('image', 'editImage'),
        field('siteName', 'editSiteName'),
        h('div', { class: 'edit-field' }, h('label', { for: 'edit-card' }, t('editCard')), card),
        h(
          'div',
          { class: 'edit-field' },
          h('label', { for: 'edit-image-file' }, t('imageFile')),
          h('input', { id: 'edit-image-file', type: 'file', accept: 'image/*', 'aria-describedby': 'edit-image-file-help', onchange: (e) => onImageFile(e.target.files[0]) }),
          h('p', { class: 'help', id: 'edit-image-file-help' }, st.image ? t('imageFileUsed', st.image.name, st.image.bytes, st.image.width ?? '?', st.image.height ?? '?') : t('imageFileHelp')),
        ),
      ),
      h('button', { type: 'button', id: 'edit-reset', onclick: onEditReset }, t('editReset')),
    );
  }

  async function onEditReset() {
    st.edits = null;
    st.edited = null;
    if (st.image) URL.revokeObjectURL(st.image.blob);
    st.image = null;
    const seq = ++auditSeq;
    let report;
    try {
      report = await engine.auditPage(st.source.html, { url: st.source.url, locale: locale(), kind: st.source.kind, contentType: st.source.contentType });
    } catch (e) {
      return onError(t('auditError', e && e.message ? e.message : String(e)));
    }
    if (seq !== auditSeq) return;
    st.report = report;
    draw();
    const d = $('edit-panel');
    if (d) {
      d.open = true;
      $('edit-reset').focus();
    }
  }

  /** The cards' light or dark look: the reader's choice, else the page's scheme. */
  function cardTheme() {
    if (st.cardTheme) return st.cardTheme;
    return window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }

  function themeSwitch() {
    const opt = (v, label) =>
      h(
        'label',
        { class: 'radio' },
        h('input', {
          type: 'radio',
          name: 'pv-theme',
          id: `pv-theme-${v}`,
          value: v,
          checked: cardTheme() === v,
          onchange: () => {
            st.cardTheme = v;
            const g = $('pv-grid');
            if (g) g.dataset.theme = v;
          },
        }),
        t(label),
      );
    return h('div', { class: 'pv-theme' }, h('fieldset', {}, h('legend', {}, t('previewTheme')), opt('light', 'themeLight'), opt('dark', 'themeDark')));
  }

  /** A category gauge narrows the checklist to that category. */
  function onCategoryLink(e) {
    const a = e.target.closest('.cat-link');
    if (!a || !a.dataset.cat || !$('cat-filter')) return;
    e.preventDefault();
    st.category = a.dataset.cat;
    $('cat-filter').value = st.category;
    drawChecklist();
    $('cl-h').scrollIntoView({ block: 'start' });
    $('cat-filter').focus();
  }
  box.addEventListener('click', onCategoryLink);

  return {
    show,
    /** Draw again (e.g. preview images allowed or not). */
    redraw: draw,
    clear: () => {
      st.report = null;
      clear(box);
    },
    /** The shown report (the edited page's when the reader edited tags). */
    get report() {
      return st.report;
    },
  };
}

/** A page's text to edit: bytes (a fetched page) are decoded in the encoding the
 * engine found for them (`facts.encoding`), so the text edited is the text audited. */
function pageText(html, encoding) {
  if (typeof html === 'string') return html;
  try {
    return new TextDecoder(encoding || 'utf-8').decode(html);
  } catch {
    // (a label the browser does not know, or "replacement")
    return new TextDecoder('utf-8').decode(html);
  }
}

/** A button copying `text` to the clipboard. */
export function copyButton(text, label = 'copy', id = null) {
  const b = h('button', { type: 'button', class: 'copy', id }, t(label));
  b.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(text);
      b.textContent = t('copied');
    } catch {
      /* clipboard not allowed */
    }
  });
  return b;
}
