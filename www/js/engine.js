// The audit engine: the wasm build of the Rust core (www/pkg/, made by
// ./scripts/build-www). Everything runs locally; nothing is sent anywhere.
// Two modules of one build (docs/wasm-size.md): the page module
// (smo_audit_page_bg.wasm: the page audit, the rule reference), loaded first,
// and the full one (smo_audit_bg.wasm: the renderers, the site audit), loaded by
// loadFull() only for an export or a site (the site worker loads its own).

let api = null;
let full = null;
let fullLoading = null;

/** Maps (from serde-wasm-bindgen) become plain objects so the report is plain JSON data. */
export function toPlain(v) {
  if (v instanceof Map) {
    const o = {};
    for (const [k, x] of v) o[String(k)] = toPlain(x);
    return o;
  }
  if (Array.isArray(v)) return v.map(toPlain);
  if (v && typeof v === 'object') {
    const o = {};
    for (const k of Object.keys(v)) o[k] = toPlain(v[k]);
    return o;
  }
  return v;
}

function parseMaybe(v) {
  return typeof v === 'string' ? JSON.parse(v) : toPlain(v);
}

export async function loadEngine() {
  if (api) return api;
  const mod = await import('../pkg/smo_audit_page.js');
  if (typeof mod.default === 'function') await mod.default();
  if (typeof mod.audit !== 'function') throw new Error('pkg/smo_audit_page.js has no audit()');
  api = mod;
  return api;
}

/** The full module (renderers, site audit), fetched once, when first asked for. */
export function loadFull() {
  fullLoading ??= import('../pkg/smo_audit.js')
    .then(async (mod) => {
      if (typeof mod.default === 'function') await mod.default();
      full = mod;
      return full;
    })
    .catch((e) => {
      fullLoading = null;
      throw e;
    });
  return fullLoading;
}

export function version() {
  try {
    return api && typeof api.version === 'function' ? String(api.version()) : null;
  } catch {
    return null;
  }
}

/** Audit one page: html (text, or raw bytes decoded like the CLI does), options
 * {url, locale, contentType}. Returns the report (JSON contract), with the text
 * we scored (facts.mainText, facts.headline) to show. */
export function auditPage(html, { url, locale, contentType, kind, images }) {
  const opts = { locale, includeText: true };
  if (url) opts.url = url;
  // what the reader's own image files measure ([{url, bytes, width, height}])
  if (images && images.length) opts.images = images;
  if (kind) opts.kind = kind;
  if (contentType) opts.contentType = contentType;
  return parseMaybe(api.audit(html, opts));
}

/** Audit a social profile from its address alone (the handle check runs; the
 * others say to give the saved profile page). */
export function auditProfileUrl(url, { locale }) {
  if (typeof api.auditProfileUrl !== 'function') throw new Error('this engine build has no auditProfileUrl()');
  return parseMaybe(api.auditProfileUrl(url, { locale }));
}

/** {network, handle, idBased} when the address is a known network's profile, else null. */
export function profileFromUrl(url) {
  if (!api || typeof api.profileFromUrl !== 'function') return null;
  try {
    return toPlain(api.profileFromUrl(url));
  } catch {
    return null;
  }
}

/** Audit a site: pages [{path, html}], options {baseUrl, locale, files} (files:
 * the site's other files by path, e.g. robots.txt, for the site checks;
 * fileTree: true when they are a whole build folder, as the CLI reads one). */
export function auditSite(pages, { baseUrl, locale, files, fileTree }) {
  const opts = { locale };
  if (baseUrl) opts.baseUrl = baseUrl;
  if (files && Object.keys(files).length) opts.files = files;
  // a build folder is the whole file tree: a robots.txt or sitemap not in it is missing
  if (fileTree) opts.fileTree = true;
  if (full && typeof full.auditSite === 'function') return parseMaybe(full.auditSite(pages, opts));
  throw new Error('auditSite() needs the full engine: await loadFull() first');
}

/** The engine's own renderer for a format, or null when it has none (or the
 * full module is not loaded: await loadFull() first). */
export function renderWith(report, format, options) {
  if (!full || typeof full.render !== 'function') return null;
  try {
    const out = full.render(report, format, options ?? null);
    return typeof out === 'string' && out.length ? out : null;
  } catch {
    return null;
  }
}

const ruleCache = new Map();

/** The rule reference (what, why, fix, example, sources) by check id, or an empty map. */
export function rules(locale) {
  if (!api || typeof api.rules !== 'function') return new Map();
  if (!ruleCache.has(locale)) {
    let list = [];
    try {
      list = toPlain(api.rules(locale)) || [];
    } catch {
      list = [];
    }
    ruleCache.set(locale, new Map(list.filter((r) => r && r.id).map((r) => [r.id, r])));
  }
  return ruleCache.get(locale);
}

/** The largest page the engine reads by default (bytes): downloads stop there. */
export function maxBytes() {
  if (!api || typeof api.defaultMaxBytes !== 'function') throw new Error('the engine is not loaded');
  return api.defaultMaxBytes();
}

/**
 * Read a fetch Response's body, stopping at `max` bytes: returns the bytes, or
 * throws an Error with `tooBig` set once the body is larger (the download is
 * cancelled there, never read whole).
 */
export async function readCapped(res, max) {
  const reader = res.body.getReader();
  const parts = [];
  let n = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    n += value.length;
    if (n > max) {
      await reader.cancel();
      const e = new Error(`larger than ${max} bytes`);
      e.tooBig = true;
      throw e;
    }
    parts.push(value);
  }
  const out = new Uint8Array(n);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

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

/** Audit a small built-in page once, and read the rule reference, ahead of the first real audit. */
export function warmUp(locale) {
  if (!api) return;
  api.audit(WARM_UP, { locale, url: 'https://example.com/a' });
  rules(locale);
}
