// "One pipeline, owned by the engine": no JavaScript file of the npm package or of
// the audit page re-implements a step that the engine (the wasm) owns. The npm
// bin and www/ only read files, parse arguments and draw; the gates, the rule
// reference, shard hashing, Markdown rendering and the platform previews
// (fallback chains, limits, card sizes) come from the engine's exports.
// Each pattern below is one of the copies that were removed.

import assert from "node:assert/strict";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));

function jsFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === "node_modules" || e.name === "pkg" ? [] : jsFiles(p);
    return /\.(m?js|cjs)$/.test(e.name) ? [p] : [];
  });
}

/** The code of a file without its comments (a comment may name what it does not do). */
function code(path) {
  return readFileSync(path, "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/(^|[^:"'`\\])\/\/.*$/gm, "$1");
}

const FORBIDDEN = [
  // gates: --fail-on / --min-score / --page-min-score decided in JS
  ["a gates() function", /function\s+gates\s*\(/],
  ["a score compared with a minimum", /\bscore\s*<=?\s*(?:\w+\.)?(?:min|pageMin)\w*/],
  ["a minimum compared with a score", /\b(?:min|pageMin)\w*\s*>=?\s*(?:\w+\.)?score\b/],
  ["the gates' messages", /checks at or above --fail-on|is under --min-score|under --page-min-score/],
  // shard hashing (FNV-1a)
  ["the FNV-1a offset basis", /cbf29ce484222325/i],
  ["the FNV-1a prime", /100000001b3/i],
  ["an inShard() function", /function\s+inShard\s*\(/],
  // the rule reference
  ["an explainText() function", /function\s+explainText\s*\(/],
  ["the rule reference's layout", /What: \$\{|\bpadEnd\(24\)/],
  // Markdown rendering
  ["a Markdown renderer", /function\s+(?:page|site)Markdown\s*\(/],
  // the platform table and preview computation
  ["a platform table", /\bPLATFORMS\b/],
  ["computePreviews()", /\bcomputePreviews\b/],
  ["a truncate() function", /function\s+truncate\s*\(/],
  ["a platform limit", /\b(?:title|desc|description)(?:Max)?\s*:\s*\d{2,3}\b/],
  ["an image ratio table", /\bratio(?:Label)?\s*:\s*\[?\s*['"\d]/],
];

test("no JavaScript under npm/ or www/js/ re-implements an engine step", () => {
  const files = [...jsFiles(join(ROOT, "npm")), ...jsFiles(join(ROOT, "www/js"))];
  assert.ok(files.some((f) => f.endsWith("smo-audit.js")), "the npm bin is scanned");
  assert.ok(files.some((f) => f.endsWith("previews.js")), "the previews of the page are scanned");
  const found = [];
  for (const f of files) {
    const text = code(f);
    for (const [what, re] of FORBIDDEN) {
      const m = text.match(re);
      if (m) found.push(`${relative(ROOT, f)}: ${what} (${JSON.stringify(m[0])})`);
    }
  }
  assert.deepEqual(found, [], "use the engine's export instead");
  assert.ok(!existsSync(join(ROOT, "www/js/markdown.js")), "www/js/markdown.js: the Markdown export is the engine's render(report, 'markdown')");
});

test("the patterns catch the copies they are for", () => {
  // The removed code, in short: each must still be caught.
  const samples = [
    "function gates(r, { failOn, minScore, pageMin }) {}",
    "if (minScore !== undefined && r.score < minScore) fail()",
    "for (const p of r.pages) if (pageMin > p.score) fail()",
    "let h = 0xcbf29ce484222325n;",
    "function explainText(c, md) {}",
    "export function pageMarkdown(r) {}",
    "export const PLATFORMS = [];",
    "{ id: 'facebook', name: 'Facebook', title: 88, desc: 110 }",
    "export function computePreviews(facts) {}",
  ];
  for (const s of samples) assert.ok(FORBIDDEN.some(([, re]) => re.test(s)), s);
});
