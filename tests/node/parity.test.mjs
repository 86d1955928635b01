// Parity of the two command lines: the same command lines through the npm bin
// (`npx smo-audit`) and the native CLI, run from the same folder, on the sample
// site, a broken copy of it, a config with every kind of key, and the error
// paths, and a live copy of the site served on 127.0.0.1 (crawled): the same
// exit code, standard output, standard error (but for the usage lines clap
// words from the arguments it saw) and every file written, byte for byte.

import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { after, before, describe, test } from "node:test";

import { BASE_URL, SITE, native, npx, userProject } from "./helpers.mjs";

// Titles with letters that slugs transliterate by NFKD (accents, ligatures,
// compatibility forms, full-width and half-width letters, Greek with its
// breathings, Hangul, fractions and circled numbers).
const SLUG_TITLES = [
  "Crème brûlée: ﬁve ① steps for Ǆemal’s café",
  "Phở bò Hà Nội ㎏ ¼ Ｆｕｌｌ ﾊﾟﾝ ℌello",
  "Ἀθῆναι ὁδηγός για ταξίδια",
  "한국 요리 가이드 ② ㈜ 회사",
  "Ångström naïve coöperate façade Øresund ŁÓDŹ",
  "Ｈｅｌｌｏ　ｗｏｒｌｄ ⅻ ½ ℡ ™ ﬀ ﬄ",
];

// Pages in legacy charsets (bytes made with Python's codecs, base64): the npm
// package decodes them with the host's TextDecoder, the CLI with encoding_rs;
// well-formed, malformed (replacement characters), UTF-16 with a BOM, a late
// charset <meta>, and the replacement encoding.
const LEGACY_PAGES = {
  "tr-1254.html": "PCFkb2N0eXBlIGh0bWw+PGh0bWw+PGhlYWQ+PG1ldGEgY2hhcnNldD0id2luZG93cy0xMjU0Ij48dGl0bGU+3mn+bGknZGUgZ/x6ZWwgYmlyIGf8bjwvdGl0bGU+PG1ldGEgbmFtZT0iZGVzY3JpcHRpb24iIGNvbnRlbnQ9ItZtZXIsIOdp52VrIHZlIP3wZP1yOiBU/HJr52UgYmlyIHNheWZhLiI+PC9oZWFkPjxib2R5PjxoMT7eaf5saSdkZSBn/HplbCBiaXIgZ/xuPC9oMT48cD7WbWVyLCDnaedlayB2ZSD98GT9cjogVPxya+dlIGJpciBzYXlmYS48L3A+PC9ib2R5PjwvaHRtbD4=",
  "ja-sjis.html": "PCFkb2N0eXBlIGh0bWw+PGh0bWw+PGhlYWQ+PG1ldGEgY2hhcnNldD0ic2hpZnRfamlzIj48dGl0bGU+k/qWe4zqgsyDeYFbg1c8L3RpdGxlPjxtZXRhIG5hbWU9ImRlc2NyaXB0aW9uIiBjb250ZW50PSKCsYLqgs2T+pZ7jOqCxY+RgqmC6oK9kmmXjoLFgreBQiI+PC9oZWFkPjxib2R5PjxoMT6T+pZ7jOqCzIN5gVuDVzwvaDE+PHA+grGC6oLNk/qWe4zqgsWPkYKpguqCvZJpl46CxYK3gUI8L3A+PC9ib2R5PjwvaHRtbD4=",
  "zh-gbk.html": "PCFkb2N0eXBlIGh0bWw+PGh0bWw+PGhlYWQ+PG1ldGEgY2hhcnNldD0iZ2IyMzEyIj48dGl0bGU+1tDOxM340rOx6sziPC90aXRsZT48bWV0YSBuYW1lPSJkZXNjcmlwdGlvbiIgY29udGVudD0i1eLKx9K7uPbTw7zyzOXW0M7E0LS1xLbOwuShoyI+PC9oZWFkPjxib2R5PjxoMT7W0M7EzfjSs7HqzOI8L2gxPjxwPtXiysfSu7j208O88szl1tDOxNC0tcS2zsLkoaM8L3A+PC9ib2R5PjwvaHRtbD4=",
  "zh-big5.html": "PCFkb2N0eXBlIGh0bWw+PGh0bWw+PGhlYWQ+PG1ldGEgY2hhcnNldD0iYmlnNSI+PHRpdGxlPsFjxemkpKTluvSttjwvdGl0bGU+PG1ldGEgbmFtZT0iZGVzY3JpcHRpb24iIGNvbnRlbnQ9IrNvrE+kQK3Tpc7BY8XppKSk5bxnqrqscbiooUMiPjwvaGVhZD48Ym9keT48aDE+wWPF6aSkpOW69K22PC9oMT48cD6zb6xPpECt06XOwWPF6aSkpOW8Z6q6rHG4qKFDPC9wPjwvYm9keT48L2h0bWw+",
  "ko-euckr.html": "PCFkb2N0eXBlIGh0bWw+PGh0bWw+PGhlYWQ+PG1ldGEgY2hhcnNldD0iZXVjLWtyIj48dGl0bGU+x9Gxub7uIMbkwMzB9jwvdGl0bGU+PG1ldGEgbmFtZT0iZGVzY3JpcHRpb24iIGNvbnRlbnQ9IsDMsM3AuiDH0bG5vu63ziC+tCC5rrTcwNS0z7TZLiI+PC9oZWFkPjxib2R5PjxoMT7H0bG5vu4gxuTAzMH2PC9oMT48cD7AzLDNwLogx9Gxub7ut84gvrQgua603MDUtM+02S48L3A+PC9ib2R5PjwvaHRtbD4=",
  "ru-koi8.html": "PCFkb2N0eXBlIGh0bWw+PGh0bWw+PGhlYWQ+PG1ldGEgY2hhcnNldD0ia29pOC1yIj48dGl0bGU+8tXT08vB0SDT1NLBzsnDwTwvdGl0bGU+PG1ldGEgbmFtZT0iZGVzY3JpcHRpb24iIGNvbnRlbnQ9IvzUzyDBwtrBwywgzsHQydPBzs7ZyiDQzy3S1dPTy8kuIj48L2hlYWQ+PGJvZHk+PGgxPvLV09PLwdEg09TSwc7Jw8E8L2gxPjxwPvzUzyDBwtrBwywgzsHQydPBzs7ZyiDQzy3S1dPTy8kuPC9wPjwvYm9keT48L2h0bWw+",
  "cs-8859-2.html": "PCFkb2N0eXBlIGh0bWw+PGh0bWw+PGhlYWQ+PG1ldGEgY2hhcnNldD0iaXNvLTg4NTktMiI+PHRpdGxlPq5sdbtvdehr/SBr+fI8L3RpdGxlPjxtZXRhIG5hbWU9ImRlc2NyaXB0aW9uIiBjb250ZW50PSJQ+O1sabkgvmx1u2916Gv9IGv58iD6cOxsIO/hYmVsc2vpIPNkeS4iPjwvaGVhZD48Ym9keT48aDE+rmx1u2916Gv9IGv58jwvaDE+PHA+UPjtbGm5IL5sdbtvdehr/SBr+fIg+nDsbCDv4WJlbHNr6SDzZHkuPC9wPjwvYm9keT48L2h0bWw+",
  "ja-sjis-broken.html": "PCFkb2N0eXBlIGh0bWw+PGh0bWw+PGhlYWQ+PG1ldGEgY2hhcnNldD0ic2hpZnRfamlzIj48dGl0bGU+k/qWe4zqgsyDeYFbg1c8L3RpdGxlPjxtZXRhIG5hbWU9ImRlc2NyaXB0aW9uIiBjb250ZW50PSKCsYLqgs2T+pZ7jOqCxY+RgqmC6oK9kmmXjoLFgreBQiI+PC9oZWFkPjxib2R5PjxoMT6T+pZ7jOqCzIN5gVuDVzwvaDE+PHA+gv+BgrGC6oLNk/qWe4zqgsWPkYKpguqCvZJpl46CxYK3gUI8L3A+PC9ib2R5PjwvaHRtbD4=",
  "ko-euckr-broken.html": "PCFkb2N0eXBlIGh0bWw+PGh0bWw+PGhlYWQ+PG1ldGEgY2hhcnNldD0iZXVjLWtyIj48dGl0bGU+x9Gxub7uIMbkwMzB9jwvdGl0bGU+PG1ldGEgbmFtZT0iZGVzY3JpcHRpb24iIGNvbnRlbnQ9IsDMsM3AuiDH0bG5vu63ziC+tCC5rrTcwNS0z7TZLiI+PC9oZWFkPjxib2R5PjxoMT7H0bG5vu4gxuTAzMH2PC9oMT48cD7IIP/AzLDNwLogx9Gxub7ut84gvrQgua603MDUtM+02S48L3A+PC9ib2R5PjwvaHRtbD4=",
  "utf16le-bom.html": "//48ACEAZABvAGMAdAB5AHAAZQAgAGgAdABtAGwAPgA8AGgAdABtAGwAPgA8AGgAZQBhAGQAPgA8AHQAaQB0AGwAZQA+AFUAVABGAC0AMQA2ACAAcwBhAHkAZgBhAHMAMQEgAB8B/ABfATwALwB0AGkAdABsAGUAPgA8AC8AaABlAGEAZAA+ADwAYgBvAGQAeQA+ADwAaAAxAD4AVQBUAEYALQAxADYAIABzAGEAeQBmAGEAcwAxATwALwBoADEAPgA8AHAAPgBCAGkAcgAgAHAAYQByAGEAZwByAGEAZgAuADwALwBwAD4APAAvAGIAbwBkAHkAPgA8AC8AaAB0AG0AbAA+AA==",
  "cs-late-meta.html": "PCFkb2N0eXBlIGh0bWw+PGh0bWw+PGhlYWQ+PHN0eWxlPnAubGVhZCB7IGZvbnQ6IDEuMWVtLzEuNSBHZW9yZ2lhLCBzZXJpZjsgY29sb3I6ICMyMjI7IH0KcC5sZWFkIHsgZm9udDogMS4xZW0vMS41IEdlb3JnaWEsIHNlcmlmOyBjb2xvcjogIzIyMjsgfQpwLmxlYWQgeyBmb250OiAxLjFlbS8xLjUgR2VvcmdpYSwgc2VyaWY7IGNvbG9yOiAjMjIyOyB9CnAubGVhZCB7IGZvbnQ6IDEuMWVtLzEuNSBHZW9yZ2lhLCBzZXJpZjsgY29sb3I6ICMyMjI7IH0KcC5sZWFkIHsgZm9udDogMS4xZW0vMS41IEdlb3JnaWEsIHNlcmlmOyBjb2xvcjogIzIyMjsgfQpwLmxlYWQgeyBmb250OiAxLjFlbS8xLjUgR2VvcmdpYSwgc2VyaWY7IGNvbG9yOiAjMjIyOyB9CnAubGVhZCB7IGZvbnQ6IDEuMWVtLzEuNSBHZW9yZ2lhLCBzZXJpZjsgY29sb3I6ICMyMjI7IH0KcC5sZWFkIHsgZm9udDogMS4xZW0vMS41IEdlb3JnaWEsIHNlcmlmOyBjb2xvcjogIzIyMjsgfQpwLmxlYWQgeyBmb250OiAxLjFlbS8xLjUgR2VvcmdpYSwgc2VyaWY7IGNvbG9yOiAjMjIyOyB9CnAubGVhZCB7IGZvbnQ6IDEuMWVtLzEuNSBHZW9yZ2lhLCBzZXJpZjsgY29sb3I6ICMyMjI7IH0KcC5sZWFkIHsgZm9udDogMS4xZW0vMS41IEdlb3JnaWEsIHNlcmlmOyBjb2xvcjogIzIyMjsgfQpwLmxlYWQgeyBmb250OiAxLjFlbS8xLjUgR2VvcmdpYSwgc2VyaWY7IGNvbG9yOiAjMjIyOyB9CnAubGVhZCB7IGZvbnQ6IDEuMWVtLzEuNSBHZW9yZ2lhLCBzZXJpZjsgY29sb3I6ICMyMjI7IH0KcC5sZWFkIHsgZm9udDogMS4xZW0vMS41IEdlb3JnaWEsIHNlcmlmOyBjb2xvcjogIzIyMjsgfQpwLmxlYWQgeyBmb250OiAxLjFlbS8xLjUgR2VvcmdpYSwgc2VyaWY7IGNvbG9yOiAjMjIyOyB9CnAubGVhZCB7IGZvbnQ6IDEuMWVtLzEuNSBHZW9yZ2lhLCBzZXJpZjsgY29sb3I6ICMyMjI7IH0KcC5sZWFkIHsgZm9udDogMS4xZW0vMS41IEdlb3JnaWEsIHNlcmlmOyBjb2xvcjogIzIyMjsgfQpwLmxlYWQgeyBmb250OiAxLjFlbS8xLjUgR2VvcmdpYSwgc2VyaWY7IGNvbG9yOiAjMjIyOyB9CnAubGVhZCB7IGZvbnQ6IDEuMWVtLzEuNSBHZW9yZ2lhLCBzZXJpZjsgY29sb3I6ICMyMjI7IH0KcC5sZWFkIHsgZm9udDogMS4xZW0vMS41IEdlb3JnaWEsIHNlcmlmOyBjb2xvcjogIzIyMjsgfQpwLmxlYWQgeyBmb250OiAxLjFlbS8xLjUgR2VvcmdpYSwgc2VyaWY7IGNvbG9yOiAjMjIyOyB9CnAubGVhZCB7IGZvbnQ6IDEuMWVtLzEuNSBHZW9yZ2lhLCBzZXJpZjsgY29sb3I6ICMyMjI7IH0KcC5sZWFkIHsgZm9udDogMS4xZW0vMS41IEdlb3JnaWEsIHNlcmlmOyBjb2xvcjogIzIyMjsgfQpwLmxlYWQgeyBmb250OiAxLjFlbS8xLjUgR2VvcmdpYSwgc2VyaWY7IGNvbG9yOiAjMjIyOyB9CnAubGVhZCB7IGZvbnQ6IDEuMWVtLzEuNSBHZW9yZ2lhLCBzZXJpZjsgY29sb3I6ICMyMjI7IH0KPC9zdHlsZT48bWV0YSBjaGFyc2V0PXdpbmRvd3MtMTI1MD48dGl0bGU+jmx1nW916Gv9IGv58iD6cOxsPC90aXRsZT48L2hlYWQ+PGJvZHk+PGgxPo5sdZ1vdehr/SBr+fI8L2gxPjxwPu/hYmVsc2vpIPNkeTwvcD48L2JvZHk+PC9odG1sPg==",
  // The replacement encoding: the whole page is one U+FFFD.
  "replacement.html": Buffer.from("<meta charset=iso-2022-kr><p>x</p>").toString("base64"),
};

let work; // the working folder, inside the user project (where both binaries run)
let rel; // the same, relative to the user project
let server; // the sample site served on 127.0.0.1 (a child process: the tests block while a binary runs)
let live; // its address

const FULL_CONFIG = `# every kind of key
[audit]
min-score = 60
page-min-score = 40
fail-on = "fail"
locale = "en"
base-url = "https://example.com"
user-agent = "parity-test"
ignore = ["eski-blog/**"]

[gates]
categories.opengraph = 30
checks = ["og-title"]

[rules.og-title]
min = 10
max = 80

[rules.comments]
enabled = false

[rules.favicon]
severity = "fail"

[[overrides]]
paths = ["en/**"]
[overrides.rules.share-buttons]
enabled = false
`;

/** Python's static server on the sample site, on a port the OS picks. */
function serve(dir) {
  return new Promise((resolve, reject) => {
    const p = spawn("python3", ["-u", "-m", "http.server", "0", "--bind", "127.0.0.1", "--directory", dir], {
      stdio: ["ignore", "pipe", "ignore"],
    });
    const timer = setTimeout(() => reject(new Error("the test server did not start in 10 s")), 10000);
    let seen = "";
    p.stdout.on("data", (d) => {
      seen += d;
      const m = seen.match(/port (\d+)/);
      if (m) {
        clearTimeout(timer);
        resolve({ process: p, url: `http://127.0.0.1:${m[1]}/` });
      }
    });
    p.on("error", reject);
  });
}

before(async () => {
  const project = userProject();
  work = join(project, `parity-${process.pid}`);
  rel = relative(project, work);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  cpSync(SITE, join(work, "site"), { recursive: true });
  // A broken copy: an empty page, a page without markup, bytes that are not
  // UTF-8 without a charset, a page over --max-bytes, a config that ignores a folder.
  cpSync(SITE, join(work, "broken"), { recursive: true });
  writeFileSync(join(work, "broken/empty.html"), "");
  writeFileSync(join(work, "broken/plain.html"), "just some words, no tags at all");
  writeFileSync(join(work, "broken/latin1.html"), Buffer.from([0x3c, 0x70, 0x3e, 0xfc, 0x62, 0x65, 0x72, 0x3c, 0x2f, 0x70, 0x3e]));
  writeFileSync(join(work, "broken/big.html"), `<html><body>${"<p>x</p>".repeat(40000)}</body></html>`);
  mkdirSync(join(work, "legacy"));
  for (const [name, b64] of Object.entries(LEGACY_PAGES)) writeFileSync(join(work, "legacy", name), Buffer.from(b64, "base64"));
  // Titles whose slugs need NFKD (the native table, the host's normalize() in wasm)
  mkdirSync(join(work, "slugs"));
  SLUG_TITLES.forEach((title, i) => {
    const esc = title.replace(/&/g, "&amp;").replace(/</g, "&lt;");
    writeFileSync(join(work, "slugs", `${1000 + i}.html`), `<!doctype html><html lang="en"><head><title>${esc}</title></head><body><h1>${esc}</h1><p>Some text.</p></body></html>`);
  });
  writeFileSync(join(work, "full.toml"), FULL_CONFIG);
  writeFileSync(join(work, "bad.toml"), "[audit]\nmin-score = 101\nbogus = 1\n[rules.og-titel]\nmax = 3\n");
  writeFileSync(join(work, "only.txt"), "index.html\nen/index.html\n");
  server = await serve(join(work, "site"));
  live = server.url;
});

after(() => {
  server?.process.kill();
  rmSync(work, { recursive: true, force: true });
});

/** Every file under a folder, by path relative to it, with its bytes. */
function files(dir) {
  const out = {};
  const walk = (d, r) => {
    if (!existsSync(d)) return;
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = r ? `${r}/${e.name}` : e.name;
      if (e.isDirectory()) walk(join(d, e.name), p);
      else out[p] = readFileSync(join(d, e.name));
    }
  };
  walk(dir, "");
  return out;
}

/**
 * Standard error without what clap words from the arguments it saw (its
 * "tip:" and "Usage:" lines after a usage error) and blank lines.
 */
const stderrOf = (s) =>
  s
    .split("\n")
    .filter((l) => !/^\s*(tip:|Usage:|smo-audit <COMMAND>)/.test(l) && l.trim() !== "")
    .join("\n");

/**
 * Run one command line through both binaries, `{W}` standing for the working
 * folder and `{O}` for an output folder of each binary's own; assert the same
 * exit code, output, messages and files. Returns the npm run.
 */
function same(line, { status, input } = {}) {
  const outs = {};
  const runs = {};
  for (const [name, fn] of [
    ["npm", npx],
    ["native", native],
  ]) {
    const o = `${rel}/out-${name}-${Math.random().toString(16).slice(2, 8)}`;
    mkdirSync(join(userProject(), o), { recursive: true });
    const args = line.map((a) => a.replaceAll("{W}", rel).replaceAll("{O}", o));
    const r = fn(args, input);
    // The output folder's name is the only difference allowed.
    runs[name] = { ...r, stdout: r.stdout.replaceAll(o, "{O}"), stderr: r.stderr.replaceAll(o, "{O}") };
    outs[name] = files(join(userProject(), o));
  }
  const what = line.join(" ");
  const [js, rs] = [runs.npm, runs.native];
  if (status !== undefined) assert.equal(rs.status, status, `native ${what}: ${rs.stderr}`);
  assert.equal(js.status, rs.status, `exit code of ${what}: npm ${js.stderr} / native ${rs.stderr}`);
  assert.equal(js.stdout, rs.stdout, `standard output of ${what}`);
  assert.equal(stderrOf(js.stderr), stderrOf(rs.stderr), `standard error of ${what}`);
  assert.deepEqual(Object.keys(outs.npm).sort(), Object.keys(outs.native).sort(), `files of ${what}`);
  for (const f of Object.keys(outs.native)) {
    assert.ok(outs.npm[f].equals(outs.native[f]), `file ${f} of ${what}`);
  }
  return js;
}

describe("the npm bin and the native CLI: the same command lines, the same results", () => {
  test("the sample site in every format, several at once, with caps and levels", () => {
    same(["{W}/site", "--base-url", BASE_URL], { status: 0 });
    same(
      [
        "{W}/site", "--base-url", BASE_URL, "--format", "json={O}/r.json", "--format", "sarif={O}/r.sarif",
        "--format", "junit={O}/r.xml", "--format", "html={O}/r.html", "--format", "markdown={O}/r.md",
        "--format", "github", "--max-annotations", "5",
      ],
      { status: 0 },
    );
    same(["{W}/site", "--base-url", BASE_URL, "--format", "markdown", "--level", "fail"]);
    same(["{W}/site", "--base-url", BASE_URL, "--summary", "--locale", "tr", "-q"]);
    same(["{W}/site", "--base-url", BASE_URL, "--format", "json", "--no-facts", "-o", "{O}/nf.json"]);
    same(["{W}/site", "--base-url", BASE_URL, "--format", "sarif", "--max-results", "3", "--level", "warn"]);
    same(["{W}/site", "--format=text", "-v"]);
  });

  test("gates, baselines, --only and shards with merge", () => {
    same(["{W}/site", "--base-url", BASE_URL, "--min-score", "90", "--page-min-score", "80"], { status: 1 });
    same(["{W}/site", "--base-url", BASE_URL, "--fail-on", "warn", "--format", "github"], { status: 1 });
    same(["{W}/site", "--base-url", BASE_URL, "--format", "json", "-o", "{W}/baseline.json", "-q"]);
    same(["{W}/site", "--base-url", BASE_URL, "--baseline", "{W}/baseline.json", "--fail-on", "warn"], { status: 0 });
    same(["{W}/site", "--base-url", BASE_URL, "--only", "index.html", "--only", "@{W}/only.txt", "--fail-on", "fail"]);
    for (const k of [1, 2]) {
      same(["{W}/site", "--base-url", BASE_URL, "--shard", `${k}/2`, "--no-facts", "-q", "--format", `json={W}/shard-${k}.json`]);
    }
    same(["merge", "{W}/shard-1.json", "{W}/shard-2.json", "--format", "sarif={O}/m.sarif", "--format", "text", "--summary", "--fail-on", "fail"]);
    same(["merge", "{W}/shard-1.json", "--format", "json"], { status: 2 });
  });

  test("a folder big enough for worker threads: pages see the site's image files as the native CLI's do", () => {
    // 60 pages (the bin audits 48 or more in worker threads, each with its own
    // engine), each naming a real PNG of the folder as og:image, declared larger
    const dir = join(userProject(), rel, "many");
    mkdirSync(join(dir, "images"), { recursive: true });
    cpSync(join(SITE, "images"), join(dir, "images"), { recursive: true });
    const png = readdirSync(join(dir, "images")).find((f) => f.endsWith(".png"));
    assert.ok(png, "the sample site has a PNG");
    for (let i = 0; i < 60; i++) {
      writeFileSync(
        join(dir, `p${i}.html`),
        `<!doctype html><html lang="en"><head><title>Page ${i} of the image test</title>` +
          `<meta property="og:title" content="Page ${i}"><meta property="og:image" content="/images/${png}">` +
          `<meta property="og:image:width" content="1200"><meta property="og:image:height" content="630"></head>` +
          `<body><main><h1>Page ${i}</h1><p>Some words on page ${i} to read.</p></main></body></html>`,
      );
    }
    const r = same(["{W}/many", "--base-url", BASE_URL, "--format", "json", "-q"]);
    const report = JSON.parse(r.stdout);
    assert.equal(report.pages.length, 60);
    // the file's size, not the declared 1200×630
    assert.equal(report.pages[59].facts.previews.facebook.imageSizeSource, "file");
  });

  test("a broken copy: pages that cannot be audited are listed and fail the run", () => {
    same(["{W}/broken", "--base-url", BASE_URL, "--max-bytes", "200000"], { status: 1 });
    same(["{W}/broken", "--base-url", BASE_URL, "--format", "json", "-o", "{O}/b.json", "--format", "sarif={O}/b.sarif"], {
      status: 1,
    });
  });

  test("slugs of titles that need NFKD: the host's normalize() gives the native table's words", () => {
    same(["{W}/slugs", "--base-url", BASE_URL, "--format", "json"]);
  });

  test("pages in legacy charsets: the host's TextDecoder reads them as encoding_rs does", () => {
    same(["{W}/legacy", "--base-url", BASE_URL, "--format", "json", "-o", "{O}/l.json", "--format", "text"]);
  });

  test("a config with every kind of key, and a config with errors", () => {
    same(["{W}/site", "--config", "{W}/full.toml", "--format", "json={O}/c.json", "--format", "text"]);
    same(["{W}/site/index.html", "--config", "{W}/full.toml", "--format", "sarif"]);
    same(["{W}/site", "--config", "{W}/bad.toml"], { status: 2 });
    same(["merge", "{W}/shard-1.json", "{W}/shard-2.json", "--config", "{W}/full.toml", "--format", "markdown"]);
  });

  test("one page, standard input, a profile address", () => {
    same(["{W}/site/index.html", "--base-url", BASE_URL, "--format", "json={O}/p.json", "--format", "text"]);
    same(["-", "--url", `${BASE_URL}/`, "--format", "json"], { input: readFileSync(join(SITE, "index.html")) });
    same(["--url", "https://x.com/acme", "--format", "json"]);
    same(["--kind", "profile", "--url", "https://example.org/@acme", "--format", "markdown"]);
  });

  test("usage and input errors: exit 2, nothing written", () => {
    for (const line of [
      ["{W}/site", "--format", "jsn"],
      ["{W}/site", "--format", "json", "--format", "text"],
      ["{W}/site", "--format", "json=", "-q"],
      ["{W}/site", "--format", "json={O}/a", "-o", "{O}/b"],
      ["{W}/site", "--min-score", "101"],
      ["{W}/site", "--locale", "de"],
      ["{W}/site", "--concurrency", "0"],
      ["{W}/site", "--bogus"],
      ["{W}/site", "--base-url", "ftp://example.com"],
      ["{W}/site", "--url", `${BASE_URL}/`],
      ["{W}/site", "--baseline", "{W}/missing.json"],
      ["{W}/site/index.html", "--only", "index.html"],
      ["{W}/nothing-here"],
      ["--url", "https://example.com/page"],
      [],
      ["explain", "og-titel"],
      ["merge"],
    ]) {
      same(line, { status: 2 });
    }
  });

  test("a live site on 127.0.0.1, crawled: pages, failures, budgets, gates", () => {
    same([live, "--timeout", "5", "--format", "json={O}/crawl.json", "--format", "text", "--format", "sarif={O}/crawl.sarif"]);
    same([live, "--timeout", "5", "--max-pages", "3", "--summary"]);
    same([live, "--timeout", "5", "--max-pages", "4", "--concurrency", "1", "--delay", "0.05", "--min-score", "95", "--format", "github"], { status: 1 });
    same([`${live}missing.html`, "--timeout", "5", "--format", "json={O}/none.json"], { status: 2 });
    same([live, "--max-pages", "0"], { status: 2 });
  });

  test("rules, explain, init, help and version", () => {
    same(["rules", "--format", "json"], { status: 0 });
    same(["rules", "--locale", "tr", "--format", "markdown"], { status: 0 });
    same(["explain", "og-title", "--locale", "tr"], { status: 0 });
    same(["init", "{O}/smo-audit.toml"], { status: 0 });
    same(["--version"], { status: 0 });
    same(["-V"], { status: 0 });
    same(["--help"], { status: 0 });
    same(["-h"], { status: 0 });
    same(["merge", "--help"], { status: 0 });
    same(["help", "explain"], { status: 0 });
  });
});
