// The audit engine: the wasm build of the Rust core (www/pkg/, made by
// ./scripts/build-www), in a Worker. Everything runs locally; nothing is sent anywhere.

import { toPlain } from './plain.js';

export { toPlain };

// The engine runs in a module Worker (engine-worker.js): every audit is a
// message, answered by a promise, and the page stays responsive while it runs.
let worker = null;
let loading = null;
let info = null; // {version, maxBytes}, once the engine is ready
let seq = 0;
const pending = new Map();
const ruleCache = new Map();

export function loadEngine() {
  if (!loading) {
    loading = new Promise((resolve, reject) => {
      // The module is compiled here while the worker starts (the page preloads
      // the file, and compiles it as it streams in), then handed to the worker.
      const compiled = compileEngine();
      worker = takeEarlyWorker() || new Worker(new URL('./engine-worker.js', import.meta.url), { type: 'module' });
      if (worker.smoAuditFailed) reject(new Error(worker.smoAuditFailed));
      compiled.then(
        (module) => worker && worker.postMessage({ type: 'module', module }),
        // (the worker then fetches and compiles the file itself, and reports a failure)
        () => worker && worker.postMessage({ type: 'module', module: null }),
      );
      worker.onmessage = (e) => {
        const m = e.data || {};
        if (m.type === 'ready') {
          info = { version: m.version, maxBytes: m.maxBytes };
          resolve(info);
        } else if (m.type === 'failed') {
          reject(new Error(m.error));
        } else if (pending.has(m.id)) {
          const p = pending.get(m.id);
          pending.delete(m.id);
          if ('error' in m) p.reject(new Error(m.error));
          else p.resolve(m.value);
        }
      };
      worker.onerror = (e) => {
        const err = new Error(e && e.message ? e.message : 'the engine worker failed to start');
        reject(err);
        for (const p of pending.values()) p.reject(err);
        pending.clear();
      };
    });
    // (a failed start can be retried: the next call starts a new worker)
    loading.catch(() => {
      if (worker) worker.terminate();
      worker = null;
      loading = null;
    });
  }
  return loading;
}

/** The worker the audit page started as it began to load (js/boot.js), if any. */
function takeEarlyWorker() {
  const w = globalThis.smoAuditWorker;
  delete globalThis.smoAuditWorker;
  return w instanceof Worker ? w : null;
}

/** The engine's WebAssembly module, compiled while it downloads. */
async function compileEngine() {
  // the page module (the page audit); the worker fetches the full one for an export
  const res = await fetch(new URL('../pkg/smo_audit_page_bg.wasm', import.meta.url));
  if (!res.ok) throw new Error(`the engine file answered ${res.status}`);
  if (WebAssembly.compileStreaming && /^application\/wasm\b/.test(res.headers.get('Content-Type') || '')) return WebAssembly.compileStreaming(res);
  // (a server that does not say application/wasm)
  return WebAssembly.compile(await res.arrayBuffer());
}

/** Calls an engine function in the worker (after loading it). */
async function call(fn, ...args) {
  await loadEngine();
  const id = ++seq;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker.postMessage({ id, fn, args });
  });
}

/** The engine's version, once it is loaded (else null). */
export function version() {
  return info ? info.version : null;
}

/** Audit one page: html (text, or raw bytes decoded like the CLI does), options
 * {url, locale, contentType, kind, images}. Resolves to the report (JSON
 * contract), with the text we scored (facts.mainText, facts.headline) to show. */
export function auditPage(html, { url, locale, contentType, kind, images }) {
  const opts = { locale, includeText: true };
  if (url) opts.url = url;
  // what the reader's own image files measure ([{url, bytes, width, height}])
  if (images && images.length) opts.images = images;
  if (kind) opts.kind = kind;
  if (contentType) opts.contentType = contentType;
  return call('auditPage', html, opts);
}

/** Audit a social profile from its address alone (the handle check runs; the
 * others say to give the saved profile page). */
export function auditProfileUrl(url, { locale }) {
  return call('auditProfileUrl', url, { locale });
}

/** Resolves to {network, handle, idBased} when the address is a known network's profile, else null. */
export async function profileFromUrl(url) {
  try {
    return await call('profileFromUrl', url);
  } catch {
    return null;
  }
}

/** The engine's own renderer for a format: resolves to the text, or null when it has none. */
export async function renderWith(report, format, options) {
  try {
    const out = await call('render', report, format, options ?? null);
    return typeof out === 'string' && out.length ? out : null;
  } catch {
    return null;
  }
}

/** Fetches the rule reference of a locale once (then `rules` has it). */
export async function loadRules(locale) {
  if (ruleCache.has(locale)) return ruleCache.get(locale);
  let list = [];
  try {
    list = (await call('rules', locale)) || [];
  } catch {
    list = [];
  }
  const map = new Map(list.filter((r) => r && r.id).map((r) => [r.id, r]));
  ruleCache.set(locale, map);
  return map;
}

/** The rule reference (what, why, fix, example, sources) by check id, as fetched
 * by `loadRules` (an empty map before). */
export function rules(locale) {
  return ruleCache.get(locale) || new Map();
}

/** The largest page the engine reads by default (bytes): downloads stop there. */
export function maxBytes() {
  if (!info) throw new Error('the engine is not loaded');
  return info.maxBytes;
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

/** Audits a small built-in page once and fetches the rule reference, ahead of
 * the first real audit (the engine's one-time costs, paid while the reader is
 * not waiting). Resolves to that page and its report (a view can draw it once,
 * unseen, to pay the drawing's own one-time costs). */
export async function warmUp(locale) {
  const [warm] = await Promise.all([call('warmUp', locale), loadRules(locale)]);
  return warm;
}
