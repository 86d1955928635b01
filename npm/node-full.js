// The full engine module in Node (internal): read and instantiated synchronously
// when first needed (api.js's functions of the full module, the bin).
import { readFileSync } from "node:fs";
import { initSync } from "./smo_audit.js";

let loaded = false;

/** Load smo_audit_bg.wasm (once; later calls do nothing). */
export function loadFullSync() {
  if (loaded) return;
  initSync({ module: readFileSync(new URL("./smo_audit_bg.wasm", import.meta.url)) });
  loaded = true;
}
