// The package's TypeScript types stay true to what the engine returns: real
// reports (the sample site's pages with their text, profile pages, a profile
// from its address, a site with its data, a shard, a page that cannot be
// audited) are walked against the declared types with the TypeScript checker.
// Every key a report has must be declared (with a type that admits its value),
// and every key declared as always present must be there.

import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { before, describe, test } from "node:test";

import { BASE_URL, FIXTURE, ROOT, SITE, importPackage, siteInput, userProject } from "./helpers.mjs";

const TS = join(ROOT, "target/npm-tools/node_modules/typescript");

let smo;
before(async () => {
  smo = await importPackage();
});

/** The checker over a file that declares one value of each type to walk. */
function checker(ts, names) {
  const dir = userProject();
  const file = join(dir, "types-walk.ts");
  writeFileSync(
    file,
    `import type { ${names.join(", ")} } from "smo-audit";\n` +
      names.map((n) => `export declare const the${n}: ${n};\n`).join(""),
  );
  const program = ts.createProgram([file], {
    strict: true,
    noEmit: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
  });
  const diags = ts.getPreEmitDiagnostics(program);
  assert.equal(diags.length, 0, ts.formatDiagnostics(diags, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => dir, getNewLine: () => "\n" }));
  const c = program.getTypeChecker();
  const types = {};
  for (const st of program.getSourceFile(file).statements) {
    if (!ts.isVariableStatement(st)) continue;
    for (const d of st.declarationList.declarations) types[d.name.text.slice(3)] = c.getTypeAtLocation(d.name);
  }
  return { c, types };
}

/**
 * Problems of `value` against type `t`: undeclared keys, missing required
 * keys, values the type does not admit. Unions are tried member by member.
 */
function walk(ts, c, value, t, path, out) {
  const F = ts.TypeFlags;
  if (t.flags & (F.Any | F.Unknown)) return;
  if (t.isUnion()) {
    const tries = t.types.map((m) => {
      const o = [];
      walk(ts, c, value, m, path, o);
      return o;
    });
    const ok = tries.find((o) => o.length === 0);
    if (!ok) out.push(...tries.sort((a, b) => a.length - b.length)[0]);
    return;
  }
  if (t.isIntersection()) {
    // The members together declare the keys: check as one object type.
    if (value === null || typeof value !== "object") {
      for (const m of t.types) walk(ts, c, value, m, path, out);
      return;
    }
  }
  if (value === null) {
    if (!(t.flags & F.Null)) out.push(`${path}: null is not ${c.typeToString(t)}`);
    return;
  }
  switch (typeof value) {
    case "string":
      if (!(t.flags & (F.String | F.StringLiteral)) || (t.isStringLiteral() && t.value !== value))
        out.push(`${path}: ${JSON.stringify(value)} is not ${c.typeToString(t)}`);
      return;
    case "number":
      if (!(t.flags & (F.Number | F.NumberLiteral))) out.push(`${path}: ${value} is not ${c.typeToString(t)}`);
      return;
    case "boolean":
      if (!(t.flags & (F.Boolean | F.BooleanLiteral))) out.push(`${path}: ${value} is not ${c.typeToString(t)}`);
      else if (t.flags & F.BooleanLiteral && c.typeToString(t) !== String(value))
        out.push(`${path}: ${value} is not ${c.typeToString(t)}`);
      return;
  }
  if (Array.isArray(value)) {
    if (c.isTupleType(t)) {
      const el = c.getTypeArguments(t);
      if (el.length !== value.length) out.push(`${path}: ${value.length} items, ${c.typeToString(t)} has ${el.length}`);
      value.forEach((v, i) => el[i] && walk(ts, c, v, el[i], `${path}[${i}]`, out));
    } else if (c.isArrayType(t)) {
      const el = c.getTypeArguments(t)[0];
      value.forEach((v, i) => walk(ts, c, v, el, `${path}[${i}]`, out));
    } else out.push(`${path}: an array is not ${c.typeToString(t)}`);
    return;
  }
  if (!(t.flags & F.Object) && !t.isIntersection()) {
    out.push(`${path}: an object is not ${c.typeToString(t)}`);
    return;
  }
  const index = c.getIndexInfosOfType(t).find((i) => i.keyType.flags & F.String);
  for (const [k, v] of Object.entries(value)) {
    const p = c.getPropertyOfType(t, k);
    const pt = p ? c.getTypeOfSymbol(p) : index?.type;
    if (!pt) out.push(`${path}.${k} is not declared in ${c.typeToString(t)}`);
    else walk(ts, c, v, pt, `${path}.${k}`, out);
  }
  for (const p of c.getPropertiesOfType(t)) {
    if (!(p.flags & ts.SymbolFlags.Optional) && !(p.name in value)) out.push(`${path}.${p.name} is declared but missing`);
  }
}

function check(ts, c, value, t, what) {
  const out = [];
  walk(ts, c, value, t, what, out);
  assert.deepEqual([...new Set(out)].slice(0, 20), [], `${what} does not match its declared type`);
}

/** Keys seen anywhere under `value`, as dotted paths (arrays as []). */
function keyPaths(value, path = "", out = new Set()) {
  if (Array.isArray(value)) value.forEach((v) => keyPaths(v, `${path}[]`, out));
  else if (value && typeof value === "object")
    for (const [k, v] of Object.entries(value)) {
      out.add(`${path}.${k}`);
      keyPaths(v, `${path}.${k}`, out);
    }
  return out;
}

describe("the TypeScript types match real reports", () => {
  let ts;
  before(() => {
    if (existsSync(TS)) ts = createRequire(import.meta.url)(TS);
  });

  test("every page of the sample site, profiles and share fixtures: facts and all", (t) => {
    if (!ts) return t.skip("typescript is not installed in target/npm-tools (scripts/test installs it)");
    const { c, types } = checker(ts, ["Report", "SiteReport"]);
    const { pages, files } = siteInput(SITE);
    const seen = new Set();
    const reports = pages.map((p) => [p.path, smo.audit(p.html, { url: `${BASE_URL}/${p.path}`, includeText: true })]);
    for (const dir of ["profiles", "share"]) {
      const d = join(FIXTURE, "..", dir);
      for (const f of readdirSync(d).filter((f) => f.endsWith(".html")))
        reports.push([`${dir}/${f}`, smo.audit(readFileSync(join(d, f)), { includeText: f.length % 2 === 0 })]);
    }
    reports.push(["x.com/acme", smo.auditProfileUrl("https://x.com/acme")]);
    for (const [name, r] of reports) {
      check(ts, c, r, types.Report, name);
      keyPaths(r.facts, "facts", seen);
    }
    // The walk saw what the brief promises: every preview platform, the
    // suggested head, the texts, readability, share and navigation facts.
    for (const k of ["facts.previews.facebook.title", "facts.previews.x.card", "facts.previews.linkedin", "facts.previews.slack", "facts.previews.discord", "facts.previews.whatsapp", "facts.previews.telegram", "facts.suggestedHead", "facts.mainText", "facts.headline", "facts.readability.scores[].bandLabel.tr", "facts.shareNetworks", "facts.profile.handle", "facts.relatedBlocks", "facts.jsonLd"]) {
      assert.ok(seen.has(k), `no report had ${k}`);
    }

    const site = smo.auditSite(pages, { baseUrl: BASE_URL, files, root: "site", shard: [1, 1] });
    check(ts, c, site, types.SiteReport, "site");
    assert.ok(site.site.data.shard && site.site.data.root, "the site data has its shard and root");
    // A page that cannot be audited is listed in the site data.
    const broken = smo.auditSiteRendered([...pages.slice(0, 2), { path: "empty.html", html: "" }], "json", { baseUrl: BASE_URL });
    const withUnreadable = JSON.parse(broken.output);
    assert.equal(withUnreadable.site.data.unreadable?.[0]?.path, "empty.html");
    check(ts, c, withUnreadable, types.SiteReport, "site with an unreadable page");
  });

  test("a wrong declaration is caught by the walk", (t) => {
    if (!ts) return t.skip("typescript is not installed in target/npm-tools");
    const { c, types } = checker(ts, ["Report"]);
    const r = smo.audit("<title>x</title>");
    const out = [];
    walk(ts, c, { ...r, facts: { ...r.facts, previews: { ...r.facts.previews, myspace: {} } } }, types.Report, "r", out);
    assert.ok(out.some((m) => m.includes("facts.previews.myspace is not declared")), out.join("\n"));
    const missing = [];
    const { suggestedHead, title, ...rest } = r.facts;
    walk(ts, c, { ...r, facts: rest }, types.Report, "r", missing);
    assert.deepEqual(missing, ["r.facts.title is declared but missing"]);
  });
});
