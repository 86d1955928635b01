// A worker thread of a folder audit (npm/lib/folder.js): its own engine (the
// module compiled once by the main thread), a PageAuditor made from the run's
// settings. It reads each page file it is sent, audits and renders it, and
// posts back the pieces and what the run keeps; the main thread adds them in
// page order.

import { readFileSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import { initSync, PageAuditor } from "../smo_audit.js";
import { ioMessage } from "./io.js";

initSync({ module: workerData.module });
const auditor = new PageAuditor(workerData.init);
// the site's other files (images...), as the run's own engine has them
for (const [path, size, head] of workerData.files) auditor.addFile(path, size, head);

parentPort.on("message", (jobs) => {
  const results = jobs.map(({ i, path, file, summaryOnly }) => {
    let html;
    try {
      html = readFileSync(file);
    } catch (e) {
      return summaryOnly ? { i, summary: null } : { i, error: `cannot read the file: ${ioMessage(e)}` };
    }
    if (summaryOnly) return { i, summary: auditor.summarize(path, html) ?? null };
    try {
      const r = auditor.audit(path, html);
      return { i, pieces: r.pieces, meta: r.meta };
    } catch (e) {
      return { i, error: e.message };
    }
  });
  parentPort.postMessage(results);
});
