#!/usr/bin/env node
// The `smo-audit` command of the npm package: the native CLI's flags, output and
// exit codes for files, folders, standard input and social profile addresses,
// with its smo-audit.toml (found in the audited folder or any folder above it,
// or --config FILE) and its `rules`, `explain`, `init` and `merge` commands.
//
// This file only parses arguments, finds and reads files and writes the output.
// Every step of the audit runs in the WebAssembly engine (the same Rust code as
// the CLI): the audit and every output format, the config file's meaning
// (parseConfig, configIgnored, configRulesFor: ignore globs, rules, per-path
// overrides, gate and locale keys),
// the gates (--fail-on, --min-score, --page-min-score), the rule reference,
// shard membership (--shard) and merging shards.
//
// Not here (native CLI only): crawling a live site.
//
// Exit codes: 0 ok, 1 a gate failed (--min-score, --page-min-score, --fail-on),
// 2 usage or input error.

import { closeSync, existsSync, openSync, readFileSync, readSync, readdirSync, realpathSync, statSync, writeFileSync } from "node:fs";
import { dirname, isAbsolute, join, relative } from "node:path";
import { parseArgs } from "node:util";
import {
  auditRendered,
  auditProfileUrlRendered,
  auditSiteRendered,
  configFileName,
  configIgnored,
  configRulesFor,
  configTemplate,
  explain,
  inShard,
  mergeRendered,
  parseConfig,
  profileFromUrl,
  ruleDocs,
  urlFor,
  version,
  baseUrlProblem,
  shardSpec,
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
       smo-audit init [PATH] [--force]
       smo-audit merge <FILES>... [--format F] [-o FILE] [--locale en|tr]
                       [--min-score N] [--fail-on fail|warn] [--config FILE]

Commands:
  rules    List every check with its category, weight and title
  explain  Explain one check: what it looks at, why, how to fix it, an example
  init     Write a commented smo-audit.toml in the current folder (or PATH);
           --force overwrites an existing file
  merge    Merge shard reports (--format json of --shard K/N runs) and recompute
           the site checks

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
      --config <CONFIG>        The config file (default: smo-audit.toml in the audited folder or above)
      --shard <SHARD>          Audit only shard K of N (1-based, e.g. 2/4): pages split by a hash of their path
  -q, --quiet                  No progress output on standard error
      --locale <LOCALE>        Language of the messages [default: en] [possible values: en, tr]
      --min-score <MIN_SCORE>  Exit with 1 when the score (the site score for a folder) is under this
      --page-min-score <N>     Exit with 1 when any page of a folder scores under this
      --kind <KIND>            Force the page kind [possible values: home, article, page, profile]
      --language <LANGUAGE>    Force the text language (BCP 47, e.g. tr, en, de)
      --max-bytes <MAX_BYTES>  Largest page to read, in bytes [default: ${DEFAULT_MAX_BYTES}]
      --include-text           Add the text we scored and its headline to the JSON report (facts.mainText, facts.headline)
  -v, --verbose                Show passing and skipped checks too
  -h, --help                   Print help
  -V, --version                Print version

The flags win over smo-audit.toml's min-score, page-min-score, fail-on, locale
and base-url; its ignore globs leave pages out and its rules and overrides
configure the checks.
`;

class Usage extends Error {}
/** An input or output error: `smo-audit: MESSAGE` on standard error, exit 2. */
class Fail extends Error {}

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

// A file error worded as the native CLI's (Rust's io::Error): "No such file or
// directory (os error 2)"; other errors keep Node's message.
const OS_ERRORS = {
  ENOENT: "No such file or directory",
  EACCES: "Permission denied",
  EPERM: "Operation not permitted",
  EISDIR: "Is a directory",
  ENOTDIR: "Not a directory",
  ENOSPC: "No space left on device",
  EROFS: "Read-only file system",
};

function ioMessage(e) {
  const text = OS_ERRORS[e.code];
  return text && typeof e.errno === "number" ? `${text} (os error ${Math.abs(e.errno)})` : e.message;
}

/** A whole file as UTF-8 text, refusing other bytes (as Rust's read_to_string). */
function readText(path) {
  const bytes = readFileSync(path);
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new Error("stream did not contain valid UTF-8");
  }
}

// ---------- smo-audit.toml: found here, understood by the engine ----------

function isFile(p) {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

/** smo-audit.toml in `start` (a folder, or a file's folder) or the nearest folder above it. */
function findConfig(start) {
  let dir;
  try {
    const real = realpathSync(start);
    dir = statSync(real).isDirectory() ? real : dirname(real);
  } catch {
    return null;
  }
  for (;;) {
    const f = join(dir, configFileName());
    if (isFile(f)) return f;
    const up = dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}

/** The config given with --config, else the one found from `start` upward, else the defaults. */
function loadConfig(explicit, start) {
  const path = explicit ?? findConfig(start);
  if (path === null) return parseConfig("", configFileName());
  let text;
  try {
    text = readText(path);
  } catch (e) {
    throw new Fail(`cannot read ${path}: ${ioMessage(e)}`);
  }
  try {
    return parseConfig(text, path);
  } catch (e) {
    throw new Fail(e.message);
  }
}

// ---------- a folder ----------

// Folder walk as the native CLI (walkdir, sorted by file name, links not followed):
// every .html / .htm file that the config does not ignore; the others are handed
// to the site checks as `files`.
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

function walk(dir, rel, cfg, site) {
  const entries = readdirSync(dir, { withFileTypes: true }).sort(byName);
  for (const e of entries) {
    const path = join(dir, e.name);
    const relPath = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) {
      walk(path, relPath, cfg, site);
    } else if (e.isFile()) {
      if (/\.html?$/i.test(e.name)) {
        if (!configIgnored(cfg, relPath)) site.pages.push({ path: relPath, file: path });
      } else {
        let size = 0;
        let head = Buffer.alloc(0);
        try {
          size = statSync(path).size;
          head = readHead(path, FILE_HEAD_BYTES);
        } catch {
          // Unreadable: known by name (and size) only, as the native CLI does.
        }
        site.files[relPath] = head;
        site.fileSizes[relPath] = size;
      }
    }
  }
}

// The folder as CI tools should see it in file paths (SARIF, annotations, the
// report's `path`): relative to the current folder when it is inside it, else
// as given (the native CLI's rule).
function displayRoot(dir) {
  try {
    const abs = realpathSync(dir);
    const cwd = realpathSync(process.cwd());
    const rel = relative(cwd, abs);
    if (rel === "") return ".";
    if (!rel.startsWith("..") && !isAbsolute(rel)) return rel.split("\\").join("/");
  } catch {
    // fall through: as given
  }
  return dir.split("\\").join("/");
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
    fail(`cannot write ${output}: ${ioMessage(e)}`);
    return false;
  }
}

/** The engine's gate messages (Rendered.gates): each on standard error, exit 1 when any. */
function reportGates(messages) {
  for (const m of messages) process.stderr.write(`smo-audit: ${m}\n`);
  if (messages.length) process.exitCode = 1;
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

// ---------- commands ----------

function cmdRules(argv) {
  const { values } = parseArgs({
    args: argv,
    options: { locale: { type: "string", default: "en" }, format: { type: "string", default: "text" }, help: { type: "boolean", short: "h" } },
    strict: true,
  });
  if (values.help) return out(USAGE);
  const locale = oneOf("locale", values.locale, ["en", "tr"]);
  const format = oneOf("format", values.format, ["text", "json", "markdown"]);
  out(ruleDocs(format, locale));
}

function cmdExplain(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { locale: { type: "string", default: "en" }, help: { type: "boolean", short: "h" } },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) return out(USAGE);
  const locale = oneOf("locale", values.locale, ["en", "tr"]);
  if (positionals.length > 1) throw new Usage(`unexpected argument '${positionals[1]}'`);
  const id = positionals[0];
  if (!id) throw new Usage("the following required arguments were not provided: <ID>");
  let text;
  try {
    text = explain(id, locale);
  } catch (e) {
    throw new Fail(e.message);
  }
  out(text);
}

function cmdInit(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { force: { type: "boolean", default: false }, help: { type: "boolean", short: "h" } },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) return out(USAGE);
  if (positionals.length > 1) throw new Usage(`unexpected argument '${positionals[1]}'`);
  const path = positionals[0] ?? configFileName();
  if (existsSync(path) && !values.force) throw new Fail(`${path} exists; add --force to overwrite it`);
  try {
    writeFileSync(path, configTemplate());
  } catch (e) {
    throw new Fail(`cannot write ${path}: ${ioMessage(e)}`);
  }
  process.stderr.write(`smo-audit: wrote ${path}\n`);
}

function cmdMerge(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      format: { type: "string", default: "text" },
      output: { type: "string", short: "o" },
      locale: { type: "string", default: "en" },
      "min-score": { type: "string" },
      "fail-on": { type: "string" },
      config: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) return out(USAGE);
  if (!positionals.length) throw new Usage("the following required arguments were not provided: <FILES>...");
  const format = oneOf("format", values.format, FORMATS);
  const locale = oneOf("locale", values.locale, ["en", "tr"]);
  const failOn = oneOf("fail-on", values["fail-on"], ["fail", "warn"]);
  const minScore = intArg("min-score", values["min-score"], 0, 100);
  // As the native CLI: the config is looked for from the current folder.
  const cfg = loadConfig(values.config, ".");
  const shards = positionals.map((file) => {
    try {
      return { file, json: readText(file) };
    } catch (e) {
      throw new Fail(`cannot read ${file}: ${ioMessage(e)}`);
    }
  });
  let r;
  try {
    r = mergeRendered(shards, format, { locale, rules: cfg.rules }, null, {
      failOn: failOn ?? cfg.failOn ?? null,
      minScore: minScore ?? cfg.minScore ?? null,
      pageMinScore: cfg.pageMinScore ?? null,
    });
  } catch (e) {
    throw new Fail(e.message);
  }
  if (!emit(r.output, values.output)) return;
  reportGates(r.gates);
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
      config: { type: "string" },
      shard: { type: "string" },
      quiet: { type: "boolean", short: "q", default: false },
      locale: { type: "string", default: "en" },
      "min-score": { type: "string" },
      "page-min-score": { type: "string" },
      kind: { type: "string" },
      language: { type: "string" },
      "max-bytes": { type: "string" },
      "include-text": { type: "boolean", default: false },
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
  const flagLocale = oneOf("locale", values.locale, ["en", "tr"]);
  const kind = oneOf("kind", values.kind, ["home", "article", "page", "profile"]);
  const flagFailOn = oneOf("fail-on", values["fail-on"], ["fail", "warn"]);
  const flagMinScore = intArg("min-score", values["min-score"], 0, 100);
  const flagPageMin = intArg("page-min-score", values["page-min-score"], 0, 100);
  const maxBytes = values["max-bytes"] === undefined ? DEFAULT_MAX_BYTES : intArg("max-bytes", values["max-bytes"], 0, Number.MAX_SAFE_INTEGER);
  const output = values.output;

  // No page: --url alone audits a social profile from its address.
  let profileUrl = null;
  if (input === undefined) {
    const url = values.url;
    if (url === undefined) {
      throw new Fail("give an HTML file, a folder, - for standard input, or --kind profile --url PROFILE-URL");
    }
    if (kind !== "profile" && profileFromUrl(url) === null) {
      throw new Fail(
        `${JSON.stringify(url)} is not a social profile address; give the page's HTML file (or - for standard input) with --url, or audit a profile with --kind profile --url PROFILE-URL`,
      );
    }
    profileUrl = url;
  }

  // The config file: --config, else smo-audit.toml from the audited path upward.
  const cfg = loadConfig(values.config, input === undefined || input === "-" ? "." : input);
  // The flags win; --locale wins unless it is the default (as the native CLI).
  const locale = flagLocale === "en" ? (cfg.locale ?? "en") : flagLocale;
  const baseUrl = values["base-url"] ?? cfg.baseUrl ?? undefined;
  const gates = {
    failOn: flagFailOn ?? cfg.failOn ?? null,
    minScore: flagMinScore ?? cfg.minScore ?? null,
    pageMinScore: flagPageMin ?? cfg.pageMinScore ?? null,
    // The config's [gates]: per category and per check.
    categories: cfg.gateCategories ?? null,
    checks: cfg.gateChecks ?? null,
  };
  const style = {
    color: output === undefined && Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
    verbose: values.verbose,
  };
  const options = {
    locale,
    kind: kind ?? null,
    language: values.language ?? null,
    maxBytes,
    rules: cfg.rules,
    includeText: values["include-text"],
  };

  if (baseUrl !== undefined) {
    let ok = false;
    try {
      ok = ["http:", "https:"].includes(new URL(baseUrl).protocol);
    } catch {
      ok = false;
    }
    const why = baseUrlProblem(baseUrl);
    if (why != null) throw new Fail(`--base-url ${JSON.stringify(baseUrl)} is not an absolute http(s) URL (${why}); give e.g. https://example.com`);
  }

  if (profileUrl !== null) {
    let r;
    try {
      r = auditProfileUrlRendered(profileUrl, format, { ...options, rules: configRulesFor(cfg, profileUrl) }, { ...style, label: profileUrl }, gates);
    } catch (e) {
      throw new Fail(`${profileUrl}: ${e.message}`);
    }
    if (!emit(r.output, output)) return;
    return reportGates(r.gates);
  }
  if (/^https?:\/\//i.test(input)) {
    throw new Fail("crawling a live site needs the native CLI (cargo install smo-audit); the npm package audits files, folders and standard input");
  }

  let isDir = false;
  if (input !== "-") {
    try {
      isDir = statSync(input).isDirectory();
    } catch {
      isDir = false;
    }
  }
  if (isDir) {
    if (values.url !== undefined) throw new Fail("--url names one page; for a folder give --base-url");
    let shard;
    if (values.shard !== undefined) {
      let from;
      try {
        [shard, from] = (([k, n, f]) => [[k, n], f])(shardSpec(values.shard, process.env));
      } catch (e) {
        throw new Fail(e.message);
      }
      if (!values.quiet && values.shard.trim().startsWith("auto")) {
        process.stderr.write(`smo-audit: shard ${shard[0]}/${shard[1]} (from ${from})\n`);
      }
    }
    if (baseUrl === undefined) {
      process.stderr.write(
        "smo-audit: no base URL: pages are audited without their public address (og:url, canonical and share links are not compared with it; og:image files named by absolute address are not checked). Give --base-url https://your.site or base-url in smo-audit.toml.\n",
      );
    }
    const root = displayRoot(input);
    const site = { pages: [], files: {}, fileSizes: {} };
    try {
      walk(input, "", cfg, site);
    } catch (e) {
      throw new Fail(`cannot read ${input}: ${ioMessage(e)}`);
    }
    let pages = site.pages;
    if (shard) pages = pages.filter((p) => inShard(p.path, shard[0], shard[1]));
    if (!pages.length && !shard) throw new Fail(`no .html files under ${input}`);
    const inputs = [];
    for (const p of pages) {
      let html;
      try {
        html = readFileSync(p.file);
      } catch (e) {
        // An unreadable file: the engine lists it as not audited, as the CLI does.
        html = new Uint8Array(0);
      }
      inputs.push({ path: p.path, html, rules: configRulesFor(cfg, p.path) });
    }
    const r = auditSiteRendered(
      inputs,
      format,
      {
        ...options,
        baseUrl: baseUrl ?? null,
        files: site.files,
        fileSizes: site.fileSizes,
        fileTree: true,
        root,
        shard: shard ?? null,
      },
      { ...style, root },
      gates,
    );
    for (const e of r.errors) process.stderr.write(`smo-audit: ${e}\n`);
    if (!emit(r.output, output)) return;
    const failed = [...r.gates];
    if (r.errors.length) {
      failed.push(`${r.errors.length} page${r.errors.length === 1 ? "" : "s"} could not be audited (listed in the report as not audited)`);
    }
    return reportGates(failed);
  }

  let bytes;
  try {
    bytes = input === "-" ? readStdin(maxBytes) : readFileSync(input);
  } catch (e) {
    throw new Fail(input === "-" ? `cannot read standard input: ${ioMessage(e)}` : `cannot read ${input}: ${ioMessage(e)}`);
  }
  let url = values.url ?? null;
  if (url === null && baseUrl !== undefined && input !== "-") {
    const name = input.split(/[\\/]/).filter(Boolean).pop() ?? "";
    try {
      url = urlFor(baseUrl, name);
    } catch (e) {
      throw new Fail(e.message);
    }
  }
  const label = input === "-" ? "<stdin>" : input;
  let r;
  try {
    r = auditRendered(
      bytes,
      format,
      { ...options, url, rules: configRulesFor(cfg, label) },
      { ...style, label, path: input === "-" ? null : input.split("\\").join("/") },
      gates,
    );
  } catch (e) {
    throw new Fail(`${input}: ${e.message}`);
  }
  if (!emit(r.output, output)) return;
  reportGates(r.gates);
}

const COMMANDS = { rules: cmdRules, explain: cmdExplain, init: cmdInit, merge: cmdMerge };

function main(argv) {
  process.stdout.on("error", (e) => {
    // A closed pipe (`| head`) is not an error of ours.
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  });
  try {
    const cmd = Object.hasOwn(COMMANDS, argv[0]) ? COMMANDS[argv[0]] : null;
    return cmd ? cmd(argv.slice(1)) : cmdAudit(argv);
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
