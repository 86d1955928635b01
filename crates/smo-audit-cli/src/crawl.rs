//! Crawling a live site (native only): same-host breadth-first from a start URL,
//! robots.txt obeyed (as the `smo-audit` agent, its Crawl-delay too), timeouts,
//! size limits, time and byte budgets, redirects, a clear user agent; the
//! sitemaps' URLs queued after the start page's links; og:image files fetched
//! by their first bytes and headers to learn their real size. Pages are audited as they arrive and only
//! their summaries are kept.

use std::collections::{BTreeMap, HashSet, VecDeque};
use std::io::Read;
use std::net::{IpAddr, ToSocketAddrs};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use ureq::unversioned::resolver::{DefaultResolver, ResolvedSocketAddrs, Resolver};
use ureq::unversioned::transport::{DefaultConnector, NextTimeout};

use url::Url;

use smo_audit::report::PageRecord;
use smo_audit::report::Report;
use smo_audit::site::crawl_policy::{self, CrawlSummary, Failure};
use smo_audit::site::robots::Robots;
use smo_audit::site::sitemap;
use smo_audit::site::{FileInfo, PageSummary, SiteBuilder};
use smo_audit::Options;

/// The crawler's default user agent: the tool and its version
/// (`--user-agent` replaces it).
pub const USER_AGENT: &str = concat!(
    "smo-audit/",
    env!("CARGO_PKG_VERSION"),
    " (social media optimization audit)"
);
/// The product token robots.txt groups are matched against.
pub const ROBOTS_TOKEN: &str = "smo-audit";

#[derive(Debug, Clone)]
pub struct CrawlOptions {
    pub max_pages: usize,
    pub concurrency: usize,
    pub timeout: Duration,
    /// Largest HTML page read, in bytes.
    pub max_bytes: usize,
    /// The User-Agent header sent.
    pub user_agent: String,
    /// The least time between two requests (robots.txt's Crawl-delay when
    /// larger); with a delay, one request at a time.
    pub delay: Duration,
    /// No new fetch is started after this long.
    pub max_time: Option<Duration>,
    /// No new fetch is started once this many bytes were read in all.
    pub max_bytes_total: Option<u64>,
    /// robots.txt read (for the site checks) but not obeyed, nor its Crawl-delay.
    pub ignore_robots: bool,
}

impl Default for CrawlOptions {
    fn default() -> Self {
        CrawlOptions {
            max_pages: 100,
            concurrency: 4,
            timeout: Duration::from_secs(15),
            max_bytes: smo_audit::input::DEFAULT_MAX_BYTES,
            user_agent: USER_AGENT.to_string(),
            delay: Duration::ZERO,
            max_time: None,
            max_bytes_total: None,
            ignore_robots: false,
        }
    }
}

/// What one fetch returned (after the redirects it was allowed to follow).
struct Fetched {
    status: u16,
    final_url: Url,
    content_type: String,
    length: Option<u64>,
    body: Vec<u8>,
}

/// The resolver every connection of the crawl goes through: it resolves the
/// host and keeps only the addresses the policy allows, so ureq connects to a
/// vetted address and nothing else (no second lookup, no DNS rebinding gap).
#[derive(Debug)]
struct VettingResolver {
    inner: DefaultResolver,
    allow_special: bool,
}

/// The message prefix of a refused address (an I/O error of the resolver).
const REFUSED: &str = "refused address ";

impl Resolver for VettingResolver {
    fn resolve(
        &self,
        uri: &ureq::http::Uri,
        config: &ureq::config::Config,
        timeout: NextTimeout,
    ) -> Result<ResolvedSocketAddrs, ureq::Error> {
        let all = self.inner.resolve(uri, config, timeout)?;
        let mut kept = self.empty();
        for a in all.iter() {
            if crawl_policy::address_allowed(a.ip(), self.allow_special) {
                kept.push(*a);
            }
        }
        if kept.is_empty() {
            let ip = all.first().map(|a| a.ip().to_string()).unwrap_or_default();
            return Err(ureq::Error::Io(std::io::Error::new(
                std::io::ErrorKind::PermissionDenied,
                format!("{}{}", REFUSED, ip),
            )));
        }
        Ok(kept)
    }
}

/// The crawl's HTTP client: no automatic redirects (each is checked against
/// the crawl's host first), no proxy (the address connected to is the one
/// vetted), every address vetted by [`VettingResolver`]. It spaces its
/// requests by the delay and counts the bytes it read.
struct Fetcher {
    agent: ureq::Agent,
    /// The delay between requests and when the last one started.
    pace: Mutex<(Duration, Option<Instant>)>,
    bytes: AtomicU64,
}

impl Fetcher {
    fn new(co: &CrawlOptions, allow_special: bool) -> Fetcher {
        let config = ureq::Agent::config_builder()
            .timeout_global(Some(co.timeout))
            .max_redirects(0)
            .http_status_as_error(false)
            .proxy(None)
            .user_agent(co.user_agent.as_str())
            .build();
        let resolver = VettingResolver {
            inner: DefaultResolver::default(),
            allow_special,
        };
        Fetcher {
            agent: ureq::Agent::with_parts(config, DefaultConnector::default(), resolver),
            pace: Mutex::new((co.delay, None)),
            bytes: AtomicU64::new(0),
        }
    }

    fn set_delay(&self, d: Duration) {
        self.pace.lock().expect("pace").0 = d;
    }

    /// When the next request may start (now when there is no delay).
    fn next_start(&self) -> Instant {
        let (delay, last) = *self.pace.lock().expect("pace");
        let now = Instant::now();
        last.map_or(now, |l| (l + delay).max(now))
    }

    /// Wait until the delay since the last request has passed, and take the
    /// turn (the lock is held while waiting: requests start one by one).
    fn wait_turn(&self) {
        let mut pace = self.pace.lock().expect("pace");
        if pace.0.is_zero() {
            return;
        }
        if let Some(last) = pace.1 {
            let at = last + pace.0;
            let now = Instant::now();
            if at > now {
                std::thread::sleep(at - now);
            }
        }
        pace.1 = Some(Instant::now());
    }

    /// Bytes of bodies read so far.
    fn bytes_read(&self) -> u64 {
        self.bytes.load(Ordering::Relaxed)
    }

    /// GET `url`, following redirects by hand up to the limit: on `root`'s
    /// host only (None: any http(s) host, for the start URL). `limit` bytes at
    /// most are read; `range` asks for them only.
    fn fetch(&self, url: &Url, limit: usize, range: bool, root: Option<&Url>) -> Result<Fetched, Failure> {
        let mut chain = vec![url.clone()];
        loop {
            let cur = chain.last().expect("chain").clone();
            let mut req = self.agent.get(cur.as_str());
            if range {
                req = req.header("Range", format!("bytes=0-{}", limit.saturating_sub(1)));
            }
            self.wait_turn();
            let mut resp = req.call().map_err(failure_of)?;
            let status = resp.status().as_u16();
            let header = |n: &str| {
                resp.headers()
                    .get(n)
                    .and_then(|v| v.to_str().ok())
                    .map(str::to_string)
            };
            if (300..400).contains(&status) {
                if let Some(loc) = header("location") {
                    let next = crawl_policy::next_redirect(&cur, &loc, &chain, root)?;
                    chain.push(next);
                    continue;
                }
            }
            let content_type = header("content-type").unwrap_or_default().to_ascii_lowercase();
            let length = header("content-range")
                .and_then(|r| r.rsplit('/').next().and_then(|t| t.trim().parse().ok()))
                .or_else(|| header("content-length").and_then(|l| l.trim().parse().ok()));
            let mut body = Vec::new();
            resp.body_mut()
                .as_reader()
                .take(limit as u64)
                .read_to_end(&mut body)
                .map_err(|e| failure_of(ureq::Error::Io(e)))?;
            self.bytes.fetch_add(body.len() as u64, Ordering::Relaxed);
            return Ok(Fetched {
                status,
                final_url: cur,
                content_type,
                length,
                body,
            });
        }
    }
}

/// The failure kind of a ureq error.
fn failure_of(e: ureq::Error) -> Failure {
    match e {
        ureq::Error::Timeout(_) => Failure::Timeout,
        ureq::Error::Io(io) if io.kind() == std::io::ErrorKind::TimedOut => Failure::Timeout,
        ureq::Error::Io(io) if io.to_string().starts_with(REFUSED) => {
            Failure::RefusedAddress(io.to_string()[REFUSED.len()..].to_string())
        }
        ureq::Error::BodyExceedsLimit(n) => Failure::TooLarge(n),
        ureq::Error::TooManyRedirects => Failure::TooManyRedirects(crawl_policy::MAX_REDIRECTS),
        e => Failure::Connection(e.to_string()),
    }
}

/// The addresses `url`'s host resolves to (empty when it does not resolve).
fn resolve(url: &Url) -> Vec<IpAddr> {
    let (Some(host), Some(port)) = (url.host_str(), url.port_or_known_default()) else {
        return Vec::new();
    };
    let host = host.trim_start_matches('[').trim_end_matches(']');
    (host, port)
        .to_socket_addrs()
        .map(|a| a.map(|a| a.ip()).collect())
        .unwrap_or_default()
}

/// Failed URLs listed one by one on stderr (the rest are counted).
const SHOWN_FAILURES: usize = 20;

/// Record a failed URL: in the site data (with its kind) and in the summary's
/// count of its kind.
fn fail(site: &mut SiteBuilder, summary: &mut CrawlSummary, url: &Url, f: Failure) {
    *summary.failures.entry(f.kind().to_string()).or_insert(0) += 1;
    site.add_failure(url.to_string(), f);
}

/// Sitemap files fetched at most (an index's sitemaps included).
const MAX_SITEMAPS: usize = 50;
/// Largest sitemap file read, in bytes.
const MAX_SITEMAP_BYTES: usize = 10 * 1024 * 1024;
/// Page URLs taken from sitemaps at most.
const MAX_SITEMAP_URLS: usize = 50_000;

/// The page URLs the site's sitemaps list: `/sitemap.xml` and robots.txt's
/// `Sitemap:` lines, on the crawl's host only, sitemap indexes followed one
/// level, bounded ([`MAX_SITEMAPS`], [`MAX_SITEMAP_BYTES`],
/// [`MAX_SITEMAP_URLS`]). `/sitemap.xml` is recorded in the site's files.
/// Gzipped sitemaps (`.xml.gz`, or any body starting with gzip's magic bytes)
/// are decompressed, the decompressed size bounded by [`MAX_SITEMAP_BYTES`] too
/// (a gzip bomb stops there).
fn sitemap_urls(
    fetcher: &Fetcher,
    root: &Url,
    robots: &Robots,
    site: &mut SiteBuilder,
    spent: &dyn Fn() -> Option<&'static str>,
) -> Vec<Url> {
    let on_host = |u: &Url| crawl_policy::on_host(root, u);
    let default = root.join("/sitemap.xml").ok();
    let mut todo: VecDeque<(Url, bool)> = VecDeque::new();
    let mut listed: HashSet<String> = HashSet::new();
    for u in default
        .iter()
        .cloned()
        .chain(robots.sitemaps.iter().filter_map(|s| root.join(s).ok()))
    {
        if on_host(&u) && listed.insert(u.to_string()) {
            todo.push_back((u, true));
        }
    }
    let mut urls = Vec::new();
    let mut fetched = 0;
    while let Some((sm, top)) = todo.pop_front() {
        if fetched >= MAX_SITEMAPS || urls.len() >= MAX_SITEMAP_URLS || spent().is_some() {
            break;
        }
        fetched += 1;
        let Ok(f) = fetcher.fetch(&sm, MAX_SITEMAP_BYTES + 1, false, Some(root)) else {
            continue;
        };
        if f.status != 200 {
            continue;
        }
        if Some(&sm) == default.as_ref() {
            site.add_file_info(
                "sitemap.xml".into(),
                FileInfo::from_bytes("sitemap.xml", f.length.unwrap_or(f.body.len() as u64), &[]),
            );
        }
        let body = if f.body.starts_with(&[0x1f, 0x8b]) {
            match gunzip(&f.body, MAX_SITEMAP_BYTES + 1) {
                Ok(b) => b,
                Err(e) => {
                    eprintln!("smo-audit: {}: gzipped sitemap not readable ({}), skipped", sm, e);
                    continue;
                }
            }
        } else {
            f.body
        };
        if body.len() > MAX_SITEMAP_BYTES {
            eprintln!(
                "smo-audit: {}: sitemap over {} bytes, not read",
                sm, MAX_SITEMAP_BYTES
            );
            continue;
        }
        let text = String::from_utf8_lossy(&body);
        let locs = sitemap::parse(&text, MAX_SITEMAP_URLS - urls.len());
        for loc in locs.locs {
            let Ok(mut u) = sm.join(&loc) else { continue };
            u.set_fragment(None);
            if !on_host(&u) {
                continue;
            }
            if locs.index {
                // One level: an index's sitemaps, not an index inside one.
                if top && listed.insert(u.to_string()) {
                    todo.push_back((u, false));
                }
            } else {
                urls.push(u);
            }
        }
    }
    urls
}

/// Decompress a gzip body, reading at most `limit` decompressed bytes.
fn gunzip(body: &[u8], limit: usize) -> std::io::Result<Vec<u8>> {
    let mut out = Vec::new();
    flate2::read::MultiGzDecoder::new(body)
        .take(limit as u64)
        .read_to_end(&mut out)?;
    Ok(out)
}

/// Queue the sitemaps' URLs once, after the start page's links.
fn seed_after_start(
    seeds: &mut Option<Vec<Url>>,
    queue: &mut VecDeque<Url>,
    seen: &mut HashSet<String>,
    on_host: &dyn Fn(&Url) -> bool,
) {
    for u in seeds.take().unwrap_or_default() {
        if on_host(&u) && seen.insert(u.to_string()) {
            queue.push_back(u);
        }
    }
}

/// What a crawl hands back: the site (pages, files, failures) and its summary.
pub struct Crawled {
    pub site: SiteBuilder,
    pub summary: CrawlSummary,
}

/// Crawl from `start`, audit each HTML page, and gather the site data, handing
/// each audited page to `on_page` (in crawl order, with its summary) instead of
/// keeping the reports: memory stays flat. The start URL's redirects are
/// followed to any host (apex → www); the host it ends on is the one crawled,
/// and nothing off that host is ever requested after it. A failed start URL is
/// the error (its kind in the message).
pub fn crawl_each(
    start: &Url,
    co: &CrawlOptions,
    opts: &Options,
    progress: &(dyn Fn(usize) + Sync),
    on_page: &mut dyn FnMut(Report, &PageSummary),
) -> Result<Crawled, String> {
    let mut start = start.clone();
    start.set_fragment(None);
    if !matches!(start.scheme(), "http" | "https") {
        return Err(format!("{} is not an http(s) URL", start));
    }
    // Special addresses (loopback, private, …) only for a site that is itself
    // on one (a local or staging server).
    let started = Instant::now();
    let allow_special = crawl_policy::allows_special(&resolve(&start));
    let fetcher = Fetcher::new(co, allow_special);
    let first = fetcher
        .fetch(&start, co.max_bytes + 1, false, None)
        .and_then(|f| {
            if f.status >= 400 {
                Err(Failure::Status(f.status))
            } else if !f.content_type.is_empty() && !f.content_type.contains("html") {
                Err(Failure::NotHtml(f.content_type.clone()))
            } else if f.body.len() > co.max_bytes {
                Err(Failure::TooLarge(co.max_bytes as u64))
            } else {
                Ok(f)
            }
        })
        .map_err(|e| format!("cannot crawl {}: the start URL {}", start, e.message(opts.locale)))?;
    let final_start = first.final_url.clone();
    let mut root = final_start.clone();
    root.set_path("/");
    root.set_query(None);
    root.set_fragment(None);
    if !crawl_policy::on_host(&start, &final_start) {
        eprintln!(
            "smo-audit: crawling {} (the start URL {} redirects to {})",
            root, start, final_start
        );
    }
    let on_host = |u: &Url| crawl_policy::on_host(&root, u);
    let mut summary = CrawlSummary {
        start_url: start.to_string(),
        final_url: final_start.to_string(),
        ..Default::default()
    };
    let mut site = SiteBuilder::crawled(&root, opts);
    // robots.txt next: it decides what else we may fetch.
    let robots_url = root.join("/robots.txt").map_err(|e| e.to_string())?;
    let robots = match fetcher.fetch(&robots_url, 512 * 1024, false, Some(&root)) {
        Ok(f) if f.status == 200 => {
            let t = String::from_utf8_lossy(&f.body).into_owned();
            site.add_file_info(
                robots_url.to_string(),
                FileInfo::from_bytes("robots.txt", f.body.len() as u64, &f.body),
            );
            site.add_file_info(
                "robots.txt".into(),
                FileInfo::from_bytes("robots.txt", f.body.len() as u64, &[]),
            );
            site.set_robots_txt(t.clone());
            Robots::parse(&t)
        }
        _ => Robots::default(),
    };
    // Politeness: the larger of robots.txt's Crawl-delay and --delay, between
    // every two requests from now on.
    if co.ignore_robots {
        summary.ignored_robots = true;
        eprintln!("smo-audit: robots.txt read but not obeyed (--ignore-robots)");
    }
    let robots_delay = robots
        .crawl_delay_ms(ROBOTS_TOKEN)
        .filter(|_| !co.ignore_robots)
        .map(Duration::from_millis)
        .unwrap_or_default();
    let delay = robots_delay.max(co.delay);
    let mut concurrency = co.concurrency.max(1);
    if !delay.is_zero() {
        fetcher.set_delay(delay);
        concurrency = 1;
        summary.delay_ms = Some(delay.as_millis() as u64);
        eprintln!(
            "smo-audit: waiting {} s between requests ({}), one at a time",
            delay.as_secs_f64(),
            if robots_delay > co.delay {
                "robots.txt Crawl-delay"
            } else {
                "--delay"
            }
        );
    }
    // The budgets: which one is spent, if any (checked before each new fetch).
    let deadline = co.max_time.map(|t| started + t);
    let spent = || -> Option<&'static str> {
        if deadline.is_some_and(|d| fetcher.next_start() >= d) {
            Some("max-time")
        } else if co.max_bytes_total.is_some_and(|b| fetcher.bytes_read() >= b) {
            Some("max-bytes-total")
        } else {
            None
        }
    };
    let mut stop: Option<&'static str> = None;
    // Sitemaps: /sitemap.xml and robots.txt's Sitemap lines on this host seed
    // the crawl (after the start page's links).
    let seeds = sitemap_urls(&fetcher, &root, &robots, &mut site, &spent);
    let allowed = |u: &Url| {
        let p = match u.query() {
            Some(q) => format!("{}?{}", u.path(), q),
            None => u.path().to_string(),
        };
        co.ignore_robots || robots.allowed(ROBOTS_TOKEN, &p)
    };
    let mut queue: VecDeque<Url> = VecDeque::new();
    let mut seen: HashSet<String> = HashSet::new();
    seen.insert(start.to_string());
    seen.insert(final_start.to_string());
    let mut blocked = 0usize;
    let mut audited: HashSet<String> = HashSet::new();
    // The start page was fetched already: it is the first wave.
    let mut prefetched = Some((final_start.clone(), Ok(first)));
    let mut seeds = Some(seeds);
    // Breadth-first in waves of `concurrency` parallel fetches.
    while (prefetched.is_some() || !queue.is_empty()) && site.pages() < co.max_pages {
        if prefetched.is_none() {
            if let Some(why) = spent() {
                stop = Some(why);
                break;
            }
        }
        let results: Vec<(Url, Result<Fetched, Failure>)> = if let Some((u, r)) = prefetched.take() {
            if allowed(&u) {
                vec![(u, r)]
            } else {
                blocked += 1;
                Vec::new()
            }
        } else {
            let room = co.max_pages - site.pages();
            let mut wave = Vec::new();
            while wave.len() < concurrency.min(room) {
                let Some(u) = queue.pop_front() else { break };
                if audited.contains(u.as_str()) {
                    continue;
                }
                if !allowed(&u) {
                    blocked += 1;
                    continue;
                }
                wave.push(u);
            }
            std::thread::scope(|s| {
                let hs: Vec<_> = wave
                    .iter()
                    .map(|u| {
                        let fetcher = &fetcher;
                        let root = &root;
                        s.spawn(move || (u.clone(), fetcher.fetch(u, co.max_bytes + 1, false, Some(root))))
                    })
                    .collect();
                hs.into_iter().filter_map(|h| h.join().ok()).collect()
            })
        };
        for (u, r) in results {
            let f = match r {
                Ok(f) if f.status >= 400 => {
                    fail(&mut site, &mut summary, &u, Failure::Status(f.status));
                    continue;
                }
                Ok(f) => f,
                Err(e) => {
                    fail(&mut site, &mut summary, &u, e);
                    continue;
                }
            };
            if !f.content_type.is_empty() && !f.content_type.contains("html") {
                fail(
                    &mut site,
                    &mut summary,
                    &u,
                    Failure::NotHtml(f.content_type.clone()),
                );
                continue;
            }
            if f.body.len() > co.max_bytes {
                fail(
                    &mut site,
                    &mut summary,
                    &u,
                    Failure::TooLarge(co.max_bytes as u64),
                );
                continue;
            }
            let mut final_url = f.final_url.clone();
            final_url.set_fragment(None);
            // A page is known by its final address (after redirects): audit it once.
            seen.insert(final_url.to_string());
            if !audited.insert(final_url.to_string()) {
                continue;
            }
            let o = Options {
                content_type: Some(f.content_type.clone()).filter(|c| !c.is_empty()),
                ..opts.clone()
            };
            let page_url = final_url.to_string();
            match site.audit_page(&page_url, Some(&page_url), &f.body, &o) {
                Ok((r, s)) => {
                    for link in s.refs.iter().filter(|r| r.tag == "a") {
                        if let Ok(mut lu) = Url::parse(&link.url) {
                            lu.set_fragment(None);
                            if on_host(&lu) && seen.insert(lu.to_string()) {
                                queue.push_back(lu);
                            }
                        }
                    }
                    let record = PageRecord::of(&r, &s.path);
                    on_page(r, &s);
                    site.add_record(record, s);
                    progress(site.pages());
                }
                Err(e) => eprintln!("smo-audit: {}: {}", final_url, e),
            }
        }
        seed_after_start(&mut seeds, &mut queue, &mut seen, &on_host);
    }
    seed_after_start(&mut seeds, &mut queue, &mut seen, &on_host);
    // What a limit left behind: the known URLs still queued that would have
    // been fetched.
    summary.not_visited = queue
        .iter()
        .filter(|u| !audited.contains(u.as_str()) && allowed(u))
        .map(Url::as_str)
        .collect::<HashSet<_>>()
        .len();
    if summary.not_visited > 0 {
        summary.stopped_by = Some(stop.unwrap_or("max-pages").into());
    }
    // og:image files on this host: their first bytes give the real size.
    let mut images: BTreeMap<String, ()> = BTreeMap::new();
    for p in site.summaries() {
        if let Ok(pu) = Url::parse(&p.url) {
            for (raw, _) in &p.og_images {
                if let Ok(iu) = pu.join(raw) {
                    if on_host(&iu) {
                        images.insert(iu.to_string(), ());
                    }
                }
            }
        }
    }
    for img in images.keys() {
        if spent().is_some() {
            break;
        }
        let Ok(iu) = Url::parse(img) else { continue };
        match fetcher.fetch(&iu, 256 * 1024, true, Some(&root)) {
            Ok(f) if f.status < 400 => {
                let size = f.length.unwrap_or(f.body.len() as u64);
                site.add_file_info(img.clone(), FileInfo::from_bytes(iu.path(), size, &f.body));
            }
            Ok(f) => fail(&mut site, &mut summary, &iu, Failure::Status(f.status)),
            Err(e) => fail(&mut site, &mut summary, &iu, e),
        }
    }
    summary.pages = site.pages();
    summary.skipped_by_robots = blocked;
    if blocked > 0 {
        eprintln!(
            "smo-audit: {} URLs skipped: robots.txt disallows them for {}",
            blocked, ROBOTS_TOKEN
        );
    }
    if let Some(limit) = &summary.stopped_by {
        let value = match limit.as_str() {
            "max-time" => co.max_time.unwrap_or_default().as_secs_f64().to_string(),
            "max-bytes-total" => co.max_bytes_total.unwrap_or_default().to_string(),
            _ => co.max_pages.to_string(),
        };
        eprintln!(
            "smo-audit: stopped by --{} {}: {} known URLs not visited",
            limit, value, summary.not_visited
        );
    }
    if !summary.failures.is_empty() {
        let kinds: Vec<String> = summary
            .failures
            .iter()
            .map(|(k, n)| format!("{} {}", n, k))
            .collect();
        let total = summary.failures.values().sum::<usize>();
        eprintln!("smo-audit: {} URLs failed ({})", total, kinds.join(", "));
        for (url, why) in site.failures().iter().take(SHOWN_FAILURES) {
            eprintln!("smo-audit:   {}: {}", url, why.message(opts.locale));
        }
        if total > SHOWN_FAILURES {
            eprintln!("smo-audit:   … and {} more", total - SHOWN_FAILURES);
        }
    }
    Ok(Crawled { site, summary })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn special_addresses_are_refused_before_connecting() {
        let f = Fetcher::new(&CrawlOptions::default(), false);
        // Nothing listens on port 1: a connection attempt would fail otherwise.
        for (url, ip) in [
            ("http://127.0.0.1:1/", "127.0.0.1"),
            ("http://[::1]:1/", "::1"),
            ("http://localhost:1/", ""),
        ] {
            match f.fetch(&Url::parse(url).unwrap(), 10, false, None) {
                Err(Failure::RefusedAddress(a)) => assert!(a.contains(ip), "{}: {}", url, a),
                Err(e) => panic!("{}: {:?}", url, e),
                Ok(_) => panic!("{}: fetched", url),
            }
        }
    }

    #[test]
    fn a_local_start_allows_local_addresses() {
        assert!(crawl_policy::allows_special(&resolve(
            &Url::parse("http://127.0.0.1:8080/").unwrap()
        )));
        assert!(crawl_policy::allows_special(&resolve(
            &Url::parse("http://localhost/").unwrap()
        )));
        let f = Fetcher::new(&CrawlOptions::default(), true);
        match f.fetch(&Url::parse("http://127.0.0.1:1/").unwrap(), 10, false, None) {
            Err(Failure::Connection(_)) => {}
            r => panic!("{:?}", r.map(|f| f.status)),
        }
    }
}
