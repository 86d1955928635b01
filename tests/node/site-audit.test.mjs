// The audit page's site audit (its Web Worker drives the wasm class SiteAudit,
// one page a call) makes exactly auditSite's report: the same pages, site
// checks and score, the same JSON and Markdown, and each row its page's figures.

import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import { pathToFileURL } from "node:url";

import { BASE_URL, SITE, importPackage, siteInput, userProject } from "./helpers.mjs";

async function engine() {
  const api = await importPackage(); // the Node entry loads the wasm
  const wasm = await import(pathToFileURL(join(userProject(), "node_modules/smo-audit/smo_audit.js")).href);
  return { api, SiteAudit: wasm.SiteAudit };
}

test("SiteAudit, page by page, equals auditSite: reports, rows, JSON and Markdown", async () => {
  const { api, SiteAudit } = await engine();
  const { pages, files } = siteInput(SITE);
  for (const options of [{ baseUrl: BASE_URL, files, fileTree: true, locale: "en" }, { locale: "tr" }]) {
    const whole = api.auditSite(pages, options);
    const run = new SiteAudit(options);
    const rows = pages.map((p) => run.auditPage(p.path, p.html));
    const summary = run.finish();
    assert.deepEqual(summary.pages, []);
    assert.deepEqual(summary, { ...whole, pages: [] });
    pages.forEach((p, i) => {
      const r = whole.pages[i];
      assert.deepEqual(run.page(i), r, p.path);
      const [fail, warn] = ["fail", "warn"].map((s) => r.categories.flatMap((c) => c.checks).filter((c) => c.status === s).length);
      const categories = r.categories.map((c) => ({ id: c.id, title: c.title, score: c.score }));
      assert.deepEqual(rows[i], { path: p.path, url: r.url, score: r.score, fail, warn, categories }, p.path);
    });
    const labels = pages.map((p) => p.path);
    // (the JSON text of a report held in the engine writes a whole float as the CLI does, 1.0)
    assert.deepEqual(JSON.parse(run.render("json", { labels })), JSON.parse(api.render(whole, "json", { labels })));
    assert.equal(run.render("markdown", { labels }), api.render(whole, "markdown", { labels }));
    run.free();
  }
});

test("SiteAudit: a page that cannot be audited is auditSite's error, at finish", async () => {
  const { api, SiteAudit } = await engine();
  const pages = [
    { path: "a.html", html: "<title>A</title>" },
    { path: "big.html", html: "x".repeat(64) },
    { path: "c.html", html: "<title>C</title>" },
  ];
  const options = { maxBytes: 32 };
  assert.throws(() => api.auditSite(pages, options), (e) => {
    const run = new SiteAudit(options);
    assert.ok(run.auditPage("a.html", pages[0].html));
    assert.throws(() => run.auditPage("big.html", pages[1].html), { message: e.message });
    run.auditPage("c.html", pages[2].html);
    assert.throws(() => run.finish(), { message: e.message });
    assert.throws(() => run.render("json"), /not finished/);
    return true;
  });
});
