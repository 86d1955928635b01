// A module worker on the default entry: its top-level await has settled when
// this body runs, so the functions are ready.
import { audit } from "smo-audit";

self.onmessage = (e) => self.postMessage(audit(e.data.html, { url: e.data.url }).score);
self.postMessage("ready");
