// esbuild: the explicit-init entry and both wasm modules as files
// (--loader:.wasm=file): the page module for init(), the full one for loadFull().
import init, { audit, loadFull, render, version } from "smo-audit/web";
import pageWasm from "smo-audit/smo_audit_page_bg.wasm";
import fullWasm from "smo-audit/smo_audit_bg.wasm";
import { PAGE, run } from "./page.js";

await init(pageWasm);
await loadFull(fullWasm);
const markdown = render(audit(PAGE.html, { url: PAGE.url }), "markdown").startsWith("#");
run(audit, version, new Worker(new URL("./worker.js", import.meta.url), { type: "module" }), { markdown });
