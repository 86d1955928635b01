// The npm package in every JS setting, from the packed tarball installed into
// temporary projects:
// - esbuild (smo-audit/web + --loader:.wasm=file: ESM with a module Worker, and
//   a CommonJS source in esbuild's default iife format), and the default entry
//   without a loader failing with a message that says how to fix it;
// - Vite (the default entry, the wasm emitted as an asset, a module Worker);
// - the bundles run in headless Debian Chromium (playwright-core, no download);
// - require("smo-audit") from a CommonJS script in Node;
// - the Vite plugin (smo-audit/vite) in real `vite build`s of a small site: one
//   that passes, one that fails on a gate.
// Run from the repo root: ./scripts/test, or
//   SMO_AUDIT_TGZ=path/to/smo-audit-X.tgz (cd tests/bundlers && npm ci && npm test)
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";
import { build as viteBuild } from "vite";
import { chromium } from "playwright-core";
import { serve } from "../browser/server.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../..");
const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
// The page around a bundle: no favicon request, and a failed script ends the wait.
const HTML = (script) =>
  `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><script>addEventListener("error", () => { document.documentElement.dataset.failed = "1"; });</script>${script}`;
const VITE_BIN = path.join(here, "node_modules/vite/bin/vite.js");

let tmp;
let browser;

/** The packed package: $SMO_AUDIT_TGZ, else `npm pack ./pkg` into tmp. */
function tarball() {
  if (process.env.SMO_AUDIT_TGZ) return path.resolve(process.env.SMO_AUDIT_TGZ);
  assert.ok(fs.existsSync(path.join(root, "pkg/package.json")), "pkg/ is missing: run ./scripts/build-npm first");
  const name = execFileSync("npm", ["pack", path.join(root, "pkg"), "--pack-destination", tmp, "--silent"], { encoding: "utf8" }).trim().split("\n").pop();
  return path.join(tmp, name);
}

/** A temporary project with the package installed and `files` copied in. */
function project(name, files, pkg = { name: `smo-audit-${name}`, private: true, type: "module" }) {
  const dir = path.join(tmp, name);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify(pkg));
  execFileSync("npm", ["install", "--offline", "--no-audit", "--no-fund", "--loglevel=error", tgz], { cwd: dir, stdio: "inherit" });
  for (const [from, to] of files) fs.cpSync(path.join(here, from), path.join(dir, to), { recursive: true });
  return dir;
}

/** Serve `dir`, open `page` in Chromium; resolves to {result, errors, requests}. */
async function runInBrowser(dir, page = "index.html") {
  const site = await serve(dir, 0);
  const context = await browser.newContext();
  const tab = await context.newPage();
  const errors = [];
  const missing = [];
  tab.on("pageerror", (e) => errors.push(String(e.message ?? e)));
  tab.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  tab.on("response", (r) => r.status() >= 400 && missing.push(`${r.status()} ${new URL(r.url()).pathname}`));
  try {
    await tab.goto(site.url + page);
    await tab.waitForFunction(() => window.result !== undefined || document.documentElement.dataset.failed, null, { timeout: 60_000 }).catch(() => {});
    return { result: await tab.evaluate(() => window.result), errors, missing };
  } finally {
    await context.close();
    site.server.close();
  }
}

let tgz;
let expected;

before(async () => {
  assert.ok(fs.existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install chromium`);
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "smo-audit-bundlers-"));
  tgz = tarball();
  // The score Node gives for the page every app audits.
  const node = project("node", [["app/page.js", "page.mjs"]]);
  const out = execFileSync(process.execPath, ["--input-type=module", "-e", 'import { audit, version } from "smo-audit"; import { PAGE } from "./page.mjs"; console.log(JSON.stringify({ score: audit(PAGE.html, { url: PAGE.url }).score, version: version() }))'], { cwd: node, encoding: "utf8" });
  expected = JSON.parse(out);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
});

after(async () => {
  await browser?.close();
  if (tmp && !process.env.SMO_KEEP_TMP) fs.rmSync(tmp, { recursive: true, force: true });
});

test("CommonJS: require('smo-audit') in Node gives the same engine as import", () => {
  const dir = project("cjs", [["app/page.js", "page.mjs"]], { name: "smo-audit-cjs", private: true });
  fs.writeFileSync(
    path.join(dir, "check.cjs"),
    `const smo = require("smo-audit");
const { audit, version, formats } = smo;
const html = ${JSON.stringify(fs.readFileSync(path.join(root, "examples/site/index.html"), "utf8"))};
const r = audit(html, { url: "https://example.com/" });
console.log(JSON.stringify({ version: version(), formats: formats(), score: r.score, esModule: smo.__esModule, type: typeof require("smo-audit/package.json").version }));
`,
  );
  const cjs = JSON.parse(execFileSync(process.execPath, ["check.cjs"], { cwd: dir, encoding: "utf8" }));
  const esm = JSON.parse(
    execFileSync(process.execPath, ["--input-type=module", "-e", `import { audit, version } from "smo-audit"; import fs from "node:fs"; console.log(JSON.stringify({ version: version(), score: audit(fs.readFileSync(${JSON.stringify(path.join(root, "examples/site/index.html"))}, "utf8"), { url: "https://example.com/" }).score }))`], { cwd: dir, encoding: "utf8" }),
  );
  assert.equal(cjs.version, esm.version);
  assert.equal(cjs.score, esm.score);
  assert.deepEqual(cjs.formats, ["text", "json", "markdown", "sarif", "junit", "github", "html"]);
  assert.equal(cjs.type, "string");
});

test("esbuild: smo-audit/web with --loader:.wasm=file, main thread and module Worker", async () => {
  const dir = project("esbuild", [["app", "src"]]);
  const dist = path.join(dir, "dist");
  const res = await esbuild.build({
    absWorkingDir: dir,
    entryPoints: { main: "src/esbuild-main.js", worker: "src/esbuild-worker.js" },
    bundle: true,
    format: "esm",
    outdir: dist,
    loader: { ".wasm": "file" },
    logLevel: "silent",
  });
  assert.deepEqual(res.errors, []);
  const wasm = fs.readdirSync(dist).filter((f) => f.endsWith(".wasm"));
  assert.equal(wasm.length, 2, `two wasm assets (page and full module): ${wasm}`);
  fs.writeFileSync(path.join(dist, "index.html"), HTML('<script type="module" src="./main.js"></script>'));
  const { result, errors, missing } = await runInBrowser(dist);
  assert.deepEqual(errors, []);
  assert.deepEqual(missing, []);
  assert.deepEqual(result, { main: expected.score, worker: expected.score, version: expected.version, markdown: true });
});

test("esbuild: a CommonJS source in the default iife format (no top-level await)", async () => {
  const dir = project("esbuild-iife", [["app", "src"]]);
  const dist = path.join(dir, "dist");
  const res = await esbuild.build({
    absWorkingDir: dir,
    entryPoints: ["src/esbuild-iife.cjs"],
    bundle: true,
    outfile: path.join(dist, "app.js"),
    loader: { ".wasm": "file" },
    logLevel: "silent",
  });
  assert.deepEqual(res.errors, []);
  fs.writeFileSync(path.join(dist, "index.html"), HTML('<script src="./app.js"></script>'));
  const { result, errors } = await runInBrowser(dist);
  assert.deepEqual(errors, []);
  assert.deepEqual(result, { main: expected.score, version: expected.version });
});

test("esbuild without a wasm loader: the missing wasm is an error that says how to fix it", async () => {
  const dir = project("esbuild-plain", [["app", "src"]]);
  const dist = path.join(dir, "dist");
  await esbuild.build({ absWorkingDir: dir, entryPoints: ["src/esbuild-plain.js"], bundle: true, format: "esm", outfile: path.join(dist, "app.js"), logLevel: "silent" });
  fs.writeFileSync(path.join(dist, "index.html"), HTML('<script type="module" src="./app.js"></script>'));
  const { result, errors, missing } = await runInBrowser(dist);
  assert.equal(result, undefined);
  assert.deepEqual(missing, ["404 /smo_audit_page_bg.wasm"]);
  const error = errors.find((e) => e.includes("smo-audit:"));
  assert.ok(error, `an smo-audit error among: ${errors.join(" | ")}`);
  assert.match(error, /WebAssembly engine is missing: http:\/\/127\.0\.0\.1:\d+\/smo_audit_page_bg\.wasm answered HTTP 404/);
  assert.match(error, /--loader:\.wasm=file/);
  assert.match(error, /smo-audit\/web/);
});

test("Vite: the default entry with the wasm as an asset, main thread and module Worker", async () => {
  const dir = project("vite", [["app", "."]]);
  await viteBuild({ root: dir, configFile: false, logLevel: "silent", worker: { format: "es" }, build: { outDir: "dist", emptyOutDir: true } });
  const dist = path.join(dir, "dist");
  const assets = fs.readdirSync(path.join(dist, "assets"));
  assert.equal(assets.filter((f) => f.endsWith(".wasm")).length, 2, `two wasm assets (page and full module): ${assets}`);
  const { result, errors, missing } = await runInBrowser(dist);
  assert.deepEqual(errors, []);
  assert.deepEqual(missing, []);
  assert.deepEqual(result, { main: expected.score, worker: expected.score, version: expected.version, markdown: true });
});

/** `vite build` of the small site with the plugin's options; {status, output, dir}. */
function viteSiteBuild(name, pluginOptions) {
  const dir = project(name, [["site", "."]]);
  fs.writeFileSync(
    path.join(dir, "vite.config.js"),
    `import smoAudit from "smo-audit/vite";
export default {
  logLevel: "warn",
  build: { rollupOptions: { input: ["index.html", "about.html", "blog/winter-tyres.html"] } },
  plugins: [smoAudit(${JSON.stringify(pluginOptions)})],
};
`,
  );
  const r = spawnSync(process.execPath, [VITE_BIN, "build"], { cwd: dir, encoding: "utf8" });
  return { status: r.status, output: r.stdout + r.stderr, dir };
}

test("Vite plugin: the build passes its gates and writes the report", () => {
  const { status, output, dir } = viteSiteBuild("vite-plugin-pass", { baseUrl: "https://www.example.com", minScore: 30, formats: ["markdown"], output: "smo-audit.md" });
  assert.equal(status, 0, output);
  const md = fs.readFileSync(path.join(dir, "smo-audit.md"), "utf8");
  for (const page of ["index.html", "about.html", "blog/winter-tyres.html"]) assert.ok(md.includes(page), `${page} in the report:\n${md}`);
});

test("Vite plugin: a gate that fails fails the build, with the gate's message", () => {
  const { status, output } = viteSiteBuild("vite-plugin-fail", { baseUrl: "https://www.example.com", minScore: 100, quiet: true });
  assert.notEqual(status, 0, output);
  assert.match(output, /smo-audit: a gate failed \(exit 1\)/);
  assert.match(output, /under --min-score 100/);
});

test("Vite plugin: a broken config stops the build (exit 2)", () => {
  const { status, output } = viteSiteBuild("vite-plugin-config", { baseUrl: "https://www.example.com", config: "missing.toml" });
  assert.notEqual(status, 0, output);
  assert.match(output, /smo-audit: the build output could not be audited \(exit 2\)/);
  assert.match(output, /missing\.toml/);
});
