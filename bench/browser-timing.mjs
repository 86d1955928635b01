// The audit page's first-audit speed in headless Chromium (Debian chromium,
// playwright-core from tests/browser), www/ served on 127.0.0.1:
// - navigation → engine ready (the wasm fetched, compiled and instantiated), on a
//   first visit (empty cache) and on a repeat visit, and → warmed up (one small
//   audit in idle time pays the engine's one-time costs);
// - a typical page pasted and audited: from the click to the drawn report (engine
//   audit + drawing, until the browser has laid it out and painted it), the same
//   up to the end of our drawing code (before layout and paint), and the
//   engine's audit alone.
// Usage: node bench/browser-timing.mjs [ROUNDS]   (after ./scripts/build-www and
// `cd tests/browser && npm ci`). The typical page is the corpus page of median
// size (../shared/corpus/readability, as the other benches pick it), or
// tests/browser/fixtures/good.html when the corpus is absent.
// SMO_WWW=DIR times another build of the page (e.g. an older commit's www/ with
// its pkg/, for a before/after): the paint is timed by the bench itself, from
// the page's `smo-audit:run-end` mark to the next frame, so older pages that do
// not mark it themselves are timed the same way.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'tests/browser/package.json'));
const { chromium } = require('playwright-core');
const { serve } = await import(path.join(root, 'tests/browser/server.mjs'));
const rounds = Number(process.argv[2] || 7);

function typicalPage() {
  const dir = path.join(root, '../shared/corpus/readability');
  if (!fs.existsSync(dir)) return { name: 'good.html (fixture)', html: fs.readFileSync(path.join(root, 'tests/browser/fixtures/good.html'), 'utf8') };
  const pages = fs
    .readdirSync(dir)
    .map((d) => path.join(dir, d, 'source.html'))
    .filter((f) => fs.existsSync(f))
    .map((f) => ({ f, n: fs.statSync(f).size }))
    .sort((a, b) => a.n - b.n);
  const mid = pages[Math.floor(pages.length / 2)];
  return { name: `${path.basename(path.dirname(mid.f))} (${Math.round(mid.n / 1024)} KB)`, html: fs.readFileSync(mid.f, 'utf8') };
}

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const fmt = (xs) => `${pct(xs, 50).toFixed(0)} ms (p90 ${pct(xs, 90).toFixed(0)})`;

const www = path.resolve(process.env.SMO_WWW || path.join(root, 'www'));
const site = await serve(www, 0);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
const page = typicalPage();
const cold = [];
const warm = [];
const warmed = [];
const click = [];
const painted = [];
const audit = [];
const mark = (p, name) => p.evaluate((n) => performance.getEntriesByName(n)[0]?.startTime ?? null, name);
for (let i = 0; i < rounds; i++) {
  const context = await browser.newContext();
  const p = await context.newPage();
  await p.goto(site.url);
  await p.waitForFunction(() => document.body.dataset.engine === 'ready');
  cold.push(await mark(p, 'smo-audit:engine-ready'));
  await p.reload();
  await p.waitForFunction(() => document.body.dataset.engine === 'ready');
  warm.push(await mark(p, 'smo-audit:engine-ready'));
  // (a reader takes longer than this to paste: the engine warms up first)
  await p.waitForFunction(() => performance.getEntriesByName('smo-audit:engine-warm').length > 0);
  warmed.push(await mark(p, 'smo-audit:engine-warm'));
  await p.fill('#paste-html', page.html);
  // the report is on screen at the first frame after the run ends, and that
  // frame's task is over
  await p.evaluate(() => {
    const mark = performance.mark.bind(performance);
    performance.mark = (name, o) => {
      const r = mark(name, o);
      if (name === 'smo-audit:run-end') {
        requestAnimationFrame(() => {
          const ch = new MessageChannel();
          ch.port1.onmessage = () => mark('bench:painted');
          ch.port2.postMessage(0);
        });
      }
      return r;
    };
  });
  await p.click('#paste-go');
  await p.waitForSelector('#results:not([hidden]) .check');
  await p.waitForFunction(() => performance.getEntriesByName('bench:painted').length > 0);
  click.push((await mark(p, 'smo-audit:run-end')) - (await mark(p, 'smo-audit:run-start')));
  painted.push((await mark(p, 'bench:painted')) - (await mark(p, 'smo-audit:run-start')));
  // the engine's audit alone, on the same page, in the page
  audit.push(
    await p.evaluate(async (html) => {
      // (in the engine's worker: the time includes handing the page over and
      // the report back; an older page audits on the main thread, and the
      // await is then of a plain value)
      const engine = await import('./js/engine.js');
      const t0 = performance.now();
      await engine.auditPage(html, { locale: 'en' });
      return performance.now() - t0;
    }, page.html),
  );
  await context.close();
}
await browser.close();
site.server.close();
// the engine's page module: what the page loads before the first audit
const wasmFile = ['pkg/smo_audit_page_bg.wasm', 'pkg/smo_audit_bg.wasm'].map((f) => path.join(www, f)).find((f) => fs.existsSync(f));
const wasm = fs.statSync(wasmFile).size;
console.log(`audit page in headless Chromium, ${rounds} rounds, www/ on 127.0.0.1 (wasm ${wasm} bytes raw)`);
console.log(`navigation → engine ready, first visit: ${fmt(cold)}`);
console.log(`navigation → engine ready, repeat visit: ${fmt(warm)}`);
console.log(`navigation → engine warmed up (its one-time costs paid in idle time), repeat visit: ${fmt(warmed)}`);
console.log(`typical page (${page.name}) pasted, click → report on screen (laid out and painted): ${fmt(painted)}`);
console.log(`typical page, click → our drawing code done (before the browser's layout and paint): ${fmt(click)}`);
console.log(`typical page, the engine's audit alone: ${fmt(audit)}`);
