// esbuild: the explicit-init entry and the wasm as a file (--loader:.wasm=file).
import init, { audit, version } from "smo-audit/web";
import wasmUrl from "smo-audit/smo_audit_bg.wasm";
import { run } from "./page.js";

await init(wasmUrl);
run(audit, version, new Worker(new URL("./worker.js", import.meta.url), { type: "module" }));
