// Reading a page from inside it, for the bookmarklet and the browser extension.
// `readPage` is self-contained: it is serialized into the audited page (the
// bookmarklet's code; the extension's scripting.executeScript), so it may use
// nothing from outside its own body.

/**
 * The page as the browser shows it (the DOM, after scripts ran) and as the server
 * sends it (a fetch of its own address: same origin, no cookies, so what a crawler
 * gets), at most `max` bytes, as base64 (plain data: it crosses to the extension
 * or to the audit page). Returns {url, dom, raw, contentType, rawError}: `raw` is
 * null and `rawError` says why when the page could not be read again.
 */
export async function readPage(max) {
  const d = document;
  const out = { url: location.href, dom: (d.doctype ? `<!DOCTYPE ${d.doctype.name}>\n` : '') + d.documentElement.outerHTML, raw: null, contentType: null, rawError: null };
  try {
    const res = await fetch(location.href, { credentials: 'omit', cache: 'no-store' });
    if (!res.ok) throw new Error(`the server answered ${res.status}`);
    out.contentType = res.headers.get('content-type');
    const reader = res.body.getReader();
    const parts = [];
    let n = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      n += value.length;
      if (n > max) {
        await reader.cancel();
        throw new Error(`larger than ${max} bytes`);
      }
      parts.push(value);
    }
    const data = await new Promise((resolve, reject) => {
      const r = new FileReader();
      r.onload = () => resolve(String(r.result));
      r.onerror = () => reject(r.error);
      r.readAsDataURL(new Blob(parts));
    });
    out.raw = data.slice(data.indexOf(',') + 1);
  } catch (e) {
    out.rawError = String((e && e.message) || e);
  }
  return out;
}

/** Bytes from base64 (`readPage`'s `raw`), or null when it is not base64. */
export function fromBase64(b64) {
  if (typeof b64 !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(b64)) return null;
  const s = atob(b64);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}
