//! Crawling a live site (native): only the I/O around the engine's crawl
//! (`smo_audit::site::crawler::Crawler`), which decides everything else —
//! which URL is fetched next, robots.txt, sitemaps, redirects, delays,
//! budgets, what each answer means. Here: ureq with a resolver that keeps only
//! the addresses the engine's policy allows, one thread per request in flight
//! (the engine bounds them by `--concurrency`), the clock, and gzip.

use std::io::Read;
use std::net::{IpAddr, ToSocketAddrs};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use ureq::unversioned::resolver::{DefaultResolver, ResolvedSocketAddrs, Resolver};
use ureq::unversioned::transport::{DefaultConnector, NextTimeout};

use url::Url;

use smo_audit::render::SiteEnd;
use smo_audit::report::Report;
use smo_audit::site::crawl_policy::{self, Failure};
use smo_audit::site::crawler::{Crawler, Event, Request, Response, Settings, Step};
use smo_audit::Options;

pub use smo_audit::site::crawler::USER_AGENT;

#[derive(Debug, Clone)]
pub struct CrawlOptions {
    /// What the engine decides with (pages, concurrency, sizes, delay, budgets, robots).
    pub settings: Settings,
    /// Per request (each redirect hop is one).
    pub timeout: Duration,
    /// The User-Agent header sent.
    pub user_agent: String,
}

impl Default for CrawlOptions {
    fn default() -> Self {
        CrawlOptions {
            settings: Settings::default(),
            timeout: Duration::from_secs(15),
            user_agent: USER_AGENT.to_string(),
        }
    }
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

/// The crawl's HTTP client: no automatic redirects (the engine decides each
/// hop), no proxy (the address connected to is the one vetted), every
/// address vetted by [`VettingResolver`].
fn agent(co: &CrawlOptions, allow_special: bool) -> ureq::Agent {
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
    ureq::Agent::with_parts(config, DefaultConnector::default(), resolver)
}

/// Send one request of the engine's and read at most its byte limit.
fn fetch(agent: &ureq::Agent, req: &Request) -> Result<Response, Failure> {
    let mut call = agent.get(req.url.as_str());
    if let Some(range) = &req.range {
        call = call.header("Range", range);
    }
    let mut resp = call.call().map_err(failure_of)?;
    let header = |n: &str| {
        resp.headers()
            .get(n)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string)
    };
    let mut r = Response {
        status: resp.status().as_u16(),
        location: header("location"),
        content_type: header("content-type"),
        content_length: header("content-length"),
        content_range: header("content-range"),
        body: Vec::new(),
    };
    if (300..400).contains(&r.status) && r.location.is_some() {
        return Ok(r);
    }
    resp.body_mut()
        .as_reader()
        .take(req.max_bytes as u64)
        .read_to_end(&mut r.body)
        .map_err(|e| failure_of(ureq::Error::Io(e)))?;
    Ok(r)
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

/// Decompress a gzip body (members one after another), at most `limit`
/// bytes: None when it holds more.
fn gunzip(body: &[u8], limit: usize) -> Result<Option<Vec<u8>>, String> {
    let mut out = Vec::new();
    flate2::read::MultiGzDecoder::new(body)
        .take(limit as u64 + 1)
        .read_to_end(&mut out)
        .map_err(|e| e.to_string())?;
    Ok((out.len() <= limit).then_some(out))
}

/// Crawl from `start` and hand each audited page to `on_page` (in crawl
/// order, with its path) instead of keeping the reports: memory stays flat.
/// Returns the site's end (records, site checks, data, crawl summary), or
/// the error a run stops on (a bad or failed start URL, no page audited).
pub fn crawl_each(
    start: &str,
    co: &CrawlOptions,
    opts: &Options,
    progress: &(dyn Fn(usize) + Sync),
    on_page: &mut dyn FnMut(Report, &str),
) -> Result<SiteEnd, String> {
    let origin = Instant::now();
    let mut crawler = Crawler::new(start, co.settings.clone(), opts, Box::new(gunzip))?;
    // Special addresses (loopback, private, …) only for a site that is itself
    // on one (a local or staging server).
    let allow_special = Url::parse(start).is_ok_and(|u| crawl_policy::allows_special(&resolve(&u)));
    let agent = agent(co, allow_special);
    let (tx, rx) = mpsc::channel::<(u64, Result<Response, Failure>)>();
    let deliver = |c: &mut Crawler, (id, r): (u64, Result<Response, Failure>)| match r {
        Ok(resp) => c.on_response(id, resp),
        Err(f) => c.on_failure(id, f),
    };
    let mut pages = 0;
    loop {
        let step = crawler.next(origin.elapsed());
        for e in crawler.take_events() {
            match e {
                Event::Page { report, path } => {
                    pages += 1;
                    on_page(*report, &path);
                    progress(pages);
                }
                Event::Log(line) => eprintln!("smo-audit: {}", line),
            }
        }
        match step {
            Step::Fetch(req) => {
                let (agent, tx) = (agent.clone(), tx.clone());
                std::thread::spawn(move || {
                    let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| fetch(&agent, &req)))
                        .unwrap_or_else(|_| Err(Failure::Connection("the request failed".into())));
                    let _ = tx.send((req.id, r));
                });
            }
            Step::Wait(at) => {
                let now = origin.elapsed();
                if at > now {
                    if let Ok(m) = rx.recv_timeout(at - now) {
                        deliver(&mut crawler, m);
                    }
                }
            }
            Step::Pending => match rx.recv() {
                Ok(m) => deliver(&mut crawler, m),
                Err(_) => return Err("the crawl lost a request".into()),
            },
            Step::Done => break,
        }
    }
    crawler.end()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn req(url: &str) -> Request {
        Request {
            id: 1,
            url: Url::parse(url).unwrap(),
            purpose: smo_audit::site::crawler::Purpose::Page,
            max_bytes: 10,
            range: None,
        }
    }

    #[test]
    fn special_addresses_are_refused_before_connecting() {
        let a = agent(&CrawlOptions::default(), false);
        // Nothing listens on port 1: a connection attempt would fail otherwise.
        for (url, ip) in [
            ("http://127.0.0.1:1/", "127.0.0.1"),
            ("http://[::1]:1/", "::1"),
            ("http://localhost:1/", ""),
        ] {
            match fetch(&a, &req(url)) {
                Err(Failure::RefusedAddress(got)) => assert!(got.contains(ip), "{}: {}", url, got),
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
        let a = agent(&CrawlOptions::default(), true);
        match fetch(&a, &req("http://127.0.0.1:1/")) {
            Err(Failure::Connection(_)) => {}
            r => panic!("{:?}", r.map(|f| f.status)),
        }
    }

    #[test]
    fn gunzip_is_bounded() {
        use std::io::Write;
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        e.write_all(&[b'a'; 100]).unwrap();
        let gz = e.finish().unwrap();
        assert_eq!(gunzip(&gz, 100).unwrap().unwrap().len(), 100);
        assert_eq!(gunzip(&gz, 99).unwrap(), None);
        assert!(gunzip(b"\x1f\x8bnot gzip", 10).is_err());
    }
}
