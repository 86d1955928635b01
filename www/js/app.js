// The audit page: inputs -> engine (wasm, local) -> rendered report.
import { h, clear, download, afterPaint } from './dom.js';
import { t, setLocale, locale, browserLocale } from './i18n.js';
import { checklist, band, gauge, openDocFromHash } from './render.js';
import { createPageView } from './report-view.js';
import { compare, botsSection } from './bots.js';
import { bookmarkletHref, acceptPageMessage } from './bookmarklet.js';
import * as engine from './engine.js';
import { auditSite, cancelSiteAudit, dropSite, sitePage, siteRender } from './site-run.js';

const $ = (id) => document.getElementById(id);

const state = {
  input: null, // {type:'page', html, url, label} | {type:'site', pages, baseUrl}
  report: null, // page report, or the selected page of a site
  site: null, // site report without its pages (they stay in the site worker)
  rows: [], // the site's table rows {path, score, fail, warn, categories}, in page order
  paths: [], // site page paths, same order as rows
  selected: -1,
  runs: 0, // fresh inputs audited so far (a language switch is not a fresh input)
  sort: { key: 'score', dir: 1 },
  siteFilter: '', // text the site table's paths must contain
  sitePage: 0, // page of the site table (PAGE_ROWS rows each)
};

// The page report (summary, previews with live editing, checklist): one module
// shared with the browser extension's report page.
const view = createPageView($('page-view'), {
  engine,
  allowImages: () => $('allow-images').checked,
  onError: (lines) => showError(lines),
});

// ---------- language ----------

function applyStrings() {
  document.documentElement.lang = locale();
  document.title = t('appTitle');
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  // on a Mac the shortcut is Cmd+Enter
  if (/Mac|iPhone|iPad/.test(navigator.platform || '')) $('shortcut-help').textContent = t('shortcutHelp').replace('Ctrl+', 'Cmd+');
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
    if (state.input) keepPlace(() => run(state.input, { keepSelection: true }));
  });
}

/** Elements a re-render draws again, found by a key: those with an id, and the checks. */
function placeKey(el) {
  if (el.id) return `#${CSS.escape(el.id)}`;
  return el.dataset.id ? `#checklist .check[data-id="${CSS.escape(el.dataset.id)}"]` : null;
}

/**
 * Re-render without moving the reader: the first element that starts in the
 * window stays where it was on screen, and the opened explanations stay open.
 */
async function keepPlace(fn) {
  const y = window.scrollY;
  let anchor = null;
  for (const el of document.querySelectorAll('#results [id], #checklist .check[data-id]')) {
    const r = el.getBoundingClientRect();
    if (r.height > 0 && r.top >= 0) {
      anchor = { key: placeKey(el), top: r.top };
      break;
    }
  }
  const open = [...document.querySelectorAll('#results details[open][id]')].map((d) => d.id);
  await fn();
  for (const id of open) {
    const d = document.getElementById(id);
    if (d) d.open = true;
  }
  const el = anchor && anchor.key ? document.querySelector(anchor.key) : null;
  if (el && el.getBoundingClientRect().height > 0) window.scrollBy(0, el.getBoundingClientRect().top - anchor.top);
  else window.scrollTo(0, y);
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
  dropSite();
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
  if (await engine.profileFromUrl(url)) return run({ type: 'profile', url });
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
  // read at most the engine's limit: a larger page is stopped while downloading
  let html;
  try {
    html = await engine.readCapped(res, engine.maxBytes());
  } catch (e) {
    status('');
    clearResults();
    return showError(e && e.tooBig ? t('fetchTooBig', Math.round(engine.maxBytes() / 1048576)) : [t('fetchBlocked', url), t('fetchAlternatives', url)]);
  }
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

/** The chosen files by their path in the site (read later, in the site
 * worker): the pages in folder order, and the other files. */
function siteFiles(list) {
  const entries = list.map((file) => ({ path: file.relPath || file.webkitRelativePath || file.name, file }));
  const pages = entries.filter((e) => isHtml(e.path));
  const others = entries.filter((e) => !isHtml(e.path) && e.file.size <= MAX_SIDE_FILE);
  // one common folder name is dropped from pages and files alike
  const all = relPaths([...pages, ...others]);
  // each path split once (thousands of pages)
  const sorted = all
    .slice(0, pages.length)
    .map((p) => ({ p, parts: p.path.split('/') }))
    .sort((a, b) => comparePaths(a.parts, b.parts))
    .map((x) => x.p);
  return { pages: sorted, others: all.slice(pages.length) };
}

/** Folder order of the command line tool (paths split at '/'): component by component, by code point. */
function comparePaths(x, y) {
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
  }
  return x.length - y.length;
}

async function onFiles(list, asSite) {
  showError(null);
  const chosen = [...list];
  // in a task of its own: the browser's task that filled the file input (long for thousands of files) ends first
  await new Promise((resolve) => setTimeout(resolve));
  const { pages, others } = siteFiles(chosen);
  if (!pages.length) return showError(t('noHtmlFiles'));
  if (pages.length === 1 && !asSite) {
    const html = new Uint8Array(await pages[0].file.arrayBuffer());
    return run({ type: 'page', html, url: null, label: pages[0].path });
  }
  const raw = $('base-url').value.trim();
  const baseUrl = raw ? validHttpUrl(raw) : null;
  if (raw && !baseUrl) return showError(t('badUrl', raw));
  run({ type: 'site', pages, baseUrl, others: asSite ? others : [], fileTree: asSite });
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
  // (marks for bench/browser-timing.mjs: an audit, from the click to the drawn report)
  performance.mark('smo-audit:run-start');
  // a new audit cancels the site audit under way
  if (cancelSiteAudit()) siteProgress(null);
  showError(null);
  status(t('working'));
  const shownInput = state.input;
  state.input = input;
  if (!opts.keepSelection) state.runs += 1;
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
      dropSite();
      state.rows = [];
      state.paths = [];
      state.selected = -1;
      const report =
        input.type === 'profile'
          ? engine.auditProfileUrl(input.url, { locale: locale() })
          : engine.auditPage(input.html, { url: input.url, locale: locale(), contentType: input.contentType, kind: input.kind });
      // (the checklist's rule reference comes with it, once a language)
      [state.report] = await Promise.all([report, engine.loadRules(locale())]);
      // another audit started meanwhile: it draws its own report
      if (state.input !== input) return;
    } else {
      const done = await runSite(input);
      if (!done) {
        // cancelled (the site on screen stays), or another audit started
        if (state.input === input) state.input = shownInput;
        return;
      }
      state.site = done.summary;
      state.rows = done.rows;
      state.paths = done.rows.map((r) => r.path);
      if (!opts.keepSelection) {
        state.selected = -1;
        state.siteFilter = '';
        state.sitePage = 0;
      }
      state.report = state.selected >= 0 ? await sitePage(state.selected) : null;
      await engine.loadRules(locale());
    }
  } catch (e) {
    status('');
    clearResults();
    return showError(t('auditError', e && e.message ? e.message : String(e)));
  }
  status('');
  render();
  // run-end: the report is built (our code); run-painted: the browser has laid
  // it out and painted it, i.e. the reader sees it
  performance.mark('smo-audit:run-end');
  if (!opts.keepSelection) $('results').focus();
  afterPaint(() => performance.mark('smo-audit:run-painted'));
}

// ---------- site audit (in a worker) ----------

let siteToken = 0; // the site audit whose progress is shown

/** Audit a site in the site worker, with the progress bar; null when cancelled. */
async function runSite(input) {
  const token = ++siteToken;
  const options = { locale: locale() };
  if (input.baseUrl) options.baseUrl = input.baseUrl;
  // a build folder is the whole file tree: a robots.txt or sitemap not in it is missing
  if (input.fileTree) options.fileTree = true;
  siteProgress(0, input.pages.length);
  try {
    return await auditSite({ pages: input.pages, others: input.others, options }, (done, total) => token === siteToken && siteProgress(done, total));
  } finally {
    if (token === siteToken) siteProgress(null);
  }
}

/** The progress bar under the form ("Audited 1,234 of 3,000 pages"), with
 * Cancel; done null hides it. */
function siteProgress(done, total) {
  let box = $('site-progress-box');
  if (!box) {
    box = h(
      'div',
      { id: 'site-progress-box', class: 'site-progress', hidden: true },
      h('label', { for: 'site-progress', id: 'site-progress-label' }),
      h('progress', { id: 'site-progress', max: '1', value: '0' }),
      h('button', { type: 'button', id: 'site-cancel', onclick: onCancelSite }),
    );
    $('status').after(box);
  }
  if (done === null) {
    box.hidden = true;
    return;
  }
  const n = new Intl.NumberFormat(locale());
  $('site-progress-label').textContent = t('auditedOf', n.format(done), n.format(total));
  $('site-progress').max = Math.max(1, total);
  $('site-progress').value = done;
  $('site-cancel').textContent = t('cancel');
  box.hidden = false;
}

function onCancelSite() {
  if (!cancelSiteAudit()) return;
  siteToken++;
  siteProgress(null);
  status(t('auditCancelled'));
  document.querySelector('[role="tab"][aria-selected="true"]')?.focus();
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
  const pages = state.rows;
  const cats = [];
  for (const p of pages) for (const c of p.categories || []) if (!cats.some((x) => x.id === c.id)) cats.push({ id: c.id, title: c.title || c.id });
  const rows = pages.map((p, i) => {
    const cs = {};
    for (const c of p.categories || []) cs[c.id] = c.score;
    return { i, path: p.path || p.url || String(i + 1), score: p.score, fail: p.fail, warn: p.warn, cs };
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
  // filter by path text, then one page of rows
  const needle = state.siteFilter.trim().toLowerCase();
  const matching = needle ? rows.filter((r) => r.path.toLowerCase().includes(needle)) : rows;
  const pagesN = Math.max(1, Math.ceil(matching.length / PAGE_ROWS));
  state.sitePage = Math.min(Math.max(0, state.sitePage), pagesN - 1);
  const from = state.sitePage * PAGE_ROWS;
  const shown = matching.slice(from, from + PAGE_ROWS);
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
      { scope: 'col', class: c.key === 'path' ? 'path-col' : c.key.startsWith('cat:') ? 'num cat-col' : 'num', dataset: { key: c.key }, 'aria-sort': key === c.key ? (dir > 0 ? 'ascending' : 'descending') : null },
      h(
        'button',
        {
          type: 'button',
          class: 'sort',
          'aria-label': t('sortBy', c.label),
          onclick: () => {
            state.sort = { key: c.key, dir: key === c.key ? -dir : c.key === 'path' ? 1 : -1 };
            state.sitePage = 0;
            renderSite();
            document.querySelector(`#pages-table thead th[data-key="${CSS.escape(c.key)}"] button`)?.focus();
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
        { class: 'site-tools' },
        h('label', { for: 'site-filter' }, t('siteFilterLabel')),
        h('input', {
          id: 'site-filter',
          type: 'search',
          value: state.siteFilter,
          placeholder: t('siteFilterPlaceholder'),
          autocomplete: 'off',
          oninput: (e) => {
            state.siteFilter = e.target.value;
            state.sitePage = 0;
            renderSite();
            const f = $('site-filter');
            f.focus();
            f.setSelectionRange(f.value.length, f.value.length);
          },
        }),
      ),
      h(
        'div',
        { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-labelledby': 'pages-caption' },
        h(
          'table',
          { class: 'pages', id: 'pages-table' },
          h('caption', { id: 'pages-caption' }, t('pagesTable')),
          h('thead', {}, h('tr', {}, cols.map(th))),
          h(
            'tbody',
            {},
            shown.map((r) =>
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
                cats.map((c) => h('td', { class: 'num' }, typeof r.cs[c.id] === 'number' ? String(r.cs[c.id]) : '–')),
              ),
            ),
          ),
        ),
      ),
      pager(matching.length, from, shown.length, pagesN),
      h('h4', {}, t('siteChecks')),
      // failures first, passes folded, as the page checklist
      siteChecks.length
        ? h('div', { class: 'site-checks', id: 'site-checks' }, checklist([{ id: 'site', checks: siteChecks }], 'all', engine.rules(locale())))
        : h('p', { class: 'muted' }, t('siteChecksNone')),
    ),
  );
}

const PAGE_ROWS = 50;

/** "Pages 1–50 of 3000" with previous / next buttons under the site table. */
function pager(total, from, n, pagesN) {
  const go = (d) => () => {
    state.sitePage += d;
    renderSite();
    $(d > 0 ? 'next-rows' : 'prev-rows')?.focus();
  };
  return h(
    'div',
    { class: 'pager' },
    h('span', { id: 'rows-shown', role: 'status' }, total ? t('shownRows', from + 1, from + n, total) : t('noRows')),
    pagesN > 1
      ? [
          h('button', { type: 'button', id: 'prev-rows', disabled: state.sitePage === 0, onclick: go(-1) }, t('prevPage')),
          h('button', { type: 'button', id: 'next-rows', disabled: state.sitePage >= pagesN - 1, onclick: go(1) }, t('nextPage')),
        ]
      : null,
  );
}

async function selectPage(i) {
  let report;
  try {
    report = await sitePage(i);
  } catch (e) {
    return showError(t('auditError', e && e.message ? e.message : String(e)));
  }
  state.selected = i;
  state.report = report;
  renderSite();
  renderPage();
  const v = $('page-view');
  v.scrollIntoView({ block: 'start' });
  v.querySelector('h3')?.focus();
}

/** Bots vs visitors: a page that came with its rendered DOM (the bookmarklet, the
 * extension) is audited twice, and what JavaScript changed is shown. */
async function renderBots() {
  const box = clear($('bots-view'));
  const i = state.input;
  if (!i || i.type !== 'page' || state.site) return;
  if (i.rawError) box.append(h('p', { class: 'warnbox', id: 'raw-failed' }, t('bookmarkletRawFailed', i.rawError)));
  const report = state.report;
  if (typeof i.dom !== 'string' || !report) return;
  let rendered;
  try {
    rendered = await engine.auditPage(i.dom, { url: i.url, locale: locale() });
  } catch {
    return;
  }
  // (drawn only if the same report is still shown)
  if (state.report === report) box.append(botsSection(compare(report, rendered)));
}

function renderPage() {
  renderBots();
  const r = state.report;
  if (!r) return view.clear();
  const i = state.input;
  view.show(r, {
    heading: state.site ? t('pageReport', state.paths[state.selected] || r.url || '') : t('resultsHeading'),
    headingVisible: Boolean(state.site),
    // a page given as text (or bytes) can have its tags edited; a site's page cannot
    source: !state.site && i && i.type === 'page' ? { html: i.html, contentType: i.contentType, url: i.url, kind: i.kind } : null,
    key: state.site ? `site:${state.runs}:${state.selected}` : `page:${state.runs}`,
  });
}

// ---------- export ----------

function exported() {
  // (the page as shown: with the reader's tag edits, if any)
  return state.site || view.report;
}

/** A site export, rendered by the site worker that holds the page reports; null when it fails. */
async function siteExport(format, options) {
  try {
    return await siteRender(format, options);
  } catch {
    return null;
  }
}

async function onExportJson() {
  const r = exported();
  if (!r) return;
  if (state.site) {
    const text = await siteExport('json');
    return text ? download('smo-audit-report.json', text.endsWith('\n') ? text : `${text}\n`, 'application/json') : showError(t('exportFailed'));
  }
  let text = (await engine.renderWith(r, 'json')) || JSON.stringify(r, null, 2);
  if (!text.endsWith('\n')) text += '\n';
  download('smo-audit-report.json', text, 'application/json');
}

async function onExportMd() {
  const r = exported();
  if (!r) return;
  // The engine's Markdown (the CLI's `--format markdown`): scores, then each
  // problem with its fix, pages named by their paths.
  const opts = state.site ? { labels: state.paths } : { label: (state.input && (state.input.url || state.input.label)) || undefined };
  const text = state.site ? await siteExport('markdown', opts) : await engine.renderWith(r, 'markdown', opts);
  if (!text) return showError(t('exportFailed'));
  download('smo-audit-report.md', text, 'text/markdown');
}

// ---------- start ----------

/** Ctrl+Enter (Cmd+Enter on a Mac) audits what the open tab holds. */
function onShortcut(e) {
  if (e.key !== 'Enter' || !(e.ctrlKey || e.metaKey)) return;
  const tab = document.querySelector('[role="tab"][aria-selected="true"]');
  if (tab?.id === 'tab-paste') {
    e.preventDefault();
    onPaste();
  } else if (tab?.id === 'tab-url') {
    e.preventDefault();
    onFetch();
  }
}

// A page of our own (www/example/), audited as if served at this address.
const EXAMPLE = { file: 'example/sourdough.html', url: 'https://bakery.example/guides/sourdough-starter' };

async function onExample() {
  showError(null);
  let html;
  try {
    const res = await fetch(EXAMPLE.file);
    if (!res.ok) throw new Error(String(res.status));
    html = await res.text();
  } catch (e) {
    return showError(t('exampleFailed', e && e.message ? e.message : String(e)));
  }
  $('tab-paste').click();
  $('paste-html').value = html;
  $('paste-url').value = EXAMPLE.url;
  $('paste-profile').value = '';
  run({ type: 'page', html, url: EXAMPLE.url });
}

// ---------- the bookmarklet ----------

/** The link to drag to the bookmarks bar, and (opened by it) the page it hands over. */
function initBookmarklet() {
  const a = $('bookmarklet');
  a.href = bookmarkletHref(location.href, engine.maxBytes());
  a.addEventListener('click', (e) => {
    // (our CSP would refuse it here anyway: it is meant for other pages)
    e.preventDefault();
    status(t('bookmarkletDrag'));
  });
  const opener = window.opener;
  if (location.hash !== '#bookmarklet') return;
  if (!opener) {
    // opened by the bookmarklet, but the site's Cross-Origin-Opener-Policy cut the link
    history.replaceState(null, '', location.pathname + location.search);
    return showError(t('bookmarkletNone'));
  }
  status(t('bookmarkletWaiting'));
  const late = setTimeout(() => {
    status('');
    showError(t('bookmarkletNone'));
  }, 15000);
  const onMessage = (e) => {
    const page = acceptPageMessage(e, opener, engine.maxBytes());
    if (!page) return; // another window, another shape or another origin: ignored
    clearTimeout(late);
    window.removeEventListener('message', onMessage);
    history.replaceState(null, '', location.pathname + location.search);
    run({
      type: 'page',
      html: page.html || page.dom,
      url: page.url,
      contentType: page.html ? page.contentType : null,
      dom: page.html ? page.dom : null,
      rawError: page.html ? null : page.error,
    });
  };
  window.addEventListener('message', onMessage);
  // (nothing in it: the opener's origin is not known before its answer)
  opener.postMessage({ type: 'smo-audit:ready' }, '*');
}

/** Draws the warm-up page's report once, unseen (off screen, then removed in the
 * same task), while no report is shown: the browser's first layout of a report
 * looks up every font the checklist and the platforms' cards use (over 100
 * lookups, most of that layout's time), and the drawing code runs for the first
 * time. Paid here, in idle time, a reader's first report is drawn as fast as the
 * next ones. */
function warmDrawing(warm) {
  if (!warm || state.report || state.input) return;
  const box = h('div', { class: 'warm-draw', 'aria-hidden': 'true', inert: '' });
  document.body.appendChild(box);
  try {
    const v = createPageView(box, { engine, allowImages: () => false, onError: () => {} });
    v.show(warm.report, { heading: '', source: { html: warm.html, url: warm.url }, key: 'warm-up' });
    void box.offsetHeight;
  } catch {
    // only a warm-up: the real drawing reports its own errors
  } finally {
    box.remove();
  }
}

function init() {
  // Served over http(s): the "how to serve this folder" notice is not needed.
  // (From file:// the browser refuses the modules and the wasm: it stays.)
  if (location.protocol === 'file:') return;
  initLocale();
  initTabs();
  document.addEventListener('keydown', onShortcut);
  $('example-go').addEventListener('click', onExample);
  window.addEventListener('hashchange', openDocFromHash);
  $('paste-go').addEventListener('click', onPaste);
  $('url-go').addEventListener('click', onFetch);
  $('url-input').addEventListener('keydown', (e) => e.key === 'Enter' && onFetch());
  $('files-input').addEventListener('change', (e) => onFiles(e.target.files, false));
  $('folder-input').addEventListener('change', (e) => onFiles(e.target.files, true));
  initDrop($('drop-files'), false);
  initDrop($('drop-folder'), true);
  $('allow-images').addEventListener('change', () => state.report && view.redraw());
  $('export-json').addEventListener('click', onExportJson);
  $('export-md').addEventListener('click', onExportMd);
  // Warm the engine up so the first audit is quick; errors show when auditing.
  engine.loadEngine().then(
    () => {
      document.body.dataset.engine = 'ready';
      performance.mark('smo-audit:engine-ready');
      // the engine's one-time costs, paid while the reader is not waiting
      const idle = window.requestIdleCallback || ((f) => setTimeout(f, 50));
      idle(async () => {
        try {
          warmDrawing(await engine.warmUp(locale()));
        } catch {
          // only a warm-up: a real audit reports its own errors
        }
        performance.mark('smo-audit:engine-warm');
      });
      applyStrings();
      initBookmarklet();
    },
    (e) => {
      document.body.dataset.engine = 'failed';
      showError(t('engineFailed', e && e.message ? e.message : String(e)));
    },
  );
}

init();
