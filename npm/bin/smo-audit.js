#!/usr/bin/env node
// The `smo-audit` command of the npm package: the native CLI's flags, output and
// exit codes for files, folders, standard input and social profile addresses. It
// only reads and writes files; the audit and the rendering (every format) run in
// the WebAssembly engine (the same Rust code as the CLI).
//
// Not here (native CLI only): crawling a live site, smo-audit.toml / --config,
// `init` and `merge`.
//
// Exit codes: 0 ok, 1 a gate failed (--min-score, --page-min-score, --fail-on),
// 2 usage or input error.

import { closeSync, existsSync, openSync, readFileSync, readSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import {
  auditProfileUrl,
  auditRendered,
  auditProfileUrlRendered,
  auditSiteRendered,
  profileFromUrl,
  render,
  rules,
  urlFor,
  version,
} from "../node.js";

const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
const FORMATS = ["text", "json", "markdown", "sarif", "junit", "github", "html"];
// Of a non-HTML file the site checks need its size and its first bytes (image
// dimensions, robots.txt), as the native CLI reads them.
const FILE_HEAD_BYTES = 256 * 1024;

const USAGE = `Social media optimization audit: a scored checklist of share buttons, Open Graph & cards, keyword-friendly URLs, navigation and readability, with a fix for every failure.

Usage: smo-audit [OPTIONS] <INPUT>
       smo-audit --url <PROFILE_URL> [OPTIONS]
       smo-audit rules [--locale en|tr] [--format text|json|markdown]
       smo-audit explain <ID> [--locale en|tr]

Arguments:
  <INPUT>  An HTML file, a folder of built pages, or - for standard input.
           Without it, --url with a social profile address audits the profile
           from its address alone (https://x.com/yourbrand).

Options:
      --url <URL>              The page's public URL (one page), or a profile address
      --base-url <BASE_URL>    The site's public URL; a folder's pages get base URL + relative path
      --format <FORMAT>        Output format (markdown fits a PR comment or $GITHUB_STEP_SUMMARY;
                               sarif for code scanning) [default: text]
                               [possible values: ${FORMATS.join(", ")}]
  -o, --output <OUTPUT>        Write the report to this file instead of standard output
      --fail-on <FAIL_ON>      Exit with 1 on any failed check (fail) or on any warning too (warn)
      --shard <SHARD>          Audit only shard K of N (1-based, e.g. 2/4): pages split by a hash of their path
  -q, --quiet                  No progress output on standard error
      --locale <LOCALE>        Language of the messages [default: en] [possible values: en, tr]
      --min-score <MIN_SCORE>  Exit with 1 when the score (the site score for a folder) is under this
      --page-min-score <N>     Exit with 1 when any page of a folder scores under this
      --kind <KIND>            Force the page kind [possible values: home, article, page, profile]
      --language <LANGUAGE>    Force the text language (BCP 47, e.g. tr, en, de)
      --max-bytes <MAX_BYTES>  Largest page to read, in bytes [default: ${DEFAULT_MAX_BYTES}]
  -v, --verbose                Show passing and skipped checks too
  -h, --help                   Print help
  -V, --version                Print version
`;

class Usage extends Error {}

function out(s) {
  process.stdout.write(s);
}

function fail(msg, code = 2) {
  process.stderr.write(`smo-audit: ${msg}\n`);
  process.exitCode = code;
}

function oneOf(name, value, allowed) {
  if (value !== undefined && !allowed.includes(value)) {
    throw new Usage(
      `invalid value '${value}' for '--${name} <${name.toUpperCase().replace("-", "_")}>' [possible values: ${allowed.join(", ")}]`,
    );
  }
  return value;
}

function intArg(name, value, min, max) {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new Usage(`invalid value '${value}' for '--${name}': give a whole number from ${min} to ${max}`);
  }
  return Number(value);
}

// Folder walk as the native CLI (walkdir, sorted by file name, links not followed):
// every .html / .htm file; the others are handed to the site checks as `files`.
function byName(a, b) {
  return Buffer.compare(Buffer.from(a.name), Buffer.from(b.name));
}

function readHead(path, limit) {
  const fd = openSync(path, "r");
  try {
    const buf = Buffer.alloc(limit);
    let total = 0;
    while (total < limit) {
      const n = readSync(fd, buf, total, limit - total, null);
      if (!n) break;
      total += n;
    }
    return buf.subarray(0, total);
  } finally {
    closeSync(fd);
  }
}

function walk(dir, rel, pages, files, sizes) {
  const entries = readdirSync(dir, { withFileTypes: true }).sort(byName);
  for (const e of entries) {
    const path = join(dir, e.name);
    const relPath = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) {
      walk(path, relPath, pages, files, sizes);
    } else if (e.isFile()) {
      if (/\.html?$/i.test(e.name)) {
        pages.push({ path: relPath, file: path });
      } else {
        let size = 0;
        let head = Buffer.alloc(0);
        try {
          size = statSync(path).size;
          head = readHead(path, FILE_HEAD_BYTES);
        } catch {
          // Unreadable: known by name (and size) only, as the native CLI does.
        }
        files[relPath] = head;
        sizes[relPath] = size;
      }
    }
  }
}

// The native CLI's shard split: FNV-1a 64 of the page path, modulo N.
function inShard(path, k, n) {
  if (n <= 1) return true;
  let h = 0xcbf29ce484222325n;
  for (const b of Buffer.from(path)) {
    h ^= BigInt(b);
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return Number(h % BigInt(n)) === k - 1;
}

function parseShard(value) {
  if (value === undefined) return undefined;
  const bad = (why) => new Usage(`invalid value '${value}' for '--shard <SHARD>': ${why}`);
  const i = value.indexOf("/");
  if (i < 0) throw bad("give the shard as K/N, e.g. 1/4");
  const [k, n] = [value.slice(0, i).trim(), value.slice(i + 1).trim()];
  if (!/^\d+$/.test(k)) throw bad("K in K/N must be a number");
  if (!/^\d+$/.test(n)) throw bad("N in K/N must be a number");
  if (Number(n) === 0 || Number(k) === 0 || Number(k) > Number(n)) throw bad(`shard ${k}/${n}: K must be between 1 and N`);
  return [Number(k), Number(n)];
}

// smo-audit.toml is read by the native CLI only: say so instead of ignoring it silently.
function warnConfig(start) {
  let dir = resolve(start);
  try {
    if (!statSync(dir).isDirectory()) dir = dirname(dir);
  } catch {
    return;
  }
  for (;;) {
    const f = join(dir, "smo-audit.toml");
    if (existsSync(f)) {
      process.stderr.write(`smo-audit: ${f} is not read by the npm package (the native CLI reads it); rules run with their defaults\n`);
      return;
    }
    const up = dirname(dir);
    if (up === dir) return;
    dir = up;
  }
}

// Write to --output or standard output (false: could not write).
function emit(s, output) {
  if (output === undefined) {
    out(s);
    return true;
  }
  try {
    writeFileSync(output, s);
    return true;
  } catch (e) {
    fail(`cannot write ${output}: ${e.message}`);
    return false;
  }
}

// The native CLI's gates: --fail-on over every check, --min-score, --page-min-score.
function gates(r, { failOn, minScore, pageMin }) {
  let failed = false;
  const say = (m) => process.stderr.write(`smo-audit: ${m}\n`);
  if (failOn !== undefined) {
    const n = r.failed + (failOn === "warn" ? r.warned : 0);
    if (n > 0) {
      say(`${n} checks at or above --fail-on ${failOn}`);
      failed = true;
    }
  }
  if (minScore !== undefined && r.score < minScore) {
    say(`score ${r.score} is under --min-score ${minScore}`);
    failed = true;
  }
  if (pageMin !== undefined) {
    for (const p of r.pages) {
      if (p.score < pageMin) {
        say(`${p.label} scored ${p.score}, under --page-min-score ${pageMin}`);
        failed = true;
      }
    }
  }
  if (failed) process.exitCode = 1;
}

function readStdin(limit) {
  // Read at most limit + 1 bytes, so the engine still reports an over-size page.
  const chunks = [];
  let total = 0;
  const buf = Buffer.alloc(65536);
  while (total <= limit) {
    let n;
    try {
      n = readSync(0, buf, 0, buf.length, null);
    } catch (e) {
      if (e.code === "EAGAIN") continue;
      if (e.code === "EOF") break;
      throw e;
    }
    if (!n) break;
    chunks.push(Buffer.from(buf.subarray(0, n)));
    total += n;
  }
  return Buffer.concat(chunks);
}

function explainText(c, md) {
  const h = md ? "### " : "";
  let s = `${h}${c.id} (${c.category}, weight ${c.weight})\n${c.title}\n\nWhat: ${c.what}\n\nWhy: ${c.why}\n\nFix: ${c.fix}\n\nExample:\n    ${c.example}\n`;
  if (c.sources.length) {
    s += "\nSources:\n";
    for (const src of c.sources) s += `  - ${src}\n`;
  }
  return s;
}

function cmdRules(argv) {
  const { values } = parseArgs({
    args: argv,
    options: { locale: { type: "string", default: "en" }, format: { type: "string", default: "text" } },
    strict: true,
  });
  const locale = oneOf("locale", values.locale, ["en", "tr"]);
  const format = oneOf("format", values.format, ["text", "json", "markdown"]);
  const list = rules(locale);
  if (format === "json") {
    // The CLI's list: keys in sorted order, no category titles (markdown shows them).
    const sorted = list.map(({ categoryTitle, ...rest }) =>
      Object.fromEntries(Object.entries(rest).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    );
    out(JSON.stringify(sorted, null, 2) + "\n");
  } else if (format === "markdown") {
    let s = "# smo-audit rules\n\n";
    let last = null;
    for (const c of list) {
      if (c.category !== last) {
        s += `\n## ${c.category} — ${c.categoryTitle}\n\n`;
        last = c.category;
      }
      s += explainText(c, true) + "\n";
    }
    out(s);
  } else {
    out(list.map((c) => `${c.id.padEnd(24)} ${c.category.padEnd(12)} w${c.weight}  ${c.title}\n`).join(""));
  }
}

function cmdExplain(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { locale: { type: "string", default: "en" } },
    allowPositionals: true,
    strict: true,
  });
  const locale = oneOf("locale", values.locale, ["en", "tr"]);
  const id = positionals[0];
  if (!id) throw new Usage("give a check id; run `smo-audit rules` for the list");
  const list = rules(locale);
  const c = list.find((r) => r.id === id);
  if (c) return out(explainText(c, false));
  const near = list
    .map((r) => r.id)
    .filter((r) => r.includes(id) || id.includes(r) || r.split("-").some((p) => id.includes(p)))
    .slice(0, 5);
  const hint = near.length ? `did you mean ${near.join(", ")}?` : "run `smo-audit rules` for the list";
  fail(`no check has the id ${JSON.stringify(id)}; ${hint}`);
}

function cmdAudit(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      url: { type: "string" },
      "base-url": { type: "string" },
      format: { type: "string", default: "text" },
      output: { type: "string", short: "o" },
      "fail-on": { type: "string" },
      shard: { type: "string" },
      quiet: { type: "boolean", short: "q", default: false },
      locale: { type: "string", default: "en" },
      "min-score": { type: "string" },
      "page-min-score": { type: "string" },
      kind: { type: "string" },
      language: { type: "string" },
      "max-bytes": { type: "string" },
      verbose: { type: "boolean", short: "v", default: false },
      help: { type: "boolean", short: "h" },
      version: { type: "boolean", short: "V" },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) return out(USAGE);
  if (values.version) return out(`smo-audit ${version()}\n`);
  if (positionals.length > 1) throw new Usage(`unexpected argument '${positionals[1]}'`);
  const input = positionals[0];
  const format = oneOf("format", values.format, FORMATS);
  const locale = oneOf("locale", values.locale, ["en", "tr"]);
  const kind = oneOf("kind", values.kind, ["home", "article", "page", "profile"]);
  const failOn = oneOf("fail-on", values["fail-on"], ["fail", "warn"]);
  const minScore = intArg("min-score", values["min-score"], 0, 100);
  const pageMin = intArg("page-min-score", values["page-min-score"], 0, 100);
  const shard = parseShard(values.shard);
  const maxBytes = values["max-bytes"] === undefined ? DEFAULT_MAX_BYTES : intArg("max-bytes", values["max-bytes"], 0, Number.MAX_SAFE_INTEGER);
  const baseUrl = values["base-url"];
  const output = values.output;
  const gate = { failOn, minScore, pageMin };
  const style = {
    color: output === undefined && Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
    verbose: values.verbose,
  };
  const options = { locale, kind: kind ?? null, language: values.language ?? null, maxBytes };

  if (input === undefined) {
    // No page: --url alone audits a social profile from its address.
    const url = values.url;
    if (url !== undefined && (kind === "profile" || profileFromUrl(url) !== null)) {
      let r;
      try {
        r = auditProfileUrlRendered(url, format, options, { ...style, label: url });
      } catch (e) {
        return fail(`${url}: ${e.message}`);
      }
      if (!emit(r.output, output)) return;
      return gates({ score: r.score, pages: r.pages, failed: r.failed, warned: r.warned }, gate);
    }
    throw new Usage("give an HTML file, a folder, or - for standard input (or --url with a social profile address)");
  }
  if (/^https?:\/\//i.test(input)) {
    return fail("crawling a live site needs the native CLI (cargo install smo-audit); the npm package audits files, folders and standard input");
  }
  if (baseUrl !== undefined) {
    let ok = false;
    try {
      ok = ["http:", "https:"].includes(new URL(baseUrl).protocol);
    } catch {
      ok = false;
    }
    if (!ok) return fail(`--base-url ${JSON.stringify(baseUrl)} is not an absolute http(s) URL; give e.g. https://example.com`);
  }
  if (!values.quiet) warnConfig(input === "-" ? "." : input);

  let isDir = false;
  if (input !== "-") {
    try {
      isDir = statSync(input).isDirectory();
    } catch {
      isDir = false;
    }
  }
  if (isDir) {
    if (values.url !== undefined) return fail("--url names one page; for a folder give --base-url");
    let pages = [];
    const files = {};
    const fileSizes = {};
    try {
      walk(input, "", pages, files, fileSizes);
    } catch (e) {
      return fail(`cannot read ${input}: ${e.message}`);
    }
    if (shard) pages = pages.filter((p) => inShard(p.path, shard[0], shard[1]));
    if (!pages.length && !shard) return fail(`no .html files under ${input}`);
    const errors = [];
    const inputs = [];
    for (const p of pages) {
      try {
        inputs.push({ path: p.path, html: readFileSync(p.file) });
      } catch (e) {
        errors.push(`cannot read ${p.file}: ${e.message}`);
      }
    }
    const r = auditSiteRendered(
      inputs,
      format,
      { ...options, baseUrl: baseUrl ?? null, files, fileSizes, fileTree: true },
      { ...style, root: input },
    );
    for (const e of [...errors, ...r.errors]) process.stderr.write(`smo-audit: ${e}\n`);
    if (!emit(r.output, output)) return;
    if (errors.length || r.errors.length) {
      process.exitCode = 2;
      return;
    }
    return gates(r, gate);
  }

  let bytes;
  try {
    bytes = input === "-" ? readStdin(maxBytes) : readFileSync(input);
  } catch (e) {
    return fail(input === "-" ? `cannot read standard input: ${e.message}` : `cannot read ${input}: ${e.message}`);
  }
  let url = values.url ?? null;
  if (url === null && baseUrl !== undefined && input !== "-") {
    const name = input.split(/[\\/]/).filter(Boolean).pop() ?? "";
    try {
      url = urlFor(baseUrl, name);
    } catch (e) {
      return fail(e.message);
    }
  }
  let r;
  try {
    r = auditRendered(bytes, format, { ...options, url }, { ...style, label: input === "-" ? "<stdin>" : input });
  } catch (e) {
    return fail(`${input}: ${e.message}`);
  }
  if (!emit(r.output, output)) return;
  gates(r, gate);
}

// Failed and warned checks of one page report (for --fail-on).
function counts(report) {
  let failed = 0;
  let warned = 0;
  for (const cat of report.categories) {
    for (const c of cat.checks) {
      if (c.status === "fail") failed++;
      else if (c.status === "warn") warned++;
    }
  }
  return { failed, warned };
}

function main(argv) {
  process.stdout.on("error", (e) => {
    // A closed pipe (`| head`) is not an error of ours.
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  });
  try {
    if (argv[0] === "rules") return cmdRules(argv.slice(1));
    if (argv[0] === "explain") return cmdExplain(argv.slice(1));
    return cmdAudit(argv);
  } catch (e) {
    if (e instanceof Usage || e.code?.startsWith?.("ERR_PARSE_ARGS")) {
      process.stderr.write(`error: ${e.message}\n\nFor more information, try '--help'.\n`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(`smo-audit: ${e.message}\n`);
    process.exitCode = 2;
  }
}

main(process.argv.slice(2));
