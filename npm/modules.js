// Which engine module answers a call (internal to the package). The engine is
// two WebAssembly modules built from one crate (docs/wasm-size.md):
// - the page module, smo_audit_page_bg.wasm: the page audit and what a page view
//   needs (api.js lists its functions); every entry loads it first;
// - the full module, smo_audit_bg.wasm: every function, among them the config
//   file, sites, shards and the renderers; loaded when first needed: at once in
//   Node (node.js sets a synchronous loader), by `loadFull()` in browsers.
import * as page from "./smo_audit_page.js";
import * as full from "./smo_audit.js";

const state = { page: false, full: false, loader: null };

/** The entry's synchronous loader of the full module (Node), or none (browsers). */
export function setFullLoader(load) {
  state.loader = load;
}

/** The page module is instantiated. */
export function pageLoaded() {
  state.page = true;
}

/** The full module is instantiated. */
export function fullLoaded() {
  state.full = true;
}

export function isFullLoaded() {
  return state.full;
}

/** The page module, or the full one when only it was loaded (init() given smo_audit_bg.wasm). */
export function pageModule() {
  return !state.page && state.full ? full : page;
}

/** The full module, loaded first where that can be done synchronously (Node). */
export function fullModule(name) {
  if (!state.full) {
    if (!state.loader) {
      throw new Error(
        `smo-audit: ${name}() is in the full engine (smo_audit_bg.wasm), which a browser loads only when asked: ` +
          "call `await loadFull()` first (import { loadFull } from \"smo-audit\" or \"smo-audit/web\"). " +
          "The page audit (audit, auditProfileUrl, profileFromUrl, rules, version, ...) needs only init().",
      );
    }
    state.loader();
    state.full = true;
  }
  return full;
}
