// Browser / bundler entry: fetches and instantiates the WebAssembly engine once
// (top-level await), so the functions are ready when the import resolves. The
// `new URL("./smo_audit_bg.wasm", import.meta.url)` below is the pattern Vite,
// webpack 5, Parcel and Rollup plugins turn into an emitted asset; a bundler
// that does not (esbuild) gets a clear error naming `smo-audit/web`.
import init from "./web.js";

await init(new URL("./smo_audit_bg.wasm", import.meta.url));

export * from "./api.js";
