// Types of `smo-audit/web`: the package's functions and an explicit init.
export * from "./index.js";

/**
 * Load the engine's page module once (later calls return the same promise):
 * the page audit (`audit`, `auditProfileUrl`, `profileFromUrl`, `rules`, ...)
 * throws until it resolves; the other functions need `loadFull()` as well.
 * `wasm`: the URL of smo_audit_page_bg.wasm (default: next to web.js), a
 * Response, the bytes, or a compiled module; smo_audit_bg.wasm is taken too,
 * and then answers every function. A missing or wrong file rejects with an
 * Error saying how to ship it.
 */
export default function init(wasm?: string | URL | Response | BufferSource | WebAssembly.Module): Promise<void>;
