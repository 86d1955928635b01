// The worker passes the full module to init(), as apps did before the page
// module existed: it then answers every function.
import init, { audit } from "smo-audit/web";
import wasmUrl from "smo-audit/smo_audit_bg.wasm";

const ready = init(wasmUrl);
self.onmessage = async (e) => {
  await ready;
  self.postMessage(audit(e.data.html, { url: e.data.url }).score);
};
self.postMessage("ready");
