// The site audit of the audit page, off the main thread (a module Worker, one
// per audit): audits the uploaded pages one by one with the
// engine's SiteAudit (the same report as auditSite), posts the progress a few
// times a second, then one small row a page and the site summary. The page
// reports stay here; the page asks for one page's report, or for an export,
// by message.
//
// In:  {type:'start', options, total}, then {type:'others', list:[{path, bytes}]}
//      messages, {type:'pages', list:[{path, bytes}]} messages (the page reads
//      the files in batches while the pages are audited) and {type:'end'};
//      later {type:'page', id, index} | {type:'render', id, format, options}
// Out: {type:'progress', done, total} | {type:'done', rows, summary}
//      {type:'error', message} | {type:'reply', id, value} | {type:'reply', id, error}
import init, { SiteAudit } from '../pkg/smo_audit.js';
import { toPlain as plain } from './engine.js';

// Progress is posted at most this often (ms), and once at the end.
const PROGRESS_MS = 100;

let run = null;
const inbox = [];
let wake = null;

function message(e) {
  return e && e.message ? e.message : String(e);
}

/** The next message of the audit, when it comes. */
function next() {
  return inbox.length ? Promise.resolve(inbox.shift()) : new Promise((resolve) => (wake = resolve));
}

async function audit({ options, total }) {
  await init();
  const files = {};
  let m = await next();
  for (; m.type === 'others'; m = await next()) for (const o of m.list) files[o.path] = o.bytes;
  const site = new SiteAudit({ ...options, files });
  const rows = [];
  let last = 0;
  for (; m.type === 'pages'; m = await next()) {
    for (const p of m.list) {
      let row = null;
      try {
        row = plain(site.auditPage(p.path, p.bytes));
      } catch {
        // finish() reports the first page that could not be audited
      }
      rows.push(row);
      const now = performance.now();
      if (now - last >= PROGRESS_MS) {
        last = now;
        postMessage({ type: 'progress', done: rows.length, total });
      }
    }
  }
  postMessage({ type: 'progress', done: rows.length, total });
  const summary = plain(site.finish());
  run = site;
  postMessage({ type: 'done', rows, summary });
}

function answer(m) {
  try {
    if (!run) throw new Error('no site audited');
    const value = m.type === 'page' ? plain(run.page(m.index)) : run.render(m.format, m.options ?? null);
    postMessage({ type: 'reply', id: m.id, value });
  } catch (err) {
    postMessage({ type: 'reply', id: m.id, error: message(err) });
  }
}

self.onmessage = (e) => {
  const m = e.data;
  if (m.type === 'page' || m.type === 'render') return answer(m);
  if (m.type === 'start') {
    audit(m).catch((err) => postMessage({ type: 'error', message: message(err) }));
    return;
  }
  if (wake) {
    const w = wake;
    wake = null;
    w(m);
  } else inbox.push(m);
};
