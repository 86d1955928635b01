// The npm package's library API, installed from the packed tarball, against the
// native CLI on the same input.

import assert from "node:assert/strict";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { before, describe, test } from "node:test";

import {
  BASE_URL,
  CORPUS,
  FIXTURE,
  ROOT,
  SITE,
  cargoVersion,
  importPackage,
  native,
  displayRoot,
  siteInput,
  userProject,
  withoutPath,
  withoutTool,
} from "./helpers.mjs";

let smo;
before(async () => {
  smo = await importPackage();
});

function nativeJson(args) {
  const r = native([...args, "--format", "json"]);
  assert.equal(r.status, 0, `native CLI failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

/** True when no value anywhere is a Map, a Set or a class instance. */
function plain(v, path = "report") {
  if (v === null || typeof v !== "object") return true;
  if (Array.isArray(v)) return v.every((x, i) => plain(x, `${path}[${i}]`));
  assert.equal(Object.getPrototypeOf(v), Object.prototype, `${path} is not a plain object`);
  return Object.entries(v).every(([k, x]) => plain(x, `${path}.${k}`));
}

describe("smo-audit npm package (installed from the tarball)", () => {
  test("exports the API and the engine version", () => {
    for (const f of ["audit", "auditSite", "auditProfileUrl", "profileFromUrl", "render", "rules", "urlFor", "version", "auditRendered", "auditSiteRendered", "parseConfig", "configIgnored", "configRulesFor", "configTemplate", "configFileName", "gates", "ruleDocs", "explain", "inShard", "merge", "mergeRendered"]) {
      assert.equal(typeof smo[f], "function", `${f} is exported`);
    }
    assert.equal(smo.version(), cargoVersion());
    const pkg = JSON.parse(readFileSync(join(userProject(), "node_modules/smo-audit/package.json"), "utf8"));
    assert.equal(pkg.version, cargoVersion());
    assert.equal(pkg.type, "module");
    assert.ok(pkg.exports["."].node && pkg.exports["."].browser && pkg.exports["."].types);
  });

  test(`auditSite on ${SITE.slice(ROOT.length + 1)} equals the native CLI's JSON but for tool`, () => {
    const want = nativeJson([SITE, "--base-url", BASE_URL]);
    const { pages, files } = siteInput(SITE);
    const got = smo.auditSite(pages, { baseUrl: BASE_URL, files, root: displayRoot(SITE) });
    assert.ok(got.pages.length >= 3, "the site has pages");
    assert.deepEqual(withoutTool(got), withoutTool(want));
    assert.equal(got.tool.name, "smo-audit");
    assert.equal(got.tool.version, smo.version());
    plain(got);
    // The site checks ran with the folder's files, and their input is in the report.
    assert.ok(got.site.checks.length > 0);
    assert.ok(got.site.data.pages.length === got.pages.length);
    assert.ok(Object.keys(got.site.data.files).includes("robots.txt"));
  });

  test("auditSite without files: the file checks skip; fileTree: true says the tree is complete", () => {
    const pages = [{ path: "index.html", html: "<title>Home</title><a href=a.html>a</a>" }, { path: "a.html", html: "<title>A</title>" }];
    const status = (r, id) => r.site.checks.find((c) => c.id === id)?.status;
    const upload = smo.auditSite(pages, { baseUrl: BASE_URL });
    assert.equal(upload.site.data.hasFiles, false);
    assert.equal(status(upload, "sitemap"), "skip");
    const folder = smo.auditSite(pages, { baseUrl: BASE_URL, fileTree: true });
    assert.equal(folder.site.data.hasFiles, true);
    assert.notEqual(status(folder, "sitemap"), "skip", "a folder without a sitemap has none");
    // A file given by its first bytes keeps its real size.
    const big = smo.auditSite(pages, { baseUrl: BASE_URL, files: { "big.bin": new Uint8Array(8) }, fileSizes: { "big.bin": 5_000_000 } });
    assert.equal(big.site.data.files["big.bin"].size, 5_000_000);
  });

  test("audit of one page equals the native CLI's JSON, and render() equals its text", () => {
    const file = join(FIXTURE, "blog/first-post/index.html");
    const url = `${BASE_URL}/blog/first-post/`;
    const report = smo.audit(readFileSync(file), { url, locale: "tr" });
    assert.deepEqual(withoutTool(report), withoutPath(withoutTool(nativeJson([file, "--url", url, "--locale", "tr"]))));
    assert.equal(report.locale, "tr");
    assert.ok(report.categories.length > 0);
    const text = native([file, "--url", url, "--locale", "tr", "-v"]);
    assert.equal(text.status, 0, text.stderr);
    assert.equal(smo.render(report, "text", { label: file, verbose: true }), text.stdout);
    // JSON render of a report handed back from JS is the same report.
    assert.deepEqual(JSON.parse(smo.render(report, "json")), report);
  });

  test("every real page of the corpus: the wasm report equals the native one", (t) => {
    if (!existsSync(CORPUS)) return t.skip(`no corpus at ${CORPUS} (shared/ is not beside the repository)`);
    const cli = native([CORPUS, "--format", "json"]);
    assert.equal(cli.status, 0, cli.stderr);
    const want = JSON.parse(cli.stdout);
    // The CLI reads a folder: its other files are the site's file tree.
    const { pages, files } = siteInput(CORPUS);
    assert.ok(pages.length >= 100, `${pages.length} pages`);
    const got = smo.auditSite(pages, { files, fileTree: true, root: displayRoot(CORPUS) });
    assert.equal(got.pages.length, want.pages.length);
    got.pages.forEach((p, i) => assert.deepEqual(withoutTool(p), withoutTool(want.pages[i]), pages[i].path));
    assert.deepEqual(withoutTool(got), withoutTool(want));
  });

  test("HTML given as a string or as bytes gives the same report", () => {
    const html = readFileSync(join(FIXTURE, "index.html"));
    const a = smo.audit(html, { url: `${BASE_URL}/` });
    const b = smo.audit(html.toString("utf8"), { url: `${BASE_URL}/` });
    assert.deepEqual(a, b);
  });

  test("a windows-1254 page given as bytes decodes like the native CLI", () => {
    const file = join(FIXTURE, "tr/index.html");
    const report = smo.audit(new Uint8Array(readFileSync(file)), {});
    assert.deepEqual(withoutTool(report), withoutPath(withoutTool(nativeJson([file]))));
    assert.match(JSON.stringify(report.facts), /Balkonda sebze/);
  });

  test("results are plain objects, not Maps; missing values are null", () => {
    const report = smo.audit("<title>x</title>", {});
    plain(report);
    assert.equal(report.url, null);
    const check = report.categories.flatMap((c) => c.checks).find((c) => c.evidence.length > 0);
    if (check) assert.ok("line" in check.evidence[0]);
  });

  test("errors are JS Errors with the CLI's message", () => {
    const file = join(FIXTURE, "about.html");
    const cli = native([file, "--url", "ftp://example.com/about"]);
    assert.equal(cli.status, 2);
    const prefix = `smo-audit: ${file}: `;
    assert.ok(cli.stderr.startsWith(prefix), cli.stderr);
    const message = cli.stderr.slice(prefix.length).trimEnd();
    assert.throws(
      () => smo.audit(readFileSync(file), { url: "ftp://example.com/about" }),
      (e) => e instanceof Error && e.message === message,
    );
    assert.throws(() => smo.audit("<p>", { baseURL: "https://x" }), /unknown option "baseURL"/);
    assert.throws(() => smo.audit("<p>", { baseUrl: "https://x" }), /baseUrl is an option of auditSite/);
    assert.throws(() => smo.audit("<p>", { locale: "de" }), { name: "TypeError", message: 'unknown locale "de": use "en" or "tr"' });
    assert.throws(() => smo.audit(42, {}), /string or a Uint8Array/);
    assert.throws(() => smo.auditSite([{ path: "a.html", html: "<p>" }], { baseUrl: "example.com" }), /--base-url "example.com" is not an absolute/);
    assert.throws(() => smo.render(smo.audit("<p>"), "pdf"), /unknown format "pdf"/);
    // A too-large page: the size limit is the CLI's.
    assert.throws(() => smo.audit("<p>".repeat(100), { maxBytes: 50 }), Error);
  });

  test("rule config turns checks off", () => {
    const full = smo.audit(readFileSync(join(FIXTURE, "index.html")), {});
    const id = full.categories[0].checks[0].id;
    const cut = smo.audit(readFileSync(join(FIXTURE, "index.html")), { rules: { [id]: { enabled: false } } });
    assert.ok(!cut.categories.flatMap((c) => c.checks).some((c) => c.id === id));
  });

  test("rules() equals `smo-audit rules --format json` in both locales", () => {
    for (const locale of ["en", "tr"]) {
      const cli = native(["rules", "--format", "json", "--locale", locale]);
      assert.equal(cli.status, 0, cli.stderr);
      const list = smo.rules(locale);
      assert.ok(list.length > 0);
      assert.ok(list.every((r) => typeof r.categoryTitle === "string" && r.categoryTitle.length > 0));
      assert.deepEqual(list.map(({ categoryTitle, ...r }) => r), JSON.parse(cli.stdout));
    }
    assert.throws(() => smo.rules("xx"), /unknown locale/);
  });

  test("auditProfileUrl audits a profile from its address alone; profileFromUrl knows the networks", () => {
    const url = "https://x.com/acme_studio";
    assert.deepEqual(smo.profileFromUrl(url), { network: "x", handle: "acme_studio", idBased: false });
    assert.equal(smo.profileFromUrl("https://x.com/intent/tweet?text=hi"), null, "a share intent is not a profile");
    assert.equal(smo.profileFromUrl("not a url"), null);
    const r = smo.auditProfileUrl(url, { locale: "tr" });
    assert.equal(r.kind, "profile");
    assert.equal(r.url, url);
    assert.equal(r.locale, "tr");
    const checks = r.categories.flatMap((c) => c.checks);
    const handle = checks.find((c) => c.id === "profile-handle");
    assert.ok(handle && handle.status !== "skip", "the handle is judged from the address");
    assert.ok(checks.filter((c) => c.id !== "profile-handle").every((c) => c.status === "skip"));
    assert.equal(r.facts.profile.handle, "acme_studio");
    assert.equal(r.facts.profile.platform, "x");
    assert.equal(r.facts.profile.source, "url");
    plain(r);
    // Same report as the library in Rust (the native CLI), when it has the URL-only mode.
    const cli = native(["--url", url, "--locale", "tr", "--format", "json"]);
    if (cli.status === 0) assert.deepEqual(withoutTool(r), withoutTool(JSON.parse(cli.stdout)));
    else console.log(`native CLI has no URL-only profile mode yet (exit ${cli.status}); compared with the library only`);
    assert.throws(() => smo.auditProfileUrl("https://example.com/about"), /not a profile address of a known network/);
    assert.throws(() => smo.auditProfileUrl("ftp://x.com/acme"), /not http or https/);
  });

  test("urlFor maps paths like the CLI", () => {
    assert.equal(smo.urlFor("https://example.com", "blog/post/index.html"), "https://example.com/blog/post/");
    assert.equal(smo.urlFor("https://example.com/sub", "a.html"), "https://example.com/sub/a.html");
  });

  test("the browser entry (exports condition `browser`) fetches the page module, and the full one only on loadFull()", () => {
    // A browser stands in: Node with the `browser` condition and a fetch that
    // serves file: URLs (Node's own fetch has none), in a separate process.
    const dir = userProject();
    writeFileSync(
      join(dir, "browser-probe.mjs"),
      `import { readFileSync } from "node:fs";
const fetched = [];
globalThis.fetch = async (url) => {
  fetched.push(String(url));
  return new Response(readFileSync(new URL(String(url))), { headers: { "content-type": "application/wasm" } });
};
const web = await import("smo-audit");
const report = web.audit(readFileSync(process.argv[2]), { url: process.argv[3] });
const rules = web.rules("en").length;
const before = [...fetched];
let early = null;
try {
  web.render(report, "markdown");
} catch (e) {
  early = e.message;
}
await web.loadFull();
await web.loadFull();
const markdown = web.render(report, "markdown");
console.log(JSON.stringify({ before, fetched, report, rules, early, markdown }));
`,
    );
    const html = join(FIXTURE, "index.html");
    const r = spawnSync(process.execPath, ["--conditions=browser", "browser-probe.mjs", html, `${BASE_URL}/`], {
      cwd: dir,
      encoding: "utf8",
    });
    assert.equal(r.status, 0, r.stderr);
    const { before, fetched, report, rules, early, markdown } = JSON.parse(r.stdout);
    // The page audit and the rule reference need the page module alone.
    assert.equal(before.length, 1);
    assert.match(before[0], /node_modules\/smo-audit\/smo_audit_page_bg\.wasm$/);
    assert.deepEqual(report, smo.audit(readFileSync(html), { url: `${BASE_URL}/` }));
    assert.equal(rules, smo.rules("en").length);
    // A function of the full module before loadFull(): an Error that says what to do.
    assert.match(early, /render\(\) is in the full engine \(smo_audit_bg\.wasm\).*await loadFull\(\)/);
    // loadFull() fetches it once.
    assert.equal(fetched.length, 2);
    assert.match(fetched[1], /node_modules\/smo-audit\/smo_audit_bg\.wasm$/);
    assert.equal(markdown, smo.render(report, "markdown"));
  });

  test("smo-audit/web: init() given the full module (as before the split) runs every function on it", () => {
    const dir = userProject();
    writeFileSync(
      join(dir, "web-full-probe.mjs"),
      `import { readFileSync } from "node:fs";
import init, { audit, render, loadFull } from "smo-audit/web";
const file = (name) => readFileSync(new URL("./node_modules/smo-audit/" + name, import.meta.url));
let wrong = null;
await loadFull(file("smo_audit_page_bg.wasm")).catch((e) => (wrong = e.message));
await init(file("smo_audit_bg.wasm"));
const report = audit(readFileSync(process.argv[2]), { url: process.argv[3] });
await loadFull(); // nothing left to load: no fetch
console.log(JSON.stringify({ report, text: render(report, "text"), wrong }));
`,
    );
    const html = join(FIXTURE, "index.html");
    const r = spawnSync(process.execPath, ["web-full-probe.mjs", html, `${BASE_URL}/`], { cwd: dir, encoding: "utf8" });
    assert.equal(r.status, 0, r.stderr);
    const { report, text, wrong } = JSON.parse(r.stdout);
    assert.match(wrong, /is the page module \(smo_audit_page_bg\.wasm\); loadFull\(\) needs smo_audit_bg\.wasm/);
    assert.deepEqual(report, smo.audit(readFileSync(html), { url: `${BASE_URL}/` }));
    assert.equal(text, smo.render(report, "text"));
  });

  test("each wasm module imports only its JS glue (no WASI, no host functions)", async () => {
    for (const name of ["smo_audit", "smo_audit_page"]) {
      const bytes = readFileSync(join(userProject(), `node_modules/smo-audit/${name}_bg.wasm`));
      const mod = await WebAssembly.compile(bytes);
      const modules = new Set(WebAssembly.Module.imports(mod).map((i) => i.module));
      assert.deepEqual([...modules], [`./${name}_bg.js`]);
    }
  });

  test("the engine's steps for every face: config, gates, rule reference, shards, merge", () => {
    const cfg = smo.parseConfig('[audit]\nmin-score = 95\nignore = ["drafts/**"]\n[rules.og-title]\nmax = 60\n[[overrides]]\npaths = ["blog/**"]\n[overrides.rules.og-title]\nenabled = false\n', "smo-audit.toml");
    assert.equal(cfg.minScore, 95);
    assert.equal(cfg.pageMinScore, null);
    assert.deepEqual(cfg.ignore, ["drafts/**"]);
    assert.ok(plain(cfg), "the config is plain data");
    assert.ok(smo.configIgnored(cfg, "drafts/a/b.html") && !smo.configIgnored(cfg, "blog/a.html"));
    assert.deepEqual(smo.configRulesFor(cfg, "about.html")["og-title"].params, { max: 60 });
    assert.equal(smo.configRulesFor(cfg, "blog/a.html")["og-title"].enabled, false);
    // The data survives JSON (a config read once, kept, used later).
    assert.deepEqual(smo.configRulesFor(JSON.parse(JSON.stringify(cfg)), "blog/a.html"), smo.configRulesFor(cfg, "blog/a.html"));
    assert.throws(() => smo.parseConfig("[audit]\nbogus = 1\n", "c.toml"), /^Error: c\.toml:2:/);
    assert.match(smo.configTemplate(), /^# smo-audit configuration/);
    const { pages, files } = siteInput(FIXTURE);
    const site = smo.auditSite(
      pages.map((p) => ({ ...p, rules: smo.configRulesFor(cfg, p.path) })),
      { baseUrl: BASE_URL, files, rules: cfg.rules },
    );
    const msgs = smo.gates(site, { minScore: 95, pageMinScore: 0, failOn: null });
    assert.deepEqual(msgs, [`score ${site.score} is under --min-score 95`]);
    assert.deepEqual(smo.gates(site, {}), []);
    assert.throws(() => smo.gates(site, { failOn: "never" }), { name: "TypeError", message: 'fail-on "never": use "fail" or "warn"' });
    const page = smo.audit(pages[0].html, { url: BASE_URL });
    assert.match(smo.gates(page, { minScore: 100 }, ["p.html"])[0] ?? "", /^score \d+ is under --min-score 100$/);
    assert.match(smo.ruleDocs("text"), /^\S+\s+\S+\s+w\d/);
    assert.equal(JSON.parse(smo.ruleDocs("json", "tr")).length, smo.rules("tr").length);
    assert.match(smo.explain("og-title"), /^og-title \(/);
    assert.throws(() => smo.explain("og-titl"), /did you mean og-title/);
    const paths = pages.map((p) => p.path);
    const one = paths.filter((p) => smo.inShard(p, 1, 2));
    const two = paths.filter((p) => smo.inShard(p, 2, 2));
    assert.equal(one.length + two.length, paths.length);
    assert.ok(paths.every((p) => smo.inShard(p, 1, 1)));
    const shard = (k) => smo.auditSite(pages.filter((p) => smo.inShard(p.path, k, 2)), { baseUrl: BASE_URL, files });
    const merged = smo.merge([shard(1), shard(2)]);
    assert.equal(merged.pages.length, pages.length);
    assert.throws(() => smo.mergeRendered([{ file: "x.json", json: "{" }], "text"), /x\.json is not a smo-audit site report/);
  });

  test("the package ships TypeScript types generated from the Rust types", () => {
    const dts = readFileSync(join(userProject(), "node_modules/smo-audit/smo_audit.d.ts"), "utf8");
    for (const t of ["interface Report", "interface SiteReport", "interface CheckReport", "interface Options", "interface RuleInfo"]) {
      assert.ok(dts.includes(t), `smo_audit.d.ts declares ${t}`);
    }
    assert.match(dts, /type Status = "pass" \| "warn" \| "fail" \| "skip"/);
    assert.match(dts, /export function audit\(html: string \| Uint8Array, options\?: Options \| null\): Report/);
    assert.match(dts, /export function auditSite\(pages: PageInput\[\], options\?: SiteOptions \| null\): SiteReport/);
    assert.match(dts, /export function auditProfileUrl\(url: string, options\?: Options \| null\): Report/);
    assert.match(dts, /export function profileFromUrl\(url: string\): ProfileAddress \| null/);
    for (const t of ["interface SiteData", "interface PageSummary", "interface FileInfo", "interface ProfileAddress"]) {
      assert.ok(dts.includes(t), `smo_audit.d.ts declares ${t}`);
    }
    for (const t of ["interface Facts extends PageFacts", "interface Previews", "interface Preview", "interface ReadabilitySummary", "interface NavFacts", "interface ShareFacts", "type SmoAuditError"]) {
      assert.ok(dts.includes(t), `smo_audit.d.ts declares ${t}`);
    }
    assert.match(dts, /facts: Facts;/);
    // SiteData & co. are written by hand (crates/smo-audit-wasm/src/types.rs):
    // types.test.mjs walks real reports against every declaration.
    assert.match(dts, /type Format = "text" \| "json" \| "markdown" \| "sarif" \| "junit" \| "github" \| "html"/);
  });

  test("a TypeScript user's code type-checks against the package (tsc --strict)", (t) => {
    const tsc = join(ROOT, "target/npm-tools/node_modules/typescript/bin/tsc");
    if (!existsSync(tsc)) return t.skip("typescript is not installed in target/npm-tools (scripts/test installs it)");
    const dir = userProject();
    writeFileSync(
      join(dir, "user.ts"),
      `import { audit, auditSite, auditSiteRendered, auditProfileUrl, profileFromUrl, render, rules, parseConfig, configIgnored, configRulesFor, configTemplate, gates, ruleDocs, explain, inShard, merge, mergeRendered, type Config, type RuleConfig, type Report, type SiteReport, type Status, type Options, type SiteOptions, type RenderOptions, type GateOptions, type SiteData, type Facts, type Preview, type CardSize, type Failure, type CrawlSummary, type SmoAuditError } from "smo-audit";
const opts: Options = { url: "https://example.com/", locale: "tr", kind: "article", includeText: true, rules: { "og-title": { enabled: false, severity: "warn", params: { max: 60 } } } };
const r: Report = audit("<title>x</title>", opts);
const s: Status = r.categories[0].checks[0].status;
const score: number = r.score;
// The facts: every preview platform, the suggested head, readability, share, navigation, the text.
const f: Facts = r.facts;
const fbTitle: string | null = r.facts.previews.facebook.title;
const xCard: CardSize = r.facts.previews.x.card;
const platforms: Preview[] = [f.previews.facebook, f.previews.x, f.previews.linkedin, f.previews.slack, f.previews.discord, f.previews.whatsapp, f.previews.telegram];
const conflict: string | undefined = f.previews.conflicts[0]?.values[0]?.tag;
const head: string | null | undefined = r.facts.suggestedHead;
const grade: number | null = f.readability.score;
const band: string | undefined = f.readability.bandLabel?.tr;
const longest: number | undefined = f.readability.longestSentences[0]?.words;
const shares: string[] = f.shareNetworks.map((n) => n.network + n.via);
const handles: string[] = f.profiles.map((p) => p.handle);
const related: number = f.relatedBlocks.reduce((n, b) => n + b.internalLinks, 0) + f.navMenuLinks + f.internalLinksInMain;
const viewport: boolean | undefined = f.viewport?.deviceWidth;
const text: string | undefined = f.mainText;
const headline: string | null | undefined = f.headline;
const og: string[] | undefined = f.og["og:title"];
const ld: string[] = f.jsonLd.flatMap((j) => j.types);
const who: string | null | undefined = f.profile?.handle;
const followers: number | undefined = f.profile?.followers?.value;
const slug: string | null = f.suggestedSlug;
console.log(fbTitle, xCard, platforms.length, conflict, head, grade, band, longest, shares, handles, related, viewport, text, headline, og, ld, who, followers, slug);
// Site reports.
const siteOpts: SiteOptions = { baseUrl: "https://example.com", files: { "robots.txt": "" }, fileTree: true, root: "public", shard: [1, 2] };
const site: SiteReport = auditSite([{ path: "index.html", html: new Uint8Array() }], siteOpts);
const ro: RenderOptions = { verbose: true, color: false, labels: ["home"] };
const siteText: string = render(site, "text", ro);
const ids: string[] = rules("en").map((x) => x.id);
const url: string | null = r.url;
const data: SiteData | null | undefined = site.site.data;
const files: number = data ? Object.keys(data.files).length + data.pages[0].refs.length + data.missing.length : 0;
const paths: string[] = site.pages.map((p) => p.path ?? p.url ?? "");
const unreadable: string[] = (data?.unreadable ?? []).map((u) => u.path + u.reason);
const shard: number | undefined = data?.shard?.total;
const failure: Failure | undefined = data?.failures?.["https://example.com/x"];
const kind: string | undefined = failure?.kind;
const crawl: CrawlSummary | undefined = site.crawl;
const crawled: number | undefined = site.crawl?.pages;
const siteChecks: string[] = site.site.checks.map((c) => c.id);
const siteScore: number | null = site.site.score;
const sarif: string = render(site, "sarif");
const profile: Report = auditProfileUrl("https://x.com/acme", { locale: "tr" });
const network: string | undefined = profileFromUrl("https://x.com/acme")?.network;
console.log(s, score, siteText.length, ids.length, url, files, paths, unreadable, shard, kind, crawl, crawled, siteChecks, siteScore, sarif.length, profile.score, network);
const cfg: Config = parseConfig(configTemplate(), "smo-audit.toml");
const skip: boolean = configIgnored(cfg, "404.html");
const min: number | null = cfg.minScore;
const pageRules: Record<string, RuleConfig> = configRulesFor(cfg, "blog/a.html");
const g: GateOptions = { failOn: cfg.failOn ?? "fail", minScore: min ?? 80, pageMinScore: null, categories: { opengraph: 90 }, checks: ["og-title"] };
const failed: string[] = gates(site, g);
const docs: string = ruleDocs("markdown", "tr") + explain("og-title", "en");
const mine: boolean = inShard("blog/a.html", 1, 2);
const merged: SiteReport = merge([site, site], { locale: "en", rules: cfg.rules });
const gated: string[] = mergeRendered([{ file: "a.json", json: "{}" }], "text", null, null, { minScore: 90 }).gates;
const out: string = auditSiteRendered([{ path: "a.html", html: "<p>" }], "json", siteOpts, ro, g).output;
// What the functions throw.
try {
  audit("<p>", { locale: "en" });
} catch (e) {
  const err = e as SmoAuditError;
  console.log(err instanceof TypeError ? "bad options: " + err.message : err.message);
}
console.log(skip, pageRules, failed, docs.length, mine, merged.score, gated, out.length);
`,
    );
    writeFileSync(
      join(dir, "bad.ts"),
      `import { audit, auditSite } from "smo-audit";
const r = audit("<p>", { locale: "de" });
const n: string = r.score;
const t = r.facts.previews.facebok.title;
const h: number = r.facts.suggestedHead;
const site = auditSite([], { baseUrl: "https://example.com" });
const p: number = site.site.data?.pages[0].path ?? 0;
const o = audit("<p>", { rules: { "og-title": { severity: "error" } } });
`,
    );
    const common = ["--strict", "--noEmit", "--module", "nodenext", "--moduleResolution", "nodenext", "--target", "es2022"];
    const ok = spawnSync(process.execPath, [tsc, ...common, "user.ts"], { cwd: dir, encoding: "utf8" });
    assert.equal(ok.status, 0, ok.stdout + ok.stderr);
    const bad = spawnSync(process.execPath, [tsc, ...common, "bad.ts"], { cwd: dir, encoding: "utf8" });
    assert.notEqual(bad.status, 0, "wrong types must not compile");
    assert.match(bad.stdout, /"de"/);
    assert.match(bad.stdout, /not assignable to type 'string'/);
    // Each wrong line is an error of its own: a misspelt platform, a wrong
    // facts type, a wrong site data type, a severity that does not exist.
    assert.match(bad.stdout, /bad\.ts\(4,[^)]*\).*Property 'facebok' does not exist/);
    assert.match(bad.stdout, /bad\.ts\(5,[^)]*\).*not assignable to type 'number'/);
    assert.match(bad.stdout, /bad\.ts\(7,[^)]*\).*not assignable to type 'number'/);
    assert.match(bad.stdout, /bad\.ts\(8,[^)]*\).*"error"/);
  });
});
