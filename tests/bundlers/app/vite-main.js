// Vite: the package's default (browser) entry; Vite emits both wasm modules as
// assets: the page module, loaded by the import, and the full one, by loadFull().
import { audit, loadFull, render, version } from "smo-audit";
import { PAGE, run } from "./page.js";

await loadFull();
const markdown = render(audit(PAGE.html, { url: PAGE.url }), "markdown").startsWith("#");
run(audit, version, new Worker(new URL("./vite-worker.js", import.meta.url), { type: "module" }), { markdown });
