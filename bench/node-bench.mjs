#!/usr/bin/env node
// Measures the npm package in Node: wasm size (raw, gzip), engine load time, and
// the time to audit one page (median / p90 over real pages), with the same call a
// user makes (`audit(bytes, {url})`).
//
//   ./scripts/build-npm && node bench/node-bench.mjs [--rounds N] [--pkg DIR]
//
// Pages: the real pages of ../shared/corpus/readability/*/source.html when the
// corpus is there, else examples/site (or the test fixture site).

import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";

const ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));
const { values } = parseArgs({
  options: {
    rounds: { type: "string", default: "5" },
    pkg: { type: "string", default: join(ROOT, "pkg") },
    json: { type: "boolean", default: false },
  },
});
const rounds = Math.max(1, Number(values.rounds) || 5);
const pkgDir = resolve(values.pkg);
if (!existsSync(join(pkgDir, "node.js"))) {
  console.error(`node-bench: ${pkgDir}/node.js is missing; run ./scripts/build-npm first`);
  process.exit(2);
}

// What an audit loads first: the page module where the package has one (the
// full module is loaded only by functions the bench does not call).
const wasmFile = existsSync(join(pkgDir, "smo_audit_page_bg.wasm")) ? "smo_audit_page_bg.wasm" : "smo_audit_bg.wasm";
const wasm = readFileSync(join(pkgDir, wasmFile));
const t0 = performance.now();
const smo = await import(pathToFileURL(join(pkgDir, "node.js")).href);
const loadMs = performance.now() - t0;

function htmlFiles(dir, out = []) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) htmlFiles(p, out);
    else if (/\.html?$/i.test(e.name)) out.push(p);
  }
  return out;
}

const corpus = resolve(ROOT, "../shared/corpus/readability");
let source;
let files;
if (existsSync(corpus)) {
  source = "shared/corpus/readability/*/source.html";
  files = readdirSync(corpus)
    .sort()
    .map((d) => join(corpus, d, "source.html"))
    .filter((f) => existsSync(f));
} else {
  const site = existsSync(join(ROOT, "examples/site")) ? join(ROOT, "examples/site") : join(ROOT, "tests/fixtures/site-mini");
  source = site.slice(ROOT.length + 1);
  files = htmlFiles(site).sort();
}
const pages = files.map((f) => readFileSync(f));
const bytes = pages.reduce((n, p) => n + p.length, 0);

// Warm up (JIT of the glue, first-touch of the wasm memory).
for (const p of pages.slice(0, 3)) smo.audit(p, { url: "https://example.com/post" });

const perPage = [];
let errors = 0;
const tAll = performance.now();
for (let r = 0; r < rounds; r++) {
  for (const p of pages) {
    const t = performance.now();
    try {
      smo.audit(p, { url: "https://example.com/post" });
    } catch {
      errors++;
    }
    perPage.push(performance.now() - t);
  }
}
const totalMs = performance.now() - tAll;
perPage.sort((a, b) => a - b);
const q = (x) => perPage[Math.min(perPage.length - 1, Math.floor(x * perPage.length))];
const sorted = [...pages].map((p) => p.length).sort((a, b) => a - b);

const result = {
  engine: smo.version(),
  node: process.version,
  wasmBytes: wasm.length,
  wasmGzipBytes: gzipSync(wasm, { level: 9 }).length,
  loadMs: +loadMs.toFixed(1),
  pages: pages.length,
  rounds,
  source,
  medianPageBytes: sorted[Math.floor(sorted.length / 2)],
  medianMs: +q(0.5).toFixed(2),
  p90Ms: +q(0.9).toFixed(2),
  maxMs: +perPage[perPage.length - 1].toFixed(2),
  meanMs: +(totalMs / perPage.length).toFixed(2),
  mbPerSec: +((bytes * rounds) / 1e6 / (totalMs / 1000)).toFixed(2),
  errors,
};

if (values.json) {
  console.log(JSON.stringify(result, null, 2));
} else {
  const kib = (n) => `${(n / 1024).toFixed(0)} KiB`;
  console.log(`smo-audit ${result.engine} on Node ${result.node}`);
  console.log(`wasm (${wasmFile}): ${result.wasmBytes} bytes (${kib(result.wasmBytes)}) raw, ${result.wasmGzipBytes} bytes (${kib(result.wasmGzipBytes)}) gzip -9`);
  console.log(`engine load (import + instantiate): ${result.loadMs} ms`);
  console.log(
    `audit of one page (${result.pages} pages from ${source}, median ${kib(result.medianPageBytes)}, ${rounds} rounds): ` +
      `median ${result.medianMs} ms, p90 ${result.p90Ms} ms, max ${result.maxMs} ms, mean ${result.meanMs} ms, ${result.mbPerSec} MB/s`,
  );
  if (errors) console.log(`pages that failed: ${errors}`);
}
