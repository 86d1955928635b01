// Vite: the package's default (browser) entry; Vite emits the wasm as an asset.
import { audit, version } from "smo-audit";
import { run } from "./page.js";

run(audit, version, new Worker(new URL("./vite-worker.js", import.meta.url), { type: "module" }));
