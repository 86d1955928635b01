// Explicit-init entry (`smo-audit/web`): no top-level await, for bundles that
// cannot have it (esbuild's default iife format, CommonJS) and for bundlers that
// do not copy the wasm by themselves (esbuild: `--loader:.wasm=file`).
//
//   import init, { audit } from "smo-audit/web";
//   import wasmUrl from "smo-audit/smo_audit_bg.wasm"; // esbuild --loader:.wasm=file
//   await init(wasmUrl);
import load from "./smo_audit.js";

const HOW =
  "The bundle must ship smo_audit_bg.wasm (from node_modules/smo-audit/) and the page must load it: " +
  "Vite and webpack 5 copy it by themselves from `import ... from \"smo-audit\"`; with esbuild, " +
  "import init from \"smo-audit/web\" and the wasm with --loader:.wasm=file " +
  "(import wasmUrl from \"smo-audit/smo_audit_bg.wasm\"; await init(wasmUrl)); " +
  "otherwise copy the file next to the bundle and pass its URL to init().";

let ready;

/**
 * Load the engine once (later calls return the same promise). `wasm`: the URL
 * of smo_audit_bg.wasm (a string or URL; default: next to this file), a
 * Response, the bytes, or a compiled WebAssembly.Module.
 */
export default function init(wasm) {
  ready ??= start(wasm).catch((e) => {
    ready = undefined;
    throw e;
  });
  return ready;
}

async function start(wasm) {
  if (wasm === undefined) {
    try {
      wasm = new URL("./smo_audit_bg.wasm", import.meta.url);
    } catch {
      throw new Error(`smo-audit: this bundle has no address for the WebAssembly engine (import.meta.url is empty); pass it to init(). ${HOW}`);
    }
  }
  if (typeof wasm === "string" || wasm instanceof URL) {
    const url = new URL(wasm, globalThis.location?.href).href;
    let res;
    try {
      res = await fetch(url);
    } catch (e) {
      throw new Error(`smo-audit: could not fetch the WebAssembly engine from ${url} (${e.message}). ${HOW}`);
    }
    if (!res.ok) throw new Error(`smo-audit: the WebAssembly engine is missing: ${url} answered HTTP ${res.status}. ${HOW}`);
    wasm = await res.arrayBuffer();
    if (!isWasm(wasm)) {
      throw new Error(`smo-audit: ${url} is not the WebAssembly engine (the server sent something else, e.g. an HTML fallback page). ${HOW}`);
    }
  }
  await load({ module_or_path: wasm });
}

// "\0asm": the WebAssembly magic number.
function isWasm(buf) {
  const b = new Uint8Array(buf, 0, Math.min(4, buf.byteLength));
  return b.length === 4 && b[0] === 0 && b[1] === 0x61 && b[2] === 0x73 && b[3] === 0x6d;
}

export * from "./api.js";
