// Browser / bundler entry: fetches and instantiates the engine's page module once
// (top-level await), so the page audit is ready when the import resolves; the
// full module (render, auditSite, parseConfig, merge, ...) is fetched by
// `await loadFull()`. The `new URL("./smo_audit_page_bg.wasm", import.meta.url)`
// below and the one in web.js's loadFull are the pattern Vite, webpack 5, Parcel
// and Rollup plugins turn into emitted assets; a bundler that does not (esbuild)
// gets a clear error naming `smo-audit/web`.
import init from "./web.js";

await init(new URL("./smo_audit_page_bg.wasm", import.meta.url));

export { loadFull } from "./web.js";
export * from "./api.js";
