// Times the npm peers on pages served from 127.0.0.1, in-process and warm.
//   node node-peers.mjs TOOL REPS URL...      (run from the folder holding node_modules)
// Prints one JSON line per URL: {"tool", "url", "ms": [per-run milliseconds], "note"}.
// Each run includes the HTTP fetch of the page from the local server, as a user's
// script would do.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import path from 'node:path';

const require = createRequire(path.join(process.cwd(), 'package.json'));
const [tool, repsArg, ...urls] = process.argv.slice(2);
const reps = Math.max(1, Number(repsArg) || 3);

async function fetchText(u) {
  const r = await fetch(u);
  return await r.text();
}

async function makeRunner() {
  if (tool === 'smo-audit-npm') {
    // Our own npm package (WebAssembly), in-process and warm like the npm peers.
    const pkg = process.env.SMO_PKG;
    if (!pkg) throw new Error('SMO_PKG (the built npm package folder) is not set');
    const smo = await import(pathToFileURL(path.join(pkg, 'node.js')).href);
    return async (u) => {
      const r = await fetch(u);
      const bytes = new Uint8Array(await r.arrayBuffer());
      return smo.audit(bytes, { url: u }).score;
    };
  }
  if (tool === 'open-graph-scraper') {
    const ogs = require('open-graph-scraper');
    return async (u) => {
      const html = await fetchText(u);
      const { result } = await ogs({ html });
      return Object.keys(result).length;
    };
  }
  if (tool === 'metascraper') {
    // metascraper with its usual rule packages, on the fetched HTML in-process
    // (given `html`, it reads the page it is handed and fetches nothing).
    const rules = ['author', 'date', 'description', 'image', 'logo', 'publisher', 'title', 'url']
      .map((r) => require(`metascraper-${r}`)());
    const metascraper = require('metascraper')(rules);
    return async (u) => {
      const html = await fetchText(u);
      const meta = await metascraper({ html, url: u });
      return Object.keys(meta).length;
    };
  }
  if (tool === 'seo-analyzer') {
    const SeoAnalyzer = require('seo-analyzer');
    const rules = Object.keys(new SeoAnalyzer({ verbose: false }).getDefaultRules());
    return async (u) => {
      const html = await fetchText(u);
      let out = null;
      const a = new SeoAnalyzer({ verbose: false }).inputHTMLStrings([{ source: u, text: html }]);
      for (const r of rules) a.useRule(r);
      await a.outputObject((o) => { out = o; }).run();
      return out ? out.length : 0;
    };
  }
  if (tool === 'lighthouse') {
    const lhPath = require.resolve('lighthouse');
    const lighthouse = (await import(pathToFileURL(lhPath).href)).default;
    const chromeLauncher = await import(pathToFileURL(require.resolve('chrome-launcher')).href);
    const chrome = await chromeLauncher.launch({
      chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
      chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    });
    process.on('exit', () => { try { chrome.kill(); } catch {} });
    return async (u) => {
      const r = await lighthouse(u, {
        port: chrome.port, onlyCategories: ['seo'], output: 'json', logLevel: 'error',
        formFactor: 'desktop', screenEmulation: { disabled: true }, throttlingMethod: 'provided',
      });
      return r?.lhr?.categories?.seo?.score ?? null;
    };
  }
  throw new Error(`unknown tool ${tool}`);
}

const run = await makeRunner();
for (const u of urls) {
  const ms = [];
  let note = null;
  try {
    // Warm-up: JIT tiers (V8 runs WebAssembly and hot JS on a baseline compiler
    // first and optimizes after some calls), module caches, the first Chrome tab.
    // Twenty calls and at least two seconds for the in-process tools (V8 tiers
    // WebAssembly up function by function in the background, and a large module
    // on a busy 2-core machine may still run baseline code after twenty quick
    // calls), at most 2,000 calls; one call for Lighthouse (seconds a call).
    const warm = tool === 'lighthouse' ? 1 : 20;
    const warmUntil = tool === 'lighthouse' ? 0 : performance.now() + 2000;
    for (let i = 0; i < 2000 && (i < warm || performance.now() < warmUntil); i++) await run(u);
    for (let i = 0; i < reps; i++) {
      const t = process.hrtime.bigint();
      note = await run(u);
      ms.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
  } catch (e) {
    note = `error: ${e && e.message ? e.message : e}`;
  }
  console.log(JSON.stringify({ tool, url: u, ms, note }));
}
process.exit(0);
