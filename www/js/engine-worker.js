// The audit engine of the audit page and the extension, off the main thread (a
// module Worker): the page's typing, scrolling and drawing never wait for an
// audit, however large the page. www/js/engine.js is its client; folder audits
// have their own worker (site-worker.js).
//
// In:  {id, fn, args}        Out: {id, value} | {id, error}
// First out: {type: 'ready', version, maxBytes} | {type: 'failed', error}
// The engine's page module (the page audit, the rule reference); the full
// module (the renderers) is fetched here only when an export asks for it
// (docs/wasm-size.md).
import init, * as api from '../pkg/smo_audit_page.js';
import { toPlain, parseMaybe } from './plain.js';

// A small page touching most of the engine (tags, text, links, share): auditing
// it once, while the reader has not yet asked for anything, pays the engine's
// one-time costs (V8 compiling the functions on first call, tables built once)
// ahead of the first real audit (one run in headless Chromium: 122 ms for this
// page, then the typical corpus page in 29 ms, against 235 ms as a first audit).
const WARM_UP = `<!doctype html><html lang="en"><head><title>Warm up | Site</title>
<meta name="description" content="A short page."><meta property="og:title" content="Warm up">
<meta property="og:image" content="/a.png"><link rel="canonical" href="https://example.com/a"></head>
<body><nav><a href="/">Home</a> <a href="/blog/">Blog</a></nav><main><article><h1>Warm up</h1>
<p>This is a short text to read. It has two sentences, and a <a href="/b">link</a>.</p>
<a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fexample.com%2Fa">Share</a>
<img src="/b.png" alt="A picture"></article></main></body></html>`;

const FNS = {
  /** One page: html (text, or raw bytes decoded as the CLI does), options as the engine's `audit`. */
  auditPage: (html, opts) => parseMaybe(api.audit(html, opts)),
  auditProfileUrl: (url, opts) => parseMaybe(api.auditProfileUrl(url, opts)),
  profileFromUrl: (url) => toPlain(api.profileFromUrl(url)),
  render: async (report, format, options) => (await loadFull()).render(report, format, options ?? null),
  rules: (locale) => toPlain(api.rules(locale)) || [],
  /** The warm-up page, audited: its html, url and report. */
  warmUp: (locale) => {
    const url = 'https://example.com/a';
    return { html: WARM_UP, url, report: parseMaybe(api.audit(WARM_UP, { locale, url, includeText: true })) };
  },
};

let full = null;

/** The full module (renderers), fetched and instantiated once, when first needed. */
function loadFull() {
  full ??= import('../pkg/smo_audit.js').then(async (mod) => {
    await mod.default();
    return mod;
  });
  full.catch(() => {
    full = null;
  });
  return full;
}

// The page compiles the module while this worker starts, and sends it first
// (null: it could not, and the engine's own loader fetches the file here).
const ready = new Promise((resolve) => {
  self.onmessage = (e) => {
    if (e.data && e.data.type === 'module') resolve(e.data.module);
  };
})
  .then((module) => {
    self.onmessage = onCall;
    return module ? init({ module_or_path: module }) : init();
  })
  .then(
    () => {
      postMessage({ type: 'ready', version: String(api.version()), maxBytes: api.defaultMaxBytes() });
      return true;
    },
    (e) => {
      postMessage({ type: 'failed', error: e && e.message ? e.message : String(e) });
      return false;
    },
  );

async function onCall(e) {
  const { id, fn, args } = e.data || {};
  if (!(await ready)) return postMessage({ id, error: 'the engine did not load' });
  try {
    if (!Object.hasOwn(FNS, fn)) throw new Error(`no engine function ${fn}`);
    postMessage({ id, value: await FNS[fn](...(args || [])) });
  } catch (err) {
    postMessage({ id, error: err && err.message ? err.message : String(err) });
  }
}
