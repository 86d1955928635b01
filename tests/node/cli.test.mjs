// The npm bin (`npx smo-audit ...`) against the native CLI: same output, same
// exit codes, for folders, files and standard input.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";

import { BASE_URL, FIXTURE, ROOT, SITE, native, npx, withoutTool } from "./helpers.mjs";

/** Run both and return [npm, native]. */
function both(args, input, opts) {
  return [npx(args, input, opts), native(args, input)];
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

  test("rules and explain", () => {
    for (const args of [
      ["rules", "--format", "json", "--locale", "tr"],
      ["rules"],
      ["rules", "--format", "markdown"],
    ]) {
      const [js, rs] = both(args);
      assert.equal(js.status, 0, js.stderr);
      assert.equal(js.stdout, rs.stdout, args.join(" "));
    }
    const id = JSON.parse(native(["rules", "--format", "json"]).stdout)[0].id;
    const [js, rs] = both(["explain", id, "--locale", "tr"]);
    assert.equal(js.stdout, rs.stdout);
    const [bad, badRs] = both(["explain", "no-such-check"]);
    assert.equal(bad.status, 2);
    assert.equal(badRs.status, 2);
    assert.equal(bad.stderr, badRs.stderr);
  });

  test("--version", () => {
    const [js, rs] = both(["--version"]);
    assert.equal(js.status, 0);
    assert.equal(js.stdout, rs.stdout);
  });
});
