// The bin's command line, parsed from the native CLI's own definition:
// cli-spec.json is generated from the clap definition of the Rust CLI
// (crates/smo-audit-cli/src/args.rs, whose cli_spec test fails when the file is
// stale), so both binaries take the same flags, values, defaults, bounds and
// print the same help. Errors are worded as clap words them.

import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
/** The native CLI's command line as data. */
export const SPEC = require("./cli-spec.json");

/** A usage error: printed as clap prints it, exit 2. */
export class UsageError extends Error {
  /** `usage`: the usage lines clap prints after this kind of error, if any. */
  constructor(message, usage) {
    super(message);
    this.usage = usage;
  }
  /** The text clap prints on standard error. */
  render() {
    const usage = this.usage ? `\n\n${this.usage}` : "";
    return `error: ${this.message}${usage}\n\nFor more information, try '--help'.\n`;
  }
}

function display(a) {
  if (a.positional) {
    const name = `<${(a.valueName ?? a.id).toUpperCase()}>`;
    return a.multiple || a.id === "files" ? `${name}...` : name;
  }
  const flag = a.long ? `--${a.long}` : `-${a.short}`;
  return a.value ? `${flag} <${a.valueName ?? a.id.toUpperCase()}>` : flag;
}

/**
 * Check one value as the native CLI's value parser does; `formats`: the
 * engine's format names (for `--format NAME[=FILE]`).
 */
function checkValue(a, raw, formats) {
  const bad = (why) => `invalid value '${raw}' for '${display(a)}'${why ? `: ${why}` : ""}`;
  if (a.possible.length && !a.possible.includes(raw)) {
    throw new Error(`${bad("")}\n  [possible values: ${a.possible.join(", ")}]`);
  }
  switch (a.kind) {
    case "uint": {
      if (!/^\+?\d+$/.test(raw)) throw new Error(bad(raw === "" ? "cannot parse integer from empty string" : "invalid digit found in string"));
      const n = Number(raw);
      if (n < a.min || n > a.max) {
        // clap's ranged parsers name the range; plain integer types overflow.
        throw new Error(bad(a.max <= 0xffffffff ? `${raw} is not in ${a.min}..=${a.max}` : "number too large to fit in target type"));
      }
      return n;
    }
    case "seconds": {
      const t = raw.trim();
      const n = t === "" || !/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t) ? NaN : Number(t);
      if (!(n >= a.min && n <= a.max)) {
        throw new Error(bad(`${JSON.stringify(raw)}: give seconds between ${a.min} and ${a.max}, e.g. 1 or 0.5`));
      }
      return n;
    }
    case "checked": {
      const name = raw.includes("=") ? raw.slice(0, raw.indexOf("=")) : raw;
      if (!formats.includes(name)) {
        throw new Error(bad(`${JSON.stringify(name)} is not a format; use one of ${formats.join(", ")} (NAME or NAME=FILE)`));
      }
      return raw;
    }
    default:
      return raw;
  }
}

/**
 * Parse argv (without node and the script) as the native CLI does.
 * Returns { command, values, help } where command is "" (the audit) or a
 * subcommand, values are keyed by the clap ids (snake_case) with the defaults
 * applied, and help (when asked for) is the text to print. Throws UsageError.
 */
export function parse(argv, formats) {
  let command = "";
  let rest = argv;
  const subs = Object.keys(SPEC.commands).filter((c) => c !== "");
  if (argv.length && (subs.includes(argv[0]) || argv[0] === "help")) {
    if (argv[0] === "help") {
      const which = argv[1] && subs.includes(argv[1]) ? argv[1] : "";
      return { command: "help", values: {}, help: SPEC.commands[which].longHelp };
    }
    command = argv[0];
    rest = argv.slice(1);
  }
  const spec = SPEC.commands[command];
  // clap prints the usage after a misplaced argument, not after a bad value.
  const usage = (msg) => new UsageError(msg, spec.usage);
  const badValue = (msg) => new UsageError(msg, null);
  const unexpected = (tok) =>
    usage(`unexpected argument '${tok}' found\n\n  tip: to pass '${tok}' as a value, use '-- ${tok}'`);
  const byLong = new Map(spec.args.filter((a) => a.long).map((a) => [a.long, a]));
  const byShort = new Map(spec.args.filter((a) => a.short).map((a) => [a.short, a]));
  const positionals = spec.args.filter((a) => a.positional);
  const values = {};
  const seen = new Set();
  let pos = 0;

  const set = (a, raw) => {
    if (seen.has(a.id) && !a.multiple) throw usage(`the argument '${display(a)}' cannot be used multiple times`);
    seen.add(a.id);
    if (!a.value) {
      values[a.id] = true;
      return;
    }
    let v;
    try {
      v = checkValue(a, raw, formats);
    } catch (e) {
      throw badValue(e.message);
    }
    if (a.multiple) (values[a.id] ??= []).push(v);
    else values[a.id] = v;
  };
  const positional = (tok) => {
    const a = positionals[Math.min(pos, positionals.length - 1)];
    if (!a || (pos >= positionals.length && !a.multiple)) throw usage(`unexpected argument '${tok}' found`);
    if (a.multiple) {
      seen.add(a.id);
      (values[a.id] ??= []).push(tok);
    } else {
      set(a, tok);
      pos++;
    }
  };
  const looksLikeFlag = (t) => t !== undefined && t.length > 1 && t.startsWith("-");
  const known = (t) => (t.startsWith("--") ? byLong.has(t.slice(2).split("=")[0]) || t === "--" : byShort.has(t[1]));
  // A flag's value is missing: clap names the next token when it is no flag of ours.
  const noValue = (a, next) =>
    next === undefined || known(next)
      ? badValue(`a value is required for '${display(a)}' but none was supplied`)
      : unexpected(next);

  for (let i = 0; i < rest.length; i++) {
    const tok = rest[i];
    if (tok === "--") {
      for (const t of rest.slice(i + 1)) positional(t);
      break;
    }
    if (tok.startsWith("--")) {
      const eq = tok.indexOf("=");
      const name = eq < 0 ? tok.slice(2) : tok.slice(2, eq);
      if (name === "help") return { command, values, help: spec.longHelp };
      if (name === "version" && command === "") return { command, values, help: SPEC.version };
      const a = byLong.get(name);
      if (!a) throw unexpected(tok.split("=")[0]);
      if (!a.value) {
        if (eq >= 0) throw badValue(`unexpected value '${tok.slice(eq + 1)}' for '${display(a)}' found; no more were expected`);
        set(a);
      } else if (eq >= 0) {
        set(a, tok.slice(eq + 1));
      } else {
        const next = rest[i + 1];
        if (next === undefined || looksLikeFlag(next)) throw noValue(a, next);
        set(a, next);
        i++;
      }
      continue;
    }
    if (tok.startsWith("-") && tok.length > 1) {
      // One or more short flags (-qv), the last may take a value (-o FILE, -oFILE).
      for (let j = 1; j < tok.length; j++) {
        const c = tok[j];
        if (c === "h") return { command, values, help: spec.help };
        if (c === "V" && command === "") return { command, values, help: SPEC.version };
        const a = byShort.get(c);
        if (!a) throw unexpected(`-${c}`);
        if (!a.value) {
          set(a);
          continue;
        }
        let v = tok.slice(j + 1);
        if (v.startsWith("=")) v = v.slice(1);
        if (v === "") {
          const next = rest[i + 1];
          if (next === undefined || looksLikeFlag(next)) throw noValue(a, next);
          v = next;
          i++;
        }
        set(a, v);
        break;
      }
      continue;
    }
    positional(tok);
  }
  const missing = spec.args.filter((a) => a.required && !seen.has(a.id));
  if (missing.length) {
    const list = missing.map(display);
    throw new UsageError(
      `the following required arguments were not provided:\n  ${list.join("\n  ")}`,
      `Usage: smo-audit ${command ? `${command} ` : ""}${list.join(" ")}`,
    );
  }
  for (const a of spec.args) {
    if (values[a.id] !== undefined) continue;
    if (!a.value) values[a.id] = a.positional ? undefined : false;
    else if (a.default.length) values[a.id] = checkValue(a, a.default[0], formats);
    else values[a.id] = a.multiple ? [] : undefined;
  }
  return { command, values };
}

const camel = (id) => id.replace(/_([a-z])/g, (_, c) => c.toUpperCase());

/** The report and gate flags (those `merge` takes too) as the engine reads them. */
export function reportFlags(values) {
  const out = {};
  for (const a of SPEC.commands.merge.args) {
    if (!a.positional && values[a.id] !== undefined) out[camel(a.id)] = values[a.id];
  }
  return out;
}

/** The page flags of an audit as the engine reads them. */
export function auditFlags(values) {
  const out = {};
  for (const id of ["url", "base_url", "kind", "language", "max_bytes", "include_text"]) {
    if (values[id] !== undefined) out[camel(id)] = values[id];
  }
  return out;
}
