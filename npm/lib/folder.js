// A built folder, streamed as the native CLI streams it: the folder walked
// (sorted by name, links not followed), each page audited and its pieces
// written to the outputs at once (the engine's SiteRun keeps only a small
// record and summary a page), the site checks and the gates at the end. Pages
// are audited in worker threads, one engine each, and added in page order.

import { closeSync, openSync, readdirSync, readFileSync, readSync, realpathSync, statSync } from "node:fs";
import * as os from "node:os";
import { isAbsolute, join, relative } from "node:path";
import { Worker } from "node:worker_threads";
import { SiteRun } from "../smo_audit.js";
import { Fail, ioMessage, Outputs } from "./io.js";

// Of a non-HTML file the site checks need its size and its first bytes (image
// dimensions, robots.txt), as the native CLI reads them.
const FILE_HEAD_BYTES = 256 * 1024;
// Fewer pages than this are audited on the main thread (a worker's start costs more).
const WORKER_MIN_PAGES = 48;
// Pages a worker is sent at once, and how many batches each may have in flight.
const BATCH = 8;
const IN_FLIGHT = 3;

function byName(a, b) {
  return Buffer.compare(Buffer.from(a.name), Buffer.from(b.name));
}

function readHead(path, limit) {
  const fd = openSync(path, "r");
  try {
    const buf = Buffer.alloc(limit);
    let total = 0;
    while (total < limit) {
      const n = readSync(fd, buf, total, limit - total, null);
      if (!n) break;
      total += n;
    }
    return buf.subarray(0, total);
  } finally {
    closeSync(fd);
  }
}

/** Every .html / .htm page the config does not ignore; other files go to the run
 * (and to `files`, for the workers' engines). */
function walk(dir, rel, run, pages, files) {
  const entries = readdirSync(dir, { withFileTypes: true }).sort(byName);
  for (const e of entries) {
    const path = join(dir, e.name);
    const relPath = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) {
      walk(path, relPath, run, pages, files);
    } else if (e.isFile()) {
      if (/\.html?$/i.test(e.name)) {
        if (!run.ignored(relPath)) pages.push({ path: relPath, file: path });
      } else {
        let size = 0;
        let head = new Uint8Array(0);
        try {
          size = statSync(path).size;
          head = readHead(path, FILE_HEAD_BYTES);
        } catch {
          // Unreadable: known by name (and size) only, as the native CLI does.
        }
        run.addFile(relPath, size, head);
        files.push([relPath, size, head]);
      }
    }
  }
}

/**
 * The folder as CI tools should see it in file paths (SARIF, annotations):
 * relative to the current folder when it is inside it, else as given.
 */
export function displayRoot(dir) {
  try {
    const abs = realpathSync(dir);
    const cwd = realpathSync(process.cwd());
    const rel = relative(cwd, abs);
    if (rel === "") return ".";
    if (!rel.startsWith("..") && !isAbsolute(rel)) return rel.split("\\").join("/");
  } catch {
    // as given
  }
  return dir.split("\\").join("/");
}

let compiled;
/** The engine's module, compiled once and shared with the workers. */
function engineModule() {
  compiled ??= new WebAssembly.Module(readFileSync(new URL("../smo_audit_bg.wasm", import.meta.url)));
  return compiled;
}

/** A pool of worker threads, each with its own engine, fed in batches. */
class Pool {
  constructor(n, init, files) {
    const module = engineModule();
    const url = new URL("./audit-worker.js", import.meta.url);
    this.workers = Array.from({ length: n }, () => new Worker(url, { workerData: { module, init, files } }));
  }
  /**
   * Run the jobs; `onResult` gets every result in job order. Resolves when all
   * are done; at most IN_FLIGHT batches a worker are outstanding.
   */
  run(jobs, onResult) {
    return new Promise((resolve, reject) => {
      if (!jobs.length) return resolve();
      const done = new Map();
      let next = 0; // next job to send
      let emitted = 0; // next result to hand over
      const busy = new Map(this.workers.map((w) => [w, 0]));
      const send = (w) => {
        while (busy.get(w) < IN_FLIGHT && next < jobs.length) {
          const batch = jobs.slice(next, next + BATCH).map((j, k) => ({ ...j, i: next + k }));
          next += batch.length;
          busy.set(w, busy.get(w) + 1);
          w.postMessage(batch);
        }
      };
      const cleanup = () => {
        for (const w of this.workers) {
          w.removeAllListeners("message");
          w.removeAllListeners("error");
        }
      };
      for (const w of this.workers) {
        w.on("message", (results) => {
          busy.set(w, busy.get(w) - 1);
          for (const r of results) done.set(r.i, r);
          try {
            while (done.has(emitted)) {
              const r = done.get(emitted);
              done.delete(emitted);
              onResult(r, jobs[emitted]);
              emitted++;
            }
          } catch (e) {
            cleanup();
            return reject(e);
          }
          if (emitted === jobs.length) {
            cleanup();
            return resolve();
          }
          send(w);
        });
        w.on("error", (e) => {
          cleanup();
          reject(e);
        });
        send(w);
      }
    });
  }
  close() {
    return Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/**
 * Audit a folder into the run's outputs. `init`: the run settings (RunInit,
 * with root and shard); `opts`: { only, onlyRoots, inShard, quiet, progress,
 * log, threads }. Returns the RunEnd of the engine.
 */
export async function auditFolder(dir, init, opts) {
  const outputs = new Outputs([]);
  // The setup is checked here, before the folder is read (exit 2 on a bad flag or config).
  let run;
  try {
    run = new SiteRun(init, outputs, true);
  } catch (e) {
    throw new Fail(e.message);
  }
  outputs.files = run.files();
  try {
    return await stream(dir, init, run, outputs, opts);
  } finally {
    outputs.close();
  }
}

async function stream(dir, init, run, outputs, opts) {
  const notice = run.baseUrlNotice();
  if (notice != null) opts.log(notice);
  let pages = [];
  const files = [];
  try {
    walk(dir, "", run, pages, files);
  } catch (e) {
    throw new Fail(`cannot read ${dir}: ${ioMessage(e)}`);
  }
  if (!pages.length && !init.shard) throw new Fail(`no .html files under ${dir}`);
  let others = [];
  if (opts.only) {
    run.setOnly(opts.only, opts.onlyRoots);
    const all = pages.length;
    others = pages.filter((p) => !run.isOnly(p.path));
    pages = pages.filter((p) => run.isOnly(p.path));
    if (!opts.quiet) opts.log(`--only: auditing ${pages.length} of ${all} pages (the site checks see all ${all})`);
  }
  if (init.shard) pages = pages.filter((p) => opts.inShard(p.path, init.shard[0], init.shard[1]));
  outputs.openAll();

  const total = pages.length + others.length;
  // Worker threads: one a core (SMO_AUDIT_THREADS sets it, as RAYON_NUM_THREADS does natively).
  const cores = os.availableParallelism?.() ?? os.cpus().length; // availableParallelism: Node 18.14+
  const threads = Math.min(Number(process.env.SMO_AUDIT_THREADS) || opts.threads || cores, 16);
  const pool = total >= WORKER_MIN_PAGES && threads > 1 ? new Pool(threads, init, files) : null;
  let n = 0;
  const tick = () => opts.progress?.(++n, pages.length);
  const addResult = (r, job) => {
    if (r.error !== undefined) {
      opts.log(`${job.path}: not audited: ${r.error}`);
      run.addUnreadable(job.path, r.error);
    } else {
      run.addAudited(r.pieces, r.meta);
    }
    tick();
  };
  try {
    if (pool) {
      await pool.run(
        others.map((p) => ({ ...p, summaryOnly: true })),
        (r) => r.summary != null && run.addSummary(r.summary),
      );
      await pool.run(pages, addResult);
    } else {
      for (const p of others) {
        let html;
        try {
          html = readFileSync(p.file);
        } catch {
          continue;
        }
        run.summarize(p.path, html);
      }
      for (const p of pages) {
        let html;
        try {
          html = readFileSync(p.file);
        } catch (e) {
          addResult({ error: `cannot read the file: ${ioMessage(e)}` }, p);
          continue;
        }
        const why = run.auditPage(p.path, html);
        if (why != null) addResult({ error: why }, p);
        else tick();
      }
    }
  } finally {
    await pool?.close();
  }
  return run.finish();
}
