// The npm bin (`npx smo-audit ...`) against the native CLI: same output, same
// exit codes, for folders, files and standard input.

import assert from "node:assert/strict";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, test } from "node:test";

import { BASE_URL, FIXTURE, ROOT, SITE, importPackage, native, npx, withoutTool } from "./helpers.mjs";

const FORMATS = ["markdown", "sarif", "junit", "github", "html"];

/** Run both and return [npm, native]. */
function both(args, input, opts) {
  return [npx(args, input, opts), native(args, input)];
}

/** Run both and assert the same exit code, standard output and standard error. */
function same(args, { status } = {}) {
  const [js, rs] = both(args);
  const what = args.join(" ");
  if (status !== undefined) assert.equal(rs.status, status, `native ${what}: ${rs.stderr}`);
  assert.equal(js.status, rs.status, `${what}: npm ${js.stderr} / native ${rs.stderr}`);
  assert.equal(js.stdout, rs.stdout, what);
  assert.equal(js.stderr, rs.stderr, what);
  return js;
}

/** A temporary folder, removed after `fn`. */
function withTemp(fn) {
  const dir = mkdtempSync(join(tmpdir(), "smo-audit-cli-"));
  try {
    return fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("npx smo-audit (the npm bin) does what the native CLI does", () => {
  test(`folder ${SITE.slice(ROOT.length + 1)} --base-url --format json: same report but for tool`, () => {
    // Exactly the command: `npx smo-audit dist/ --base-url https://example.com --format json`.
    const [js, rs] = both([SITE, "--base-url", BASE_URL, "--format", "json"], undefined, { raw: true });
    assert.equal(rs.status, 0, rs.stderr);
    assert.equal(js.status, rs.status, js.stderr);
    const a = JSON.parse(js.stdout);
    const b = JSON.parse(rs.stdout);
    assert.deepEqual(withoutTool(a), withoutTool(b));
    assert.ok(a.pages.length >= 3);
    // The engine is the same Rust code, so the text is byte for byte the same too.
    assert.equal(js.stdout, rs.stdout);
  });

  test("folder, text format, Turkish, verbose: byte-identical", () => {
    const [js, rs] = both([SITE, "--base-url", BASE_URL, "--locale", "tr", "-v"]);
    assert.equal(js.status, rs.status);
    assert.equal(js.stdout, rs.stdout);
    assert.ok(js.stdout.length > 100);
  });

  test("one file with --base-url, and with --url, --kind", () => {
    const file = join(FIXTURE, "blog/first-post/index.html");
    for (const args of [
      [file, "--base-url", BASE_URL],
      [file, "--url", `${BASE_URL}/blog/first-post/`, "--kind", "article", "--format", "json"],
      [file, "--language", "en", "--format=text"],
    ]) {
      const [js, rs] = both(args);
      assert.equal(js.status, rs.status, `${args.join(" ")}: ${js.stderr}`);
      assert.equal(js.stdout, rs.stdout, args.join(" "));
      assert.equal(js.stderr, rs.stderr, args.join(" "));
    }
  });

  test("standard input (-), including a non-UTF-8 page", () => {
    for (const f of ["index.html", "tr/index.html"]) {
      const bytes = readFileSync(join(FIXTURE, f));
      const [js, rs] = both(["-", "--url", `${BASE_URL}/`, "--format", "json"], bytes);
      assert.equal(js.status, 0, js.stderr);
      assert.equal(js.stdout, rs.stdout, f);
    }
  });

  test("--min-score: exit 1 and the same message, for a file and a folder", () => {
    const file = join(FIXTURE, "about.html");
    for (const args of [[file, "--min-score", "100"], [SITE, "--min-score", "100", "--base-url", BASE_URL]]) {
      const [js, rs] = both(args);
      assert.equal(rs.status, 1, rs.stderr);
      assert.equal(js.status, 1, js.stderr);
      assert.equal(js.stderr, rs.stderr);
      assert.equal(js.stdout, rs.stdout);
    }
    const [ok, okRs] = both([file, "--min-score", "0"]);
    assert.equal(ok.status, 0);
    assert.equal(okRs.status, 0);
  });

  test("usage errors exit 2 with the CLI's message", () => {
    const file = join(FIXTURE, "about.html");
    for (const args of [
      [file, "--base-url", "example.com"],
      [SITE, "--url", `${BASE_URL}/`],
      [file, "--url", "ftp://example.com/"],
      [join(ROOT, "src")],
    ]) {
      const [js, rs] = both(args);
      assert.equal(rs.status, 2, args.join(" "));
      assert.equal(js.status, 2, args.join(" "));
      if (args[0] !== join(ROOT, "src")) assert.equal(js.stderr, rs.stderr);
      assert.equal(js.stdout, "");
    }
    // Argument errors (clap's wording differs from Node's parseArgs; the code does not).
    for (const args of [[file, "--format", "xml"], [file, "--min-score", "101"], [file, "--bogus"], [join(FIXTURE, "missing.html")], []]) {
      const [js, rs] = both(args);
      assert.equal(rs.status, 2, `native ${args.join(" ")}`);
      assert.equal(js.status, 2, `npm ${args.join(" ")}: ${js.stderr}`);
      assert.ok(js.stderr.length > 0);
    }
  });

  test("every report format (markdown, sarif, junit, github, html): byte-identical for a folder and a file", () => {
    const file = join(FIXTURE, "about.html");
    for (const format of FORMATS) {
      for (const args of [
        [SITE, "--base-url", BASE_URL, "--format", format],
        [file, "--url", `${BASE_URL}/about.html`, "--format", format, "--locale", "tr"],
      ]) {
        const [js, rs] = both(args);
        assert.equal(rs.status, 0, `native ${args.join(" ")}: ${rs.stderr}`);
        assert.equal(js.status, 0, `npm ${args.join(" ")}: ${js.stderr}`);
        assert.ok(rs.stdout.length > 50, args.join(" "));
        assert.equal(js.stdout, rs.stdout, args.join(" "));
      }
    }
  });

  test("--fail-on, --page-min-score and --min-score on a folder: the CLI's exit codes and messages", () => {
    for (const args of [
      [SITE, "--base-url", BASE_URL, "--fail-on", "fail"],
      [SITE, "--base-url", BASE_URL, "--fail-on", "warn", "--format", "json"],
      [SITE, "--base-url", BASE_URL, "--page-min-score", "100", "--min-score", "0"],
      [SITE, "--base-url", BASE_URL, "--page-min-score", "0"],
      [join(FIXTURE, "about.html"), "--fail-on", "warn"],
      [join(FIXTURE, "about.html"), "--fail-on", "nope"],
    ]) {
      const [js, rs] = both(args);
      assert.equal(js.status, rs.status, `${args.join(" ")}: ${js.stderr} / ${rs.stderr}`);
      assert.equal(js.stdout, rs.stdout, args.join(" "));
      if (rs.status !== 2) assert.equal(js.stderr, rs.stderr, args.join(" "));
    }
    // The site above has failing checks: the gates are not vacuous.
    assert.equal(native([SITE, "--base-url", BASE_URL, "--fail-on", "fail"]).status, 1);
  });

  test("--output writes the report to a file, nothing on standard output", () => {
    const dir = mkdtempSync(join(tmpdir(), "smo-audit-out-"));
    try {
      const a = join(dir, "npm.sarif");
      const b = join(dir, "native.sarif");
      const js = npx([SITE, "--base-url", BASE_URL, "--format", "sarif", "-o", a]);
      const rs = native([SITE, "--base-url", BASE_URL, "--format", "sarif", "--output", b]);
      assert.equal(js.status, 0, js.stderr);
      assert.equal(rs.status, 0, rs.stderr);
      assert.equal(js.stdout, "");
      assert.equal(readFileSync(a, "utf8"), readFileSync(b, "utf8"));
      assert.equal(JSON.parse(readFileSync(a, "utf8")).version, "2.1.0");
      const bad = both([SITE, "-o", join(dir, "no/such/dir/x.txt")]);
      assert.equal(bad[0].status, 2);
      assert.equal(bad[1].status, 2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("--shard K/N splits the pages like the CLI, and the shards cover the site once", () => {
    const all = JSON.parse(npx([SITE, "--base-url", BASE_URL, "--format", "json"]).stdout);
    let seen = 0;
    for (const shard of ["1/2", "2/2"]) {
      const [js, rs] = both([SITE, "--base-url", BASE_URL, "--format", "json", "--shard", shard]);
      assert.equal(js.status, rs.status, js.stderr);
      assert.equal(js.stdout, rs.stdout, shard);
      seen += JSON.parse(js.stdout).pages.length;
    }
    assert.equal(seen, all.pages.length);
    for (const bad of ["0/2", "3/2", "x", "1/x"]) {
      const [js, rs] = both([SITE, "--shard", bad]);
      assert.equal(rs.status, 2, bad);
      assert.equal(js.status, 2, bad);
    }
  });

  test("no input, --url with a profile address: a URL-only profile audit", async (t) => {
    const smo = await importPackage();
    const url = "https://www.instagram.com/acme.studio/";
    for (const args of [["--url", url], ["--url", url, "--format", "json", "--locale", "tr"], ["--kind", "profile", "--url", url, "--fail-on", "warn"]]) {
      const js = npx(args);
      const locale = args.includes("tr") ? "tr" : "en";
      const format = args.includes("json") ? "json" : "text";
      const want = smo.render(smo.auditProfileUrl(url, { locale }), format, { label: url });
      // A report handed back through JS loses 0.0 vs 0, so JSON is compared as data here;
      // byte for byte against the native CLI below.
      if (format === "json") assert.deepEqual(JSON.parse(js.stdout), JSON.parse(want), args.join(" "));
      else assert.equal(js.stdout, want, args.join(" "));
      const rs = native(args);
      if (rs.status === 2 && /required|INPUT/.test(rs.stderr)) {
        t.diagnostic("the native CLI has no URL-only profile mode yet: compared with the library only");
      } else {
        assert.equal(js.status, rs.status, args.join(" "));
        assert.equal(js.stdout, rs.stdout, args.join(" "));
      }
    }
    assert.match(npx(["--url", url]).stdout, /kind: profile/);
    // Not a profile address: without --kind profile it is a missing input, with it the engine's reason.
    const page = npx(["--url", "https://example.com/about"]);
    assert.equal(page.status, 2);
    const forced = npx(["--kind", "profile", "--url", "https://example.com/about"]);
    assert.equal(forced.status, 2);
    assert.match(forced.stderr, /not a profile address of a known network/);
  });

  test("rules and explain", () => {
    for (const args of [
      ["rules", "--format", "json", "--locale", "tr"],
      ["rules"],
      ["rules", "--format", "markdown"],
      ["rules", "--locale", "tr"],
    ]) {
      const [js, rs] = both(args);
      assert.equal(js.status, 0, js.stderr);
      assert.equal(js.stdout, rs.stdout, args.join(" "));
    }
    const list = JSON.parse(native(["rules", "--format", "json"]).stdout);
    // The site checks are listed too (the last ones), and explained.
    for (const id of [list[0].id, list[list.length - 1].id, "duplicate-titles"]) {
      const [js, rs] = both(["explain", id, "--locale", "tr"]);
      assert.equal(rs.status, 0, id);
      assert.equal(js.stdout, rs.stdout, id);
    }
    const [bad, badRs] = both(["explain", "no-such-check"]);
    assert.equal(bad.status, 2);
    assert.equal(badRs.status, 2);
    assert.equal(bad.stderr, badRs.stderr);
  });

  test("smo-audit.toml in the audited folder or above: min-score, locale, ignore, overrides, as the native CLI", () => {
    withTemp((tmp) => {
      const site = join(tmp, "site");
      cpSync(FIXTURE, site, { recursive: true });
      writeFileSync(
        join(site, "smo-audit.toml"),
        '[audit]\nmin-score = 95\nignore = ["about.html"]\n\n[rules.og-title]\nseverity = "warn"\n\n[[overrides]]\npaths = ["blog/**"]\n[overrides.rules.share-buttons]\nenabled = false\n',
      );
      // min-score = 95: the native CLI exits 1, so must the npm bin, with the same message.
      const js = same([site], { status: 1 });
      assert.match(js.stderr, /under --min-score 95/);
      same([site, "--format", "json"], { status: 1 });
      // A file below the config's folder: found upward; a flag wins over the file.
      same([join(site, "blog/first-post/index.html"), "-v"], { status: 1 });
      same([site, "--min-score", "0", "--format", "markdown"], { status: 0 });
      // The config did something: about.html is ignored and share-buttons is off under blog/.
      const report = JSON.parse(npx([site, "--format", "json", "--min-score", "0"]).stdout);
      assert.equal(report.pages.length, 3);
      const blog = report.pages.find((p) => p.categories.some((c) => c.checks.some((x) => x.id === "og-title")) && !p.categories.some((c) => c.checks.some((x) => x.id === "share-buttons")));
      assert.ok(blog, "the override turned share-buttons off on the blog page");
      // locale from the file: Turkish unless --locale says otherwise
      writeFileSync(join(site, "smo-audit.toml"), '[audit]\nlocale = "tr"\nfail-on = "fail"\n');
      same([site], { status: 1 });
      same([join(site, "index.html"), "--locale", "tr"]);
    });
  });

  test("a broken smo-audit.toml is exit 2 with the engine's message (the file's line)", () => {
    withTemp((tmp) => {
      const bad = join(tmp, "bad");
      mkdirSync(bad);
      writeFileSync(join(bad, "index.html"), readFileSync(join(FIXTURE, "index.html")));
      for (const [text, want] of [
        ["[audit]\nmin-score = 50\nbogus = 1\n", /smo-audit\.toml:3:/],
        ["# x\n[rules.og-titel]\nmax = 3\n", /did you mean og-title/],
        ['[audit]\nfail-on = "never"\n', /fail-on must be/],
        ["[audit]\nmin-score = 101\n", /min-score must be 0/],
      ]) {
        writeFileSync(join(bad, "smo-audit.toml"), text);
        for (const args of [[bad], [join(bad, "index.html")]]) {
          const js = same(args, { status: 2 });
          assert.match(js.stderr, want, text);
          assert.equal(js.stdout, "");
        }
      }
    });
  });

  test("--config FILE: used instead of discovery; a missing one is exit 2", () => {
    withTemp((tmp) => {
      const conf = join(tmp, "strict.toml");
      writeFileSync(conf, "[audit]\nmin-score = 95\npage-min-score = 90\n");
      same([FIXTURE, "--config", conf], { status: 1 });
      same([join(FIXTURE, "about.html"), "--config", conf, "--format", "json"], { status: 1 });
      same([FIXTURE, "--config", join(tmp, "missing.toml")], { status: 2 });
      writeFileSync(conf, '[audit]\nbase-url = "https://example.com"\n');
      same([FIXTURE, "--config", conf, "--format", "json"], { status: 0 });
      writeFileSync(conf, '[audit]\nbase-url = "example.com"\n');
      same([FIXTURE, "--config", conf], { status: 2 });
    });
  });

  test("rules (text, json, markdown) and explain: the engine's text, byte for byte", () => {
    for (const format of ["text", "json", "markdown"]) {
      for (const locale of ["en", "tr"]) same(["rules", "--format", format, "--locale", locale], { status: 0 });
    }
    same(["explain", "og-title"], { status: 0 });
    same(["explain", "broken-links", "--locale", "tr"], { status: 0 });
    const typo = same(["explain", "og-titl"], { status: 2 });
    assert.match(typo.stderr, /did you mean og-title/);
    same(["explain", "no-such-check-at-all"], { status: 2 });
  });

  test("init writes the engine's template and refuses to overwrite without --force", () => {
    withTemp((tmp) => {
      const a = join(tmp, "a.toml");
      const b = join(tmp, "b.toml");
      const js = npx(["init", a]);
      const rs = native(["init", b]);
      assert.equal(rs.status, 0, rs.stderr);
      assert.equal(js.status, 0, js.stderr);
      assert.equal(js.stderr, `smo-audit: wrote ${a}\n`);
      assert.equal(rs.stderr, `smo-audit: wrote ${b}\n`);
      assert.equal(readFileSync(a, "utf8"), readFileSync(b, "utf8"));
      assert.match(readFileSync(a, "utf8"), /^# smo-audit configuration/);
      // Both refuse an existing file with the same message, and --force overwrites.
      writeFileSync(a, "# mine\n");
      same(["init", a], { status: 2 });
      assert.equal(readFileSync(a, "utf8"), "# mine\n");
      same(["init", a, "--force"], { status: 0 });
      assert.equal(readFileSync(a, "utf8"), readFileSync(b, "utf8"));
      // The template is a valid config: a folder audited under it runs.
      const site = join(tmp, "site");
      cpSync(FIXTURE, site, { recursive: true });
      cpSync(b, join(site, "smo-audit.toml"));
      same([site, "--format", "json"], { status: 0 });
    });
  });

  test("merge of --shard outputs: the native CLI's report, gates and errors", () => {
    withTemp((tmp) => {
      const shards = ["1/2", "2/2"].map((k, i) => {
        const f = join(tmp, `shard-${i + 1}.json`);
        const r = native([SITE, "--base-url", BASE_URL, "--format", "json", "--shard", k, "-o", f]);
        assert.notEqual(r.status, 2, r.stderr);
        return f;
      });
      for (const extra of [[], ["--format", "json"], ["--format", "markdown", "--locale", "tr"], ["--format", "sarif"], ["--fail-on", "fail"], ["--min-score", "100"]]) {
        same(["merge", ...shards, ...extra]);
      }
      // The merged site is the whole site: as many pages as an unsharded run.
      const merged = JSON.parse(npx(["merge", ...shards, "--format", "json"]).stdout);
      assert.equal(merged.pages.length, JSON.parse(native([SITE, "--base-url", BASE_URL, "--format", "json"]).stdout).pages.length);
      const out = join(tmp, "merged.md");
      assert.equal(npx(["merge", ...shards, "--format", "markdown", "-o", out]).stdout, "");
      assert.equal(readFileSync(out, "utf8"), native(["merge", ...shards, "--format", "markdown"]).stdout);
      // a config with min-score, given with --config
      const conf = join(tmp, "c.toml");
      writeFileSync(conf, "[audit]\nmin-score = 99\npage-min-score = 99\n");
      same(["merge", ...shards, "--config", conf], { status: 1 });
      // not a site report, a missing file: exit 2 with the same message
      same(["merge", shards[0], join(FIXTURE, "index.html")], { status: 2 });
      same(["merge", shards[0], join(tmp, "missing.json")], { status: 2 });
    });
  });

  test("--version", () => {
    const [js, rs] = both(["--version"]);
    assert.equal(js.status, 0);
    assert.equal(js.stdout, rs.stdout);
  });
});
