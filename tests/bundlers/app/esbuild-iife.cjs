// A CommonJS source bundled by esbuild into its default browser format (iife),
// which cannot hold a top-level await: smo-audit/web loads the engine on demand.
const { default: init, audit, version } = require("smo-audit/web");
const wasmUrl = require("smo-audit/smo_audit_bg.wasm");
const { PAGE } = require("./page.js");

init(wasmUrl).then(
  () => {
    window.result = { main: audit(PAGE.html, { url: PAGE.url }).score, version: version() };
  },
  (e) => {
    window.result = { error: String(e) };
  },
);
