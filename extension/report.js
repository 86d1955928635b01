// The extension's report page: reads the page (the tab, or a link), audits it with
// the wasm engine and draws the report with the audit page's own modules (js/,
// copied from www/js by scripts/build-extension): one report UI, no second copy.
import * as engine from './js/engine.js';
import { t, setLocale, browserLocale, locale } from './js/i18n.js';
import { h, clear } from './js/dom.js';
import { createPageView } from './js/report-view.js';
import { compare, botsSection } from './js/bots.js';
import { readPage, fromBase64 } from './js/read-page.js';

const api = globalThis.browser ?? globalThis.chrome;
const $ = (id) => document.getElementById(id);

function status(msg) {
  $('status').textContent = msg || '';
}

function showError(lines) {
  const box = clear($('error'));
  box.hidden = !lines;
  for (const l of [].concat(lines || [])) box.appendChild(h('p', {}, l));
}

const view = createPageView($('page-view'), { engine, allowImages: () => $('allow-images').checked, onError: showError });
let shown = null; // {html, contentType, url, dom, rawError}

async function draw() {
  if (!shown) return;
  const page = shown;
  const hasDom = typeof page.dom === 'string' && !page.rawError;
  const [report, rendered] = await Promise.all([
    engine.auditPage(page.html, { url: page.url, locale: locale(), contentType: page.contentType }),
    hasDom ? engine.auditPage(page.dom, { url: page.url, locale: locale() }) : null,
    engine.loadRules(locale()),
  ]);
  // (another page, or another language, asked meanwhile)
  if (shown !== page) return;
  const bots = clear($('bots-view'));
  if (page.rawError) bots.append(h('p', { class: 'warnbox', id: 'raw-failed' }, t('bookmarkletRawFailed', page.rawError)));
  if (rendered) bots.append(botsSection(compare(report, rendered)));
  $('audited').textContent = page.url;
  document.title = `smo-audit · ${page.url}`;
  view.show(report, { heading: page.url, source: { html: page.html, contentType: page.contentType, url: page.url }, key: page.url });
  $('results').hidden = false;
}

async function auditTab(tabId) {
  status(t('working'));
  const [res] = await api.scripting.executeScript({ target: { tabId }, func: readPage, args: [engine.maxBytes()] });
  const page = res && res.result;
  if (!page || typeof page.dom !== 'string') throw new Error('the tab could not be read');
  shown = page.raw !== null
    ? { html: fromBase64(page.raw), contentType: page.contentType, url: page.url, dom: page.dom, rawError: null }
    : { html: page.dom, contentType: null, url: page.url, dom: null, rawError: page.rawError };
  status('');
  await draw();
}

async function auditLink(link) {
  const origin = new URL(link).origin;
  const perm = { origins: [`${origin}/*`] };
  if (!(await api.permissions.contains(perm))) {
    // Access to a site is asked for when it is needed, by the reader's click.
    status('');
    $('grant').hidden = false;
    $('grant-why').textContent = t('extGrantWhy', origin);
    $('grant-go').textContent = t('extGrant', origin);
    await new Promise((resolve) => {
      $('grant-go').addEventListener('click', async () => {
        if (await api.permissions.request(perm)) {
          $('grant').hidden = true;
          resolve();
        } else showError(t('extGrantRefused', origin));
      });
    });
  }
  status(t('working'));
  const res = await fetch(link, { credentials: 'omit', cache: 'no-store', redirect: 'follow' });
  if (!res.ok) throw new Error(t('fetchStatus', res.status, link));
  const html = await engine.readCapped(res, engine.maxBytes());
  shown = { html, contentType: res.headers.get('content-type'), url: res.url || link, dom: null, rawError: null };
  status('');
  await draw();
}

async function main() {
  setLocale(browserLocale(navigator.languages || [navigator.language]));
  document.documentElement.lang = locale();
  $('allow-images-label').textContent = t('allowImages');
  $('allow-images').addEventListener('change', () => view.redraw());
  try {
    await engine.loadEngine();
    $('engine-version').textContent = `smo-audit · ${t('version', engine.version())}`;
    const q = new URLSearchParams(location.search);
    if (q.has('tab')) await auditTab(Number(q.get('tab')));
    else if (q.has('link')) await auditLink(q.get('link'));
    else throw new Error(t('extNothing'));
    document.body.dataset.audit = 'done';
  } catch (e) {
    status('');
    showError(t('auditError', e && e.message ? e.message : String(e)));
    document.body.dataset.audit = 'failed';
  }
}

main();
