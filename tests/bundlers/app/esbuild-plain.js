// The default entry bundled by esbuild without a wasm loader: esbuild leaves the
// `new URL("./smo_audit_bg.wasm", import.meta.url)` alone and copies nothing,
// so the import must fail with a message that says how to fix it.
import { audit, version } from "smo-audit";
import { PAGE } from "./page.js";

window.result = { main: audit(PAGE.html, { url: PAGE.url }).score, version: version() };
