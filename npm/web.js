// Explicit-init entry (`smo-audit/web`): no top-level await, for bundles that
// cannot have it (esbuild's default iife format, CommonJS) and for bundlers that
// do not copy the wasm by themselves (esbuild: `--loader:.wasm=file`).
//
//   import init, { audit, loadFull, render } from "smo-audit/web";
//   import pageWasm from "smo-audit/smo_audit_page_bg.wasm"; // esbuild --loader:.wasm=file
//   import fullWasm from "smo-audit/smo_audit_bg.wasm";
//   await init(pageWasm);      // the page audit: audit(), rules(), ...
//   await loadFull(fullWasm);  // only before render(), auditSite(), parseConfig(), ...
//
// init() also takes smo_audit_bg.wasm (as before the split): the full module
// then answers every function, page audits included.
import loadPage from "./smo_audit_page.js";
import loadFullGlue from "./smo_audit.js";
import { fullLoaded, isFullLoaded, pageLoaded } from "./modules.js";

const HOW =
  "The bundle must ship smo_audit_page_bg.wasm (and smo_audit_bg.wasm for the functions of the full engine) from node_modules/smo-audit/ " +
  "and the page must load them: Vite and webpack 5 copy them by themselves from `import ... from \"smo-audit\"`; with esbuild, " +
  "import init from \"smo-audit/web\" and the wasm with --loader:.wasm=file " +
  "(import wasmUrl from \"smo-audit/smo_audit_page_bg.wasm\"; await init(wasmUrl)); " +
  "otherwise copy the files next to the bundle and pass their URLs to init() and loadFull().";

let ready;
let fullReady;

/**
 * Load the engine's page module once (later calls return the same promise).
 * `wasm`: the URL of smo_audit_page_bg.wasm (a string or URL; default: next
 * to this file), a Response, the bytes, or a compiled WebAssembly.Module; the
 * full module (smo_audit_bg.wasm) is taken too, and then answers every function.
 */
export default function init(wasm) {
  ready ??= start(wasm, () => new URL("./smo_audit_page_bg.wasm", import.meta.url)).catch((e) => {
    ready = undefined;
    throw e;
  });
  return ready;
}

/**
 * Load the full module (smo_audit_bg.wasm) once: the functions that are not
 * in the page module (render, auditSite, parseConfig, merge, ...) throw until
 * it has resolved. `wasm` as init()'s (default: next to this file).
 */
export function loadFull(wasm) {
  if (isFullLoaded()) return Promise.resolve();
  fullReady ??= start(wasm, () => new URL("./smo_audit_bg.wasm", import.meta.url), true).catch((e) => {
    fullReady = undefined;
    throw e;
  });
  return fullReady;
}

/** Fetch and compile `wasm` (its default address from `where`), then instantiate it with its bindings. */
async function start(wasm, where, wantFull = false) {
  if (wasm === undefined) {
    try {
      wasm = where();
    } catch {
      throw new Error(`smo-audit: this bundle has no address for the WebAssembly engine (import.meta.url is empty); pass it to ${wantFull ? "loadFull" : "init"}(). ${HOW}`);
    }
  }
  let url = "the given module";
  if (typeof wasm === "string" || wasm instanceof URL) {
    url = new URL(wasm, globalThis.location?.href).href;
    let res;
    try {
      res = await fetch(url);
    } catch (e) {
      throw new Error(`smo-audit: could not fetch the WebAssembly engine from ${url} (${e.message}). ${HOW}`);
    }
    if (!res.ok) throw new Error(`smo-audit: the WebAssembly engine is missing: ${url} answered HTTP ${res.status}. ${HOW}`);
    wasm = res;
  }
  if (typeof Response !== "undefined" && wasm instanceof Response) {
    wasm = await wasm.arrayBuffer();
    if (!isWasm(wasm)) {
      throw new Error(`smo-audit: ${url} is not the WebAssembly engine (the server sent something else, e.g. an HTML fallback page). ${HOW}`);
    }
  }
  const module = wasm instanceof WebAssembly.Module ? wasm : await WebAssembly.compile(wasm);
  // The full module has every export; the page module has no parseConfig.
  const isFull = WebAssembly.Module.exports(module).some((e) => e.name === "parseConfig");
  if (wantFull && !isFull) {
    throw new Error(`smo-audit: ${url} is the page module (smo_audit_page_bg.wasm); loadFull() needs smo_audit_bg.wasm. ${HOW}`);
  }
  if (isFull) {
    await loadFullGlue({ module_or_path: module });
    fullLoaded();
  } else {
    await loadPage({ module_or_path: module });
    pageLoaded();
  }
}

// "\0asm": the WebAssembly magic number.
function isWasm(buf) {
  const b = new Uint8Array(buf, 0, Math.min(4, buf.byteLength));
  return b.length === 4 && b[0] === 0 && b[1] === 0x61 && b[2] === 0x73 && b[3] === 0x6d;
}

export * from "./api.js";
