// The audit page: inputs -> engine (wasm, local) -> rendered report.
import { h, clear, download } from './dom.js';
import { t, setLocale, locale, browserLocale } from './i18n.js';
import { summary, checklist, checkItem, reportCounts, band, gauge } from './render.js';
import { previewCards, disagreements } from './previews.js';
import { profileCard } from './profile.js';
import * as engine from './engine.js';

const $ = (id) => document.getElementById(id);

const state = {
  input: null, // {type:'page', html, url, label} | {type:'site', pages, baseUrl}
  report: null, // page report, or the selected page of a site
  site: null, // site report
  paths: [], // site page paths, same order as site.pages
  selected: -1,
  filter: 'all',
  sort: { key: 'score', dir: 1 },
};

// ---------- language ----------

function applyStrings() {
  document.documentElement.lang = locale();
  document.title = t('appTitle');
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const el of document.querySelectorAll('[data-i18n-placeholder]')) el.placeholder = t(el.dataset.i18nPlaceholder);
  $('lang-select').value = locale();
  const v = engine.version();
  $('engine-version').textContent = v ? `smo-audit · ${t('version', v)}` : 'smo-audit';
}

function initLocale() {
  let saved = null;
  try {
    saved = localStorage.getItem('smo-audit-locale');
  } catch {
    /* storage may be off */
  }
  setLocale(saved || browserLocale(navigator.languages || [navigator.language]));
  applyStrings();
  $('lang-select').addEventListener('change', (e) => {
    setLocale(e.target.value);
    try {
      localStorage.setItem('smo-audit-locale', locale());
    } catch {
      /* ignore */
    }
    applyStrings();
    if (state.input) run(state.input, { keepSelection: true });
  });
}

// ---------- tabs ----------

function initTabs() {
  const tabs = [...document.querySelectorAll('[role="tab"]')];
  const select = (tab, focus) => {
    for (const x of tabs) {
      const on = x === tab;
      x.setAttribute('aria-selected', String(on));
      x.tabIndex = on ? 0 : -1;
      $(x.getAttribute('aria-controls')).hidden = !on;
    }
    if (focus) tab.focus();
  };
  tabs.forEach((tab, i) => {
    tab.addEventListener('click', () => select(tab, false));
    tab.addEventListener('keydown', (e) => {
      let j = null;
      if (e.key === 'ArrowRight') j = (i + 1) % tabs.length;
      else if (e.key === 'ArrowLeft') j = (i - 1 + tabs.length) % tabs.length;
      else if (e.key === 'Home') j = 0;
      else if (e.key === 'End') j = tabs.length - 1;
      if (j !== null) {
        e.preventDefault();
        select(tabs[j], true);
      }
    });
  });
}

// ---------- messages ----------

function status(msg) {
  $('status').textContent = msg || '';
}

/** Forget the shown report (a new input failed: old results would mislead). */
function clearResults() {
  state.input = null;
  state.report = null;
  state.site = null;
  $('results').hidden = true;
}

function showError(lines) {
  const box = clear($('error'));
  if (!lines) {
    box.hidden = true;
    return;
  }
  for (const l of [].concat(lines)) box.appendChild(h('p', {}, l));
  box.hidden = false;
}

// ---------- inputs ----------

function validHttpUrl(s) {
  try {
    const u = new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

async function onPaste() {
  const html = $('paste-html').value;
  const rawProfile = $('paste-profile').value.trim();
  const profile = rawProfile ? validHttpUrl(rawProfile) : null;
  if (rawProfile && !profile) return showError(t('badUrl', rawProfile));
  if (!html.trim()) {
    // A profile address alone: the URL-only profile audit.
    if (profile) return run({ type: 'profile', url: profile });
    return showError(t('emptyPaste'));
  }
  const raw = $('paste-url').value.trim();
  const url = raw ? validHttpUrl(raw) : null;
  if (raw && !url) return showError(t('badUrl', raw));
  // A saved profile page: its address tells the platform and the handle.
  if (profile) return run({ type: 'page', html, url: profile, kind: 'profile' });
  run({ type: 'page', html, url });
}

async function onFetch() {
  const raw = $('url-input').value.trim();
  if (!raw) return showError(t('emptyUrl'));
  const url = validHttpUrl(raw);
  if (!url) return showError(t('badUrl', raw));
  showError(null);
  status(t('working'));
  // A social profile address: profile sites do not let a browser fetch them, so
  // audit the address itself (the saved page gives the full audit).
  try {
    await engine.loadEngine();
  } catch {
    // run() reports it below.
  }
  if (engine.profileFromUrl(url)) return run({ type: 'profile', url });
  let res;
  try {
    res = await fetch(url, { mode: 'cors', credentials: 'omit', redirect: 'follow', referrerPolicy: 'no-referrer' });
  } catch {
    status('');
    clearResults();
    return showError([t('fetchBlocked', url), t('fetchAlternatives', url)]);
  }
  if (!res.ok) {
    status('');
    clearResults();
    return showError([t('fetchStatus', res.status, url), t('fetchAlternatives', url)]);
  }
  const html = new Uint8Array(await res.arrayBuffer());
  run({ type: 'page', html, url: res.url || url, contentType: res.headers.get('content-type') });
}

function isHtml(name) {
  return /\.html?$/i.test(name);
}

/** Paths relative to the chosen folder (its own name dropped), '/' separated. */
function relPaths(entries) {
  const parts = entries.map((e) => e.path.replace(/\\/g, '/').replace(/^\/+/, '').split('/'));
  const top = parts.length && parts.every((p) => p.length > 1 && p[0] === parts[0][0]) ? 1 : 0;
  return entries.map((e, i) => ({ ...e, path: parts[i].slice(top).join('/') }));
}

// Other files of a site (robots.txt, sitemap.xml, images) go to the site checks;
// each is kept only up to this size.
const MAX_SIDE_FILE = 16 * 1024 * 1024;

async function readFiles(list) {
  const pages = [];
  const others = [];
  for (const f of list) {
    const path = f.relPath || f.webkitRelativePath || f.name;
    if (isHtml(path)) pages.push({ path, html: new Uint8Array(await f.arrayBuffer()) });
    else if (f.size <= MAX_SIDE_FILE) others.push({ path, file: f });
  }
  // one common folder name is dropped from pages and files alike
  const all = relPaths([...pages, ...others]);
  const files = {};
  for (const o of all.slice(pages.length)) files[o.path] = new Uint8Array(await o.file.arrayBuffer());
  return { pages: all.slice(0, pages.length).sort((a, b) => comparePaths(a.path, b.path)), files };
}

/** Folder order of the command line tool: component by component, by code point. */
function comparePaths(a, b) {
  const x = a.split('/');
  const y = b.split('/');
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
  }
  return x.length - y.length;
}

async function onFiles(list, asSite) {
  showError(null);
  const { pages, files } = await readFiles([...list]);
  if (!pages.length) return showError(t('noHtmlFiles'));
  if (pages.length === 1 && !asSite) return run({ type: 'page', html: pages[0].html, url: null, label: pages[0].path });
  const raw = $('base-url').value.trim();
  const baseUrl = raw ? validHttpUrl(raw) : null;
  if (raw && !baseUrl) return showError(t('badUrl', raw));
  run({ type: 'site', pages, baseUrl, files: asSite ? files : {} });
}

/** Walk dropped folders (iteratively) into File objects with their relative path. */
async function droppedFiles(dt) {
  const out = [];
  const queue = [];
  for (const item of dt.items || []) {
    const entry = item.webkitGetAsEntry ? item.webkitGetAsEntry() : null;
    if (entry) queue.push(entry);
    else if (item.kind === 'file') out.push(item.getAsFile());
  }
  let dirs = 0;
  while (queue.length) {
    const e = queue.shift();
    if (e.isFile) {
      const f = await new Promise((res, rej) => e.file(res, rej));
      f.relPath = e.fullPath;
      out.push(f);
    } else if (e.isDirectory) {
      dirs += 1;
      const reader = e.createReader();
      for (;;) {
        const batch = await new Promise((res, rej) => reader.readEntries(res, rej));
        if (!batch.length) break;
        queue.push(...batch);
      }
    }
  }
  return { files: out.filter(Boolean), dirs };
}

function initDrop(el, asSite) {
  el.addEventListener('dragover', (e) => {
    e.preventDefault();
    el.classList.add('over');
  });
  el.addEventListener('dragleave', () => el.classList.remove('over'));
  el.addEventListener('drop', async (e) => {
    e.preventDefault();
    el.classList.remove('over');
    const { files, dirs } = await droppedFiles(e.dataTransfer);
    onFiles(files, asSite || dirs > 0);
  });
}

// ---------- audit ----------

async function run(input, opts = {}) {
  showError(null);
  status(t('working'));
  state.input = input;
  try {
    await engine.loadEngine();
  } catch (e) {
    status('');
    return showError(t('engineFailed', e && e.message ? e.message : String(e)));
  }
  applyStrings();
  try {
    if (input.type === 'page' || input.type === 'profile') {
      state.site = null;
      state.paths = [];
      state.selected = -1;
      state.report =
        input.type === 'profile'
          ? engine.auditProfileUrl(input.url, { locale: locale() })
          : engine.auditPage(input.html, { url: input.url, locale: locale(), contentType: input.contentType, kind: input.kind });
    } else {
      state.site = engine.auditSite(
        input.pages.map((p) => ({ path: p.path, html: p.html })),
        { baseUrl: input.baseUrl, locale: locale(), files: input.files },
      );
      state.paths = input.pages.map((p) => p.path);
      if (!opts.keepSelection) state.selected = -1;
      state.report = state.selected >= 0 ? state.site.pages[state.selected] : null;
    }
  } catch (e) {
    status('');
    clearResults();
    return showError(t('auditError', e && e.message ? e.message : String(e)));
  }
  status('');
  render();
  if (!opts.keepSelection) $('results').focus();
}

// ---------- results ----------

function render() {
  $('results').hidden = false;
  renderSite();
  renderPage();
}

function renderSite() {
  const box = clear($('site-view'));
  const site = state.site;
  if (!site) return;
  const pages = site.pages || [];
  const cats = [];
  for (const p of pages) for (const c of p.categories || []) if (!cats.some((x) => x.id === c.id)) cats.push({ id: c.id, title: c.title || c.id });
  const rows = pages.map((p, i) => {
    const n = reportCounts(p);
    const cs = {};
    for (const c of p.categories || []) cs[c.id] = c.score;
    return { i, path: state.paths[i] || p.url || String(i + 1), score: p.score, fail: n.fail, warn: n.warn, cs };
  });
  const { key, dir } = state.sort;
  const collator = new Intl.Collator(locale(), { numeric: true });
  const val = (r) => (key === 'path' ? r.path : key.startsWith('cat:') ? r.cs[key.slice(4)] ?? -1 : r[key]);
  rows.sort((a, b) => {
    const x = val(a);
    const y = val(b);
    const c = typeof x === 'string' ? collator.compare(x, y) : x - y;
    return (c || collator.compare(a.path, b.path)) * dir;
  });
  const cols = [
    { key: 'path', label: t('pathCol') },
    { key: 'score', label: t('scoreCol') },
    { key: 'fail', label: t('failCol') },
    { key: 'warn', label: t('warnCol') },
    ...cats.map((c) => ({ key: `cat:${c.id}`, label: c.title })),
  ];
  const th = (c) =>
    h(
      'th',
      { scope: 'col', class: c.key === 'path' ? null : 'num', 'aria-sort': key === c.key ? (dir > 0 ? 'ascending' : 'descending') : null },
      h(
        'button',
        {
          type: 'button',
          class: 'sort',
          'aria-label': t('sortBy', c.label),
          onclick: () => {
            state.sort = { key: c.key, dir: key === c.key ? -dir : c.key === 'path' ? 1 : -1 };
            renderSite();
          },
        },
        c.label,
        h('span', { 'aria-hidden': 'true', class: 'sort-ind' }, key === c.key ? (dir > 0 ? ' ▲' : ' ▼') : ''),
      ),
    );
  const siteChecks = (site.site && site.site.checks) || [];
  box.appendChild(
    h(
      'section',
      { class: 'panel site', 'aria-labelledby': 'site-h' },
      h('h3', { id: 'site-h' }, `${t('site')} · ${t('pagesCount', pages.length)}`),
      h('div', { class: 'summary-main' }, gauge(site.score, t('overall'))),
      h(
        'div',
        { class: 'table-wrap' },
        h(
          'table',
          { class: 'pages', id: 'pages-table' },
          h('caption', {}, t('pagesTable')),
          h('thead', {}, h('tr', {}, cols.map(th))),
          h(
            'tbody',
            {},
            rows.map((r) =>
              h(
                'tr',
                { class: r.i === state.selected ? 'selected' : null, 'aria-current': r.i === state.selected ? 'true' : null },
                h(
                  'th',
                  { scope: 'row' },
                  h('button', { type: 'button', class: 'linkish', 'aria-label': t('showPage', r.path), onclick: () => selectPage(r.i) }, r.path),
                ),
                h('td', { class: `num band-${band(r.score)}` }, String(r.score)),
                h('td', { class: 'num' }, String(r.fail)),
                h('td', { class: 'num' }, String(r.warn)),
                cats.map((c) => h('td', { class: 'num' }, r.cs[c.id] === undefined ? '–' : String(r.cs[c.id]))),
              ),
            ),
          ),
        ),
      ),
      h('h4', {}, t('siteChecks')),
      siteChecks.length ? h('ul', { class: 'checks' }, siteChecks.map((c) => checkItem(c, engine.rules(locale())))) : h('p', { class: 'muted' }, t('siteChecksNone')),
    ),
  );
}

function selectPage(i) {
  state.selected = i;
  state.report = state.site.pages[i];
  renderSite();
  renderPage();
  const v = $('page-view');
  v.scrollIntoView({ block: 'start' });
  v.querySelector('h3')?.focus();
}

function renderPage() {
  const box = clear($('page-view'));
  const r = state.report;
  if (!r) return;
  const facts = r.facts || {};
  const title = state.site ? t('pageReport', state.paths[state.selected] || r.url || '') : t('resultsHeading');
  const filterSel = h(
    'select',
    {
      id: 'filter',
      onchange: (e) => {
        state.filter = e.target.value;
        const list = clear($('checklist'));
        for (const el of checklist(state.report.categories, state.filter, engine.rules(locale()))) list.appendChild(el);
      },
    },
    h('option', { value: 'all' }, t('filterAll')),
    h('option', { value: 'problems' }, t('filterProblems')),
    h('option', { value: 'fail' }, t('filterFail')),
  );
  filterSel.value = state.filter;
  const diffs = disagreements(facts);
  const slug = typeof facts.suggestedSlug === 'string' && facts.suggestedSlug ? facts.suggestedSlug : null;
  const head = typeof facts.suggestedHead === 'string' && facts.suggestedHead ? facts.suggestedHead : null;
  box.appendChild(
    h(
      'div',
      { class: 'page-report' },
      h('h3', { tabindex: '-1', class: state.site ? null : 'sr-only' }, title),
      h('section', { class: 'panel' }, summary(r, 'page-cats')),
      facts.profile ? profileCard(r, $('allow-images').checked) : null,
      facts.profile && facts.profile.source === 'url'
        ? null
        : h(
        'section',
        { class: 'panel previews', 'aria-labelledby': 'pv-h' },
        h('h3', { id: 'pv-h' }, t('previews')),
        h('p', { class: 'help' }, t('previewsHelp')),
        h('div', { class: 'pv-grid' }, previewCards(facts, $('allow-images').checked)),
        diffs.length ? h('div', { class: 'warnbox' }, h('strong', {}, `${t('disagree')}: `), h('ul', {}, diffs.map((d) => h('li', {}, d)))) : null,
        h(
          'dl',
          { class: 'suggest' },
          h('dt', {}, t('suggestedSlug')),
          h('dd', {}, slug ? h('code', { id: 'slug' }, slug) : h('span', { class: 'muted' }, t('notAvailable'))),
          h('dt', {}, t('suggestedHead')),
          h('dd', {}, head ? [h('pre', { class: 'ev-snippet' }, h('code', { id: 'suggested-head' }, head)), copyButton(head)] : h('span', { class: 'muted' }, t('notAvailable'))),
        ),
      ),
      h(
        'section',
        { class: 'panel', 'aria-labelledby': 'cl-h' },
        h(
          'div',
          { class: 'cl-head' },
          h('h3', { id: 'cl-h' }, t('checklist')),
          h('div', { class: 'filter' }, h('label', { for: 'filter' }, t('filter')), filterSel),
        ),
        h('div', { id: 'checklist' }, checklist(r.categories, state.filter, engine.rules(locale()))),
      ),
    ),
  );
}

function copyButton(text) {
  const b = h('button', { type: 'button', class: 'copy' }, t('copy'));
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

// ---------- export ----------

function exported() {
  return state.site || state.report;
}

function onExportJson() {
  const r = exported();
  if (!r) return;
  let text = engine.renderWith(r, 'json') || JSON.stringify(r, null, 2);
  if (!text.endsWith('\n')) text += '\n';
  download('smo-audit-report.json', text, 'application/json');
}

function onExportMd() {
  const r = exported();
  if (!r) return;
  // The engine's Markdown (the CLI's `--format markdown`): scores, then each
  // problem with its fix, pages named by their paths.
  const opts = state.site ? { labels: state.paths } : { label: (state.input && (state.input.url || state.input.label)) || undefined };
  const text = engine.renderWith(r, 'markdown', opts);
  if (!text) return showError(t('exportFailed'));
  download('smo-audit-report.md', text, 'text/markdown');
}

// ---------- start ----------

function init() {
  initLocale();
  initTabs();
  $('paste-go').addEventListener('click', onPaste);
  $('url-go').addEventListener('click', onFetch);
  $('url-input').addEventListener('keydown', (e) => e.key === 'Enter' && onFetch());
  $('files-input').addEventListener('change', (e) => onFiles(e.target.files, false));
  $('folder-input').addEventListener('change', (e) => onFiles(e.target.files, true));
  initDrop($('drop-files'), false);
  initDrop($('drop-folder'), true);
  $('allow-images').addEventListener('change', () => state.report && renderPage());
  $('export-json').addEventListener('click', onExportJson);
  $('export-md').addEventListener('click', onExportMd);
  // Warm the engine up so the first audit is quick; errors show when auditing.
  engine.loadEngine().then(
    () => {
      document.body.dataset.engine = 'ready';
      applyStrings();
    },
    (e) => {
      document.body.dataset.engine = 'failed';
      showError(t('engineFailed', e && e.message ? e.message : String(e)));
    },
  );
}

init();
