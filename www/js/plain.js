// Values from the engine (serde-wasm-bindgen) as plain JSON data.

/** Maps become plain objects, so a report is plain JSON data (and can be posted). */
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

/** A result the engine gave as JSON text or as values, as plain data. */
export function parseMaybe(v) {
  return typeof v === 'string' ? JSON.parse(v) : toPlain(v);
}
