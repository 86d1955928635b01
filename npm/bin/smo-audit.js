#!/usr/bin/env node
// The `smo-audit` command of the npm package: the native CLI's command line,
// output and exit codes, without a Rust toolchain.
//
// The arguments are parsed from the native CLI's own definition
// (lib/cli-spec.json, generated from its clap definition); every step of a run
// is the engine's, through WebAssembly: the flags' and the config file's
// meaning and the gates (smo_audit::run::Setup), the audit, every output
// format and the temporary page files of a streamed folder (SiteRun), merging
// shards, the rule reference, shard membership. This file finds and reads the
// files, runs the workers and writes the outputs.
//
// Exit codes: 0 ok, 1 a gate failed (--min-score, --page-min-score, --fail-on,
// the config's [gates], pages that could not be audited), 2 usage or input error.

import { existsSync, readFileSync, readSync, realpathSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import "../lib/full.js";
import {
  configFileName,
  configTemplate,
  explain,
  formats,
  inShard,
  profileFromUrl,
  ruleDocs,
  runMerge,
  runPage,
  runProfile,
  shardSpec,
} from "../smo_audit.js";
import { auditFlags, parse, reportFlags, UsageError } from "../lib/args.js";
import { auditFolder, displayRoot } from "../lib/folder.js";
import { emit, Fail, ioMessage, out, readText } from "../lib/io.js";

function log(msg) {
  process.stderr.write(`smo-audit: ${msg}\n`);
}

/** The engine's verdict: the baseline line, then each failed gate; exit 1 when any. */
function verdict(end) {
  if (end.baselineLine) log(end.baselineLine);
  for (const m of end.failed) log(m);
  return end.failed.length ? 1 : 0;
}

function terminal() {
  return { stdoutIsTerminal: Boolean(process.stdout.isTTY), noColor: Boolean(process.env.NO_COLOR) };
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

/** The config file's text and name: --config, else found from `start` upward, else none. */
function configFile(explicit, start) {
  const file = explicit ?? findConfig(start);
  if (file == null) return null;
  try {
    return { file, text: readText(file) };
  } catch (e) {
    throw new Fail(`cannot read ${file}: ${ioMessage(e)}`);
  }
}

function readStdin(limit) {
  // At most limit + 1 bytes, so the engine still reports an over-size page.
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

/** Every output of a one-shot run (a page, a profile, merge), then the verdict. */
function finishOutputs(end) {
  end.outputs.forEach((text, i) => emit(text, end.files[i]));
  return verdict(end);
}

// ---------- commands ----------

function cmdRules(v) {
  out(ruleDocs(v.format, v.locale));
  return 0;
}

function cmdExplain(v) {
  try {
    out(explain(v.id, v.locale));
  } catch (e) {
    throw new Fail(e.message);
  }
  return 0;
}

function cmdInit(v) {
  const path = v.path;
  if (existsSync(path) && !v.force) throw new Fail(`${path} exists; add --force to overwrite it`);
  try {
    writeFileSync(path, configTemplate());
  } catch (e) {
    throw new Fail(`cannot write ${path}: ${ioMessage(e)}`);
  }
  log(`wrote ${path}`);
  return 0;
}

function cmdMerge(v) {
  const init = { report: reportFlags(v), config: configFile(v.config, "."), terminal: terminal() };
  const shards = v.files.map((file) => {
    try {
      return { file, text: readText(file) };
    } catch (e) {
      throw new Fail(`cannot read ${file}: ${ioMessage(e)}`);
    }
  });
  let end;
  try {
    end = runMerge(init, shards);
  } catch (e) {
    throw new Fail(e.message);
  }
  return finishOutputs(end);
}

/** The --only paths, @FILE read one path a line. */
function onlyPaths(list) {
  const paths = [];
  for (const p of list) {
    if (p.startsWith("@")) {
      const f = p.slice(1);
      let text;
      try {
        text = readFileSync(f, "utf8");
      } catch (e) {
        throw new Fail(`--only @${f}: cannot read it: ${ioMessage(e)}`);
      }
      paths.push(...text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean));
    } else {
      paths.push(p);
    }
  }
  return paths;
}

async function cmdAudit(v) {
  const input = v.input;
  // No page: --url alone audits a social profile from its address.
  let profileUrl = null;
  if (input === undefined) {
    if (v.url === undefined) {
      throw new Fail("give an HTML file, a folder, - for standard input, an http(s) URL to crawl, or --kind profile --url PROFILE-URL");
    }
    if (v.kind !== "profile" && profileFromUrl(v.url) === null) {
      throw new Fail(
        `${JSON.stringify(v.url)} is not a social profile address; give the page's HTML file (or - for standard input) with --url, or audit a profile with --kind profile --url PROFILE-URL`,
      );
    }
    profileUrl = v.url;
  }
  const where = input ?? ".";
  const baseline = v.baseline === undefined ? null : (() => {
    try {
      return { file: v.baseline, text: readText(v.baseline) };
    } catch (e) {
      throw new Fail(`cannot read the baseline ${v.baseline}: ${ioMessage(e)}`);
    }
  })();
  const init = {
    report: reportFlags(v),
    audit: auditFlags(v),
    config: configFile(v.config, where === "-" ? "." : where),
    baseline,
    terminal: terminal(),
  };
  let isDir = false;
  if (profileUrl === null && where !== "-") {
    try {
      isDir = statSync(where).isDirectory();
    } catch {
      isDir = false;
    }
  }
  if (v.only.length && (profileUrl !== null || where === "-" || !isDir)) {
    throw new Fail("--only picks pages of a folder; give the folder as the input");
  }
  const run = (f) => {
    try {
      return f();
    } catch (e) {
      throw new Fail(e.message);
    }
  };

  if (profileUrl !== null) return finishOutputs(run(() => runProfile(init, profileUrl)));

  if (/^https?:\/\//.test(where)) {
    const { crawlSite } = await import("../lib/crawl-run.js");
    return verdict(await crawlSite(where, v, init));
  }

  if (isDir) {
    if (v.url !== undefined) throw new Fail("--url names one page; for a folder give --base-url");
    if (v.shard !== undefined) {
      const [k, n, from] = run(() => shardSpec(v.shard, process.env));
      if (!v.quiet && v.shard.trim().startsWith("auto")) log(`shard ${k}/${n} (from ${from})`);
      init.shard = [k, n];
    }
    init.root = displayRoot(where);
    let only;
    let onlyRoots;
    if (v.only.length) {
      only = onlyPaths(v.only);
      onlyRoots = [where, displayRoot(where)];
      try {
        onlyRoots.push(realpathSync(where));
      } catch {
        // as given
      }
    }
    const showProgress = !v.quiet && Boolean(process.stderr.isTTY);
    let end;
    try {
      end = await auditFolder(where, init, {
        only,
        onlyRoots,
        inShard,
        quiet: v.quiet,
        log,
        progress: showProgress
          ? (n, total) => {
              if (n === total || n % 25 === 0) process.stderr.write(`\r${n}/${total} pages${n === total ? "\r\x1b[K" : ""}`);
            }
          : undefined,
      });
    } catch (e) {
      throw e instanceof Fail ? e : new Fail(e.message);
    }
    return verdict(end);
  }

  let bytes;
  try {
    bytes = where === "-" ? readStdin(v.max_bytes) : readFileSync(where);
  } catch (e) {
    throw new Fail(where === "-" ? `cannot read standard input: ${ioMessage(e)}` : `cannot read ${where}: ${ioMessage(e)}`);
  }
  const label = where === "-" ? "<stdin>" : where;
  const name = where === "-" ? null : (where.split(/[\\/]/).filter(Boolean).pop() ?? "");
  const path = where === "-" ? null : where.split("\\").join("/");
  return finishOutputs(run(() => runPage(init, bytes, label, name, path)));
}

async function main(argv) {
  let parsed;
  try {
    parsed = parse(argv, formats());
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(e.render());
      return 2;
    }
    throw e;
  }
  if (parsed.help !== undefined) {
    out(parsed.help);
    return 0;
  }
  const v = parsed.values;
  try {
    switch (parsed.command) {
      case "rules":
        return cmdRules(v);
      case "explain":
        return cmdExplain(v);
      case "init":
        return cmdInit(v);
      case "merge":
        return cmdMerge(v);
      default:
        return await cmdAudit(v);
    }
  } catch (e) {
    if (e instanceof Fail) {
      log(e.message);
      return 2;
    }
    log(e.message);
    return 2;
  }
}

process.stdout.on("error", (e) => {
  // A closed pipe (`| head`) is not an error of ours.
  if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw e;
});
process.exitCode = await main(process.argv.slice(2));
