// Crawling a live site from Node: the I/O around the engine's crawler (the
// wasm class `Crawler`, the same state machine as the native CLI's), so both
// fetch the same URLs in the same order and say the same things.
//
//   import { crawl } from "smo-audit/lib/crawl.js";   // path in the package
//   const end = await crawl("https://example.com/", options, hooks);
//
// options (the native flags; every key optional):
//   maxPages (100), concurrency (4), timeout (seconds per request, 15),
//   delay (seconds), maxTime (seconds), maxBytesTotal, ignoreRobots,
//   userAgent (default: the engine's "smo-audit/<version> (…)"),
//   maxBytes (largest page read),
//   and the audit Options (locale, rules, kind, language, includeText, …),
//   checked by the engine (an unknown key throws).
// hooks (all optional):
//   onPage(report, path)  each audited page, in crawl order (awaited): render
//                         and write it, then drop it
//   onProgress(n)         pages audited so far
//   log(line)             a line the native crawler prints on stderr, with its
//                         "smo-audit: " prefix (default: written to stderr)
//   takeEvents(crawler)   instead of crawler.takeEvents(): the bin's SiteRun
//                         takes the pages in the engine (takeCrawled)
//   end(crawler)          instead of crawler.end(): what the crawl returns
// returns the site's end, rendered pieces left to the caller:
//   { checks, data, crawl, score, checksScore, pages }  (CrawlEnd + pages)
// throws an Error with the CLI's message when the run stops (bad start URL,
// --max-pages 0, the start URL failed, no page could be fetched): the native
// CLI's usage error (exit 2).
//
// What this file does, and nothing else: resolve names with node:dns and
// connect only to the addresses the engine's policy allows (checked in the
// `lookup` of node:http(s) before connecting, and before any request to an
// address literal — every redirect hop is a request of its own, the engine
// decides whether it is followed), send GET with the User-Agent, Range and
// `Accept-Encoding: gzip` the native client sends, enforce the timeout,
// decode gzip / deflate / br bodies while reading at most the request's byte
// limit (the rest is not read), report failures by kind, and gunzip sitemaps
// within the engine's bound.

import * as http from "node:http";
import * as https from "node:https";
import * as dns from "node:dns";
import * as net from "node:net";
import * as zlib from "node:zlib";
import { performance } from "node:perf_hooks";

import "./full.js";
import { Crawler } from "../smo_audit.js";

const DEFAULT_AGENT = Crawler.userAgent();

const CRAWL_KEYS = [
  "maxPages",
  "concurrency",
  "maxBytes",
  "delay",
  "maxTime",
  "maxBytesTotal",
  "ignoreRobots",
];

/** Crawl `startUrl` (see the header of this file). */
export async function crawl(startUrl, options = {}, hooks = {}) {
  const { timeout = 15, userAgent, ...rest } = options ?? {};
  const settings = {};
  const audit = {};
  for (const [k, v] of Object.entries(rest)) {
    if (v === undefined) continue;
    if (CRAWL_KEYS.includes(k)) settings[k] = v;
    else audit[k] = v;
  }
  if (!(typeof timeout === "number" && timeout > 0)) {
    throw new TypeError(`timeout must be a number of seconds above 0 (got ${timeout})`);
  }
  const log = hooks.log ?? ((line) => process.stderr.write(line + "\n"));
  const startAddresses = await resolveStart(startUrl);
  const crawler = new Crawler(String(startUrl), settings, audit, startAddresses, gunzip);
  const io = {
    timeoutMs: Math.max(1, timeout) * 1000,
    userAgent: userAgent ?? null,
    allowed: (ip) => crawler.addressAllowed(ip),
  };
  try {
    return await drive(crawler, io, hooks, log);
  } finally {
    crawler.free();
  }
}

async function drive(crawler, io, hooks, log) {
  const answers = [];
  let wake = null;
  const settle = (m) => {
    answers.push(m);
    if (wake) wake();
  };
  const answer = (ms) =>
    new Promise((resolve) => {
      if (answers.length) return resolve();
      let timer;
      wake = () => {
        clearTimeout(timer);
        wake = null;
        resolve();
      };
      if (ms != null) timer = setTimeout(wake, Math.max(0, ms));
    });
  let pages = 0;
  for (;;) {
    while (answers.length) {
      const m = answers.shift();
      if (m.failure) crawler.onFailure(m.id, m.failure.kind, m.failure.detail ?? null);
      else crawler.onResponse(m.id, m.status, m.headers, m.body);
    }
    const step = crawler.next(performance.now());
    // A run that renders in the engine takes the events there (hooks.takeEvents).
    for (const e of hooks.takeEvents ? hooks.takeEvents(crawler) : crawler.takeEvents()) {
      if (e.page) {
        pages += 1;
        if (hooks.onPage) await hooks.onPage(e.page.report, e.page.path);
        if (hooks.onProgress) hooks.onProgress(pages);
      } else {
        log(`smo-audit: ${e.log}`);
      }
    }
    if (step.fetch) {
      const req = step.fetch;
      get(req, io).then(
        (r) => settle({ id: req.id, ...r }),
        (failure) => settle({ id: req.id, failure }),
      );
    } else if (step.wait != null) {
      await answer(step.wait - performance.now());
    } else if (step.pending) {
      await answer(null);
    } else {
      break;
    }
  }
  if (hooks.end) return hooks.end(crawler);
  return { ...crawler.end(), pages };
}

/** What the start URL's host resolves to (none when it does not). */
async function resolveStart(startUrl) {
  let host;
  try {
    host = new URL(String(startUrl)).hostname.replace(/^\[|\]$/g, "");
  } catch {
    return [];
  }
  if (net.isIP(host)) return [host];
  try {
    return (await dns.promises.lookup(host, { all: true })).map((a) => a.address);
  } catch {
    return [];
  }
}

/** A refused address, as the failure the engine records. */
class Refused extends Error {
  constructor(address) {
    super(`refused address ${address}`);
    this.address = address;
  }
}

/** node:http's `lookup`, keeping only the addresses the policy allows. */
function vettingLookup(allowed) {
  return (hostname, opts, cb) => {
    dns.lookup(hostname, { ...opts, all: true }, (err, addrs) => {
      if (err) return cb(err);
      const kept = addrs.filter((a) => allowed(a.address));
      if (!kept.length) return cb(new Refused(addrs[0]?.address ?? ""));
      if (opts && opts.all) cb(null, kept);
      else cb(null, kept[0].address, kept[0].family);
    });
  };
}

/** One GET of the engine's request: no redirect followed, at most maxBytes read. */
function get(req, io) {
  return new Promise((resolve, reject) => {
    const u = new URL(req.url);
    const host = u.hostname.replace(/^\[|\]$/g, "");
    if (net.isIP(host) && !io.allowed(host)) {
      return reject({ kind: "refused-address", detail: host });
    }
    const headers = { "accept-encoding": "gzip" };
    headers["user-agent"] = io.userAgent ?? DEFAULT_AGENT;
    if (req.range) headers.range = req.range;
    let settled = false;
    let timer;
    let request;
    const done = (ok, v) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      request.destroy();
      (ok ? resolve : reject)(v);
    };
    const failed = (e) => {
      if (e instanceof Refused) return done(false, { kind: "refused-address", detail: e.address });
      if (e && e.code === "ETIMEDOUT") return done(false, { kind: "timeout" });
      done(false, { kind: "connection", detail: e?.message ?? String(e) });
    };
    const mod = u.protocol === "https:" ? https : http;
    request = mod.request(
      u,
      { method: "GET", headers, agent: false, lookup: vettingLookup(io.allowed) },
      (res) => {
        const h = res.headers;
        const status = res.statusCode ?? 0;
        const answer = (body) => ({
          status,
          headers: {
            location: h.location ?? null,
            contentType: h["content-type"] ?? null,
            contentLength: h["content-length"] ?? null,
            contentRange: h["content-range"] ?? null,
          },
          body,
        });
        if (status >= 300 && status < 400 && h.location) return done(true, answer(new Uint8Array(0)));
        const enc = String(h["content-encoding"] ?? "").trim().toLowerCase();
        let stream = res;
        if (enc === "gzip" || enc === "x-gzip") stream = res.pipe(zlib.createGunzip());
        else if (enc === "deflate") stream = res.pipe(zlib.createInflate());
        else if (enc === "br") stream = res.pipe(zlib.createBrotliDecompress());
        const chunks = [];
        let n = 0;
        const finish = () => done(true, answer(Buffer.concat(chunks, n)));
        stream.on("data", (c) => {
          if (settled) return;
          const room = req.maxBytes - n;
          if (c.length >= room) {
            chunks.push(c.subarray(0, room));
            n += room;
            finish();
          } else {
            chunks.push(c);
            n += c.length;
          }
        });
        stream.on("end", finish);
        stream.on("error", failed);
        res.on("error", failed);
      },
    );
    timer = setTimeout(() => done(false, { kind: "timeout" }), io.timeoutMs);
    request.on("error", failed);
    request.end();
  });
}

/** The sitemap codec: at most `limit` bytes, null when there are more. */
function gunzip(bytes, limit) {
  try {
    return zlib.gunzipSync(bytes, { maxOutputLength: Math.max(1, limit) });
  } catch (e) {
    if (e && e.code === "ERR_BUFFER_TOO_LARGE") return null;
    throw e;
  }
}
