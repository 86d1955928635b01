// Types of `smo-audit/web`: the package's functions and an explicit init.
export * from "./index.js";

/**
 * Load the WebAssembly engine once (later calls return the same promise); the
 * functions throw until it resolves. `wasm`: the URL of smo_audit_bg.wasm
 * (default: next to web.js), a Response, the bytes, or a compiled module.
 * A missing or wrong file rejects with an Error saying how to ship it.
 */
export default function init(wasm?: string | URL | Response | BufferSource | WebAssembly.Module): Promise<void>;
