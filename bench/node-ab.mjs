#!/usr/bin/env node
// A/B of two builds of the npm package on the corpus pages, in one process,
// alternating the builds page by page (so both see the same machine load).
// Per page the median of ROUNDS audits (`audit(bytes, {url})`), then the median
// and p90 over the pages, in CPU time of the process (process.cpuUsage: less
// moved by other work on a shared machine than wall time) and in wall time.
//
//   node bench/node-ab.mjs OLD_PKG_DIR NEW_PKG_DIR [ROUNDS]
//
// Pages: ../shared/corpus/readability/*/source.html.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { join, resolve } from "node:path";

const ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));
const [a, b, roundsArg] = process.argv.slice(2);
if (!a || !b) {
  console.error("usage: node bench/node-ab.mjs OLD_PKG_DIR NEW_PKG_DIR [ROUNDS]");
  process.exit(2);
}
const rounds = Number(roundsArg) || 5;
const A = await import(pathToFileURL(join(a, "node.js")).href);
const B = await import(pathToFileURL(join(b, "node.js")).href);
const dir = join(ROOT, "..", "shared", "corpus", "readability");
const pages = readdirSync(dir).map((n) => join(dir, n, "source.html")).filter(existsSync).map((p) => new Uint8Array(readFileSync(p)));
// [CPU ms, wall ms] of one audit (a page the engine refuses counts its time too).
const time = (smo, bytes) => {
  const c = process.cpuUsage();
  const t = performance.now();
  try {
    smo.audit(bytes, { url: "https://example.com/a" });
  } catch {}
  const w = performance.now() - t;
  const d = process.cpuUsage(c);
  return [(d.user + d.system) / 1000, w];
};
// Warm-up: V8 tiers WebAssembly up after some calls.
for (const p of pages.slice(0, 20)) {
  time(A, p);
  time(B, p);
}
const res = { A: { cpu: [], wall: [] }, B: { cpu: [], wall: [] } };
const med = (x) => { const s = [...x].sort((p, q) => p - q); return s[s.length >> 1]; };
const q = (x, f) => { const s = [...x].sort((p, q) => p - q); return s[Math.min(s.length - 1, Math.floor(f * s.length))]; };
for (const p of pages) {
  const t = { A: [[], []], B: [[], []] };
  for (let r = 0; r < rounds; r++) for (const [k, m] of r % 2 ? [["B", B], ["A", A]] : [["A", A], ["B", B]]) { const [c, w] = time(m, p); t[k][0].push(c); t[k][1].push(w); }
  for (const k of ["A", "B"]) { res[k].cpu.push(med(t[k][0])); res[k].wall.push(med(t[k][1])); }
}
for (const k of ["A", "B"]) console.log(k, k === "A" ? a : b, "cpu median", med(res[k].cpu).toFixed(2), "p90", q(res[k].cpu, 0.9).toFixed(2), "| wall median", med(res[k].wall).toFixed(2), "p90", q(res[k].wall, 0.9).toFixed(2));
