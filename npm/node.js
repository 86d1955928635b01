// Node entry (ESM): loads the WebAssembly engine synchronously from the package
// folder. scripts/build-npm bundles this file into node.cjs for `require`.
import { readFileSync } from "node:fs";
import { initSync } from "./smo_audit.js";

initSync({ module: readFileSync(new URL("./smo_audit_bg.wasm", import.meta.url)) });

export * from "./api.js";
