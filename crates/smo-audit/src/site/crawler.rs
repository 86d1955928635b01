//! The crawl of a live site, decided here and carried out by a face: a state
//! machine without I/O. Every crawling face (the native CLI with ureq and
//! threads, the npm package with `node:http`) drives the same [`Crawler`], so
//! they fetch the same URLs in the same order and say the same things:
//!
//! ```text
//! let mut c = Crawler::new(start, settings, &opts, inflate)?;
//! loop {
//!     match c.next(now) {
//!         Step::Fetch(req) => start the request (c.on_response / c.on_failure later),
//!         Step::Wait(t)    => nothing may start before t (a response may still arrive),
//!         Step::Pending    => wait for a response,
//!         Step::Done       => break,
//!     }
//!     for e in c.take_events() { a page to render, or a line for stderr }
//! }
//! let end = c.end()?;   // records + site checks + data + crawl summary
//! ```
//!
//! What it decides: the frontier (breadth-first from the start URL; the start
//! URL's redirects are followed to any host, which then is the one crawled),
//! the same-host rule, robots.txt (fetched first, obeyed unless
//! `ignore_robots`, its Crawl-delay), the sitemaps seeding the queue after the
//! start page's links (`/sitemap.xml` and robots.txt's `Sitemap:` lines, an
//! index followed one level, gzipped ones decompressed by the face's
//! [`Inflate`] within [`MAX_SITEMAP_BYTES`]), every redirect hop (the face
//! never follows one: it hands back the 3xx and the engine asks for the next
//! hop or records why not), the delay between two requests (it says when the
//! next may start), the budgets (pages, time on the face's clock, bytes read),
//! what each answer means (status, content type, size, the failure kinds), the
//! audit of each page and its links, the og:image checks (each wave's
//! og:images on the host are fetched before its pages' reports are made, so
//! their previews carry the images' real bytes and pixels), and the site data.
//! What the face does: resolve names and connect only to the addresses
//! [`super::crawl_policy::address_allowed`] allows, send the request with its
//! User-Agent, timeout and `Range`, read at most the request's byte limit, and
//! report a failure by kind (timeout, refused address, connection).

use std::collections::{HashSet, VecDeque};
use std::time::Duration;

use url::Url;

use super::crawl_policy::{self, CrawlSummary, Failure};
use super::robots::Robots;
use super::sitemap;
use super::{FileInfo, PageFacts, SiteBuilder};
use crate::options::Options;
use crate::render::SiteEnd;
use crate::report::{PageRecord, Report};

/// The crawler's default User-Agent: the tool and its version (every face
/// sends it unless the user names another).
pub const USER_AGENT: &str = concat!(
    "smo-audit/",
    env!("CARGO_PKG_VERSION"),
    " (social media optimization audit)"
);
/// The product token robots.txt groups are matched against.
pub const ROBOTS_TOKEN: &str = "smo-audit";
/// Largest robots.txt read, in bytes.
pub const MAX_ROBOTS_BYTES: usize = 512 * 1024;
/// Bytes of an og:image read (asked for with `Range`): enough for its size.
pub const MAX_IMAGE_BYTES: usize = 256 * 1024;
/// Sitemap files fetched at most (an index's sitemaps included).
pub const MAX_SITEMAPS: usize = 50;
/// Largest sitemap file read, in bytes (decompressed too: a gzip bomb stops there).
pub const MAX_SITEMAP_BYTES: usize = 10 * 1024 * 1024;
/// Page URLs taken from sitemaps at most.
pub const MAX_SITEMAP_URLS: usize = 50_000;
/// Failed URLs listed one by one in the log (the rest are counted).
pub const SHOWN_FAILURES: usize = 20;

/// The crawl's limits and manners (the CLI's flags).
#[derive(Debug, Clone)]
pub struct Settings {
    /// Pages audited at most (at least 1).
    pub max_pages: usize,
    /// Page requests at once (1 whenever there is a delay).
    pub concurrency: usize,
    /// Largest HTML page read, in bytes.
    pub max_bytes: usize,
    /// The least time between two requests (robots.txt's Crawl-delay when larger).
    pub delay: Duration,
    /// No new fetch is started after this long.
    pub max_time: Option<Duration>,
    /// No new fetch is started once this many bytes were read in all.
    pub max_bytes_total: Option<u64>,
    /// robots.txt read (for the site checks) but not obeyed, nor its Crawl-delay.
    pub ignore_robots: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            max_pages: 100,
            concurrency: 4,
            max_bytes: crate::input::DEFAULT_MAX_BYTES,
            delay: Duration::ZERO,
            max_time: None,
            max_bytes_total: None,
            ignore_robots: false,
        }
    }
}

/// What a request is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// An HTML page (the start URL too).
    Page,
    Robots,
    Sitemap,
    /// An og:image: its first bytes and size.
    Image,
}

impl Purpose {
    /// The purpose's name (`page`, `robots`, `sitemap`, `image`).
    pub fn name(self) -> &'static str {
        match self {
            Purpose::Page => "page",
            Purpose::Robots => "robots",
            Purpose::Sitemap => "sitemap",
            Purpose::Image => "image",
        }
    }
}

/// One HTTP GET the face must send now: no redirect followed (a 3xx comes
/// back as it is), at most `max_bytes` of the body read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    /// Hand it back with the answer.
    pub id: u64,
    pub url: Url,
    pub purpose: Purpose,
    /// Bytes of the body read at most (stop reading there; not a failure).
    pub max_bytes: usize,
    /// The `Range` header to send, if any (`bytes=0-N`).
    pub range: Option<String>,
}

/// An answer as the face received it (headers as sent; the body as read, at
/// most the request's `max_bytes`, its content coding (gzip, deflate, br)
/// decoded; a 3xx with a `Location` needs no body).
#[derive(Debug, Clone, Default)]
pub struct Response {
    pub status: u16,
    pub location: Option<String>,
    pub content_type: Option<String>,
    pub content_length: Option<String>,
    pub content_range: Option<String>,
    pub body: Vec<u8>,
}

/// What the face does next.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// Send this request now.
    Fetch(Request),
    /// Nothing may start before this time (the face's clock); answers to
    /// requests in flight are still taken.
    Wait(Duration),
    /// Wait for an answer to a request in flight.
    Pending,
    /// The crawl is over: call [`Crawler::end`].
    Done,
}

/// What the crawl has to show, in order.
#[derive(Debug)]
pub enum Event {
    /// An audited page (its report and its path, the URL it was audited at),
    /// in crawl order: render it and drop it.
    Page { report: Box<Report>, path: String },
    /// A line for the user (stderr), without the tool's prefix.
    Log(String),
}

/// Decompresses a gzip body to at most `limit` bytes: `Ok(None)` when it holds
/// more, `Err` when it is not readable gzip. The face's codec (flate2 natively,
/// node:zlib in Node): the engine decides when and within what bound.
pub type Inflate = Box<dyn Fn(&[u8], usize) -> Result<Option<Vec<u8>>, String>>;

/// What one fetch returned (after the redirects it was allowed to follow).
#[derive(Debug)]
struct Fetched {
    status: u16,
    final_url: Url,
    content_type: String,
    length: Option<u64>,
    body: Vec<u8>,
}

/// One fetch: its chain of requests (redirect hops), the current hop's
/// request id while in flight, and its result once known.
#[derive(Debug)]
struct Fetch {
    purpose: Purpose,
    limit: usize,
    range: bool,
    /// Redirects may leave the crawl's host (the start URL only).
    any_host: bool,
    chain: Vec<Url>,
    in_flight: Option<u64>,
    result: Option<Result<Fetched, Failure>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    Start,
    Robots,
    Sitemaps,
    Crawl,
    /// A wave's og:images (their size joins the pages' previews).
    PageImages,
    Done,
}

/// The crawl of one site. See the module's documentation for the loop.
pub struct Crawler {
    settings: Settings,
    opts: Options,
    inflate: Inflate,
    /// The start URL as given, and without its fragment.
    given: String,
    start: Url,
    /// Where the start URL led; its host is crawled (`/` of it).
    final_start: Url,
    root: Url,
    phase: Phase,
    /// The fetches of the current step (one, or a wave of pages), in order.
    batch: Vec<Fetch>,
    next_id: u64,
    /// When the crawl started, on the face's clock (its first `next`).
    started: Option<Duration>,
    /// The delay in force (zero until robots.txt was read) and when the
    /// last request started (kept only while there is a delay).
    delay: Duration,
    last_start: Option<Duration>,
    concurrency: usize,
    bytes: u64,
    site: Option<SiteBuilder>,
    summary: CrawlSummary,
    robots: Robots,
    /// The sitemaps still to read (URL, whether from the top level) and
    /// those listed, the page URLs they gave, the files fetched so far.
    sitemap_todo: VecDeque<(Url, bool)>,
    sitemaps_listed: HashSet<String>,
    sitemaps_fetched: usize,
    sitemap_urls: Vec<Url>,
    current_sitemap: Option<(Url, bool)>,
    seeds: Option<Vec<Url>>,
    prefetched: Option<(Url, Result<Fetched, Failure>)>,
    queue: VecDeque<Url>,
    seen: HashSet<String>,
    audited: HashSet<String>,
    blocked: usize,
    stop: Option<&'static str>,
    /// The wave's pages waiting for their og:images, the og:images still to
    /// fetch for them, and every og:image asked for so far.
    pending: Vec<PageFacts>,
    page_images: VecDeque<Url>,
    images_asked: HashSet<String>,
    events: Vec<Event>,
    error: Option<String>,
}

impl Crawler {
    /// A crawl from `start` (an http(s) URL) with these settings, auditing with
    /// `opts`; `inflate` decompresses gzipped sitemaps.
    pub fn new(start: &str, settings: Settings, opts: &Options, inflate: Inflate) -> Result<Crawler, String> {
        let given = Url::parse(start).map_err(|e| format!("{:?} is not a valid URL: {}", start, e))?;
        if settings.max_pages == 0 {
            return Err("--max-pages must be at least 1".to_string());
        }
        let mut url = given.clone();
        url.set_fragment(None);
        if !matches!(url.scheme(), "http" | "https") {
            return Err(format!("{} is not an http(s) URL", url));
        }
        let mut c = Crawler {
            concurrency: settings.concurrency.max(1),
            settings,
            opts: opts.clone(),
            inflate,
            given: given.to_string(),
            start: url.clone(),
            final_start: url.clone(),
            root: url.clone(),
            phase: Phase::Start,
            batch: Vec::new(),
            next_id: 0,
            started: None,
            delay: Duration::ZERO,
            last_start: None,
            bytes: 0,
            site: None,
            summary: CrawlSummary::default(),
            robots: Robots::default(),
            sitemap_todo: VecDeque::new(),
            sitemaps_listed: HashSet::new(),
            sitemaps_fetched: 0,
            sitemap_urls: Vec::new(),
            current_sitemap: None,
            seeds: None,
            prefetched: None,
            queue: VecDeque::new(),
            seen: HashSet::new(),
            audited: HashSet::new(),
            blocked: 0,
            stop: None,
            pending: Vec::new(),
            page_images: VecDeque::new(),
            images_asked: HashSet::new(),
            events: Vec::new(),
            error: None,
        };
        let limit = c.settings.max_bytes + 1;
        c.batch.push(Fetch::new(url, Purpose::Page, limit, false, true));
        Ok(c)
    }

    /// What to do next, at `now` on the face's clock (any monotonic clock;
    /// the first call starts the time budget).
    pub fn next(&mut self, now: Duration) -> Step {
        self.started.get_or_insert(now);
        self.advance(now);
        if self.phase == Phase::Done {
            return Step::Done;
        }
        let Some(i) = self
            .batch
            .iter()
            .position(|f| f.in_flight.is_none() && f.result.is_none())
        else {
            return Step::Pending;
        };
        if !self.delay.is_zero() {
            if let Some(at) = self.last_start.map(|l| l + self.delay).filter(|at| *at > now) {
                return Step::Wait(at);
            }
            self.last_start = Some(now);
        }
        self.next_id += 1;
        let f = &mut self.batch[i];
        f.in_flight = Some(self.next_id);
        Step::Fetch(Request {
            id: self.next_id,
            url: f.chain.last().expect("chain").clone(),
            purpose: f.purpose,
            max_bytes: f.limit,
            range: f.range.then(|| format!("bytes=0-{}", f.limit.saturating_sub(1))),
        })
    }

    /// The answer to request `id` (a 3xx included: the engine decides whether
    /// its `Location` is followed).
    pub fn on_response(&mut self, id: u64, mut r: Response) {
        let root = self.root.clone();
        let Some(f) = self.batch.iter_mut().find(|f| f.in_flight == Some(id)) else {
            return;
        };
        f.in_flight = None;
        let cur = f.chain.last().expect("chain").clone();
        if (300..400).contains(&r.status) {
            if let Some(loc) = &r.location {
                let root = (!f.any_host).then_some(&root);
                match crawl_policy::next_redirect(&cur, loc, &f.chain, root) {
                    Ok(next) => f.chain.push(next),
                    Err(e) => f.result = Some(Err(e)),
                }
                return;
            }
        }
        r.body.truncate(f.limit);
        self.bytes += r.body.len() as u64;
        let length = r
            .content_range
            .as_deref()
            .and_then(|v| v.rsplit('/').next().and_then(|t| t.trim().parse().ok()))
            .or_else(|| r.content_length.as_deref().and_then(|l| l.trim().parse().ok()));
        f.result = Some(Ok(Fetched {
            status: r.status,
            final_url: cur,
            content_type: r.content_type.unwrap_or_default().to_ascii_lowercase(),
            length,
            body: r.body,
        }));
    }

    /// Request `id` failed (no answer in time, a refused address, a failed
    /// connection, …).
    pub fn on_failure(&mut self, id: u64, failure: Failure) {
        if let Some(f) = self.batch.iter_mut().find(|f| f.in_flight == Some(id)) {
            f.in_flight = None;
            f.result = Some(Err(failure));
        }
    }

    /// The pages audited and the lines logged since the last call, in order.
    pub fn take_events(&mut self) -> Vec<Event> {
        std::mem::take(&mut self.events)
    }

    /// Pages audited so far.
    pub fn pages(&self) -> usize {
        self.site.as_ref().map_or(0, SiteBuilder::pages)
    }

    /// The crawl's summary so far (final once [`Step::Done`]).
    pub fn summary(&self) -> &CrawlSummary {
        &self.summary
    }

    /// Bytes of bodies read so far.
    pub fn bytes_read(&self) -> u64 {
        self.bytes
    }

    /// After [`Step::Done`]: the site's end (records, site checks, data and
    /// the crawl summary), or why the crawl has nothing to show (the start
    /// URL failed, or no page could be audited).
    pub fn end(self) -> Result<SiteEnd, String> {
        if let Some(e) = self.error {
            return Err(e);
        }
        match self.site {
            Some(site) if site.pages() > 0 => {
                let mut end = site.finish();
                end.crawl = Some(self.summary);
                Ok(end)
            }
            _ => Err(format!("no HTML page could be fetched from {}", self.given)),
        }
    }

    fn log(&mut self, line: String) {
        self.events.push(Event::Log(line));
    }

    /// When the next request could start (now, or after the delay).
    fn next_start(&self, now: Duration) -> Duration {
        match self.last_start {
            Some(l) if !self.delay.is_zero() => (l + self.delay).max(now),
            _ => now,
        }
    }

    /// Which budget is spent, if any (checked before each new fetch).
    fn spent(&self, now: Duration) -> Option<&'static str> {
        let deadline = self.settings.max_time.map(|t| self.started.unwrap_or(now) + t);
        if deadline.is_some_and(|d| self.next_start(now) >= d) {
            Some("max-time")
        } else if self.settings.max_bytes_total.is_some_and(|b| self.bytes >= b) {
            Some("max-bytes-total")
        } else {
            None
        }
    }

    fn on_host(&self, u: &Url) -> bool {
        crawl_policy::on_host(&self.root, u)
    }

    /// Whether robots.txt lets the crawl fetch `u` (always with `ignore_robots`).
    fn allowed(&self, u: &Url) -> bool {
        let p = match u.query() {
            Some(q) => format!("{}?{}", u.path(), q),
            None => u.path().to_string(),
        };
        self.settings.ignore_robots || self.robots.allowed(ROBOTS_TOKEN, &p)
    }

    fn fetch_one(&mut self, url: Url, purpose: Purpose, limit: usize, range: bool) {
        self.batch = vec![Fetch::new(url, purpose, limit, range, false)];
    }

    /// Move on while the current batch is complete.
    fn advance(&mut self, now: Duration) {
        while self.phase != Phase::Done && self.batch.iter().all(|f| f.result.is_some()) {
            let results: Vec<(Url, Result<Fetched, Failure>)> = std::mem::take(&mut self.batch)
                .into_iter()
                .map(|f| (f.chain[0].clone(), f.result.expect("complete")))
                .collect();
            match self.phase {
                Phase::Start => {
                    let (_, r) = results.into_iter().next().expect("start");
                    self.on_start(r);
                }
                Phase::Robots => {
                    let (u, r) = results.into_iter().next().expect("robots");
                    self.on_robots(&u, r);
                    self.phase = Phase::Sitemaps;
                    self.next_sitemap(now);
                }
                Phase::Sitemaps => {
                    if let Some((_, r)) = results.into_iter().next() {
                        self.on_sitemap(r);
                    }
                    self.next_sitemap(now);
                }
                Phase::Crawl => {
                    self.on_pages(results);
                    if !self.next_page_image(now) {
                        self.after_wave(now);
                    }
                }
                Phase::PageImages => {
                    if let Some((u, r)) = results.into_iter().next() {
                        self.on_image(&u, r);
                    }
                    if !self.next_page_image(now) {
                        self.phase = Phase::Crawl;
                        self.after_wave(now);
                    }
                }
                Phase::Done => {}
            }
        }
    }

    fn on_start(&mut self, r: Result<Fetched, Failure>) {
        let max = self.settings.max_bytes;
        let first = r.and_then(|f| {
            if f.status >= 400 {
                Err(Failure::Status(f.status))
            } else if !f.content_type.is_empty() && !f.content_type.contains("html") {
                Err(Failure::NotHtml(f.content_type.clone()))
            } else if f.body.len() > max {
                Err(Failure::TooLarge(max as u64))
            } else {
                Ok(f)
            }
        });
        let first = match first {
            Ok(f) => f,
            Err(e) => {
                self.error = Some(format!(
                    "cannot crawl {}: the start URL {}",
                    self.start,
                    e.message(self.opts.locale)
                ));
                self.phase = Phase::Done;
                return;
            }
        };
        self.final_start = first.final_url.clone();
        let mut root = self.final_start.clone();
        root.set_path("/");
        root.set_query(None);
        root.set_fragment(None);
        self.root = root;
        if !crawl_policy::on_host(&self.start, &self.final_start) {
            self.log(format!(
                "crawling {} (the start URL {} redirects to {})",
                self.root, self.start, self.final_start
            ));
        }
        self.summary = CrawlSummary {
            start_url: self.start.to_string(),
            final_url: self.final_start.to_string(),
            ..Default::default()
        };
        self.site = Some(SiteBuilder::crawled(&self.root, &self.opts));
        self.seen.insert(self.start.to_string());
        self.seen.insert(self.final_start.to_string());
        self.prefetched = Some((self.final_start.clone(), Ok(first)));
        // robots.txt next: it decides what else we may fetch.
        match self.root.join("/robots.txt") {
            Ok(u) => {
                self.phase = Phase::Robots;
                self.fetch_one(u, Purpose::Robots, MAX_ROBOTS_BYTES, false);
            }
            Err(e) => {
                self.error = Some(e.to_string());
                self.phase = Phase::Done;
            }
        }
    }

    fn on_robots(&mut self, robots_url: &Url, r: Result<Fetched, Failure>) {
        if let (Ok(f), Some(site)) = (r, self.site.as_mut()) {
            if f.status == 200 {
                let t = String::from_utf8_lossy(&f.body).into_owned();
                site.add_file_info(
                    robots_url.to_string(),
                    FileInfo::from_bytes("robots.txt", f.body.len() as u64, &f.body),
                );
                site.add_file_info(
                    "robots.txt".into(),
                    FileInfo::from_bytes("robots.txt", f.body.len() as u64, &[]),
                );
                self.robots = Robots::parse(&t);
                site.set_robots_txt(t);
            }
        }
        // Politeness: the larger of robots.txt's Crawl-delay and --delay,
        // between every two requests from now on.
        if self.settings.ignore_robots {
            self.summary.ignored_robots = true;
            self.log("robots.txt read but not obeyed (--ignore-robots)".into());
        }
        let robots_delay = self
            .robots
            .crawl_delay_ms(ROBOTS_TOKEN)
            .filter(|_| !self.settings.ignore_robots)
            .map(Duration::from_millis)
            .unwrap_or_default();
        let delay = robots_delay.max(self.settings.delay);
        if !delay.is_zero() {
            self.delay = delay;
            self.concurrency = 1;
            self.summary.delay_ms = Some(delay.as_millis() as u64);
            self.log(format!(
                "waiting {} s between requests ({}), one at a time",
                delay.as_secs_f64(),
                if robots_delay > self.settings.delay {
                    "robots.txt Crawl-delay"
                } else {
                    "--delay"
                }
            ));
        }
        // Sitemaps: /sitemap.xml and robots.txt's Sitemap lines on this host.
        let default = self.root.join("/sitemap.xml").ok();
        let listed: Vec<Url> = default
            .into_iter()
            .chain(self.robots.sitemaps.iter().filter_map(|s| self.root.join(s).ok()))
            .collect();
        for u in listed {
            if self.on_host(&u) && self.sitemaps_listed.insert(u.to_string()) {
                self.sitemap_todo.push_back((u, true));
            }
        }
    }

    /// The next sitemap to read, or the crawl itself when none is left or a
    /// bound is reached.
    fn next_sitemap(&mut self, now: Duration) {
        if let Some((sm, top)) = self.sitemap_todo.pop_front() {
            if self.sitemaps_fetched < MAX_SITEMAPS
                && self.sitemap_urls.len() < MAX_SITEMAP_URLS
                && self.spent(now).is_none()
            {
                self.sitemaps_fetched += 1;
                self.current_sitemap = Some((sm.clone(), top));
                self.fetch_one(sm, Purpose::Sitemap, MAX_SITEMAP_BYTES + 1, false);
                return;
            }
        }
        // The sitemaps' URLs seed the crawl after the start page's links.
        self.seeds = Some(std::mem::take(&mut self.sitemap_urls));
        self.phase = Phase::Crawl;
        self.crawl_wave(now);
    }

    fn on_sitemap(&mut self, r: Result<Fetched, Failure>) {
        let Some((sm, top)) = self.current_sitemap.take() else {
            return;
        };
        let Ok(f) = r else { return };
        if f.status != 200 {
            return;
        }
        if self.root.join("/sitemap.xml").ok().as_ref() == Some(&sm) {
            if let Some(site) = self.site.as_mut() {
                site.add_file_info(
                    "sitemap.xml".into(),
                    FileInfo::from_bytes("sitemap.xml", f.length.unwrap_or(f.body.len() as u64), &[]),
                );
            }
        }
        let body = if f.body.starts_with(&[0x1f, 0x8b]) {
            match (self.inflate)(&f.body, MAX_SITEMAP_BYTES) {
                Ok(b) => b,
                Err(e) => {
                    self.log(format!("{}: gzipped sitemap not readable ({}), skipped", sm, e));
                    return;
                }
            }
        } else {
            Some(f.body).filter(|b| b.len() <= MAX_SITEMAP_BYTES)
        };
        let Some(body) = body else {
            self.log(format!(
                "{}: sitemap over {} bytes, not read",
                sm, MAX_SITEMAP_BYTES
            ));
            return;
        };
        let text = String::from_utf8_lossy(&body);
        let locs = sitemap::parse(&text, MAX_SITEMAP_URLS - self.sitemap_urls.len());
        for loc in locs.locs {
            let Ok(mut u) = sm.join(&loc) else { continue };
            u.set_fragment(None);
            if !self.on_host(&u) {
                continue;
            }
            if locs.index {
                // One level: an index's sitemaps, not an index inside one.
                if top && self.sitemaps_listed.insert(u.to_string()) {
                    self.sitemap_todo.push_back((u, false));
                }
            } else {
                self.sitemap_urls.push(u);
            }
        }
    }

    /// Queue the sitemaps' URLs once, after the start page's links.
    fn seed_after_start(&mut self) {
        for u in self.seeds.take().unwrap_or_default() {
            if self.on_host(&u) && self.seen.insert(u.to_string()) {
                self.queue.push_back(u);
            }
        }
    }

    /// Breadth-first in waves of `concurrency` fetches: the next wave, or
    /// the end of the crawl.
    fn crawl_wave(&mut self, now: Duration) {
        loop {
            let room = self.settings.max_pages.saturating_sub(self.pages());
            if (self.prefetched.is_none() && self.queue.is_empty()) || room == 0 {
                break;
            }
            if let Some((u, r)) = self.prefetched.take() {
                // The start page was fetched already: it is the first wave.
                if self.allowed(&u) {
                    self.on_pages(vec![(u, r)]);
                    if self.next_page_image(now) {
                        return;
                    }
                    self.finish_pages();
                } else {
                    self.blocked += 1;
                }
                self.seed_after_start();
                continue;
            }
            if let Some(why) = self.spent(now) {
                self.stop = Some(why);
                break;
            }
            let mut wave = Vec::new();
            while wave.len() < self.concurrency.min(room) {
                let Some(u) = self.queue.pop_front() else { break };
                if self.audited.contains(u.as_str()) {
                    continue;
                }
                if !self.allowed(&u) {
                    self.blocked += 1;
                    continue;
                }
                wave.push(Fetch::new(
                    u,
                    Purpose::Page,
                    self.settings.max_bytes + 1,
                    false,
                    false,
                ));
            }
            if !wave.is_empty() {
                self.batch = wave;
                return;
            }
            self.seed_after_start();
        }
        self.end_crawl();
    }

    /// The wave's pages done (their og:images fetched), then the next wave.
    fn after_wave(&mut self, now: Duration) {
        self.finish_pages();
        self.seed_after_start();
        self.crawl_wave(now);
    }

    /// Fetch the next og:image of the wave's pages, if any is left and the
    /// budgets allow: false when there is none to fetch.
    fn next_page_image(&mut self, now: Duration) -> bool {
        if self.spent(now).is_some() {
            // A budget is spent: no more fetching (the og-image-files check
            // says which images it could not judge).
            self.page_images.clear();
        }
        match self.page_images.pop_front() {
            Some(iu) => {
                self.phase = Phase::PageImages;
                self.fetch_one(iu, Purpose::Image, MAX_IMAGE_BYTES, true);
                true
            }
            None => false,
        }
    }

    /// The wave's pages, in order: their previews measured with the
    /// og:images fetched, their reports made and handed out.
    fn finish_pages(&mut self) {
        let Some(site) = self.site.as_mut() else { return };
        for p in std::mem::take(&mut self.pending) {
            let (report, s) = site.finish_page(p);
            let record = PageRecord::of(&report, &s.path);
            let path = s.path.clone();
            site.add_record(record, s);
            self.events.push(Event::Page {
                report: Box::new(report),
                path,
            });
        }
    }

    /// A wave's answers, in order: each HTML page read once (by its final
    /// address), its same-host links queued and its og:images on this host
    /// queued for fetching; the others recorded as failures.
    fn on_pages(&mut self, results: Vec<(Url, Result<Fetched, Failure>)>) {
        let max = self.settings.max_bytes;
        for (u, r) in results {
            let f = match r {
                Ok(f) if f.status >= 400 => {
                    self.fail(&u, Failure::Status(f.status));
                    continue;
                }
                Ok(f) => f,
                Err(e) => {
                    self.fail(&u, e);
                    continue;
                }
            };
            if !f.content_type.is_empty() && !f.content_type.contains("html") {
                self.fail(&u, Failure::NotHtml(f.content_type.clone()));
                continue;
            }
            if f.body.len() > max {
                self.fail(&u, Failure::TooLarge(max as u64));
                continue;
            }
            let mut final_url = f.final_url.clone();
            final_url.set_fragment(None);
            self.seen.insert(final_url.to_string());
            if !self.audited.insert(final_url.to_string()) {
                continue;
            }
            let o = Options {
                content_type: Some(f.content_type.clone()).filter(|c| !c.is_empty()),
                ..self.opts.clone()
            };
            let page_url = final_url.to_string();
            let Some(site) = self.site.as_mut() else { return };
            match site.page_facts(&page_url, Some(&page_url), &f.body, &o) {
                Ok(p) => {
                    let s = &p.summary;
                    for link in s.refs.iter().filter(|r| r.tag == "a") {
                        if let Ok(mut lu) = Url::parse(&link.url) {
                            lu.set_fragment(None);
                            if crawl_policy::on_host(&self.root, &lu) && self.seen.insert(lu.to_string()) {
                                self.queue.push_back(lu);
                            }
                        }
                    }
                    for iu in og_images_on_host(&self.root, s) {
                        if self.images_asked.insert(iu.to_string()) {
                            self.page_images.push_back(iu);
                        }
                    }
                    self.pending.push(p);
                }
                Err(e) => self.log(format!("{}: {}", final_url, e)),
            }
        }
    }

    /// Record a failed URL: in the site data (with its kind) and in the
    /// summary's count of its kind.
    fn fail(&mut self, url: &Url, f: Failure) {
        *self.summary.failures.entry(f.kind().to_string()).or_insert(0) += 1;
        if let Some(site) = self.site.as_mut() {
            site.add_failure(url.to_string(), f);
        }
    }

    /// What a limit left behind; the crawl is over.
    fn end_crawl(&mut self) {
        self.seed_after_start();
        let not_visited: HashSet<&str> = self
            .queue
            .iter()
            .filter(|u| !self.audited.contains(u.as_str()) && self.allowed(u))
            .map(Url::as_str)
            .collect();
        self.summary.not_visited = not_visited.len();
        if self.summary.not_visited > 0 {
            self.summary.stopped_by = Some(self.stop.unwrap_or("max-pages").into());
        }
        self.finish();
    }

    fn on_image(&mut self, iu: &Url, r: Result<Fetched, Failure>) {
        match r {
            Ok(f) if f.status < 400 => {
                let size = f.length.unwrap_or(f.body.len() as u64);
                if let Some(site) = self.site.as_mut() {
                    site.add_file_info(iu.to_string(), FileInfo::from_bytes(iu.path(), size, &f.body));
                }
            }
            Ok(f) => self.fail(iu, Failure::Status(f.status)),
            Err(e) => self.fail(iu, e),
        }
    }

    /// The summary's last figures and what the user is told.
    fn finish(&mut self) {
        self.phase = Phase::Done;
        self.summary.pages = self.pages();
        self.summary.skipped_by_robots = self.blocked;
        if self.blocked > 0 {
            self.log(format!(
                "{} URLs skipped: robots.txt disallows them for {}",
                self.blocked, ROBOTS_TOKEN
            ));
        }
        if let Some(limit) = self.summary.stopped_by.clone() {
            let s = &self.settings;
            let value = match limit.as_str() {
                "max-time" => s.max_time.unwrap_or_default().as_secs_f64().to_string(),
                "max-bytes-total" => s.max_bytes_total.unwrap_or_default().to_string(),
                _ => s.max_pages.to_string(),
            };
            self.log(format!(
                "stopped by --{} {}: {} known URLs not visited",
                limit, value, self.summary.not_visited
            ));
        }
        if !self.summary.failures.is_empty() {
            let kinds: Vec<String> = self
                .summary
                .failures
                .iter()
                .map(|(k, n)| format!("{} {}", n, k))
                .collect();
            let total = self.summary.failures.values().sum::<usize>();
            self.log(format!("{} URLs failed ({})", total, kinds.join(", ")));
            let lines: Vec<String> = self
                .site
                .as_ref()
                .map(|s| {
                    s.failures()
                        .iter()
                        .take(SHOWN_FAILURES)
                        .map(|(url, why)| format!("  {}: {}", url, why.message(self.opts.locale)))
                        .collect()
                })
                .unwrap_or_default();
            for l in lines {
                self.log(l);
            }
            if total > SHOWN_FAILURES {
                self.log(format!("  … and {} more", total - SHOWN_FAILURES));
            }
        }
    }
}

/// A page's og:images on the crawl's host (resolved against the page's URL).
fn og_images_on_host(root: &Url, s: &super::PageSummary) -> Vec<Url> {
    let Ok(pu) = Url::parse(&s.url) else {
        return Vec::new();
    };
    s.og_images
        .iter()
        .filter_map(|(raw, _)| pu.join(raw).ok())
        .filter(|iu| crawl_policy::on_host(root, iu))
        .collect()
}

impl Fetch {
    fn new(url: Url, purpose: Purpose, limit: usize, range: bool, any_host: bool) -> Fetch {
        Fetch {
            purpose,
            limit,
            range,
            any_host,
            chain: vec![url],
            in_flight: None,
            result: None,
        }
    }
}

impl std::fmt::Debug for Crawler {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Crawler")
            .field("start", &self.start.as_str())
            .field("phase", &self.phase)
            .field("pages", &self.pages())
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(body: &str) -> Response {
        Response {
            status: 200,
            content_type: Some("text/html".into()),
            body: format!(
                "<!DOCTYPE html><html lang=en><head><title>T</title></head><body>{}</body></html>",
                body
            )
            .into_bytes(),
            ..Default::default()
        }
    }

    fn status(code: u16) -> Response {
        Response {
            status: code,
            ..Default::default()
        }
    }

    fn redirect(to: &str) -> Response {
        Response {
            status: 302,
            location: Some(to.into()),
            ..Default::default()
        }
    }

    fn no_gzip() -> Inflate {
        Box::new(|_, _| Err("no gzip here".into()))
    }

    /// The requests (URL, when), the events, the end.
    type Ran = (Vec<(String, Duration)>, Vec<String>, Result<SiteEnd, String>);

    /// Drive a crawl against `site` (URL → answer; None: a timeout) on a
    /// fake clock that jumps to each wait: the requests in order, the
    /// events, the end.
    fn run(start: &str, settings: Settings, site: impl Fn(&str) -> Option<Response>) -> Ran {
        let mut c = Crawler::new(start, settings, &Options::default(), no_gzip()).unwrap();
        let mut now = Duration::from_secs(100);
        let mut asked = Vec::new();
        let mut events = Vec::new();
        let mut in_flight = VecDeque::new();
        for _ in 0..10_000 {
            let step = c.next(now);
            for e in c.take_events() {
                events.push(match e {
                    // With what its WhatsApp preview knows of the image file.
                    Event::Page { path, report } => {
                        let w = &report.facts["previews"]["whatsapp"];
                        match w["imageBytes"].as_u64() {
                            Some(b) => format!(
                                "page {} (image {} bytes, {}×{} px, {}; {})",
                                path,
                                b,
                                w["imageWidth"],
                                w["imageHeight"],
                                w["imageSizeSource"].as_str().unwrap_or("?"),
                                w["warnings"][0]["code"].as_str().unwrap_or("no warning")
                            ),
                            None => format!("page {}", path),
                        }
                    }
                    Event::Log(l) => l,
                });
            }
            match step {
                Step::Fetch(r) => {
                    asked.push((r.url.to_string(), now - Duration::from_secs(100)));
                    in_flight.push_back(r);
                }
                Step::Wait(t) => now = t,
                Step::Pending => {
                    let r = in_flight.pop_front().expect("a request in flight");
                    match site(r.url.as_str()) {
                        Some(resp) => c.on_response(r.id, resp),
                        None => c.on_failure(r.id, Failure::Timeout),
                    }
                    now += Duration::from_millis(10);
                }
                Step::Done => return (asked, events, c.end()),
            }
        }
        panic!("the crawl did not end");
    }

    fn urls(asked: &[(String, Duration)]) -> Vec<&str> {
        asked.iter().map(|(u, _)| u.as_str()).collect()
    }

    #[test]
    fn robots_first_then_sitemaps_then_pages_breadth_first() {
        let (asked, events, end) = run("https://example.com/", Settings::default(), |u| {
            Some(match u {
                "https://example.com/robots.txt" => Response {
                    status: 200,
                    body: b"User-agent: *\nDisallow: /private\n".to_vec(),
                    ..Default::default()
                },
                "https://example.com/sitemap.xml" => Response {
                    status: 200,
                    body: b"<urlset><url><loc>https://example.com/orphan</loc></url></urlset>".to_vec(),
                    ..Default::default()
                },
                "https://example.com/" => {
                    page("<a href=/a>a</a> <a href=/private>p</a> <a href=https://other.example/>o</a>")
                }
                "https://example.com/a" => page("<a href=/b>b</a>"),
                "https://example.com/b" | "https://example.com/orphan" => page(""),
                _ => status(404),
            })
        });
        assert_eq!(
            urls(&asked),
            [
                "https://example.com/",
                "https://example.com/robots.txt",
                "https://example.com/sitemap.xml",
                "https://example.com/a",
                "https://example.com/orphan",
                "https://example.com/b",
            ]
        );
        let end = end.unwrap();
        let crawl = end.crawl.unwrap();
        assert_eq!((crawl.pages, crawl.skipped_by_robots), (4, 1));
        assert!(events.contains(&"1 URLs skipped: robots.txt disallows them for smo-audit".to_string()));
    }

    #[test]
    fn redirects_are_decided_hop_by_hop() {
        let (asked, _, end) = run("https://apex.example/", Settings::default(), |u| {
            Some(match u {
                "https://apex.example/" => redirect("https://www.example/"),
                "https://www.example/" => {
                    page("<a href=/away>x</a> <a href=/loop>l</a> <a href=https://apex.example/x>a</a>")
                }
                "https://www.example/away" => redirect("https://apex.example/secret"),
                "https://www.example/loop" => redirect("/loop"),
                _ => status(404),
            })
        });
        assert!(!urls(&asked).contains(&"https://apex.example/secret"));
        assert!(!urls(&asked).contains(&"https://apex.example/x"));
        let end = end.unwrap();
        let crawl = end.crawl.as_ref().unwrap();
        assert_eq!(crawl.final_url, "https://www.example/");
        assert_eq!(crawl.failures["off-host-redirect"], 1);
        assert_eq!(crawl.failures["redirect-loop"], 1);
    }

    #[test]
    fn delays_space_every_request_and_budgets_stop_the_crawl() {
        let site = |u: &str| {
            Some(match u {
                "https://example.com/" => page("<a href=/1>1</a> <a href=/2>2</a> <a href=/3>3</a>"),
                "https://example.com/1" | "https://example.com/2" => page(""),
                "https://example.com/3" => return None,
                _ => status(404),
            })
        };
        let settings = Settings {
            delay: Duration::from_secs(2),
            ..Settings::default()
        };
        let (asked, events, end) = run("https://example.com/", settings, site);
        // The delay is known once robots.txt is read: from the next request
        // (the sitemap) on, 2 s between two starts.
        let starts: Vec<Duration> = asked.iter().skip(2).map(|(_, t)| *t).collect();
        assert_eq!(starts.len(), 4, "{:?}", asked);
        for w in starts.windows(2) {
            assert!(w[1] - w[0] >= Duration::from_secs(2), "{:?}", asked);
        }
        assert!(events
            .iter()
            .any(|e| e.contains("waiting 2 s between requests (--delay)")));
        let crawl = end.unwrap().crawl.unwrap();
        assert_eq!(crawl.delay_ms, Some(2000));
        assert_eq!(crawl.failures["timeout"], 1);
        let settings = Settings {
            max_time: Some(Duration::ZERO),
            ..Settings::default()
        };
        let (asked, events, end) = run("https://example.com/", settings, site);
        assert_eq!(
            urls(&asked),
            ["https://example.com/", "https://example.com/robots.txt"]
        );
        let crawl = end.unwrap().crawl.unwrap();
        assert_eq!(
            (crawl.stopped_by.as_deref(), crawl.not_visited),
            (Some("max-time"), 3)
        );
        assert!(events.contains(&"stopped by --max-time 0: 3 known URLs not visited".to_string()));
    }

    #[test]
    fn a_failed_start_or_no_page_is_the_error() {
        let (_, _, end) = run("https://example.com/", Settings::default(), |_| Some(status(404)));
        assert_eq!(
            end.unwrap_err(),
            "cannot crawl https://example.com/: the start URL answers HTTP 404"
        );
        let (_, _, end) = run("https://example.com/#top", Settings::default(), |u| {
            Some(match u {
                "https://example.com/robots.txt" => Response {
                    status: 200,
                    body: b"User-agent: *\nDisallow: /\n".to_vec(),
                    ..Default::default()
                },
                _ => page(""),
            })
        });
        assert_eq!(
            end.unwrap_err(),
            "no HTML page could be fetched from https://example.com/#top"
        );
        assert!(Crawler::new(
            "ftp://x.example/",
            Settings::default(),
            &Options::default(),
            no_gzip()
        )
        .is_err());
    }

    /// A PNG header of `w`×`h` pixels (the rest of the file is not read).
    fn png_head(w: u32, h: u32) -> Vec<u8> {
        let mut b = b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR".to_vec();
        b.extend(w.to_be_bytes());
        b.extend(h.to_be_bytes());
        b.extend([8, 2, 0, 0, 0, 0, 0, 0, 0]);
        b
    }

    #[test]
    fn each_waves_og_images_are_fetched_before_its_pages_are_reported() {
        let og = |img: &str| {
            page(&format!(
                "<a href=/b>b</a><meta property=og:image content={img}><meta property=og:image:width content=1200><meta property=og:image:height content=630>"
            ))
        };
        let (asked, events, end) = run("https://example.com/", Settings::default(), |u| {
            Some(match u {
                "https://example.com/" => og("/big.png"),
                "https://example.com/b" => og("https://example.com/big.png"),
                "https://example.com/big.png" => Response {
                    status: 206,
                    content_type: Some("image/png".into()),
                    content_range: Some("bytes 0-24/700000".into()),
                    body: png_head(1200, 630),
                    ..Default::default()
                },
                _ => status(404),
            })
        });
        // The start page, then its og:image (once), then the next wave.
        assert_eq!(
            urls(&asked),
            [
                "https://example.com/",
                "https://example.com/robots.txt",
                "https://example.com/sitemap.xml",
                "https://example.com/big.png",
                "https://example.com/b",
            ]
        );
        let line = "(image 700000 bytes, 1200×630 px, file; image-too-heavy)";
        assert_eq!(
            events,
            [
                format!("page https://example.com/ {line}"),
                format!("page https://example.com/b {line}")
            ]
        );
        assert!(end
            .unwrap()
            .data
            .unwrap()
            .files
            .contains_key("https://example.com/big.png"));
    }
}
