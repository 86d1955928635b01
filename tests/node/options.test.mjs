// Options are checked by the engine before they are read: an unknown option,
// rule id, rule param, locale or format, or a value of the wrong kind, is a
// JS TypeError with a plain message naming the nearest known name. Bad input
// (a page, a report) stays an Error.

import assert from "node:assert/strict";
import { before, describe, test } from "node:test";

import { BASE_URL, importPackage } from "./helpers.mjs";

let smo;
before(async () => {
  smo = await importPackage();
});

/** `f` throws a TypeError with exactly this message. */
function typeError(f, message) {
  assert.throws(f, (e) => {
    assert.ok(e instanceof TypeError, `a TypeError, not ${e?.constructor?.name}: ${e?.message}`);
    assert.equal(e.message, message);
    return true;
  });
}

const PAGE = "<title>x</title>";
const SITE_PAGES = [{ path: "index.html", html: PAGE }];

describe("options are validated by the engine (TypeError, did you mean)", () => {
  test("unknown option keys name the closest one", () => {
    typeError(() => smo.auditSite(SITE_PAGES, { baseURL: BASE_URL }), 'unknown option "baseURL": did you mean "baseUrl"?');
    typeError(() => smo.audit(PAGE, { baseURL: BASE_URL }), 'unknown option "baseURL": did you mean "baseUrl"?');
    typeError(() => smo.audit(PAGE, { baseUrl: BASE_URL }), "baseUrl is an option of auditSite; for one page give url (urlFor(baseUrl, path) makes it)");
    typeError(() => smo.audit(PAGE, { local: "tr" }), 'unknown option "local": did you mean "locale"?');
    typeError(() => smo.audit(PAGE, { includetext: true }), 'unknown option "includetext": did you mean "includeText"?');
    typeError(() => smo.auditProfileUrl("https://x.com/acme", { lokale: "tr" }), 'unknown option "lokale": did you mean "locale"?');
    assert.throws(() => smo.audit(PAGE, { zzzzzz: 1 }), (e) => e instanceof TypeError && /^unknown option "zzzzzz" \(the options are .*includeText/.test(e.message));
    typeError(() => smo.render(smo.audit(PAGE), "text", { verbos: true }), 'unknown render option "verbos": did you mean "verbose"?');
    typeError(() => smo.gates(smo.audit(PAGE), { minscore: 90 }), 'unknown gate "minscore": did you mean "minScore"?');
    typeError(() => smo.auditRendered(PAGE, "text", {}, {}, { failon: "warn" }), 'unknown gate "failon": did you mean "failOn"?');
    typeError(() => smo.audit(PAGE, [1]), "the options must be an object, not an array");
    typeError(() => smo.audit(PAGE, "tr"), 'the options must be an object, not "tr"');
  });

  test("unknown rule ids, in rules, a page's rules and the gates' checks", () => {
    typeError(() => smo.audit(PAGE, { rules: { "og-titel": { enabled: false } } }), 'unknown rule "og-titel" in rules: did you mean "og-title"?');
    typeError(
      () => smo.auditSite([...SITE_PAGES, { path: "a.html", html: PAGE, rules: { "og-imag": {} } }], { baseUrl: BASE_URL }),
      'unknown rule "og-imag" in pages[1].rules: did you mean "og-image"?',
    );
    typeError(() => smo.merge([], { rules: { "orphan-page": {} } }), 'unknown rule "orphan-page" in rules: did you mean "orphan-pages"?');
    typeError(() => smo.gates(smo.audit(PAGE), { checks: ["og-titel"] }), 'unknown rule "og-titel" in checks: did you mean "og-title"?');
    typeError(() => smo.gates(smo.audit(PAGE), { categories: { opengrph: 90 } }), 'unknown category "opengrph" in categories: did you mean "opengraph"?');
    assert.throws(() => smo.explain("og-titel"), (e) => e instanceof TypeError && /^no check has the id "og-titel"; did you mean og-title\b/.test(e.message));
    assert.throws(() => smo.audit(PAGE, { rules: { qqqqqqqq: {} } }), (e) => e instanceof TypeError && e.message === 'unknown rule "qqqqqqqq" in rules; rules() lists every rule id');
  });

  test("unknown params of a rule, and params given outside params", () => {
    typeError(() => smo.audit(PAGE, { rules: { "og-title": { params: { maxx: 60 } } } }), 'unknown param "maxx" of rule "og-title": did you mean "max"?');
    typeError(() => smo.audit(PAGE, { rules: { "og-title": { max: 60 } } }), 'max is a param of rule "og-title": give it in params ({ params: { max: … } })');
    typeError(() => smo.audit(PAGE, { rules: { "og-title": { enabeld: false } } }), 'unknown key "enabeld" in rules["og-title"]: did you mean "enabled"?');
    const takesNone = smo.rules().find((r) => r.params.length === 0).id;
    typeError(() => smo.audit(PAGE, { rules: { [takesNone]: { params: { max: 1 } } } }), `unknown param "max" of rule "${takesNone}" (rule "${takesNone}" takes no params)`);
    // A declared param works.
    const r = smo.audit(PAGE, { rules: { "og-title": { params: { min: 1, max: 200 } } } });
    assert.equal(typeof r.score, "number");
  });

  test("unknown locales and formats", () => {
    typeError(() => smo.audit(PAGE, { locale: "de" }), 'unknown locale "de": use "en" or "tr"');
    typeError(() => smo.rules("de"), 'unknown locale "de": use "en" or "tr"');
    typeError(() => smo.explain("og-title", "de"), 'unknown locale "de": use "en" or "tr"');
    typeError(() => smo.ruleDocs("text", "fr"), 'unknown locale "fr": use "en" or "tr"');
    typeError(() => smo.render(smo.audit(PAGE), "jsn"), 'unknown format "jsn": did you mean "json"?');
    typeError(() => smo.auditRendered(PAGE, "sarf"), 'unknown format "sarf": did you mean "sarif"?');
    typeError(() => smo.render(smo.audit(PAGE), "pdf"), 'unknown format "pdf": use "text", "json", "markdown", "sarif", "junit", "github" or "html"');
    typeError(() => smo.mergeRendered([], "csv"), 'unknown format "csv": use "text", "json", "markdown", "sarif", "junit", "github" or "html"');
    assert.equal(smo.rules("tr").length, smo.rules("en").length, "the known locales work");
  });

  test("bad values", () => {
    typeError(() => smo.audit(PAGE, { maxBytes: "big" }), 'option maxBytes must be a whole number, 0 or more, not "big"');
    typeError(() => smo.audit(PAGE, { maxDepth: -1 }), "option maxDepth must be a whole number, 0 or more, not -1");
    typeError(() => smo.audit(PAGE, { includeText: "yes" }), 'option includeText must be true or false, not "yes"');
    typeError(() => smo.audit(PAGE, { url: 42 }), "option url must be a string, not 42");
    typeError(() => smo.audit(PAGE, { kind: "blog" }), 'unknown kind "blog": use "home", "article", "profile" or "page"');
    typeError(() => smo.audit(PAGE, { rules: { "og-title": { enabled: "no" } } }), 'rules["og-title"].enabled must be true or false, not "no"');
    typeError(() => smo.audit(PAGE, { rules: { "og-title": { severity: "error" } } }), 'rules["og-title"].severity must be "warn" or "fail", not "error"');
    typeError(() => smo.audit(PAGE, { rules: { "og-title": { params: { max: "sixty" } } } }), 'rules["og-title"].params.max must be a whole number, 0 or more, not "sixty"');
    typeError(() => smo.audit(PAGE, { rules: { "og-title": { params: { min: 80, max: 60 } } } }), 'rules["og-title"].params: min = 80 is above max = 60: nothing could pass');
    typeError(() => smo.audit(PAGE, { rules: { "og-title": true } }), 'rules["og-title"] must be an object ({ enabled, severity, params }), not true');
    typeError(() => smo.auditSite(SITE_PAGES, { shard: [3, 2] }), "option shard must be [K, N], shard K (from 1) of N, not an array");
    typeError(() => smo.auditSite(SITE_PAGES, { fileSizes: { "a.png": "big" } }), 'option fileSizes["a.png"] must be a whole number, 0 or more, not "big"');
    typeError(() => smo.auditSite(SITE_PAGES, { baseUrl: "example.com" }), '--base-url "example.com" is not an absolute http(s) URL; give e.g. https://example.com');
    typeError(() => smo.render(smo.audit(PAGE), "text", { color: "yes" }), 'render option color must be true or false, not "yes"');
    typeError(() => smo.gates(smo.audit(PAGE), { minScore: 120 }), "gate minScore must be a whole number from 0 to 100, not 120");
    typeError(() => smo.gates(smo.audit(PAGE), { failOn: "error" }), 'fail-on "error": use "fail" or "warn"');
    // Not set: null where the option is optional, and undefined anywhere.
    assert.equal(typeof smo.audit(PAGE, { url: null, kind: null, language: undefined }).score, "number");
    assert.ok(Array.isArray(smo.gates(smo.audit(PAGE), { minScore: null, failOn: undefined })));
  });

  test("images: what the caller knows of image files joins the previews", () => {
    const card = `<meta property="og:title" content="T"><meta property="og:description" content="D"><meta property="og:url" content="${BASE_URL}/p">` +
      `<meta property="og:image" content="/og.png"><meta property="og:image:width" content="1200"><meta property="og:image:height" content="630">`;
    const declared = smo.audit(card, { url: `${BASE_URL}/p` }).facts.previews.whatsapp;
    assert.equal(declared.imageSizeSource, "declared");
    assert.equal(declared.imageBytes, null);
    const r = smo.audit(card, { url: `${BASE_URL}/p`, images: [{ url: "/og.png", bytes: 700000, width: 640, height: null }] });
    const w = r.facts.previews.whatsapp;
    assert.deepEqual([w.imageBytes, w.imageWidth, w.imageHeight, w.imageSizeSource], [700000, 640, null, "file"]);
    assert.deepEqual(w.warnings.map((x) => x.code), ["image-too-heavy"]);
    assert.equal(r.facts.previews.discord.themeColor, null);
    typeError(() => smo.audit(PAGE, { images: [{ url: "a.png", widht: 3 }] }), 'unknown key "widht" in option images[0]: did you mean "width"?');
    typeError(() => smo.audit(PAGE, { images: [{ bytes: 3 }] }), "option images[0] has no url: give the image's address as the page names it");
    typeError(() => smo.audit(PAGE, { images: "a.png" }), 'option images must be an array of { url, bytes, width, height }, not "a.png"');
  });

  test("bad input stays an Error, not a TypeError", () => {
    assert.throws(() => smo.audit("<p>".repeat(100), { maxBytes: 50 }), (e) => e instanceof Error && !(e instanceof TypeError));
    assert.throws(() => smo.render({ nope: 1 }, "text"), (e) => e instanceof Error && !(e instanceof TypeError) && /not a report/.test(e.message));
  });
});
