// Node entry (ESM): loads the page module of the WebAssembly engine synchronously
// from the package folder at import, and the full module on the first call of a
// function that needs it (modules.js). scripts/build-npm bundles this file into
// node.cjs for `require`.
import { readFileSync } from "node:fs";
import { initSync } from "./smo_audit_page.js";
import { fullModule, pageLoaded, setFullLoader } from "./modules.js";
import { loadFullSync } from "./node-full.js";

initSync({ module: readFileSync(new URL("./smo_audit_page_bg.wasm", import.meta.url)) });
pageLoaded();
setFullLoader(loadFullSync);

/** Load the full module now (Node loads it by itself on first use anyway). */
export function loadFull() {
  try {
    fullModule("loadFull");
    return Promise.resolve();
  } catch (e) {
    return Promise.reject(e);
  }
}

export * from "./api.js";
