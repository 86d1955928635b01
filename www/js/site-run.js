// The site audit's Web Worker (site-worker.js), from the page: one audit at a
// time (a new one cancels the running one), each in a worker of its own, fed
// the files' bytes in batches; the worker of the site shown keeps its page
// reports and answers for one page's report or an export.

let shown = null; // the worker of the site on screen: {worker, replies, next}
let running = null; // the audit under way: {worker, resolve}

function spawn() {
  return { worker: new Worker(new URL('./site-worker.js', import.meta.url), { type: 'module' }), replies: new Map(), next: 1 };
}

function stop(w) {
  w.worker.terminate();
  for (const { reject } of w.replies.values()) reject(new Error('the site audit was replaced'));
  w.replies.clear();
}

/** Stop the audit under way; true when there was one (its promise resolves to null). */
export function cancelSiteAudit() {
  if (!running) return false;
  const r = running;
  running = null;
  stop(r);
  r.resolve(null);
  return true;
}

/** Forget the site on screen (its worker and reports). */
export function dropSite() {
  if (shown) stop(shown);
  shown = null;
}

/**
 * Audit a site in a worker: pages and others [{path, file}] (File objects),
 * options as engine.auditSite's. onProgress(done, total) a few
 * times a second. Resolves to {rows, summary} (a row a page, in page order; the
 * site report without its pages), or null when cancelled or replaced.
 */
export function auditSite({ pages, others, options }, onProgress) {
  cancelSiteAudit();
  const w = spawn();
  return new Promise((resolve, reject) => {
    running = { ...w, resolve };
    const fail = (msg) => {
      running = null;
      stop(w);
      reject(new Error(msg));
    };
    w.worker.onerror = (e) => {
      e.preventDefault();
      fail(e.message || 'the site audit stopped');
    };
    w.worker.onmessage = (e) => {
      const m = e.data;
      if (m.type === 'progress') onProgress(m.done, m.total);
      else if (m.type === 'error') fail(m.message);
      else if (m.type === 'done') {
        w.worker.onmessage = (ev) => reply(w, ev.data);
        // the page draws them in a task of its own (the rows took this one to read)
        yieldToPage().then(() => {
          if (running?.worker !== w.worker) return; // cancelled meanwhile
          running = null;
          dropSite();
          shown = w;
          resolve({ rows: m.rows, summary: m.summary });
        });
      }
    };
    send(w, pages, others, options).catch((e) => running?.worker === w.worker && fail(e.message));
  });
}

// Files read and sent to the worker in one message.
const BATCH = 50;

/** A turn of the page's event loop (a message: timers are slowed in background tabs). */
function yieldToPage() {
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => resolve();
    ch.port2.postMessage(null);
  });
}

/**
 * Read the files and hand their bytes to the worker (transferred, not copied)
 * in batches while it audits. Reading a File is asynchronous and cheap for the
 * page; posting the File objects themselves would cost it about half a
 * millisecond each (seconds for thousands).
 */
async function send(w, pages, others, options) {
  const live = () => running?.worker === w.worker;
  w.worker.postMessage({ type: 'start', options, total: pages.length });
  for (const [type, list] of [['others', others], ['pages', pages]]) {
    for (let i = 0; i < list.length; i += BATCH) {
      const batch = [];
      for (const { path, file } of list.slice(i, i + BATCH)) {
        let bytes = null;
        try {
          bytes = new Uint8Array(await file.arrayBuffer());
        } catch (e) {
          if (type === 'pages') throw new Error(`${path}: cannot read the file: ${e && e.message ? e.message : e}`);
          // another file that cannot be read: the site checks go without it
        }
        if (!live()) return; // cancelled
        if (bytes) batch.push({ path, bytes });
      }
      w.worker.postMessage({ type, list: batch }, batch.map((f) => f.bytes.buffer));
      await yieldToPage();
    }
  }
  if (live()) w.worker.postMessage({ type: 'end' });
}

function reply(w, m) {
  const r = w.replies.get(m.id);
  if (!r) return;
  w.replies.delete(m.id);
  if ('error' in m) r.reject(new Error(m.error));
  else r.resolve(m.value);
}

function ask(msg) {
  const w = shown;
  if (!w) return Promise.reject(new Error('no site audited'));
  return new Promise((resolve, reject) => {
    const id = w.next++;
    w.replies.set(id, { resolve, reject });
    w.worker.postMessage({ ...msg, id });
  });
}

/** Page i's full report (in page order). */
export function sitePage(index) {
  return ask({ type: 'page', index });
}

/** The whole site report in a format (engine.render's formats and options). */
export function siteRender(format, options) {
  return ask({ type: 'render', format, options });
}
