// Runs the commands of every CI example (examples/ci/*.yml) and of action.yml
// against the sample site (examples/site), so the examples cannot rot. The
// commands are read from the YAML (GitHub `run:` steps and `uses:` of the
// action, GitLab `script:`, Kubernetes container `args`), not copied here.
//
// `npx --yes smo-audit@VERSION` runs the packed package's bin (a shim on PATH;
// VERSION must be the workspace's version); the site build (`npm ci && npm run
// build`) is the sample site copied to the folder the example audits; other
// actions (checkout, artifacts, the SARIF upload) are GitHub's and are skipped,
// with the files they would pass between jobs left in one folder per example.
// A command passes with exit 0, or 1 (a gate failed: the sample site has
// planted defects), when every `--format NAME=FILE` it names was written.
//
//   node tests/examples/check.mjs PACKAGE_DIR   (PACKAGE_DIR: an installed smo-audit)
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse, parseAllDocuments } from "yaml";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../..");
const site = path.join(root, "examples/site");
const pkgDir = path.resolve(process.argv[2] ?? "");
const bin = path.join(pkgDir, "bin/smo-audit.js");
if (!fs.existsSync(bin)) {
  console.error(`usage: node tests/examples/check.mjs PACKAGE_DIR (no ${bin})`);
  process.exit(2);
}
// SMO_EXAMPLES_NATIVE=path/to/smo-audit: run the native CLI instead (the
// examples must pass with it as they are).
const native = process.env.SMO_EXAMPLES_NATIVE ? path.resolve(process.env.SMO_EXAMPLES_NATIVE) : "";
const run = native ? `"${native}"` : `"${process.execPath}" "${bin}"`;
const version = /^version = "([^"]+)"/m.exec(fs.readFileSync(path.join(root, "Cargo.toml"), "utf8"))[1];
const BASE_URL = "https://example.com"; // the sample site's own address (its og:url, canonical)
const SITE_BUILD = /^npm ci && npm run build$/;

const results = [];
let failed = 0;

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "smo-audit-examples-"));
const shims = path.join(tmp, "bin");
fs.mkdirSync(shims);
fs.writeFileSync(
  path.join(shims, "npx"),
  `#!/bin/sh
# npx shim of scripts/check-examples: npx --yes smo-audit@VERSION ARGS -> the packed package's bin
[ "$1" = --yes ] && shift
case "$1" in
  smo-audit@*) v="\${1#smo-audit@}"; shift ;;
  *) echo "check-examples: npx runs only smo-audit@VERSION here, not $1" >&2; exit 127 ;;
esac
if [ "$v" != "${version}" ]; then echo "check-examples: the example pins smo-audit@$v; the package is ${version}" >&2; exit 3; fi
exec ${run} "$@"
`,
  { mode: 0o755 },
);

/** A fresh folder for one example file: the sample site as `public/`, a git history for `git diff`. */
function workdir(name) {
  const dir = path.join(tmp, name);
  fs.cpSync(site, path.join(dir, "public"), { recursive: true });
  return dir;
}

/** Fixtures a command needs that a real pipeline gets elsewhere (an artifact of main, the pull request's git history). */
function fixtures(dir, command) {
  const made = [];
  if (/\bbaseline\.json\b/.test(command) && !fs.existsSync(path.join(dir, "baseline.json"))) {
    sh(`${run} public --base-url ${BASE_URL} --quiet --format json -o baseline.json`, dir, {}, [0, 1]);
    made.push("baseline.json (a --format json report of the unchanged site)");
  }
  if (/\bgit diff\b/.test(command) && !fs.existsSync(path.join(dir, ".git"))) {
    const git = (...a) => execFileSync("git", a, { cwd: dir, stdio: "ignore" });
    git("init", "-q", "-b", "main");
    git("-c", "user.name=check", "-c", "user.email=check@localhost", "add", "public");
    git("-c", "user.name=check", "-c", "user.email=check@localhost", "commit", "-qm", "main");
    git("update-ref", "refs/remotes/origin/main", "HEAD");
    git("checkout", "-qb", "pull-request");
    fs.appendFileSync(path.join(dir, "public/iletisim.html"), "\n<!-- changed by the pull request -->\n");
    git("-c", "user.name=check", "-c", "user.email=check@localhost", "commit", "-qam", "change one page");
    made.push("a git history: origin/main, and a pull request changing public/iletisim.html");
  }
  return made;
}

/** Run a shell command; {status, stdout, stderr}. */
function sh(command, cwd, env, ok = [0]) {
  const r = spawnSync("bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", command], {
    cwd,
    env: { ...process.env, PATH: `${shims}:${process.env.PATH}`, ...env },
    encoding: "utf8",
    maxBuffer: 256 << 20,
  });
  if (!ok.includes(r.status)) r.bad = true;
  return r;
}

/** Files named by `--format NAME=FILE` (shell words, after variables are expanded by the shell). */
function outputFiles(command, cwd, env) {
  const files = [];
  const re = /--format[ =]([a-z]+)=(\S+)/g;
  for (const m of command.matchAll(re)) {
    const r = spawnSync("bash", ["-c", `printf '%s\\n' ${m[2]}`], { cwd, env: { ...process.env, ...env }, encoding: "utf8" });
    files.push(...r.stdout.split("\n").filter(Boolean));
  }
  return files;
}

/** Run one command of an example and record the outcome. */
function check(example, job, command, cwd, env = {}) {
  const made = fixtures(cwd, command);
  const audit = /\bsmo-audit@/.test(command);
  const r = sh(command, cwd, env, audit ? [0, 1] : [0]);
  const missing = r.bad ? [] : outputFiles(command, cwd, env).filter((f) => !fs.existsSync(path.resolve(cwd, f)) || fs.statSync(path.resolve(cwd, f)).size === 0);
  const good = !r.bad && missing.length === 0;
  const { key, verdict } = judge(example, job, command, good, `exit ${r.status}${missing.length ? `; not written: ${missing.join(", ")}` : ""}`);
  results.push({ key, verdict, made });
  console.log(`\n[${example} ${job}] ${verdict}\n$ ${command.replace(/\s*\n\s*/g, " ")}`);
  for (const f of made) console.log(`  fixture: ${f}`);
  if (!good) console.log(indent((r.stderr || r.stdout || "").trim().split("\n").slice(0, 8).join("\n")));
  return r;
}

/** The verdict of one command; `job` may end in a matrix or index suffix after a space. */
function judge(example, job, command, good, detail) {
  const key = `${example} ${job}: ${command.replace(/\s+/g, " ").slice(0, 60)}`;
  if (good) return { key, verdict: `ok (${detail})` };
  failed++;
  return { key, verdict: `FAILED (${detail})` };
}

const indent = (s) => s.replace(/^/gm, "  | ");

/** Replace GitHub `${{ … }}` expressions from `values`; an unknown one is an error. */
function expr(text, values) {
  return String(text).replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, e) => {
    if (!(e in values)) throw new Error(`check-examples: no value for \${{ ${e} }} in ${JSON.stringify(text)}`);
    return values[e];
  });
}

// ---------- action.yml: run its script as GitHub runs a composite step ----------
const action = parse(fs.readFileSync(path.join(root, "action.yml"), "utf8"));
if (action.inputs.version.default !== version) {
  console.error(`action.yml: input version defaults to ${action.inputs.version.default}; the package is ${version}`);
  failed++;
}

function runAction(example, job, withInputs, cwd) {
  const inputs = {};
  for (const [name, spec] of Object.entries(action.inputs)) inputs[`inputs.${name}`] = String(withInputs?.[name] ?? spec.default ?? "");
  for (const name of Object.keys(withInputs ?? {})) if (!(name in action.inputs)) throw new Error(`${example} ${job}: the action has no input ${name}`);
  const step = action.runs.steps.find((s) => s.id === "audit");
  const temp = fs.mkdtempSync(path.join(tmp, "runner-"));
  const values = { ...inputs, "runner.temp": temp };
  const env = Object.fromEntries(Object.entries(step.env).map(([k, v]) => [k, expr(v, values)]));
  env.GITHUB_OUTPUT = path.join(temp, "output");
  env.GITHUB_STEP_SUMMARY = path.join(temp, "summary.md");
  const wd = path.resolve(cwd, expr(step["working-directory"], values));
  const made = fixtures(cwd, "");
  const r = sh(step.run, wd, env);
  const out = Object.fromEntries(
    (fs.existsSync(env.GITHUB_OUTPUT) ? fs.readFileSync(env.GITHUB_OUTPUT, "utf8") : "").split("\n").filter(Boolean).map((l) => l.split(/=(.*)/s).slice(0, 2)),
  );
  const problems = [];
  if (r.bad) problems.push(`the step exited ${r.status}`);
  if (!["0", "1"].includes(out["exit-code"])) problems.push(`exit-code output ${JSON.stringify(out["exit-code"])}`);
  if (inputs["inputs.upload-sarif"] === "true" && !(out["sarif-file"] && fs.existsSync(out["sarif-file"]))) problems.push("no SARIF file to upload");
  if (inputs["inputs.summary"] === "true" && !(fs.existsSync(env.GITHUB_STEP_SUMMARY) && fs.statSync(env.GITHUB_STEP_SUMMARY).size > 0)) problems.push("nothing in the job summary");
  const good = problems.length === 0;
  const { key, verdict } = judge(example, job, "uses: the action", good, good ? `exit-code ${out["exit-code"]}` : problems.join("; "));
  results.push({ key, verdict, made });
  const shown = (r.stdout.match(/^smo-audit .*/m) ?? ["(no command line printed)"])[0];
  console.log(`\n[${example} ${job}] action.yml ${verdict}\n$ ${shown.replace(/^smo-audit/, `npx --yes smo-audit@${inputs["inputs.version"]}`)}`);
  if (!good) console.log(indent((r.stderr || r.stdout || "").trim().split("\n").slice(0, 8).join("\n")));
}

// ---------- GitHub Actions ----------
function github(file) {
  const example = path.basename(file);
  const wf = parse(fs.readFileSync(file, "utf8"));
  const dir = workdir("github");
  for (const [job, spec] of Object.entries(wf.jobs)) {
    const matrix = spec.strategy?.matrix ?? {};
    const axes = Object.entries(matrix);
    const combos = axes.reduce((acc, [k, vs]) => acc.flatMap((c) => vs.map((v) => ({ ...c, [`matrix.${k}`]: String(v) }))), [{}]);
    for (const combo of combos) {
      const values = { ...combo, "github.base_ref": "main" };
      for (const step of spec.steps) {
        if (step.uses === "./.github/actions/smo-audit") {
          runAction(example, job, Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, expr(v, values)])), dir);
        } else if (step.run !== undefined) {
          const command = expr(step.run, values).trim();
          if (SITE_BUILD.test(command)) continue; // the site: examples/site in public/
          check(example, job, command, dir, { GITHUB_STEP_SUMMARY: path.join(dir, "step-summary.md") });
        }
      }
    }
  }
}

// ---------- GitLab CI ----------
function gitlab(file) {
  const example = path.basename(file);
  const ci = parse(fs.readFileSync(file, "utf8"));
  const dir = workdir("gitlab");
  const jobs = Object.entries(ci).filter(([, v]) => v && typeof v === "object" && Array.isArray(v.script));
  jobs.sort(([, a], [, b]) => ci.stages.indexOf(a.stage) - ci.stages.indexOf(b.stage));
  for (const [job, spec] of jobs) {
    const n = spec.parallel ?? 1;
    for (let i = 1; i <= n; i++) {
      const env = { CI_ENVIRONMENT_URL: BASE_URL, ...(spec.parallel ? { CI_NODE_INDEX: String(i), CI_NODE_TOTAL: String(n) } : {}) };
      for (const line of spec.script) {
        const command = line.trim();
        if (SITE_BUILD.test(command)) continue;
        check(example, spec.parallel ? `${job} ${i}/${n}` : job, command, dir, env);
      }
    }
  }
}

// ---------- Kubernetes ----------
function kubernetes(file) {
  const example = path.basename(file);
  const dir = workdir("kubernetes");
  fs.mkdirSync(path.join(dir, "reports"));
  const volumes = { "built-site": path.join(dir, "public"), "smo-audit-reports": path.join(dir, "reports") };
  for (const doc of parseAllDocuments(fs.readFileSync(file, "utf8"))) {
    const job = doc.toJS();
    const pod = job.spec.template.spec;
    const claims = Object.fromEntries(pod.volumes.map((v) => [v.name, volumes[v.persistentVolumeClaim.claimName]]));
    const n = job.spec.completionMode === "Indexed" ? job.spec.completions : 1;
    for (const c of pod.containers) {
      if (c.command?.join(" ") !== "sh -c") throw new Error(`${example}: container ${c.name} is not sh -c`);
      let command = c.args[0].trim();
      for (const m of c.volumeMounts) {
        command = command.replace(new RegExp(`(^|[\\s=])${m.mountPath}(?=[/\\s]|$)`, "g"), `$1${claims[m.name]}`);
      }
      for (let i = 0; i < n; i++) {
        check(example, n > 1 ? `${job.metadata.name} index ${i}` : job.metadata.name, command, dir, n > 1 ? { JOB_COMPLETION_INDEX: String(i) } : {});
      }
    }
  }
}

// ---------- no placeholder address ----------
const PLACEHOLDERS = /example\.invalid|placeholder|\bOWNER\b|your-registry|<owner>|CHANGE_?ME|your-org/i;
for (const rel of ["action.yml", ...fs.readdirSync(path.join(root, "examples/ci")).map((f) => `examples/ci/${f}`), "npm/README.md", "npm/package.json"]) {
  fs.readFileSync(path.join(root, rel), "utf8").split("\n").forEach((line, i) => {
    if (PLACEHOLDERS.test(line)) {
      console.log(`\n${rel}:${i + 1}: a placeholder address: ${line.trim()}`);
      failed++;
    }
  });
}
for (const f of fs.readdirSync(path.join(root, "examples/ci"))) {
  const pins = [...fs.readFileSync(path.join(root, "examples/ci", f), "utf8").matchAll(/smo-audit@(\d[\w.-]*)|(?:^|\s)version: (\S+)/gm)].map((m) => m[1] ?? m[2]);
  for (const v of pins) if (v !== version) (console.log(`\nexamples/ci/${f}: pins smo-audit ${v}; the package is ${version}`), failed++);
}

github(path.join(root, "examples/ci/github-actions.yml"));
gitlab(path.join(root, "examples/ci/gitlab-ci.yml"));
kubernetes(path.join(root, "examples/ci/kubernetes-indexed-job.yml"));

console.log(`\n${results.length} example commands: ${results.filter((r) => r.verdict.startsWith("ok")).length} ok, ${failed} failed`);
for (const r of results) console.log(`  ${r.verdict.padEnd(28).slice(0, 28)} ${r.key}`);
if (!process.env.SMO_KEEP_TMP) fs.rmSync(tmp, { recursive: true, force: true });
process.exit(failed ? 1 : 0);
