//! Crawling a live site (native only): same-host breadth-first from a start URL,
//! robots.txt obeyed (as the `smo-audit` agent), timeouts, size limits,
//! redirects, a clear user agent; og:image files fetched by their first bytes and
//! headers to learn their real size. Pages are audited as they arrive and only
//! their summaries are kept.

use std::collections::{BTreeMap, HashSet, VecDeque};
use std::io::Read;
use std::time::Duration;

use url::Url;

use smo_audit::report::PageRecord;
use smo_audit::report::Report;
use smo_audit::site::robots::Robots;
use smo_audit::site::{FileInfo, PageSummary, SiteBuilder};
use smo_audit::Options;

pub const USER_AGENT: &str = concat!(
    "smo-audit/",
    env!("CARGO_PKG_VERSION"),
    " (+https://example.invalid/smo-audit; social media optimization audit)"
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
}

impl Default for CrawlOptions {
    fn default() -> Self {
        CrawlOptions {
            max_pages: 100,
            concurrency: 4,
            timeout: Duration::from_secs(15),
            max_bytes: smo_audit::input::DEFAULT_MAX_BYTES,
        }
    }
}

/// What one fetch returned.
struct Fetched {
    status: u16,
    final_url: Url,
    content_type: String,
    length: Option<u64>,
    body: Vec<u8>,
}

fn agent(co: &CrawlOptions) -> ureq::Agent {
    ureq::Agent::config_builder()
        .timeout_global(Some(co.timeout))
        .max_redirects(5)
        .http_status_as_error(false)
        .user_agent(USER_AGENT)
        .build()
        .into()
}

fn fetch(agent: &ureq::Agent, url: &Url, limit: usize, range: bool) -> Result<Fetched, String> {
    use ureq::ResponseExt;
    let mut req = agent.get(url.as_str());
    if range {
        req = req.header("Range", format!("bytes=0-{}", limit.saturating_sub(1)));
    }
    let mut resp = req.call().map_err(|e| e.to_string())?;
    let status = resp.status().as_u16();
    let final_url = Url::parse(&resp.get_uri().to_string()).unwrap_or_else(|_| url.clone());
    let header = |n: &str| {
        resp.headers()
            .get(n)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string)
    };
    let content_type = header("content-type").unwrap_or_default().to_ascii_lowercase();
    let length = header("content-range")
        .and_then(|r| r.rsplit('/').next().and_then(|t| t.trim().parse().ok()))
        .or_else(|| header("content-length").and_then(|l| l.trim().parse().ok()));
    let mut body = Vec::new();
    resp.body_mut()
        .as_reader()
        .take(limit as u64)
        .read_to_end(&mut body)
        .map_err(|e| e.to_string())?;
    Ok(Fetched {
        status,
        final_url,
        content_type,
        length,
        body,
    })
}

/// Crawl from `start`, audit each HTML page, and gather the site data, handing each audited page to `on_page` (in crawl order,
/// with its summary) instead of keeping the reports: memory stays flat.
pub fn crawl_each(
    start: &Url,
    co: &CrawlOptions,
    opts: &Options,
    progress: &(dyn Fn(usize) + Sync),
    on_page: &mut dyn FnMut(Report, &PageSummary),
) -> Result<SiteBuilder, String> {
    let agent = agent(co);
    let mut root = start.clone();
    root.set_path("/");
    root.set_query(None);
    root.set_fragment(None);
    let mut site = SiteBuilder::crawled(&root, opts);
    // robots.txt first: it decides what we may fetch.
    let robots_url = root.join("/robots.txt").map_err(|e| e.to_string())?;
    let robots = match fetch(&agent, &robots_url, 512 * 1024, false) {
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
        Ok(_) => Robots::default(),
        Err(e) => return Err(format!("cannot reach {}: {}", root, e)),
    };
    if let Ok(sm) = root.join("/sitemap.xml") {
        if let Ok(f) = fetch(&agent, &sm, 1024, true) {
            if f.status == 200 || f.status == 206 {
                site.add_file_info(
                    "sitemap.xml".into(),
                    FileInfo::from_bytes("sitemap.xml", f.length.unwrap_or(0), &[]),
                );
            }
        }
    }
    let allowed = |u: &Url| {
        let p = match u.query() {
            Some(q) => format!("{}?{}", u.path(), q),
            None => u.path().to_string(),
        };
        robots.allowed(ROBOTS_TOKEN, &p)
    };
    let same_host = |u: &Url| {
        u.host_str() == root.host_str() && u.port_or_known_default() == root.port_or_known_default()
    };
    let mut queue: VecDeque<Url> = VecDeque::new();
    let mut seen: HashSet<String> = HashSet::new();
    let mut start = start.clone();
    start.set_fragment(None);
    seen.insert(start.to_string());
    queue.push_back(start);
    let mut blocked = 0usize;
    let mut audited: HashSet<String> = HashSet::new();
    // Breadth-first in waves of `concurrency` parallel fetches.
    while !queue.is_empty() && site.pages() < co.max_pages {
        let room = co.max_pages - site.pages();
        let mut wave = Vec::new();
        while wave.len() < co.concurrency.max(1).min(room) {
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
        let results: Vec<(Url, Result<Fetched, String>)> = std::thread::scope(|s| {
            let hs: Vec<_> = wave
                .iter()
                .map(|u| {
                    let agent = &agent;
                    s.spawn(move || (u.clone(), fetch(agent, u, co.max_bytes + 1, false)))
                })
                .collect();
            hs.into_iter().filter_map(|h| h.join().ok()).collect()
        });
        for (u, r) in results {
            let f = match r {
                Ok(f) if f.status < 400 => f,
                _ => {
                    site.add_missing(u.to_string());
                    continue;
                }
            };
            if !f.content_type.is_empty() && !f.content_type.contains("html") {
                continue;
            }
            if !same_host(&f.final_url) {
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
                        if let Ok(lu) = Url::parse(&link.url) {
                            if same_host(&lu) && seen.insert(lu.to_string()) {
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
    }
    // og:image files on this host: their first bytes give the real size.
    let mut images: BTreeMap<String, ()> = BTreeMap::new();
    for p in site.summaries() {
        if let Ok(pu) = Url::parse(&p.url) {
            for (raw, _) in &p.og_images {
                if let Ok(iu) = pu.join(raw) {
                    if same_host(&iu) {
                        images.insert(iu.to_string(), ());
                    }
                }
            }
        }
    }
    for img in images.keys() {
        let Ok(iu) = Url::parse(img) else { continue };
        match fetch(&agent, &iu, 256 * 1024, true) {
            Ok(f) if f.status < 400 => {
                let size = f.length.unwrap_or(f.body.len() as u64);
                site.add_file_info(img.clone(), FileInfo::from_bytes(iu.path(), size, &f.body));
            }
            _ => site.add_missing(img.clone()),
        }
    }
    if blocked > 0 {
        eprintln!(
            "smo-audit: {} URLs skipped: robots.txt disallows them for {}",
            blocked, ROBOTS_TOKEN
        );
    }
    Ok(site)
}
