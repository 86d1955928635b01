// End-to-end tests of the browser extension (dist/extension/chromium, built by
// ./scripts/build-extension) and of the bookmarklet, in headless Debian Chromium
// with playwright-core, against pages served on 127.0.0.1.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from './server.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const fixtures = path.join(here, 'fixtures');
const shots = path.join(here, 'screenshots');
const built = path.join(root, 'dist/extension/chromium');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

let pages; // the audited site (fixtures/)
let www; // the audit page
let tmp;

function cli(args) {
  const bin = process.env.SMO_AUDIT_BIN || path.join(root, 'target/debug/smo-audit');
  try {
    return execFileSync(bin, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
  } catch (e) {
    if (e.stdout) return e.stdout;
    throw e;
  }
}

/** The CLI's score for a fixture audited at `url`. */
function cliScore(file, url) {
  return JSON.parse(cli([path.join(fixtures, file), '--url', url, '--format', 'json'])).score;
}

before(async () => {
  assert.ok(fs.existsSync(path.join(built, 'manifest.json')), 'dist/extension/chromium is missing: run ./scripts/build-extension first');
  pages = await serve(fixtures, 0);
  www = await serve(path.join(root, 'www'), 0);
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'smo-ext-'));
});

after(() => {
  pages?.server.close();
  www?.server.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

/**
 * Chromium with the unpacked extension. A test cannot click the toolbar button,
 * whose click grants access to the tab (activeTab): this copy of the extension is
 * given access to 127.0.0.1 up front instead, and the tests call the two handlers
 * the button and the context menu call.
 */
async function withExtension() {
  const dir = path.join(tmp, `ext-${Date.now()}`);
  fs.cpSync(built, dir, { recursive: true });
  const m = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
  m.host_permissions = ['http://127.0.0.1/*'];
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(m));
  const context = await chromium.launchPersistentContext(path.join(tmp, `profile-${Date.now()}`), {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', `--disable-extensions-except=${dir}`, `--load-extension=${dir}`, '--no-first-run', '--disable-background-networking', '--disable-component-update'],
  });
  const worker = context.serviceWorkers()[0] || (await context.waitForEvent('serviceworker'));
  return { context, worker };
}

/** Open `url` in a tab, run the toolbar button's handler on it, return the report tab. */
async function auditTab(context, worker, url) {
  const page = await context.newPage();
  const errors = [];
  await page.goto(url);
  const tabId = await worker.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0].id, url);
  const opened = context.waitForEvent('page');
  await worker.evaluate((id) => globalThis.smoAudit.auditTab({ id, index: 0 }), tabId);
  const report = await opened;
  report.on('pageerror', (e) => errors.push(String(e)));
  report.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await report.waitForFunction(() => document.body.dataset.audit, null, { timeout: 30000 });
  return { page, report, errors };
}

test('extension: the toolbar button audits the tab; score as the CLI gives it; nothing leaves the browser', async () => {
  const { context, worker } = await withExtension();
  const url = `${pages.url}good.html`;
  const { report, errors } = await auditTab(context, worker, url);
  assert.equal(await report.evaluate(() => document.body.dataset.audit), 'done', await report.textContent('#error'));
  assert.equal((await report.textContent('.summary-main .gauge-big .gauge-num')).trim(), String(cliScore('good.html', url)));
  assert.equal(await report.textContent('#audited'), url);
  // the same report UI as the audit page: 13 cards, the checklist, the corrected head
  assert.equal(await report.$$eval('[data-platform]', (e) => e.length), 13);
  assert.ok(await report.$$eval('#checklist .check', (e) => e.length) > 20);
  // nothing differs between bots and visitors on a static page
  assert.ok(await report.isVisible('#bots-same'));
  await report.screenshot({ path: path.join(shots, 'extension-report.png') });
  assert.deepEqual(errors, []);
  await context.close();
});

test('extension: a page whose og:title is set by a script shows it in "bots vs visitors"', async () => {
  const { context, worker } = await withExtension();
  const url = `${pages.url}spa.html`;
  const { report, errors } = await auditTab(context, worker, url);
  assert.equal(await report.evaluate(() => document.body.dataset.audit), 'done', await report.textContent('#error'));
  // the report is the bots' (the server's HTML): no og:title there
  const ogTitle = await report.getAttribute('#checklist .check[data-id="og-title"]', 'data-status');
  assert.equal(ogTitle, 'fail');
  const added = await report.textContent('#bots .bots-added li[data-tag="og:title"]');
  assert.ok(added.includes('Trail shoes, tested for 500 km'), added);
  const changed = await report.textContent('#bots .bots-changed li[data-tag="og:description"]');
  assert.ok(changed.includes('Changed by a script.'), changed);
  await report.locator('#bots').screenshot({ path: path.join(shots, 'extension-bots.png') });
  assert.deepEqual(errors, []);
  await context.close();
});

test('extension: "audit this link" reads the link (access asked for its site) and audits it', async () => {
  const { context, worker } = await withExtension();
  const url = `${pages.url}so-so.html`;
  const opened = context.waitForEvent('page');
  await worker.evaluate((u) => globalThis.smoAudit.auditLink(u, null), url);
  const report = await opened;
  await report.waitForFunction(() => document.body.dataset.audit, null, { timeout: 30000 });
  assert.equal(await report.evaluate(() => document.body.dataset.audit), 'done', await report.textContent('#error'));
  assert.equal((await report.textContent('.summary-main .gauge-big .gauge-num')).trim(), String(cliScore('so-so.html', url)));
  // only http(s) links are offered
  assert.equal(await worker.evaluate(() => globalThis.smoAudit.auditLink('javascript:alert(1)', null)), null);
  await context.close();
});

test('extension: the manifest asks for little (activeTab, scripting, contextMenus; sites only when needed) and allows wasm only', () => {
  const m = JSON.parse(fs.readFileSync(path.join(built, 'manifest.json'), 'utf8'));
  assert.equal(m.manifest_version, 3);
  assert.deepEqual(m.permissions.sort(), ['activeTab', 'contextMenus', 'scripting']);
  assert.equal(m.host_permissions, undefined, 'no site access up front');
  assert.deepEqual(m.optional_host_permissions, ['http://*/*', 'https://*/*']);
  assert.equal(m.content_security_policy.extension_pages, "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'");
  // no remote code: every script the extension loads is in it
  for (const f of ['report.html']) assert.ok(!/src="https?:/.test(fs.readFileSync(path.join(built, f), 'utf8')));
});

/** The bookmarklet's code, as the audit page offers it. */
async function bookmarkletCode(browser) {
  const page = await browser.newPage();
  await page.goto(www.url);
  await page.waitForFunction(() => document.body.dataset.engine === 'ready');
  const href = await page.getAttribute('#bookmarklet', 'href');
  await page.close();
  assert.ok(href.startsWith('javascript:'));
  return decodeURIComponent(href.slice('javascript:'.length));
}

test('bookmarklet: run on a served page, it opens the audit page with that page\'s report and bots vs visitors', async () => {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const code = await bookmarkletCode(context);
  for (const [file, check] of [
    ['good.html', null],
    ['spa.html', 'og:title'],
  ]) {
    const page = await context.newPage();
    const url = `${pages.url}${file}`;
    await page.goto(url);
    const popup = page.waitForEvent('popup');
    await page.evaluate(code);
    const audit = await popup;
    const errors = [];
    audit.on('pageerror', (e) => errors.push(String(e)));
    await audit.waitForSelector('#results:not([hidden]) .check', { timeout: 30000 });
    assert.equal((await audit.textContent('.summary-main .gauge-big .gauge-num')).trim(), String(cliScore(file, url)), file);
    if (check) assert.ok((await audit.textContent(`#bots .bots-added li[data-tag="${check}"]`)).includes('Trail shoes'));
    else assert.ok(await audit.isVisible('#bots-same'));
    if (check) await audit.screenshot({ path: path.join(shots, 'bookmarklet-report.png') });
    assert.deepEqual(errors, []);
  }
  await browser.close();
});

test('bookmarklet: a site whose Cross-Origin-Opener-Policy cuts the link gets a plain message pointing to the extension', async () => {
  const coop = http.createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html', 'Cross-Origin-Opener-Policy': 'same-origin' });
    res.end(fs.readFileSync(path.join(fixtures, 'good.html')));
  });
  await new Promise((r) => coop.listen(0, '127.0.0.1', r));
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const context = await browser.newContext();
  const code = await bookmarkletCode(context);
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${coop.address().port}/`);
  const popup = context.waitForEvent('page');
  await page.evaluate(code);
  const audit = await popup;
  await audit.waitForSelector('#error:not([hidden])', { timeout: 30000 });
  assert.match(await audit.textContent('#error'), /Cross-Origin-Opener-Policy/);
  assert.match(await audit.textContent('#error'), /extension/);
  await browser.close();
  coop.close();
});

test('bookmarklet: the audit page ignores a message from another window, of another shape or claiming another origin', async () => {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${pages.url}good.html`);
  const popup = page.waitForEvent('popup');
  await page.evaluate((u) => {
    window.__w = window.open(`${u}#bookmarklet`, '_blank');
  }, www.url);
  const audit = await popup;
  await audit.waitForLoadState('domcontentloaded');
  await audit.waitForFunction(() => document.body?.dataset.engine === 'ready');
  const html = '<html><head><title>Injected</title></head><body><p>x</p></body></html>';
  // 1. the audit page itself (not its opener) posts a well-formed page
  await audit.evaluate((h) => window.postMessage({ type: 'smo-audit:page', v: 1, url: location.href, raw: btoa(h), dom: h }, '*'), html);
  // 2. the opener posts a page claiming another origin's address
  await page.evaluate((h) => window.__w.postMessage({ type: 'smo-audit:page', v: 1, url: 'https://bank.example/', raw: btoa(h), dom: h }, '*'), html);
  // 3. the opener posts the wrong shape
  await page.evaluate(() => window.__w.postMessage({ type: 'smo-audit:page', v: 2, url: location.href, raw: 'eA==' }, '*'));
  await page.evaluate(() => window.__w.postMessage('<p>x</p>', '*'));
  await audit.waitForTimeout(700);
  assert.ok(await audit.isHidden('#results'), 'nothing was audited');
  // the opener, its own address, the expected shape: audited
  await page.evaluate((h) => window.__w.postMessage({ type: 'smo-audit:page', v: 1, url: location.href, raw: btoa(h), dom: h }, '*'), html);
  await audit.waitForSelector('#results:not([hidden]) .check');
  await browser.close();
});

test('extension: the Firefox build passes web-ext lint (no error, no warning)', () => {
  const dir = path.join(root, 'dist/extension/firefox');
  const bin = path.join(here, 'node_modules/.bin/web-ext');
  let out;
  try {
    out = execFileSync(bin, ['lint', '--source-dir', dir, '--output', 'json', '--no-input'], { encoding: 'utf8', env: { ...process.env, WEB_EXT_NO_UPDATE_CHECK: '1' } });
  } catch (e) {
    out = e.stdout;
  }
  const r = JSON.parse(out);
  const all = [...r.errors, ...r.warnings].map((m) => `${m.code}: ${m.message}`);
  console.log(`web-ext lint: ${JSON.stringify(r.summary)}`);
  assert.deepEqual(all, []);
});
