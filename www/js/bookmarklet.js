// The bookmarklet: on any page, it reads the page as the server sends it (a fetch
// of its own address: same origin, no cookies, so what a crawler gets) and as the
// browser shows it (the DOM), opens the audit page and hands both over with
// postMessage once the audit page says it is ready. The audit page accepts only
// the window that opened it, only a message of the expected shape, and only an
// address of the sender's own origin.
import { readPage, fromBase64 } from './read-page.js';

/** The code the bookmark runs (stringified into a javascript: URL: self-contained;
 * `read` is `readPage`, passed in as its source). */
function body(AUDIT, ORIGIN, MAX, read) {
  const w = window.open(`${AUDIT}#bookmarklet`, '_blank');
  if (!w) {
    alert('smo-audit: allow pop-ups for this site, then click the bookmark again.');
    return;
  }
  const page = read(MAX);
  addEventListener('message', async function ready(e) {
    if (e.source !== w || e.origin !== ORIGIN || !e.data || e.data.type !== 'smo-audit:ready') return;
    removeEventListener('message', ready);
    w.postMessage({ type: 'smo-audit:page', v: 1, ...(await page) }, ORIGIN);
  });
}

/** The bookmark's address for an audit page at `auditUrl` (its own address). */
export function bookmarkletHref(auditUrl, maxBytes) {
  const u = new URL(auditUrl);
  u.hash = '';
  const code = `(${body.toString()})(${JSON.stringify(u.href)},${JSON.stringify(u.origin)},${Number(maxBytes)},${readPage.toString()})`;
  return `javascript:${encodeURIComponent(code)}`;
}

/**
 * The page a bookmarklet message carries, or null when the message must be
 * ignored: not from `opener`, not of the expected shape, an address of another
 * origin than the sender's, or more than `maxBytes`.
 * Returns {url, html (Uint8Array) | null, contentType, dom, error}.
 * The message is `readPage`'s result with `type: 'smo-audit:page'` and `v: 1`.
 */
export function acceptPageMessage(e, opener, maxBytes) {
  if (!opener || e.source !== opener) return null;
  const d = e.data;
  if (!d || typeof d !== 'object' || d.type !== 'smo-audit:page' || d.v !== 1 || typeof d.url !== 'string') return null;
  let url;
  try {
    url = new URL(d.url);
  } catch {
    return null;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.origin !== e.origin) return null;
  // (base64 is 4/3 of the bytes)
  const html = typeof d.raw === 'string' && d.raw.length <= Math.ceil(maxBytes / 3) * 4 ? fromBase64(d.raw) : null;
  const dom = typeof d.dom === 'string' && d.dom.length <= maxBytes ? d.dom : null;
  if (!html && !dom) return null;
  const text = (v) => (typeof v === 'string' ? v.slice(0, 500) : null);
  return { url: url.href, html, dom, contentType: text(d.contentType), error: html ? null : text(d.rawError) || 'no HTML' };
}
