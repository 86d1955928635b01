#!/usr/bin/env node
// The `smo-audit` command of the npm package: the native CLI's flags, output and
// exit codes for files, folders and standard input. It only reads files; the audit
// and the rendering run in the WebAssembly engine (the same Rust code as the CLI).
//
// Exit codes: 0 ok, 1 a page scored under --min-score, 2 usage or input error.

import { readFileSync, readSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { auditRendered, auditSiteRendered, rules, urlFor, version } from "../node.js";

const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

const USAGE = `Social media optimization audit: a scored checklist of share buttons, Open Graph & cards, keyword-friendly URLs, navigation and readability, with a fix for every failure.

Usage: smo-audit [OPTIONS] <INPUT>
       smo-audit rules [--locale en|tr] [--format text|json|markdown]
       smo-audit explain <ID> [--locale en|tr]

Arguments:
  <INPUT>  An HTML file, a folder of built pages, or - for standard input

Options:
      --url <URL>              The page's public URL (one page)
      --base-url <BASE_URL>    The site's public URL; a folder's pages get base URL + relative path
      --format <FORMAT>        Output format [default: text] [possible values: text, json]
      --locale <LOCALE>        Language of the messages [default: en] [possible values: en, tr]
      --min-score <MIN_SCORE>  Exit with 1 when a page scores under this
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

function walk(dir, rel, pages, files, maxBytes) {
  const entries = readdirSync(dir, { withFileTypes: true }).sort(byName);
  for (const e of entries) {
    const path = join(dir, e.name);
    const relPath = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) {
      walk(path, relPath, pages, files, maxBytes);
    } else if (e.isFile()) {
      if (/\.html?$/i.test(e.name)) {
        pages.push({ path: relPath, file: path });
      } else if (statSync(path).size <= maxBytes) {
        files[relPath] = readFileSync(path);
      }
    }
  }
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
      locale: { type: "string", default: "en" },
      "min-score": { type: "string" },
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
  if (positionals.length !== 1) {
    throw new Usage(positionals.length ? `unexpected argument '${positionals[1]}'` : "give an HTML file, a folder, or - for standard input");
  }
  const input = positionals[0];
  const format = oneOf("format", values.format, ["text", "json"]);
  const locale = oneOf("locale", values.locale, ["en", "tr"]);
  const kind = oneOf("kind", values.kind, ["home", "article", "page", "profile"]);
  const minScore = intArg("min-score", values["min-score"], 0, 100);
  const maxBytes = values["max-bytes"] === undefined ? DEFAULT_MAX_BYTES : intArg("max-bytes", values["max-bytes"], 0, Number.MAX_SAFE_INTEGER);
  const baseUrl = values["base-url"];
  const style = {
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
    verbose: values.verbose,
  };
  const options = { locale, kind: kind ?? null, language: values.language ?? null, maxBytes };
  if (baseUrl !== undefined) {
    let ok = false;
    try {
      ok = ["http:", "https:"].includes(new URL(baseUrl).protocol);
    } catch {
      ok = false;
    }
    if (!ok) return fail(`--base-url ${JSON.stringify(baseUrl)} is not an absolute http(s) URL; give e.g. https://example.com`);
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
    if (values.url !== undefined) return fail("--url names one page; for a folder give --base-url");
    const pages = [];
    const files = {};
    try {
      walk(input, "", pages, files, maxBytes);
    } catch (e) {
      return fail(`cannot read ${input}: ${e.message}`);
    }
    if (!pages.length) return fail(`no .html files under ${input}`);
    const errors = [];
    const inputs = [];
    for (const p of pages) {
      try {
        inputs.push({ path: p.path, html: readFileSync(p.file) });
      } catch (e) {
        errors.push(`cannot read ${p.file}: ${e.message}`);
      }
    }
    const r = auditSiteRendered(inputs, format, { ...options, baseUrl: baseUrl ?? null, files }, style);
    for (const e of [...errors, ...r.errors]) process.stderr.write(`smo-audit: ${e}\n`);
    out(r.output);
    if (errors.length || r.errors.length) {
      process.exitCode = 2;
      return;
    }
    if (minScore !== undefined) {
      const under = r.pages.filter((p) => p.score < minScore);
      for (const p of under) process.stderr.write(`smo-audit: ${p.label} scored ${p.score}, under --min-score ${minScore}\n`);
      if (under.length) process.exitCode = 1;
    }
    return;
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
  out(r.output);
  if (minScore !== undefined && r.score < minScore) {
    fail(`score ${r.score} is under --min-score ${minScore}`, 1);
  }
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
