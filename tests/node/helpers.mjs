// Shared setup of the Node tests: the packed npm tarball installed into a
// temporary project (as a user would), the sample site, and the native CLI.
//
// Env: SMO_AUDIT_TEST_PROJECT  a project that already has the tarball installed
//      (scripts/test makes one); otherwise `npm pack ./pkg` + `npm install` here.

import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));
export const BASE_URL = "https://example.com";

/** examples/site when it exists, else the small fixture site. */
export const SITE = existsSync(join(ROOT, "examples/site"))
  ? join(ROOT, "examples/site")
  : join(ROOT, "tests/fixtures/site-mini");
export const FIXTURE = join(ROOT, "tests/fixtures/site-mini");
/** Real pages (shared/ beside the repository); tests skip when it is absent. */
export const CORPUS = resolve(ROOT, "../shared/corpus/readability");

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: "utf8", maxBuffer: 256 * 1024 * 1024, ...opts });
  if (r.error) throw r.error;
  return r;
}

let project;
/** A temporary npm project with the packed smo-audit tarball installed. */
export function userProject() {
  if (project) return project;
  if (process.env.SMO_AUDIT_TEST_PROJECT) {
    project = process.env.SMO_AUDIT_TEST_PROJECT;
    return project;
  }
  if (!existsSync(join(ROOT, "pkg/package.json"))) {
    throw new Error("pkg/ is missing: run ./scripts/build-npm first (scripts/test does)");
  }
  const dir = mkdtempSync(join(tmpdir(), "smo-audit-user-"));
  const packed = run("npm", ["pack", join(ROOT, "pkg"), "--pack-destination", dir, "--silent"], { cwd: dir });
  if (packed.status !== 0) throw new Error(`npm pack failed: ${packed.stderr}`);
  const tgz = readdirSync(dir).find((f) => f.endsWith(".tgz"));
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "user", private: true, type: "module" }));
  const inst = run("npm", ["install", "--no-audit", "--no-fund", "--offline", join(dir, tgz)], { cwd: dir });
  if (inst.status !== 0) throw new Error(`npm install of the tarball failed: ${inst.stderr}`);
  project = dir;
  return project;
}

/** Import the package by its name from the user project, as a user's module would. */
export async function importPackage() {
  const dir = userProject();
  const probe = join(dir, "probe.mjs");
  if (!existsSync(probe)) writeFileSync(probe, 'export * from "smo-audit";\n');
  return import(pathToFileURL(probe).href);
}

/** npm's own notices (a machine's npmrc) are not the bin's output. */
function dropNpmNotices(r) {
  return { ...r, stderr: r.stderr.split("\n").filter((l) => !l.startsWith("npm warn ")).join("\n") };
}

/**
 * Run the npm bin the way a user does: `npx smo-audit -- ...` in the project.
 * (`--` stops npm from reading flags after `-` as its own; `raw` leaves it out.)
 */
export function npx(args, input, { raw = false } = {}) {
  const r = run("npx", ["--no", "smo-audit", ...(raw ? [] : ["--"]), ...args], {
    cwd: userProject(),
    input,
    env: { ...process.env, NO_COLOR: "" },
  });
  return dropNpmNotices(r);
}

/**
 * Run the native CLI: `cargo run --quiet -- ...` of the repository, from the
 * same folder as `npx` runs (the user project), so both name files alike.
 */
export function native(args, input) {
  return run("cargo", ["run", "--quiet", "--manifest-path", join(ROOT, "Cargo.toml"), "--", ...args], {
    cwd: userProject(),
    input,
    env: { ...process.env, NO_COLOR: "" },
  });
}

/**
 * A page report without its `path`: the API is given bytes, not a file, so
 * only the CLI (and the npm bin) know the page's file.
 */
export function withoutPath(report) {
  const { path, ...rest } = report;
  return rest;
}

/** The folder as the CLI names it in reports, run from the user project. */
export function displayRoot(dir) {
  const rel = relative(userProject(), dir);
  return rel === "" ? "." : !rel.startsWith("..") && !isAbsolute(rel) ? rel.split(sep).join("/") : dir;
}

/** The report without its `tool` field(s). */
export function withoutTool(report) {
  const { tool, ...rest } = report;
  if (Array.isArray(rest.pages)) rest.pages = rest.pages.map(({ tool, ...p }) => p);
  return rest;
}

/**
 * A folder as auditSite input, walked like the CLI (sorted by name, links not
 * followed): every .html / .htm file is a page (bytes); the other files up to
 * 10 MB are `files` (robots.txt, sitemap.xml, images).
 */
export function siteInput(dir) {
  const pages = [];
  const files = {};
  const walk = (d, rel) => {
    const entries = readdirSync(d, { withFileTypes: true }).sort((a, b) =>
      Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)),
    );
    for (const e of entries) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(join(d, e.name), r);
      else if (e.isFile() && /\.html?$/i.test(e.name)) pages.push({ path: r, html: readFileSync(join(d, e.name)) });
      else if (e.isFile() && statSync(join(d, e.name)).size <= 10 * 1024 * 1024) files[r] = readFileSync(join(d, e.name));
    }
  };
  walk(dir, "");
  return { pages, files };
}

export function cargoVersion() {
  const m = readFileSync(join(ROOT, "Cargo.toml"), "utf8").match(/^version = "([^"]+)"/m);
  return m && m[1];
}
