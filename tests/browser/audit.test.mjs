// End-to-end tests of the audit page in headless Debian Chromium (playwright-core,
// no browser download). Run from the repo root: ./scripts/test, or
//   ./scripts/build-www && (cd tests/browser && npm ci && npm test)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from './server.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const www = path.join(root, 'www');
const fixtures = path.join(here, 'fixtures');
const shots = path.join(here, 'screenshots');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let browser;
let site;
let origin;

function cli(args) {
  const bin = process.env.SMO_AUDIT_BIN || path.join(root, 'target/debug/smo-audit');
  if (!fs.existsSync(bin)) execFileSync('cargo', ['build', '--quiet', '--bin', 'smo-audit'], { cwd: root, stdio: 'inherit' });
  try {
    return execFileSync(bin, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
  } catch (e) {
    // a low score exits non-zero; the JSON is still on stdout
    if (e.stdout) return e.stdout;
    throw e;
  }
}

before(async () => {
  assert.ok(fs.existsSync(path.join(www, 'pkg/smo_audit.js')), 'www/pkg is missing: run ./scripts/build-www first');
  assert.ok(fs.existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install chromium`);
  fs.mkdirSync(shots, { recursive: true });
  site = await serve(www, 0);
  origin = new URL(site.url).origin;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
});

after(async () => {
  await browser?.close();
  site?.server.close();
});

/** A fresh page that records everything that could betray injected code. */
async function open(opts = {}) {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 }, acceptDownloads: true, ...opts });
  const page = await context.newPage();
  const log = { dialogs: [], foreign: [], errors: [], csp: [] };
  page.on('dialog', (d) => {
    log.dialogs.push(d.message());
    d.dismiss().catch(() => {});
  });
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) log.foreign.push(u);
  });
  page.on('console', (m) => {
    if (m.type() === 'error') log.errors.push(m.text());
  });
  page.on('pageerror', (e) => log.errors.push(String(e)));
  await page.goto(site.url);
  await page.waitForFunction(() => document.body.dataset.engine === 'ready');
  return { context, page, log };
}

async function pasteAndAudit(page, html, url) {
  await page.click('#tab-paste');
  await page.fill('#paste-html', html);
  if (url) await page.fill('#paste-url', url);
  await page.click('#paste-go');
  await page.waitForSelector('#results:not([hidden]) .check');
}

/** Statuses shown on the page, by check id. */
async function shownStatuses(page) {
  return page.$$eval('#checklist .check', (els) => Object.fromEntries(els.map((e) => [e.dataset.id, e.dataset.status])));
}

/** WCAG contrast ratios of the text in the main kinds of elements (lowest per selector). */
async function contrasts(page) {
  return page.evaluate(() => {
    const rgb = (c) => (c.match(/[\d.]+/g) || []).map(Number);
    const lum = ([r, g, b]) => {
      const f = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const bgOf = (el) => {
      for (let e = el; e; e = e.parentElement) {
        const c = rgb(getComputedStyle(e).backgroundColor);
        if (c.length === 3 || (c.length === 4 && c[3] > 0)) return c.slice(0, 3);
      }
      return [255, 255, 255];
    };
    const sels = ['body', '.help', '.tagline', '.check-msg', '.check-id', '.cat-badge', '.page-facts dt', '.pv-desc', '.pv-domain', '.pv-meta', '.ev-where', '.count', 'button', '.tabs [role="tab"]', 'button.primary', '.st-icon'];
    const out = {};
    for (const sel of sels) {
      for (const el of document.querySelectorAll(sel)) {
        const a = lum(rgb(getComputedStyle(el).color).slice(0, 3));
        const b = lum(bgOf(el));
        const r = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
        out[sel] = Math.min(out[sel] ?? 99, Math.round(r * 100) / 100);
      }
    }
    return out;
  });
}

function assertContrast(ratios) {
  console.log(`lowest contrast per element kind: ${JSON.stringify(ratios)}`);
  const low = Object.entries(ratios).filter(([, r]) => r < 4.5);
  assert.deepEqual(low, [], `text below 4.5:1 contrast: ${JSON.stringify(low)}`);
}

function cliStatuses(report) {
  const out = {};
  for (const c of report.categories) for (const ch of c.checks) out[ch.id] = ch.status;
  return out;
}

test('paste a page: score, category scores and statuses match the CLI', async () => {
  const file = path.join(fixtures, 'good.html');
  const expected = JSON.parse(cli([file, '--format', 'json']));
  const { context, page, log } = await open();
  await pasteAndAudit(page, fs.readFileSync(file, 'utf8'));
  const score = await page.textContent('.summary-main .gauge-big .gauge-num');
  assert.equal(score.trim(), String(expected.score));
  assert.deepEqual(await shownStatuses(page), cliStatuses(expected));
  const catLabels = await page.$$eval('.cat-scores .gauge', (els) => els.map((e) => e.getAttribute('aria-label')));
  assert.equal(catLabels.length, expected.categories.length);
  for (const c of expected.categories) assert.ok(catLabels.some((l) => l.startsWith(c.title)), `category ${c.id} shown`);
  // messages are shown as written by the engine
  const msgs = await page.$$eval('#checklist .check-msg', (els) => els.map((e) => e.textContent));
  for (const c of expected.categories) for (const ch of c.checks) if (ch.message) assert.ok(msgs.includes(ch.message), ch.id);
  // every check carries its rule documentation from the engine's rule reference
  const docs = await page.$$eval('#checklist .check', (els) => els.filter((e) => e.querySelector('.check-doc')).length);
  assert.equal(docs, Object.keys(cliStatuses(expected)).length);
  // previews: one card per platform the engine computes, drawn as the engine gives them
  const pv = expected.facts.previews;
  const ids = ['facebook', 'x', 'linkedin', 'slack', 'discord', 'whatsapp', 'telegram', 'imessage', 'bluesky', 'mastodon', 'threads', 'pinterest', 'google'];
  assert.deepEqual(Object.keys(pv).filter((k) => k !== 'conflicts').sort(), [...ids].sort(), 'the engine computes thirteen platforms');
  assert.deepEqual(await page.$$eval('.pv-grid .pv', (els) => els.map((e) => e.dataset.platform)), ids);
  for (const name of ['Slack', 'Discord', 'Telegram']) {
    const id = name.toLowerCase();
    assert.ok(await page.isVisible(`.pv-${id}`), `${name} card shown`);
    assert.ok((await page.textContent(`.pv-${id} .pv-platform`)).startsWith(name));
  }
  for (const id of ids) {
    const e = pv[id];
    assert.equal(await page.getAttribute(`.pv-${id}`, 'data-card'), e.card, `${id} card size`);
    if (e.card === 'none') continue;
    // only what the platform shows is drawn, as the engine gives it
    const drawn = (sel) => page.$$eval(`.pv-${id} .pv-card ${sel}`, (els) => els.map((x) => x.textContent));
    const shows = (f) => e.shows.includes(f) && e[f];
    assert.deepEqual(await drawn('.pv-title'), shows('title') ? [e.title] : [], `${id} title`);
    assert.deepEqual(await drawn('.pv-desc'), shows('description') ? [e.description] : [], `${id} description`);
    assert.deepEqual(await drawn('.pv-site'), shows('siteName') ? [e.siteName] : [], `${id} site name`);
    assert.deepEqual(await drawn('.pv-domain'), shows('domain') ? [e.domain] : [], `${id} domain`);
    // the limits shown are the engine's numbers
    const meta = await page.textContent(`.pv-${id} .pv-meta`);
    // (Google cuts its title by width: the engine's pixels)
    const titleMax = e.titleMaxPx ? `${e.titleMaxPx} px` : e.titleMax;
    assert.ok(meta.includes(`${titleMax} / ${e.descriptionMax}`), `${id} limits: ${meta}`);
    // the platform's own warnings, as the engine words them
    const warned = await page.$$eval(`.pv-${id} .pv-warnings li`, (els) => els.map((li) => li.textContent));
    assert.deepEqual(warned, (e.warnings || []).map((w) => w.message), `${id} warnings`);
  }
  assert.equal(await page.textContent('.pv-facebook .pv-title'), 'How to brew cold coffee at home');
  assert.equal(pv.facebook.descriptionMax, 155);
  await page.locator('.previews').screenshot({ path: path.join(shots, 'previews.png') });
  assertContrast(await contrasts(page));
  await page.screenshot({ path: path.join(shots, 'page-report.png'), fullPage: true });
  await page.screenshot({ path: path.join(shots, 'page-report-top.png') });
  // filter: failures only hides passing checks
  await page.selectOption('#filter', 'fail');
  const left = Object.values(await shownStatuses(page));
  assert.ok(left.every((s) => s === 'fail'));
  assert.deepEqual(log.dialogs, []);
  assert.deepEqual(log.foreign, []);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('a page with problems shows failures with fix and evidence', async () => {
  const html = '<!doctype html><html lang="en"><head><title>x</title><meta property="og:title" content=""></head><body><p>hi</p></body></html>';
  const tmp = path.join(shots, 'tmp-bad.html');
  fs.writeFileSync(tmp, html);
  const expected = JSON.parse(cli([tmp, '--format', 'json']));
  fs.unlinkSync(tmp);
  const { context, page } = await open();
  await pasteAndAudit(page, html);
  assert.equal((await page.textContent('.gauge-big .gauge-num')).trim(), String(expected.score));
  assert.deepEqual(await shownStatuses(page), cliStatuses(expected));
  const fails = await page.$$('#checklist .check.st-fail');
  assert.ok(fails.length > 0, 'at least one failure shown');
  assert.ok(await page.$('#checklist .check.st-fail .check-fix'), 'failures carry a fix');
  await page.selectOption('#filter', 'fail');
  await page.screenshot({ path: path.join(shots, 'failures-only.png'), fullPage: true });
  await context.close();
});

test('language: follows the browser (Turkish) and switches back to English', async () => {
  const file = path.join(fixtures, 'good.html');
  const trReport = JSON.parse(cli([file, '--format', 'json', '--locale', 'tr']));
  const { context, page, log } = await open({ locale: 'tr-TR' });
  assert.equal(await page.getAttribute('html', 'lang'), 'tr');
  assert.equal(await page.textContent('#tab-paste'), 'HTML yapıştır');
  await pasteAndAudit(page, fs.readFileSync(file, 'utf8'));
  assert.equal(await page.textContent('#results-h'), 'Sonuçlar');
  const msgs = await page.$$eval('#checklist .check-msg', (els) => els.map((e) => e.textContent));
  for (const c of trReport.categories) for (const ch of c.checks) if (ch.message) assert.ok(msgs.includes(ch.message), `Turkish message of ${ch.id}`);
  await page.screenshot({ path: path.join(shots, 'turkish.png'), fullPage: true });
  // switch to English: labels and the report's messages change
  await page.selectOption('#lang-select', 'en');
  await page.waitForFunction(() => document.getElementById('results-h').textContent === 'Results');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  const enReport = JSON.parse(cli([file, '--format', 'json']));
  await page.waitForSelector('#checklist .check');
  const msgsEn = await page.$$eval('#checklist .check-msg', (els) => els.map((e) => e.textContent));
  for (const c of enReport.categories) for (const ch of c.checks) if (ch.message) assert.ok(msgsEn.includes(ch.message), `English message of ${ch.id}`);
  assert.deepEqual(log.errors, []);
  await context.close();
});

/**
 * The CLI's report without the file paths CI tools read (a page's `path`, the
 * site's `root`): the audit page reads pasted text or uploaded files, not a
 * folder on disk.
 */
function withoutFilePaths(report) {
  const { path: _path, ...rest } = report;
  if (Array.isArray(rest.pages)) rest.pages = rest.pages.map(({ path: _p, ...p }) => p);
  if (rest.site?.data) {
    const { root: _root, ...data } = rest.site.data;
    rest.site = { ...rest.site, data };
  }
  return rest;
}

test('export JSON equals the CLI JSON; the Markdown export is the engine\'s (the CLI\'s --format markdown)', async () => {
  const file = path.join(fixtures, 'good.html');
  // The audit page shows the text it scored: the CLI's --include-text.
  const expected = withoutFilePaths(JSON.parse(cli([file, '--format', 'json', '--include-text'])));
  const { context, page } = await open();
  await pasteAndAudit(page, fs.readFileSync(file, 'utf8'));
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
  assert.equal(dl.suggestedFilename(), 'smo-audit-report.json');
  const got = JSON.parse(fs.readFileSync(await dl.path(), 'utf8'));
  assert.deepEqual(got, expected);
  const [md] = await Promise.all([page.waitForEvent('download'), page.click('#export-md')]);
  const text = fs.readFileSync(await md.path(), 'utf8');
  assert.match(text, new RegExp(`${expected.score}/100`));
  // The CLI names the page by its file; the pasted page by its address (the engine's default label).
  assert.equal(text, cli([file, '--format', 'markdown']).split(file).join(expected.url ?? 'page 1'));
  for (const c of expected.categories) {
    for (const ch of c.checks) if (ch.status === 'fail') assert.ok(text.includes(`**${ch.id}**`), `markdown names the failed ${ch.id}`);
  }
  await context.close();
});

function siteDir() {
  const ex = path.join(root, 'examples/site');
  if (fs.existsSync(ex)) return ex;
  console.log(`# examples/site is absent: using ${path.relative(root, path.join(fixtures, 'site'))} instead`);
  return path.join(fixtures, 'site');
}

test('upload a build folder: pages table matches the CLI site audit, sortable, page drill-down', async () => {
  const dir = siteDir();
  const expected = withoutFilePaths(JSON.parse(cli([dir, '--format', 'json', '--base-url', 'https://example.com'])));
  const { context, page, log } = await open();
  await page.click('#tab-folder');
  await page.fill('#base-url', 'https://example.com');
  await page.setInputFiles('#folder-input', dir);
  await page.waitForSelector('#pages-table tbody tr');
  const rows = await page.$$eval('#pages-table tbody tr', (trs) => trs.map((tr) => [tr.querySelector('th').textContent, Number(tr.querySelector('td').textContent)]));
  assert.equal(rows.length, expected.pages.length);
  assert.equal((await page.textContent('.site .gauge-num')).trim(), String(expected.score));
  // the table is sorted by score (lowest first) and the multiset of scores matches the CLI
  const scores = rows.map((r) => r[1]);
  assert.deepEqual([...scores].sort((a, b) => a - b), expected.pages.map((p) => p.score).sort((a, b) => a - b));
  assert.deepEqual(scores, [...scores].sort((a, b) => a - b));
  await page.screenshot({ path: path.join(shots, 'site.png'), fullPage: true });
  // sort by page path
  await page.click('#pages-table thead button:has-text("Page")');
  const paths = await page.$$eval('#pages-table tbody th', (ths) => ths.map((t) => t.textContent));
  assert.deepEqual(paths, [...paths].sort(new Intl.Collator('en', { numeric: true }).compare));
  assert.equal(await page.getAttribute('#pages-table thead th:first-child', 'aria-sort'), 'ascending');
  // open one page's report
  await page.click('#pages-table tbody tr:first-child th button');
  await page.waitForSelector('#page-view .check');
  // export the site report: equals the CLI's
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
  assert.deepEqual(JSON.parse(fs.readFileSync(await dl.path(), 'utf8')), expected);
  const [md] = await Promise.all([page.waitForEvent('download'), page.click('#export-md')]);
  const mdText = fs.readFileSync(await md.path(), 'utf8');
  assert.match(mdText, new RegExp(`${expected.score}/100`));
  for (const p of paths) assert.ok(mdText.includes(p.replace(/_/g, '\\_')) || mdText.includes(p), `markdown names ${p}`);
  assert.equal(mdText, cli([dir, '--format', 'markdown', '--base-url', 'https://example.com']));
  await page.screenshot({ path: path.join(shots, 'site-page.png'), fullPage: true });
  assert.deepEqual(log.foreign, []);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('upload several HTML files audits them as a set', async () => {
  const { context, page } = await open();
  await page.click('#tab-files');
  await page.setInputFiles('#files-input', [path.join(fixtures, 'good.html'), path.join(fixtures, 'site/about.html')]);
  await page.waitForSelector('#pages-table tbody tr');
  assert.equal((await page.$$('#pages-table tbody tr')).length, 2);
  await context.close();
});

test('hostile page runs nothing, requests nothing, shows its markup as text', async () => {
  const html = fs.readFileSync(path.join(fixtures, 'hostile.html'), 'utf8');
  const { context, page, log } = await open();
  // the image host answers with a tiny PNG (no DNS lookup for .invalid)
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');
  await page.route('http://evil.invalid/**', (r) => r.fulfill({ status: 200, contentType: 'image/png', body: png }));
  await pasteAndAudit(page, html);
  // with preview images allowed, only http(s) images may load; javascript: never
  await page.check('#allow-images');
  await page.waitForTimeout(300);
  assert.deepEqual(log.dialogs, [], 'no dialog opened');
  assert.equal(await page.evaluate(() => window.__pwned), undefined, 'no injected script ran');
  // allowed: exactly the http(s) preview images the engine says the platforms would show
  const report = JSON.parse(cli([path.join(fixtures, 'hostile.html'), '--format', 'json']));
  const allowed = new Set(
    Object.values(report.facts.previews || {})
      .map((v) => v && v.image)
      .filter((u) => typeof u === 'string' && /^https?:/.test(u)),
  );
  assert.ok(allowed.has('http://evil.invalid/card.png'));
  const foreign = log.foreign.filter((u) => !allowed.has(u));
  assert.deepEqual(foreign, [], 'only the allowed preview images were requested');
  assert.ok(!log.foreign.some((u) => /x\.(js|css)|bg\.png|frame/.test(u)), 'no script, style, background or frame request');
  assert.equal(await page.$$eval('#page-view script, #page-view iframe, #page-view svg[onload], #page-view [onerror], #page-view [onload]', (e) => e.length), 0);
  assert.equal(await page.$$eval('#page-view a[href^="javascript:"], #page-view img[src^="javascript:"]', (e) => e.length), 0);
  // the markup is visible as text
  const body = await page.textContent('#page-view');
  assert.ok(body.includes('</textarea><script>'), 'og:title text shown literally');
  assert.deepEqual(log.errors, [], 'no console error from injected code');
  await page.uncheck('#allow-images');
  await page.screenshot({ path: path.join(shots, 'hostile.png'), fullPage: true });
  await context.close();
});

test('hostile page without preview images: no request at all', async () => {
  const html = fs.readFileSync(path.join(fixtures, 'hostile.html'), 'utf8');
  const { context, page, log } = await open();
  await pasteAndAudit(page, html);
  await page.waitForTimeout(300);
  assert.deepEqual(log.foreign, []);
  assert.deepEqual(log.dialogs, []);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('web address: fetched and audited, or a plain message with the other ways', async () => {
  // a second server on another origin: one page allows CORS, one does not
  const other = http.createServer((req, res) => {
    const html = fs.readFileSync(path.join(fixtures, 'good.html'));
    if (req.url === '/missing') return res.writeHead(404, { 'Access-Control-Allow-Origin': '*' }).end('gone');
    if (req.url === '/endless') {
      // a page that never ends: the download must stop at the engine's limit
      res.writeHead(200, { 'Content-Type': 'text/html', 'Access-Control-Allow-Origin': '*' });
      const chunk = Buffer.alloc(64 * 1024, 'a');
      let sent = 0;
      const pump = () => {
        while (sent < 64 * 1024 * 1024 && res.write(chunk)) sent += chunk.length;
        if (sent < 64 * 1024 * 1024) res.once('drain', pump);
        else res.end();
      };
      res.on('close', () => (other.endlessSent = sent));
      res.write('<html><body>');
      return pump();
    }
    if (req.url === '/open') res.writeHead(200, { 'Content-Type': 'text/html', 'Access-Control-Allow-Origin': '*' });
    else res.writeHead(200, { 'Content-Type': 'text/html' });
    res.end(html);
  });
  await new Promise((r) => other.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${other.address().port}`;
  const { context, page } = await open();
  await page.click('#tab-url');
  await page.fill('#url-input', `${base}/open`);
  await page.click('#url-go');
  await page.waitForSelector('#results:not([hidden]) .check');
  assert.equal(await page.textContent('.page-url'), `${base}/open`);
  await page.fill('#url-input', `${base}/closed`);
  await page.click('#url-go');
  await page.waitForSelector('#error:not([hidden])');
  const msg = await page.textContent('#error');
  assert.match(msg, /CORS/);
  // the easy ways first: the bookmarklet and the extension
  assert.ok(msg.indexOf('bookmarklet') < msg.indexOf('Paste HTML') && msg.indexOf('extension') < msg.indexOf('Paste HTML'), msg);
  assert.ok(await page.isVisible('#bookmarklet'));
  assert.match(msg, /Paste HTML/);
  assert.match(msg, /smo-audit --url/);
  assert.equal(await page.isVisible('#results'), false, 'the previous report is not left on screen');
  await page.screenshot({ path: path.join(shots, 'url-blocked.png') });
  await page.fill('#url-input', `${base}/missing`);
  await page.click('#url-go');
  await page.waitForFunction(() => /404/.test(document.getElementById('error').textContent));
  // a page larger than the engine reads: stopped while downloading, said plainly
  await page.fill('#url-input', `${base}/endless`);
  await page.click('#url-go');
  await page.waitForFunction(() => /MB/.test(document.getElementById('error').textContent), null, { timeout: 30000 });
  assert.match(await page.textContent('#error'), /larger than 10 MB/);
  await context.close();
  for (let i = 0; i < 50 && other.endlessSent === undefined; i++) await new Promise((r) => setTimeout(r, 100));
  assert.ok(other.endlessSent < 32 * 1024 * 1024, `the download stopped early (${other.endlessSent} bytes sent of 64 MiB)`);
  other.close();
});

test('profile: a saved profile page (paste tab + profile address) shows the profile card and the CLI statuses', async () => {
  const file = path.join(root, 'tests/fixtures/profiles/instagram-good.html');
  const url = 'https://www.instagram.com/acmecoffee/';
  const want = JSON.parse(cli([file, '--url', url, '--kind', 'profile', '--format', 'json']));
  const { context, page, log } = await open();
  await page.click('#tab-paste');
  await page.fill('#paste-html', fs.readFileSync(file, 'utf8'));
  await page.fill('#paste-profile', url);
  await page.click('#paste-go');
  await page.waitForSelector('#results:not([hidden]) #profile-card');
  assert.deepEqual(await shownStatuses(page), cliStatuses(want));
  const p = want.facts.profile;
  const card = await page.textContent('#profile-card');
  for (const v of [p.platformName, p.handle, p.displayName, p.bio, p.avatar, p.websites[0].url, p.followers.text]) assert.ok(card.includes(v), `card shows ${v}`);
  const max = want.categories.flatMap((c) => c.checks).find((c) => c.id === 'profile-bio').details.max;
  assert.ok(card.includes(`${p.bioLength} of at most ${max} characters`), card);
  // the avatar is a URL in text unless preview images are allowed: nothing was requested
  assert.equal(await page.$$eval('#profile-card img', (els) => els.length), 0);
  assert.deepEqual(log.foreign, []);
  assert.deepEqual(log.errors, []);
  await page.screenshot({ path: path.join(shots, 'profile.png'), fullPage: true });
  await context.close();
});

test('profile: a profile address alone (web-address tab) is audited from the address, nothing fetched', async () => {
  const url = 'https://x.com/acme_studio';
  const { context, page, log } = await open();
  await page.click('#tab-url');
  await page.fill('#url-input', url);
  await page.click('#url-go');
  await page.waitForSelector('#results:not([hidden]) #profile-card');
  const card = await page.textContent('#profile-card');
  assert.match(card, /acme_studio/);
  assert.match(card, /X/);
  assert.match(card, /address alone/);
  const shown = await shownStatuses(page);
  assert.ok(shown['profile-handle'] && shown['profile-handle'] !== 'skip', JSON.stringify(shown));
  assert.equal(await page.isVisible('.previews'), false, 'no empty social previews for an address alone');
  assert.deepEqual(log.foreign, [], 'the profile site is not fetched');
  assert.deepEqual(log.errors, []);
  await page.screenshot({ path: path.join(shots, 'profile-url-only.png'), fullPage: true });
  // the paste tab: the profile address alone works too, in Turkish
  await page.selectOption('#lang-select', 'tr');
  await page.click('#tab-paste');
  await page.fill('#paste-html', '');
  await page.fill('#paste-profile', 'https://www.linkedin.com/company/acme-studio/');
  await page.click('#paste-go');
  await page.waitForFunction(() => /acme-studio/.test(document.getElementById('profile-card')?.textContent || ''));
  assert.match(await page.textContent('#profile-card'), /Kullanıcı adı/);
  await context.close();
});

test('profile: a hostile bio and display name are shown as text, run nothing', async () => {
  const evil = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
  const html = `<!doctype html><html><head><title>Evil &lt;b&gt;x&lt;/b&gt; (@evil) • Instagram photos and videos</title>
<meta property="og:title" content="${evil.replace(/"/g, '&quot;')} (@evil) • Instagram photos and videos">
<meta name="description" content="1 Followers - ${evil.replace(/"/g, '&quot;')} (@evil) on Instagram: &quot;${evil.replace(/"/g, '&quot;')} bio&quot;">
<meta property="og:image" content="javascript:alert(3)">
<link rel="canonical" href="https://www.instagram.com/evil/"></head><body></body></html>`;
  const { context, page, log } = await open();
  await page.check('#allow-images');
  await page.click('#tab-paste');
  await page.fill('#paste-html', html);
  await page.fill('#paste-profile', 'https://www.instagram.com/evil/');
  await page.click('#paste-go');
  await page.waitForSelector('#results:not([hidden]) #profile-card');
  assert.deepEqual(log.dialogs, []);
  assert.equal(await page.$$eval('#profile-card script', (els) => els.length), 0);
  assert.equal(await page.$$eval('#profile-card img[src="x"], #profile-card img[src^="javascript"]', (els) => els.length), 0);
  assert.ok((await page.textContent('#profile-card')).includes('<script>'), 'the markup is visible as text');
  await context.close();
});

test('phone width and dark mode: no sideways scrolling, keyboard reachable', async () => {
  const file = path.join(fixtures, 'good.html');
  const { context, page, log } = await open({ viewport: { width: 375, height: 740 }, colorScheme: 'dark', isMobile: true, hasTouch: true });
  await pasteAndAudit(page, fs.readFileSync(file, 'utf8'));
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `page scrolls sideways by ${overflow}px`);
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(bg, 'rgb(13, 17, 23)', 'dark background');
  assertContrast(await contrasts(page));
  await page.screenshot({ path: path.join(shots, 'phone-dark.png'), fullPage: true });
  // keyboard: tabs move with arrow keys, every control has a name
  await page.focus('#tab-paste');
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'tab-url');
  assert.equal(await page.isVisible('#url-input'), true);
  const unnamed = await page.$$eval('input, select, textarea, button', (els) =>
    els.filter((e) => !e.labels?.length && !e.getAttribute('aria-label') && !e.textContent.trim()).map((e) => e.id || e.outerHTML.slice(0, 60)),
  );
  assert.deepEqual(unnamed, []);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('README screenshot', async () => {
  const file = path.join(fixtures, 'so-so.html');
  const { context, page } = await open({ viewport: { width: 1100, height: 900 } });
  await pasteAndAudit(page, fs.readFileSync(file, 'utf8'));
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(shots, 'readme.png'), fullPage: true, clip: { x: 0, y: 0, width: 1100, height: 1900 } });
  await context.close();
});

// ---------- the checklist a marketer reads, the small things, accessibility, the site view ----------

// SMO_DOCS_SCREENSHOTS=1 writes the docs/ screenshots; otherwise they go to screenshots/ (ignored by git).
const docs = process.env.SMO_DOCS_SCREENSHOTS === '1' ? path.join(root, 'docs') : shots;
const axeSource = fs.readFileSync(path.join(here, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** The checklist's groups in page order: [status, folded?, open?, ids]. */
async function groups(page) {
  return page.$$eval('#checklist .group', (els) =>
    els.map((g) => ({ status: g.dataset.group, folded: g.tagName === 'DETAILS', open: g.tagName !== 'DETAILS' || g.open, ids: [...g.querySelectorAll('.check')].map((c) => c.dataset.id) })),
  );
}

test('checklist: failures first by weight, warnings next, passes and not-applicable folded; each check opens its explanation', async () => {
  const html = fs.readFileSync(path.join(www, 'example/sourdough.html'), 'utf8');
  const tmp = path.join(shots, 'tmp-sourdough.html');
  fs.writeFileSync(tmp, html);
  const expected = JSON.parse(cli([tmp, '--format', 'json', '--url', 'https://bakery.example/guides/sourdough-starter']));
  fs.unlinkSync(tmp);
  const all = expected.categories.flatMap((c) => c.checks);
  const { context, page, log } = await open({ viewport: { width: 1366, height: 900 } });
  await pasteAndAudit(page, html, 'https://bakery.example/guides/sourdough-starter');
  const gs = await groups(page);
  const order = ['fail', 'warn', 'pass', 'skip'].filter((s) => all.some((c) => c.status === s));
  assert.deepEqual(gs.map((g) => g.status), order, 'failures, warnings, passes, not applicable');
  for (const g of gs) {
    assert.deepEqual([...g.ids].sort(), all.filter((c) => c.status === g.status).map((c) => c.id).sort(), `${g.status} group holds the CLI's ${g.status} checks`);
    const folded = g.status === 'pass' || g.status === 'skip';
    assert.equal(g.folded, folded, `${g.status} folded: ${folded}`);
    assert.equal(g.open, !folded, `${g.status} open at first: ${!folded}`);
    // by impact: the check's weight, highest first
    const w = g.ids.map((id) => all.find((c) => c.id === id).weight);
    assert.deepEqual(w, [...w].sort((a, b) => b - a), `${g.status} by weight: ${w}`);
  }
  assert.ok(gs[0].status === 'fail' && gs[0].ids.length > 0, 'the example page has failures to show first');
  assert.equal(await page.isVisible('#checklist .check.st-pass'), false, 'passes are folded');
  // each item links to its explanation (the engine's rule reference), shown in place
  const rules = JSON.parse(cli(['rules', '--format', 'json']));
  const first = gs[0].ids[0];
  const rule = rules.find((r) => r.id === first);
  const doc = `#doc-${first}`;
  assert.equal(await page.isVisible(`${doc} p`), false, 'explanation closed at first');
  await page.click(`.check[data-id="${first}"] .check-explain`);
  assert.equal(await page.getAttribute(doc, 'open'), '');
  assert.ok((await page.textContent(doc)).includes(rule.why), 'the rule reference\'s why');
  assert.ok((await page.textContent(doc)).includes(rule.fix), 'the rule reference\'s fix');
  assert.equal(await page.evaluate(() => document.activeElement.closest('details')?.id), `doc-${first}`, 'focus moves to the explanation');
  // a folded group opens on click; a category gauge narrows the checklist to it
  await page.click('#checklist details.group[data-group="pass"] > summary');
  assert.equal(await page.isVisible('#checklist .check.st-pass'), true);
  const cat = expected.categories.find((c) => c.checks.length > 0);
  await page.click(`.cat-link[data-cat="${cat.id}"]`);
  assert.equal(await page.inputValue('#cat-filter'), cat.id);
  const shown = await page.$$eval('#checklist .check', (els) => els.map((e) => e.dataset.id));
  assert.deepEqual(shown.sort(), cat.checks.map((c) => c.id).sort());
  await page.selectOption('#cat-filter', '');
  await page.screenshot({ path: path.join(shots, 'checklist.png'), fullPage: true });
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('partial: a profile address alone shows "Partial audit", no 0–100 score', async () => {
  const url = 'https://x.com/acme_studio';
  const { context, page, log } = await open();
  await page.click('#tab-url');
  await page.fill('#url-input', url);
  await page.click('#url-go');
  await page.waitForSelector('#results:not([hidden]) #profile-card');
  assert.equal(await page.isVisible('#partial-badge'), true);
  assert.match(await page.textContent('#partial-badge'), /Partial audit/);
  assert.match(await page.textContent('#partial-note'), /Partial audit from the profile address alone/);
  // no number out of 100 anywhere in the summary
  assert.equal(await page.$$eval('#page-view .summary .gauge-num', (els) => els.filter((e) => /\d/.test(e.textContent)).length), 0);
  assert.equal(await page.$$eval('#page-view .cat-badge', (els) => els.filter((e) => /\/100/.test(e.textContent)).length), 0);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('file://: the page says how to serve the folder; over http the notice is hidden', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`file://${path.join(www, 'index.html')}`);
  assert.equal(await page.isVisible('#file-notice'), true);
  assert.match(await page.textContent('#file-notice'), /python3 -m http\.server -d www 8000/);
  await page.goto(site.url);
  await page.waitForFunction(() => document.body.dataset.engine === 'ready');
  assert.equal(await page.isVisible('#file-notice'), false);
  await context.close();
});

test('"Try an example", Ctrl+Enter and Cmd+Enter audit', async () => {
  const { context, page, log } = await open();
  await page.click('#example-go');
  await page.waitForSelector('#results:not([hidden]) .check');
  assert.equal(await page.textContent('.page-url'), 'https://bakery.example/guides/sourdough-starter');
  assert.match(await page.inputValue('#paste-html'), /sourdough/i);
  for (const key of ['Control+Enter', 'Meta+Enter']) {
    await page.fill('#paste-html', fs.readFileSync(path.join(fixtures, 'good.html'), 'utf8'));
    await page.fill('#paste-url', `https://example.com/${key.split('+')[0].toLowerCase()}`);
    await page.focus('#paste-html');
    await page.keyboard.press(key);
    await page.waitForFunction((u) => document.querySelector('.page-url')?.textContent === u, `https://example.com/${key.split('+')[0].toLowerCase()}`);
  }
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('language switch keeps your place: the same report, scroll position and open explanations', async () => {
  const file = path.join(fixtures, 'good.html');
  const trReport = JSON.parse(cli([file, '--format', 'json', '--locale', 'tr']));
  const { context, page, log } = await open();
  await pasteAndAudit(page, fs.readFileSync(file, 'utf8'));
  await page.click('#checklist details.group[data-group="pass"] > summary');
  const id = await page.$eval('#checklist .check.st-pass', (e) => e.dataset.id);
  await page.click(`.check[data-id="${id}"] .check-explain`);
  const sel = `#checklist .check[data-id="${id}"]`;
  await page.evaluate((q) => document.querySelector(q).scrollIntoView({ block: 'start' }), sel);
  const y = await page.evaluate(() => window.scrollY);
  assert.ok(y > 500, `scrolled into the report (${y})`);
  const top = await page.$eval(sel, (e) => Math.round(e.getBoundingClientRect().top));
  await page.selectOption('#lang-select', 'tr');
  await page.waitForFunction(() => document.getElementById('results-h').textContent === 'Sonuçlar');
  await page.waitForSelector('#checklist .check');
  assert.equal(await page.isVisible('#results'), true);
  assert.equal(await page.$eval(sel, (e) => Math.round(e.getBoundingClientRect().top)), top, 'the check read is where it was on screen');
  assert.equal(await page.getAttribute('#checklist details.group[data-group="pass"]', 'open'), '', 'the opened group stays open');
  assert.equal(await page.getAttribute(`#doc-${id}`, 'open'), '', 'the opened explanation stays open');
  const msgs = await page.$$eval('#checklist .check-msg', (els) => els.map((e) => e.textContent));
  for (const c of trReport.categories) for (const ch of c.checks) if (ch.message) assert.ok(msgs.includes(ch.message), `Turkish message of ${ch.id}`);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('"Nothing to add" when the suggested head has nothing to add', async () => {
  const file = path.join(fixtures, 'head-fine.html');
  const expected = JSON.parse(cli([file, '--format', 'json', '--url', 'https://example.com/tips']));
  assert.equal(expected.facts.suggestedHead, null, 'the fixture needs no tag');
  const { context, page } = await open();
  await pasteAndAudit(page, fs.readFileSync(file, 'utf8'), 'https://example.com/tips');
  assert.match(await page.textContent('#head-fine'), /Nothing to add/);
  assert.equal(await page.$('#suggested-head'), null);
  await pasteAndAudit(page, '<!doctype html><html><head><title>x</title></head><body></body></html>');
  assert.equal(await page.$('#head-fine'), null);
  assert.ok(await page.$('#suggested-head'));
  await context.close();
});

/** A generated build folder: index.html plus `n` articles under long paths. */
function generatedSite(n) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'smo-gen-site-'));
  const page = (title, body) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><meta name="description" content="${title}: a generated page for the site view test, long enough to be a description."><meta property="og:title" content="${title}"></head><body><main><h1>${title}</h1><p>${body}</p><a href="/">Home</a></main></body></html>`;
  fs.writeFileSync(path.join(dir, 'index.html'), page('Home of the generated site', 'Welcome.'));
  for (let i = 0; i < n; i++) {
    const sub = path.join(dir, i % 2 ? 'blog' : 'guides', `20${20 + (i % 5)}`);
    fs.mkdirSync(sub, { recursive: true });
    fs.writeFileSync(path.join(sub, `a-rather-long-article-name-number-${i}.html`), page(`Article number ${i} of the generated site`, 'Some text. '.repeat(i % 7 + 1)));
  }
  return dir;
}

test('previews: thirteen data-platform cards, each drawn as its platform, light and dark; a failed image is drawn as the platform does', async () => {
  const file = path.join(fixtures, 'good.html');
  const expected = JSON.parse(cli([file, '--format', 'json'])).facts.previews;
  const { context, page, log } = await open();
  // the image host fails: each platform's card is drawn without the image
  await page.route('https://example.com/**', (r) => r.fulfill({ status: 404, body: '' }));
  await pasteAndAudit(page, fs.readFileSync(file, 'utf8'));
  const ids = await page.$$eval('[data-platform]', (els) => els.map((e) => e.dataset.platform));
  assert.deepEqual(ids, ['facebook', 'x', 'linkedin', 'slack', 'discord', 'whatsapp', 'telegram', 'imessage', 'bluesky', 'mastodon', 'threads', 'pinterest', 'google']);
  // each card in its platform's layout, as big as the platform draws it
  const looks = await page.$$eval('[data-platform]', (els) =>
    Object.fromEntries(els.map((e) => [e.dataset.platform, { layout: e.querySelector('.pv-card').dataset.layout, width: Math.round(e.getBoundingClientRect().width) }])),
  );
  assert.equal(looks.x.layout, 'overlay', 'X large card: the image alone with the domain on it');
  assert.equal(looks.slack.layout, expected.slack.card === 'large' ? 'below' : 'thumb');
  assert.ok(looks.google.width >= 600, `the Google snippet is as wide as Google's (${looks.google.width} px)`);
  assert.ok(looks.pinterest.width <= 240, 'a pin is 236 px wide');
  // X large: no title, the domain on the image and under it
  assert.equal(await page.$$eval('.pv-x .pv-title', (e) => e.length), 0);
  assert.equal(await page.textContent('.pv-x .pv-from .pv-domain'), expected.x.domain);
  // Discord's bar takes the page's theme-color when the engine gives it
  assert.equal(expected.discord.themeColor, '#6f4e37', 'the fixture\'s theme-color, as the engine reads it');
  const bar = await page.$eval('.pv-discord .pv-card', (e) => getComputedStyle(e).borderLeftColor);
  assert.equal(bar, 'rgb(111, 78, 55)', 'theme-color #6f4e37 on the bar');
  // images off (privacy): a placeholder in the platform's frame
  assert.ok(await page.isVisible('.pv-facebook .pv-imgoff'));
  assert.deepEqual(log.foreign, []);
  // images on, the host answers 404: the platform's own fallback, and a note
  await page.check('#allow-images');
  await page.waitForSelector('.pv-facebook[data-image="failed"]');
  assert.equal(await page.$$eval('.pv-facebook .pv-img', (e) => e.length), 0, 'Facebook drops the image');
  assert.ok(await page.isVisible('.pv-facebook .pv-imgfail'));
  await page.waitForSelector('.pv-x[data-image="failed"]');
  assert.equal(await page.$$eval('.pv-x .pv-icon', (e) => e.length), 1, 'X draws its link icon');
  assert.equal(await page.$$eval('.pv img', (e) => e.filter((i) => i.complete && i.naturalWidth === 0).length), 0, 'no broken-image icon');
  // light and dark
  assert.equal(await page.getAttribute('#pv-grid', 'data-theme'), 'light');
  assertContrast(await contrasts(page));
  await page.check('#pv-theme-dark');
  assert.equal(await page.getAttribute('#pv-grid', 'data-theme'), 'dark');
  assertContrast(await contrasts(page));
  const bg = await page.$eval('.pv-x .pv-card', (e) => getComputedStyle(e).backgroundColor);
  assert.equal(bg, 'rgb(0, 0, 0)', 'X dark is black');
  assert.deepEqual(log.errors.filter((e) => !/404/.test(e)), []);
  await context.close();
});

test('live editing: the title field changes the Facebook and X cards; the checklist and the whole corrected head follow', async () => {
  const { context, page, log } = await open();
  await pasteAndAudit(page, fs.readFileSync(path.join(fixtures, 'good.html'), 'utf8'));
  await page.click('#edit-panel > summary');
  assert.equal(await page.inputValue('#edit-title'), 'How to brew cold coffee at home');
  // X's summary card shows the title; its large card does not
  await page.selectOption('#edit-card', 'summary');
  await page.waitForFunction(() => document.querySelector('.pv-x')?.dataset.card === 'small');
  await page.fill('#edit-title', 'Cold brew in twelve hours, step by step');
  await page.waitForFunction(() => document.querySelector('.pv-facebook .pv-title')?.textContent === 'Cold brew in twelve hours, step by step');
  assert.equal(await page.textContent('.pv-x .pv-title'), 'Cold brew in twelve hours, step by step');
  assert.ok(await page.isVisible('#edit-badge'));
  // the edit field kept the focus and its text while the report was redrawn
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'edit-title');
  // the whole corrected head carries the edit (its text is put in when it is opened,
  // and it stays open while the reader edits)
  assert.equal(await page.textContent('#full-head'), '');
  await page.click('#full-head-box > summary');
  // (the text is put in by the box's toggle event, which follows the click)
  await page.waitForFunction(() => document.querySelector('#full-head')?.textContent.includes('content="Cold brew in twelve hours, step by step"'));
  // no title at all: og-title fails, the suggestion brings one, the head has it
  await page.fill('#edit-title', '');
  await page.waitForFunction(() => document.querySelector('#checklist .check[data-id="og-title"]')?.dataset.status === 'fail');
  await page.waitForSelector('#suggested-head');
  assert.match(await page.textContent('#suggested-head'), /og:title/);
  assert.match(await page.textContent('#full-head'), /<meta property="og:title" content="How to brew cold coffee at home">/);
  // the same edited page through the CLI: the same statuses
  const edited = fs.readFileSync(path.join(fixtures, 'good.html'), 'utf8').replace(/<meta property="og:title"[^>]*>\n/, '').replace('content="summary_large_image"', 'content="summary"');
  const tmp = path.join(os.tmpdir(), `smo-edited-${process.pid}.html`);
  fs.writeFileSync(tmp, edited);
  assert.deepEqual(await shownStatuses(page), cliStatuses(JSON.parse(cli([tmp, '--format', 'json']))));
  fs.rmSync(tmp);
  // undo: the page as it was
  await page.click('#edit-reset');
  await page.waitForFunction(() => document.querySelector('.pv-facebook .pv-title')?.textContent === 'How to brew cold coffee at home');
  assert.equal(await page.inputValue('#edit-title'), 'How to brew cold coffee at home');
  assert.ok(await page.isHidden('#edit-badge'));
  await page.locator('.previews').screenshot({ path: path.join(shots, 'previews-edited.png') });
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.foreign, []);
  await context.close();
});

test('index.html preloads exactly the modules the page imports (no import waterfall, nothing stale)', () => {
  const js = path.join(www, 'js');
  const graph = [];
  const walk = (f) => {
    if (graph.includes(f)) return;
    graph.push(f);
    const src = fs.readFileSync(path.join(js, f), 'utf8');
    for (const m of src.matchAll(/^import[^;]*?from '\.\/([\w-]+\.js)';/gm)) walk(m[1]);
  };
  const html = fs.readFileSync(path.join(www, 'index.html'), 'utf8');
  for (const m of html.matchAll(/<script type="module"[^>]*src="js\/([\w-]+\.js)"/g)) walk(m[1]);
  const preloaded = [...html.matchAll(/<link rel="modulepreload" href="js\/([\w-]+\.js)">/g)].map((m) => m[1]);
  assert.deepEqual([...preloaded].sort(), [...graph].sort());
});

test('page audits run in the engine\'s worker: the page keeps running while a large page is audited, and is drawn once laid out', async () => {
  const { context, page, log } = await open();
  // a page of about 1 MB (many paragraphs and links)
  const para = '<p>Social media audits read the tags a page gives and the text it shows. <a href="/a">A link</a> and <em>some words</em> more.</p>\n';
  const big = `<!doctype html><html lang="en"><head><title>A long page | Site</title><meta name="description" content="A long page."></head><body><main><article><h1>A long page</h1>${para.repeat(7000)}</article></main></body></html>`;
  assert.ok(big.length > 900000);
  // the engine's file is downloaded once: the page's preload is what the page
  // compiles and hands to the worker
  const wasm = await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.wasm')).map((e) => e.name));
  assert.equal(wasm.length, 1, `engine downloads: ${wasm}`);
  // while the engine audits, the page's own tasks run (an audit on the main
  // thread would hold them until it ends)
  const order = await page.evaluate(async (html) => {
    const engine = await import('./js/engine.js');
    const seen = [];
    const audit = engine.auditPage(html, { locale: 'en' }).then((r) => seen.push(`audit ${r.score}`));
    let ticks = 0;
    await new Promise((resolve) => {
      const tick = () => {
        ticks += 1;
        if (ticks === 3) seen.push('page ran 3 tasks');
        if (ticks < 3) setTimeout(tick, 0);
        else resolve();
      };
      setTimeout(tick, 0);
    });
    await audit;
    return seen;
  }, big);
  assert.equal(order[0], 'page ran 3 tasks', `order: ${order}`);
  assert.match(order[1], /^audit \d+$/);
  // the click to the report: marks for the timing bench, the last one once the
  // report is laid out and painted
  await pasteAndAudit(page, fs.readFileSync(path.join(fixtures, 'good.html'), 'utf8'));
  await page.waitForFunction(() => performance.getEntriesByName('smo-audit:run-painted').length > 0);
  const marks = await page.evaluate(() => ['run-start', 'run-end', 'run-painted'].map((n) => performance.getEntriesByName(`smo-audit:${n}`).at(-1).startTime));
  assert.ok(marks[0] <= marks[1] && marks[1] <= marks[2], `marks out of order: ${marks}`);
  // the warm-up drawing left nothing behind
  assert.equal(await page.locator('.warm-draw').count(), 0);
  assert.equal(await page.locator('#page-view').count(), 1);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('live editing: an image file picked in the page is measured there, shown in the cards and checked against each platform', async () => {
  const { context, page, log } = await open();
  await pasteAndAudit(page, fs.readFileSync(path.join(fixtures, 'good.html'), 'utf8'));
  await page.click('#edit-panel > summary');
  // a 1×1 PNG: too small for every platform that shows an image
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');
  await page.setInputFiles('#edit-image-file', { name: 'card.png', mimeType: 'image/png', buffer: png });
  await page.waitForFunction(() => document.querySelector('.pv-facebook .pv-img img')?.src.startsWith('blob:'));
  assert.match(await page.textContent('#edit-image-file-help'), new RegExp(`card\\.png: ${png.length} bytes, 1×1 px`));
  // the engine's warnings now use the real file's pixels
  const codes = await page.$$eval('.pv-facebook .pv-warnings li', (els) => els.map((li) => li.dataset.code));
  assert.ok(codes.includes('image-too-small'), codes.join(','));
  // the same as the engine gives for that file (the images option)
  const expected = JSON.parse(
    execFileSync(process.execPath, ['-e', `
      import('${path.join(root, 'www/pkg/smo_audit.js').replace(/\\/g, '/')}').then(async (m) => {
        await m.default({ module_or_path: require('fs').readFileSync('${path.join(root, 'www/pkg/smo_audit_bg.wasm').replace(/\\/g, '/')}') });
        const r = m.audit(require('fs').readFileSync('${path.join(fixtures, 'good.html').replace(/\\/g, '/')}', 'utf8'), { locale: 'en', images: [{ url: 'https://example.com/img/cold-brew.jpg', bytes: ${png.length}, width: 1, height: 1 }] });
        console.log(JSON.stringify(r.facts.previews.facebook.warnings.map((w) => w.code)));
      });`], { encoding: 'utf8' }),
  );
  assert.deepEqual(codes, expected);
  // nothing was requested from the web: the file is shown from memory
  assert.deepEqual(log.foreign, []);
  await context.close();
});

test('site view: path column first and wide, no "null", filter and paging, base URL as the CLI\'s --base-url', async () => {
  const dir = generatedSite(120);
  const expected = JSON.parse(cli([dir, '--format', 'json', '--base-url', 'https://example.com']));
  const { context, page, log } = await open({ viewport: { width: 1366, height: 900 } });
  await page.click('#tab-folder');
  assert.match(await page.textContent('#base-url-help'), /--base-url/);
  await page.fill('#base-url', 'https://example.com');
  await page.setInputFiles('#folder-input', dir);
  await page.waitForSelector('#pages-table tbody tr');
  assert.equal((await page.textContent('.site .gauge-num')).trim(), String(expected.score), 'site score equals the CLI with --base-url');
  assert.equal(await page.textContent('#pages-table thead th:first-child'), 'Page');
  const w = await page.$eval('#pages-table thead th:first-child', (e) => e.getBoundingClientRect().width);
  assert.ok(w >= 200, `path column ${w}px wide`);
  const overflow = await page.$eval('.site', (e) => e.scrollWidth - e.clientWidth);
  assert.ok(overflow <= 0, `the site card overflows by ${overflow}px`);
  const sideways = await page.$eval('.table-wrap', (e) => e.scrollWidth - e.clientWidth);
  assert.ok(sideways <= 0, `the table of pages scrolls sideways by ${sideways}px at 1366 px`);
  assert.equal(await page.$$eval('#pages-table td, #pages-table th', (els) => els.filter((e) => e.textContent.includes('null')).length), 0, 'no literal null');
  // the whole-site checks read as the page checklist: failures first, passes folded
  const siteGroups = await page.$$eval('#site-checks .group', (els) => els.map((g) => [g.dataset.group, g.tagName]));
  const st = ['fail', 'warn', 'pass', 'skip'].filter((x) => expected.site.checks.some((c) => c.status === x));
  assert.deepEqual(siteGroups.map((g) => g[0]), st);
  for (const [g, tag] of siteGroups) assert.equal(tag, g === 'pass' || g === 'skip' ? 'DETAILS' : 'SECTION', g);
  // paging: 50 rows a page
  assert.equal(await page.$$eval('#pages-table tbody tr', (trs) => trs.length), 50);
  assert.equal(await page.textContent('#rows-shown'), 'Pages 1–50 of 121');
  await page.click('#next-rows');
  assert.equal(await page.textContent('#rows-shown'), 'Pages 51–100 of 121');
  // filter by path
  await page.fill('#site-filter', 'guides/2020');
  const paths = await page.$$eval('#pages-table tbody th', (ths) => ths.map((t) => t.textContent));
  const want = expected.pages.map((p) => p.path).filter((p) => p.includes('guides/2020'));
  assert.equal(paths.length, want.length);
  assert.ok(paths.every((p) => p.includes('guides/2020')));
  assert.equal(await page.textContent('#rows-shown'), `Pages 1–${want.length} of ${want.length}`);
  await page.fill('#site-filter', '');
  // scores: each row's score equals the CLI's page score
  const rows = await page.$$eval('#pages-table tbody tr', (trs) => trs.map((tr) => [tr.querySelector('th').textContent, Number(tr.querySelector('td').textContent)]));
  for (const [p, s] of rows) assert.equal(s, expected.pages.find((x) => x.path === p || x.path.endsWith(`/${p}`) || p.endsWith(x.path)).score, p);
  assert.deepEqual(log.errors, []);
  await context.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** axe-core's serious and critical violations on the page as it is now. */
async function axeProblems(page) {
  await page.addScriptTag({ content: axeSource });
  const res = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return res.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

test('accessibility: axe-core finds no serious or critical violation on the start page, a page report and a site report', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { context, page } = await open({ bypassCSP: true, colorScheme });
    assert.deepEqual(await axeProblems(page), [], `start page (${colorScheme})`);
    await pasteAndAudit(page, fs.readFileSync(path.join(www, 'example/sourdough.html'), 'utf8'), 'https://bakery.example/guides/sourdough-starter');
    // the folded groups and one explanation open, so axe sees them too
    await page.$$eval('#checklist details', (ds) => ds.forEach((d) => (d.open = true)));
    assert.deepEqual(await axeProblems(page), [], `page report (${colorScheme})`);
    await page.click('#tab-folder');
    await page.fill('#base-url', 'https://example.com');
    await page.setInputFiles('#folder-input', siteDir());
    await page.waitForSelector('#pages-table tbody tr');
    assert.deepEqual(await axeProblems(page), [], `site report (${colorScheme})`);
    await page.click('#pages-table tbody tr:first-child th button');
    await page.waitForSelector('#page-view .check');
    assert.deepEqual(await axeProblems(page), [], `site report with a page (${colorScheme})`);
    await context.close();
  }
});

test('screenshots for docs/: a page report and a site report at 1366 and 390 px', async () => {
  for (const width of [1366, 390]) {
    const mobile = width < 600;
    const { context, page } = await open({ viewport: { width, height: mobile ? 844 : 900 }, isMobile: mobile, hasTouch: mobile });
    await page.click('#example-go');
    await page.waitForSelector('#results:not([hidden]) .check');
    // the summary, the previews and the first failures and warnings (the whole report is far taller)
    const tall = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.screenshot({ path: path.join(docs, `screenshot-page-${width}.png`), fullPage: true, clip: { x: 0, y: 0, width, height: Math.min(tall, mobile ? 4200 : 3000) } });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `page report scrolls sideways by ${overflow}px at ${width}`);
    await page.click('#tab-folder');
    await page.fill('#base-url', 'https://example.com');
    await page.setInputFiles('#folder-input', siteDir());
    await page.waitForSelector('#pages-table tbody tr');
    await page.locator('.site').screenshot({ path: path.join(docs, `screenshot-site-${width}.png`) });
    await context.close();
  }
});

test('screenshots for docs/previews.md: every platform\'s card, light and dark, with an image', async () => {
  // an image of our own, served for the fixture's og:image address (no network)
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630"><defs><linearGradient id="g" x1="0" x2="1" y1="0" y2="1"><stop offset="0" stop-color="#c98b4a"/><stop offset="1" stop-color="#5a3418"/></linearGradient></defs><rect width="1200" height="630" fill="url(#g)"/><circle cx="900" cy="315" r="180" fill="#f3e2c7"/><text x="80" y="340" font-family="Georgia, serif" font-size="84" fill="#fff">Cold brew</text></svg>';
  for (const scheme of ['light', 'dark']) {
    // (tall enough that every lazy image is in view)
    const { context, page, log } = await open({ viewport: { width: 1366, height: 4000 }, colorScheme: scheme });
    await page.route('https://example.com/img/**', (r) => r.fulfill({ status: 200, contentType: 'image/svg+xml', body: svg }));
    await page.check('#allow-images');
    await pasteAndAudit(page, fs.readFileSync(path.join(fixtures, 'good.html'), 'utf8'), 'https://example.com/blog/cold-brew-coffee');
    await page.waitForFunction(() => [...document.querySelectorAll('.pv img')].every((i) => i.complete && i.naturalWidth > 0));
    assert.equal(await page.getAttribute('#pv-grid', 'data-theme'), scheme, 'the cards follow the page\'s scheme');
    await page.locator('#pv-grid').screenshot({ path: path.join(docs, `previews-${scheme}.jpg`), type: 'jpeg', quality: 80 });
    assert.deepEqual(log.errors, []);
    await context.close();
  }
});

/** A generated folder of `n` small pages that differ (titles, descriptions, tags, images, headings). */
function variedSite(n) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'smo-big-site-'));
  fs.writeFileSync(path.join(dir, 'robots.txt'), 'User-agent: *\nAllow: /\n');
  for (let i = 0; i < n; i++) {
    const title = i % 11 === 0 ? '' : `Page ${i}: ${'a varied title '.repeat((i % 6) + 1)}`;
    const head = [
      '<meta charset="utf-8">',
      title ? `<title>${title}</title>` : '',
      i % 3 ? `<meta name="description" content="Description of page ${i}, ${'with some words '.repeat(i % 9)}">` : '',
      i % 4 ? `<meta property="og:title" content="${title || `Page ${i}`}">` : '',
      i % 5 ? `<meta property="og:image" content="/img/p${i % 7}.png">` : '',
      i % 7 === 0 ? '<meta name="twitter:card" content="summary_large_image">' : '',
      i % 2 ? `<link rel="canonical" href="/s${i % 30}/p${i}.html">` : '',
    ].join('');
    const body = `<main>${i % 13 ? `<h1>Heading ${i}</h1>` : ''}<p>${'Some text of the page. '.repeat((i % 17) + 1)}</p>${i % 6 === 0 ? `<img src="/img/p${i}.png">` : ''}<a href="/s${(i + 1) % 30}/p${i + 1}.html">next</a></main>`;
    const sub = path.join(dir, `s${i % 30}`);
    fs.mkdirSync(sub, { recursive: true });
    fs.writeFileSync(path.join(sub, `p${i}.html`), `<!doctype html><html lang="${i % 9 ? 'en' : 'tr'}"><head>${head}</head><body>${body}</body></html>`);
  }
  return dir;
}

test('a 3,000-page folder: audited in a worker with a progress bar; no main-thread task over 200 ms; the table sorts', async () => {
  const N = 3000;
  const dir = variedSite(N);
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1366, height: 900 } });
  // every long task of the main thread, from before the page's first script,
  // and when the folder input says it has its files
  await context.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ entryTypes: ['longtask'] });
    document.addEventListener('change', () => (window.__changed ??= performance.now()), true);
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(site.url);
  await page.waitForFunction(() => document.body.dataset.engine === 'ready');
  // (the engine's warm-up audit, in idle time after it is ready, is not part of the folder's audit)
  await page.waitForFunction(() => performance.getEntriesByName('smo-audit:engine-warm').length > 0);
  await page.click('#tab-folder');
  // the progress values seen, sampled by the page itself while the audit runs
  await page.evaluate(() => {
    window.__progress = [];
    const seen = () => {
      const p = document.getElementById('site-progress');
      if (p && p.checkVisibility()) {
        const v = `${p.value}/${p.max}`;
        if (window.__progress.at(-1) !== v) window.__progress.push(v);
      }
      if (!window.__stopProgress) requestAnimationFrame(seen);
    };
    requestAnimationFrame(seen);
  });
  const start = await page.evaluate(() => performance.now());
  const wall = Date.now();
  await page.setInputFiles('#folder-input', dir);
  await page.waitForFunction((n) => document.getElementById('rows-shown')?.textContent === `Pages 1–50 of ${n.toLocaleString('en')}` || document.getElementById('rows-shown')?.textContent === `Pages 1–50 of ${n}`, N, { timeout: 600_000 });
  const seconds = (Date.now() - wall) / 1000;
  // The audit starts at the input's change event. The task that ends with it is
  // the browser's own: it fills the file input with the uploaded folder's
  // File objects (before any script of the page sees them); it is reported
  // apart and not counted.
  const { tasks, upload } = await page.evaluate((t0) => {
    const all = window.__longTasks.filter((x) => x.start + x.duration >= t0);
    const changed = window.__changed;
    return { tasks: all.filter((x) => x.start > changed), upload: all.filter((x) => x.start <= changed && x.start + x.duration >= changed) };
  }, start);
  const longest = Math.max(0, ...tasks.map((x) => x.duration));
  const fill = Math.max(0, ...upload.map((x) => x.duration));
  const progress = await page.evaluate(() => {
    window.__stopProgress = true;
    return window.__progress;
  });
  console.log(`# ${N} pages audited in ${seconds.toFixed(1)} s; longest main-thread task ${Math.round(longest)} ms (${tasks.length} over 50 ms; the browser's task filling the file input: ${Math.round(fill)} ms); ${progress.length} progress values seen`);
  assert.ok(progress.length >= 2, `the progress bar advanced: ${JSON.stringify(progress)}`);
  assert.ok(longest <= 200, `longest main-thread task ${Math.round(longest)} ms`);
  assert.ok(await page.isHidden('#site-progress'), 'the progress bar is gone when the audit is done');
  assert.match(await page.textContent('#site-h'), new RegExp(`${N.toLocaleString('en')}|${N} pages`));
  // sort by score (ascending, then descending), by path and by a category
  const col = (n) => page.$$eval('#pages-table tbody tr', (trs, k) => trs.map((tr) => tr.children[k].textContent), n);
  const num = (xs) => xs.map((x) => (x === '–' ? -1 : Number(x)));
  const ordered = (xs, dir) => xs.every((x, i) => i === 0 || (dir > 0 ? xs[i - 1] <= x : xs[i - 1] >= x));
  assert.ok(ordered(num(await col(1)), 1), 'by score, lowest first');
  await page.click('#pages-table thead th[data-key="score"] button');
  assert.equal(await page.getAttribute('#pages-table thead th[data-key="score"]', 'aria-sort'), 'descending');
  assert.ok(ordered(num(await col(1)), -1), 'by score, highest first');
  await page.click('#pages-table thead th[data-key="path"] button');
  assert.equal(await page.getAttribute('#pages-table thead th[data-key="path"]', 'aria-sort'), 'ascending');
  assert.equal(await page.getAttribute('#pages-table thead th[data-key="score"]', 'aria-sort'), null);
  const paths = await col(0);
  assert.deepEqual(paths, [...paths].sort(new Intl.Collator('en', { numeric: true }).compare));
  const catKey = await page.getAttribute('#pages-table thead th.cat-col', 'data-key');
  const catIdx = await page.$eval('#pages-table thead th.cat-col', (th) => [...th.parentNode.children].indexOf(th));
  await page.click(`#pages-table thead th[data-key="${catKey}"] button`);
  assert.equal(await page.getAttribute(`#pages-table thead th[data-key="${catKey}"]`, 'aria-sort'), 'descending');
  assert.ok(ordered(num(await col(catIdx)), -1), `by ${catKey}, highest first`);
  // a row opens its page's report (fetched from the worker)
  const first = (await col(0))[0];
  await page.click('#pages-table tbody tr:first-child th button');
  await page.waitForSelector('#page-view .check');
  assert.match(await page.textContent('#page-view h3'), new RegExp(first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  assert.deepEqual(errors, []);
  await context.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('a site audit can be cancelled, and a second audit started during one replaces it', async () => {
  const dir = variedSite(3000);
  const small = siteDir();
  const smallPages = JSON.parse(cli([small, '--format', 'json'])).pages.length;
  const { context, page, log } = await open({ bypassCSP: true });
  await page.click('#tab-folder');
  await page.setInputFiles('#folder-input', dir);
  await page.waitForSelector('#site-progress', { state: 'visible' });
  assert.match(await page.textContent('#site-progress-label'), /^Audited [\d,]+ of 3,000 pages$/);
  assert.equal(await page.getAttribute('#site-progress', 'max'), '3000');
  assert.deepEqual(await axeProblems(page), [], 'while a site audit runs');
  // the form stays usable while it runs
  await page.fill('#base-url', 'https://example.com');
  await page.click('#site-cancel');
  await page.waitForSelector('#site-progress', { state: 'hidden' });
  assert.equal(await page.textContent('#status'), 'Audit cancelled.');
  assert.ok(await page.isHidden('#results'), 'nothing shown for a cancelled audit');
  // a second audit during one: the first is dropped, the second shown
  await page.setInputFiles('#folder-input', dir);
  await page.waitForSelector('#site-progress', { state: 'visible' });
  await page.setInputFiles('#folder-input', small);
  await page.waitForSelector('#pages-table tbody tr');
  assert.match(await page.textContent('#site-h'), new RegExp(`${smallPages} pages`));
  assert.ok(await page.isHidden('#site-progress'));
  assert.deepEqual(log.errors, []);
  await context.close();
  fs.rmSync(dir, { recursive: true, force: true });
});
