// The Node crawler (lib/crawl.js of the installed package, the engine's
// crawler through wasm) against the native CLI's, on local servers: same
// pages in the same order, same failures and kinds, same robots.txt and
// sitemap behaviour, the same budgets, the other host never reached.
//
// Servers: node:http on 127.0.0.1 (127.0.0.2 as "another host"), ports from
// the OS, each serving at most 200 requests; every crawl is bounded by
// --max-pages and --timeout. The native CLI runs as `cargo run` (async, so
// the servers in this process keep answering).

import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { createServer } from "node:http";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";

import { ROOT, userProject } from "./helpers.mjs";

const lib = () => import(pathToFileURL(join(userProject(), "node_modules/smo-audit/lib/crawl.js")).href);
const wasm = () => import(pathToFileURL(join(userProject(), "node_modules/smo-audit/smo_audit.js")).href);

const PNG = readFileSync(join(ROOT, "examples/site/images/og-sosyal-medya-takvimi.png"));

/** A server on `ip` answering by path: route(path, base) → {status, type, body, headers} or null (never answers). */
async function server(ip, route) {
  const log = [];
  let served = 0;
  const held = [];
  const s = createServer((req, res) => {
    served += 1;
    if (served > 200) return res.destroy();
    log.push({ path: req.url, ua: req.headers["user-agent"] ?? "" });
    const a = route(req.url, base);
    if (!a) return held.push(res);
    res.writeHead(a.status ?? 200, { "content-type": a.type ?? "text/html", connection: "close", ...(a.headers ?? {}) });
    res.end(a.body ?? "");
  });
  await new Promise((r) => s.listen(0, ip, r));
  const base = `http://${ip}:${s.address().port}`;
  const close = () => {
    for (const r of held) r.destroy();
    s.closeAllConnections?.();
    s.close();
  };
  return { base, log, close };
}

const html = (body, head = "") =>
  `<!DOCTYPE html><html lang=en><head><title>T</title>${head}</head><body>${body}</body></html>`;
const ok = (body, head) => ({ body: html(body, head) });
const redirect = (to) => ({ status: 302, headers: { location: to } });
const notFound = () => ({ status: 404, body: "nf" });

/** The native CLI: exit code, JSON report, stderr. */
function native(url, args) {
  return new Promise((resolve, reject) => {
    const p = spawn(
      "cargo",
      ["run", "--quiet", "--manifest-path", join(ROOT, "Cargo.toml"), "--", url, "--format", "json", "-q", ...args],
      { cwd: userProject(), env: { ...process.env, NO_COLOR: "" } },
    );
    let out = "";
    let err = "";
    p.stdout.on("data", (d) => (out += d));
    p.stderr.on("data", (d) => (err += d));
    p.on("error", reject);
    p.on("close", (code) => {
      let v = null;
      try {
        v = JSON.parse(out);
      } catch {}
      resolve({ code, v, err });
    });
  });
}

/** The Node crawler: pages, end, the stderr lines, or the error. */
async function node(url, options) {
  const { crawl } = await lib();
  const pages = [];
  const lines = [];
  try {
    const end = await crawl(url, options, {
      onPage: (report, path) => pages.push({ url: report.url, path, score: report.score }),
      log: (l) => lines.push(l),
    });
    return { pages, end, err: lines.join("\n") };
  } catch (e) {
    return { pages, error: e.message, err: lines.join("\n") };
  }
}

/** What both must agree on. */
function sameCrawl(n, c) {
  assert.equal(c.code, 0, c.err);
  assert.ok(n.end, n.error);
  assert.deepEqual(
    n.pages.map((p) => p.url),
    c.v.pages.map((p) => p.url),
    "same pages in the same order",
  );
  assert.deepEqual(
    n.pages.map((p) => p.score),
    c.v.pages.map((p) => p.score),
  );
  assert.deepEqual(n.end.crawl, c.v.crawl, "same crawl summary");
  const kinds = (f) => Object.fromEntries(Object.entries(f ?? {}).map(([u, k]) => [u, k.kind]));
  assert.deepEqual(kinds(n.end.data.failures), kinds(c.v.site.data.failures), "same failures and kinds");
  assert.deepEqual(Object.keys(n.end.data.files).sort(), Object.keys(c.v.site.data.files).sort(), "same files");
  assert.deepEqual(n.end.data.missing, c.v.site.data.missing);
  assert.deepEqual(
    n.end.checks.map((k) => [k.id, k.status]),
    c.v.site.checks.map((k) => [k.id, k.status]),
    "same site checks",
  );
  assert.equal(n.end.score, c.v.score);
  // The stderr lines, except the connection errors' wording (each client's own).
  const lines = (s) =>
    s
      .split("\n")
      .filter((l) => l.startsWith("smo-audit:") && !l.includes("connection error"))
      .join("\n");
  assert.equal(lines(n.err), lines(c.err), "same stderr lines");
}

test("a site with robots.txt, a sitemap, a redirect, a missing page and an og:image", async () => {
  const s = await server("127.0.0.1", (path, b) => {
    const page = (t, body) => ({ body: html(body, `<meta property=og:image content="${b}/og.png"><title>${t}</title>`) });
    switch (path) {
      case "/robots.txt":
        return { type: "text/plain", body: "User-agent: *\nDisallow: /private\nSitemap: /sitemap.xml\n" };
      case "/sitemap.xml":
        return { type: "application/xml", body: `<urlset><url><loc>${b}/orphan</loc></url></urlset>` };
      case "/":
        return page("Home", "<a href=/a.html>A</a> <a href=/old>Old</a> <a href=/private.html>P</a> <a href=/missing.html>M</a> <a href='https://elsewhere.invalid/'>x</a>");
      case "/a.html":
        return page("A", "<a href=/>home</a> <a href=/b.html>B</a>");
      case "/b.html":
      case "/orphan":
        return page("B", "<a href=/a.html>A</a>");
      case "/old":
        return { status: 301, headers: { location: "/b.html" } };
      case "/og.png":
        return { type: "image/png", body: PNG };
      default:
        return notFound();
    }
  });
  try {
    const n = await node(`${s.base}/`, { maxPages: 10, concurrency: 2, timeout: 5 });
    const c = await native(`${s.base}/`, ["--max-pages", "10", "--concurrency", "2", "--timeout", "5"]);
    sameCrawl(n, c);
    assert.ok(!s.log.some((r) => r.path.includes("private")), "robots.txt obeyed");
    assert.equal(n.end.crawl.skippedByRobots, 1);
    assert.ok(n.end.data.files[`${s.base}/og.png`], "og:image read");
  } finally {
    s.close();
  }
});

test("failure kinds: status, redirect loop, too many redirects, not HTML, timeout", async () => {
  const s = await server("127.0.0.1", (path) => {
    const r = /^\/r(\d+)$/.exec(path);
    if (r) return redirect(`/r${Number(r[1]) + 1}`);
    switch (path) {
      case "/":
        return ok("<a href=/gone>1</a> <a href=/loop>2</a> <a href=/r1>3</a> <a href=/data.json>4</a> <a href=/slow>5</a> <a href=/err>6</a>");
      case "/loop":
        return redirect("/loop2");
      case "/loop2":
        return redirect("/loop");
      case "/data.json":
        return { type: "application/json", body: "{}" };
      case "/slow":
        return null;
      case "/err":
        return { status: 503 };
      default:
        return notFound();
    }
  });
  try {
    const n = await node(`${s.base}/`, { timeout: 1 });
    const c = await native(`${s.base}/`, ["--timeout", "1"]);
    sameCrawl(n, c);
    assert.deepEqual(n.end.crawl.failures, {
      "not-html": 1,
      "redirect-loop": 1,
      status: 2,
      timeout: 1,
      "too-many-redirects": 1,
    });
  } finally {
    s.close();
  }
});

test("a redirect to another host is never followed; the start URL's is, and reported", async () => {
  const other = await server("127.0.0.2", () => ok(""));
  const s = await server("127.0.0.1", (path) => {
    if (path === "/") return ok("<a href=/away>away</a> <a href=/a.html>a</a>");
    if (path === "/a.html") return ok("<a href=/>home</a>");
    if (path === "/away") return redirect(`${other.base}/secret`);
    return notFound();
  });
  try {
    const n = await node(`${s.base}/`, { timeout: 2 });
    const c = await native(`${s.base}/`, ["--timeout", "2"]);
    sameCrawl(n, c);
    assert.equal(n.end.crawl.failures["off-host-redirect"], 1);
    assert.deepEqual(other.log, [], "the other host got nothing");
    assert.match(n.err, /redirects to another host/);
  } finally {
    s.close();
  }
  // The start URL redirects to the other host: crawled there; the apex only
  // gets the start request.
  const www = await server("127.0.0.2", (path) => (path === "/" ? ok("<a href=/b.html>b</a>") : path === "/b.html" ? ok("") : notFound()));
  const apex = await server("127.0.0.1", () => redirect(`${www.base}/`));
  try {
    const n = await node(`${apex.base}/`, { timeout: 2 });
    const c = await native(`${apex.base}/`, ["--timeout", "2"]);
    sameCrawl(n, c);
    assert.equal(n.end.crawl.finalUrl, `${www.base}/`);
    assert.match(n.err, new RegExp(`crawling ${www.base}/ \\(the start URL`));
    assert.deepEqual(
      apex.log.map((r) => r.path),
      ["/", "/"],
      "one start request per crawler, nothing else",
    );
  } finally {
    www.close();
    apex.close();
    other.close();
  }
});

test("budgets: pages, time and bytes stop the crawl the same way", async () => {
  const s = await server("127.0.0.1", (path) => {
    if (path === "/") return ok("<a href=/1>1</a> <a href=/2>2</a> <a href=/3>3</a>");
    if (["/1", "/2", "/3"].includes(path)) return ok("<a href=/>home</a>");
    return notFound();
  });
  try {
    for (const [opts, args, by] of [
      [{ maxPages: 2 }, ["--max-pages", "2"], "max-pages"],
      [{ maxTime: 0 }, ["--max-time", "0"], "max-time"],
      [{ maxBytesTotal: 1 }, ["--max-bytes-total", "1"], "max-bytes-total"],
      [{ maxTime: 60, maxBytesTotal: 10000000 }, ["--max-time", "60", "--max-bytes-total", "10000000"], null],
    ]) {
      const n = await node(`${s.base}/`, { timeout: 2, ...opts });
      const c = await native(`${s.base}/`, ["--timeout", "2", ...args]);
      sameCrawl(n, c);
      assert.equal(n.end.crawl.stoppedBy, by);
    }
  } finally {
    s.close();
  }
});

test("sitemaps: index, gzip, a gzip bomb, off-host entries, robots.txt obeyed", async () => {
  const s = await server("127.0.0.1", (path, b) => {
    switch (path) {
      case "/robots.txt":
        return {
          type: "text/plain",
          body: `User-agent: *\nDisallow: /private\nSitemap: ${b}/index.xml\nSitemap: /s.xml.gz\nSitemap: /bomb.xml.gz\nSitemap: http://other.invalid/x.xml\n`,
        };
      case "/s.xml.gz":
        return { type: "application/gzip", body: gzipSync(`<urlset><url><loc>${b}/from-gz</loc></url></urlset>`) };
      case "/bomb.xml.gz":
        return { type: "application/gzip", body: gzipSync(Buffer.alloc(11 << 20, 32)) };
      case "/sitemap.xml":
        return {
          type: "application/xml",
          body: `<urlset><url><loc>${b}/orphan</loc></url><url><loc>${b}/private</loc></url><url><loc>http://other.invalid/page</loc></url></urlset>`,
        };
      case "/index.xml":
        return { type: "application/xml", body: `<sitemapindex><sitemap><loc>${b}/pages.xml</loc></sitemap></sitemapindex>` };
      case "/pages.xml":
        return { type: "application/xml", body: `<urlset><url><loc>${b}/from-index</loc></url></urlset>` };
      case "/":
      case "/orphan":
      case "/from-index":
      case "/from-gz":
        return ok("");
      default:
        return notFound();
    }
  });
  try {
    const n = await node(`${s.base}/`, { timeout: 2 });
    const c = await native(`${s.base}/`, ["--timeout", "2"]);
    sameCrawl(n, c);
    assert.equal(n.pages.length, 4);
    assert.match(n.err, /bomb\.xml\.gz: sitemap over 10485760 bytes, not read/);
    assert.ok(!s.log.some((r) => r.path.includes("private")));
  } finally {
    s.close();
  }
});

test("robots.txt ignored on demand, delays reported, the user agent sent", async () => {
  const s = await server("127.0.0.1", (path) => {
    if (path === "/robots.txt") return { type: "text/plain", body: "User-agent: *\nDisallow: /private\n" };
    if (path === "/") return ok("<a href=/private>p</a>");
    if (path === "/private") return ok("");
    return notFound();
  });
  try {
    let n = await node(`${s.base}/`, { timeout: 2, ignoreRobots: true });
    let c = await native(`${s.base}/`, ["--timeout", "2", "--ignore-robots"]);
    sameCrawl(n, c);
    assert.equal(n.end.crawl.ignoredRobots, true);
    assert.equal(n.pages.length, 2);
    n = await node(`${s.base}/`, { timeout: 2, delay: 0.2 });
    c = await native(`${s.base}/`, ["--timeout", "2", "--delay", "0.2"]);
    sameCrawl(n, c);
    assert.equal(n.end.crawl.delayMs, 200);
    s.log.length = 0;
    n = await node(`${s.base}/`, { timeout: 2, userAgent: "MyBot/1.0" });
    assert.ok(s.log.length > 0 && s.log.every((r) => r.ua === "MyBot/1.0"), JSON.stringify(s.log));
    s.log.length = 0;
    await node(`${s.base}/`, { timeout: 2 });
    const { Crawler } = await wasm();
    assert.ok(s.log.every((r) => r.ua === Crawler.userAgent()));
    assert.match(Crawler.userAgent(), /^smo-audit\/\S+ \(social media optimization audit\)$/);
  } finally {
    s.close();
  }
});

test("a failed start URL and bad settings are the CLI's errors", async () => {
  const s = await server("127.0.0.1", (path) => {
    if (path === "/loop") return redirect("/loop");
    if (path === "/img") return { type: "image/png", body: "png" };
    return notFound();
  });
  try {
    for (const p of ["/", "/loop", "/img"]) {
      const n = await node(`${s.base}${p}`, { timeout: 2 });
      const c = await native(`${s.base}${p}`, ["--timeout", "2"]);
      assert.equal(c.code, 2);
      assert.ok(n.error, "throws");
      assert.equal(`smo-audit: ${n.error}`, c.err.trim());
    }
    let n = await node(`${s.base}/`, { maxPages: 0 });
    assert.equal(n.error, "--max-pages must be at least 1");
    n = await node(`${s.base}/`, { delay: -1 });
    assert.match(n.error, /delay must be a number of seconds/);
    n = await node("ftp://example.com/", {});
    assert.match(n.error, /is not an http\(s\) URL/);
  } finally {
    s.close();
  }
});

test("the address policy is the engine's: special addresses only for a local start", async () => {
  const { Crawler } = await wasm();
  const gz = () => null;
  const pub = new Crawler("https://example.com/", null, null, ["93.184.216.34"], gz);
  for (const ip of ["127.0.0.1", "10.0.0.1", "169.254.169.254", "::1", "[::ffff:127.0.0.1]", "fd00::1"]) {
    assert.equal(pub.addressAllowed(ip), false, ip);
  }
  assert.equal(pub.addressAllowed("93.184.216.34"), true);
  assert.equal(pub.addressAllowed("not an address"), false);
  const local = new Crawler("http://127.0.0.1:8080/", null, null, ["127.0.0.1"], gz);
  assert.equal(local.addressAllowed("10.0.0.1"), true);
  pub.free();
  local.free();
});
