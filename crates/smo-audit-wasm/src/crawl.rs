//! The engine's crawler (`smo_audit::site::crawler`) for JavaScript: the
//! class `Crawler`. It decides what the native CLI's crawl decides (the URL
//! fetched next, robots.txt, sitemaps, every redirect hop, delays, budgets,
//! the meaning of each answer, the audit of each page); the JS face
//! (`lib/crawl.js`) only resolves names, connects to the addresses
//! `addressAllowed` accepts, sends each request and reads at most its bytes.
//!
//! ```js
//! const c = new Crawler(startUrl, settings, options, startAddresses, gunzip);
//! for (;;) {
//!   const step = c.next(performance.now());   // {fetch} | {wait} | {pending} | {done}
//!   for (const e of c.takeEvents()) …           // {page: {report, path}} | {log: line}
//!   …  c.onResponse(id, status, headers, body) / c.onFailure(id, kind, detail)
//! }
//! const end = c.end();  // {checks, data, crawl, score, checksScore}; throws the run's error
//! ```

use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

use smo_audit::report::CheckReport;
use smo_audit::site::crawl_policy::{self, CrawlSummary, Failure};
use smo_audit::site::crawler::{Crawler as Engine, Event, Response, Settings, Step};
use smo_audit::site::SiteData;

use crate::{err, hook, page_options, to_js};

#[wasm_bindgen(typescript_custom_section)]
const TS_CRAWL: &str = r#"
/** The crawl's limits (the CLI's flags; seconds as numbers). */
export interface CrawlSettings {
    maxPages?: number;
    concurrency?: number;
    maxBytes?: number;
    /** Seconds between two requests (robots.txt's Crawl-delay when larger). */
    delay?: number;
    /** Seconds after which no new fetch starts. */
    maxTime?: number | null;
    maxBytesTotal?: number | null;
    ignoreRobots?: boolean;
}

/** What the crawler asks of its face next. */
export type CrawlStep =
    | { fetch: { id: number; url: string; purpose: "page" | "robots" | "sitemap" | "image"; maxBytes: number; range: string | null } }
    | { wait: number }
    | { pending: true }
    | { done: true };

/** The headers of an answer the crawler reads. */
export interface CrawlHeaders {
    location?: string | null;
    contentType?: string | null;
    contentLength?: string | null;
    contentRange?: string | null;
}

/** An audited page (in crawl order) or a line for stderr (without the tool's prefix). */
export type CrawlEvent = { page: { report: Report; path: string } } | { log: string };

/** The site's end of a crawl: site checks, site data, the crawl summary, scores. */
export interface CrawlEnd {
    checks: CheckReport[];
    data: SiteData;
    crawl: CrawlSummary;
    /** The site score (pages and site checks). */
    score: number;
    /** The site checks' own score. */
    checksScore: number | null;
}
"#;

/// The settings from JS (seconds as numbers, like the CLI's flags).
#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
struct JsSettings {
    max_pages: Option<usize>,
    concurrency: Option<usize>,
    max_bytes: Option<usize>,
    delay: Option<f64>,
    max_time: Option<f64>,
    max_bytes_total: Option<u64>,
    ignore_robots: bool,
}

fn seconds(v: Option<f64>, name: &str) -> Result<Option<std::time::Duration>, JsValue> {
    v.map(|s| {
        std::time::Duration::try_from_secs_f64(s).map_err(|_| {
            err(format!(
                "{} must be a number of seconds, at least 0 (got {})",
                name, s
            ))
        })
    })
    .transpose()
}

#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase", default)]
struct Headers {
    location: Option<String>,
    content_type: Option<String>,
    content_length: Option<String>,
    content_range: Option<String>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
enum JsStep<'a> {
    Fetch(JsRequest<'a>),
    Wait(f64),
    Pending(bool),
    Done(bool),
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct JsRequest<'a> {
    id: u64,
    url: &'a str,
    purpose: &'static str,
    max_bytes: usize,
    range: Option<&'a str>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
enum JsEvent<'a> {
    Page {
        report: &'a smo_audit::Report,
        path: &'a str,
    },
    Log(&'a str),
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct JsEnd<'a> {
    checks: &'a [CheckReport],
    data: &'a Option<SiteData>,
    crawl: &'a Option<CrawlSummary>,
    score: u32,
    checks_score: Option<u32>,
}

/// A crawl of one live site (see the module's documentation).
#[wasm_bindgen(js_name = Crawler)]
pub struct JsCrawler {
    inner: Option<Engine>,
    allow_special: bool,
}

fn ms(d: f64) -> std::time::Duration {
    std::time::Duration::try_from_secs_f64(d / 1000.0).unwrap_or_default()
}

#[wasm_bindgen(js_class = Crawler)]
impl JsCrawler {
    /// A crawl from `startUrl`. `startAddresses`: what the start URL's host
    /// resolves to (a start on a local or private address allows those for
    /// the whole crawl, as natively). `gunzip(bytes, limit)` decompresses a
    /// gzipped sitemap: the bytes, `null` when it holds more than `limit`
    /// bytes; it throws when the data is not gzip.
    #[wasm_bindgen(constructor)]
    pub fn new(
        #[wasm_bindgen(js_name = startUrl)] start_url: &str,
        #[wasm_bindgen(unchecked_param_type = "CrawlSettings | null")] settings: JsValue,
        #[wasm_bindgen(unchecked_param_type = "Options | null")] options: JsValue,
        #[wasm_bindgen(js_name = startAddresses)] start_addresses: Vec<String>,
        #[wasm_bindgen(unchecked_param_type = "(bytes: Uint8Array, limit: number) => Uint8Array | null")]
        gunzip: js_sys::Function,
    ) -> Result<JsCrawler, JsValue> {
        hook();
        let s: JsSettings = if settings.is_undefined() || settings.is_null() {
            JsSettings::default()
        } else {
            serde_wasm_bindgen::from_value(settings)
                .map_err(|e| err(format!("invalid crawl settings: {}", e)))?
        };
        let d = Settings::default();
        let settings = Settings {
            max_pages: s.max_pages.unwrap_or(d.max_pages),
            concurrency: s.concurrency.unwrap_or(d.concurrency),
            max_bytes: s.max_bytes.unwrap_or(d.max_bytes),
            delay: seconds(s.delay, "delay")?.unwrap_or_default(),
            max_time: seconds(s.max_time, "maxTime")?,
            max_bytes_total: s.max_bytes_total,
            ignore_robots: s.ignore_robots,
        };
        let opts = page_options(options)?;
        let addrs: Vec<std::net::IpAddr> = start_addresses.iter().filter_map(|a| a.parse().ok()).collect();
        let inflate = Box::new(move |bytes: &[u8], limit: usize| {
            let out = gunzip
                .call2(
                    &JsValue::NULL,
                    &js_sys::Uint8Array::from(bytes).into(),
                    &JsValue::from(limit as f64),
                )
                .map_err(|e| {
                    js_sys::Error::from(e)
                        .message()
                        .as_string()
                        .unwrap_or_else(|| "not gzip".into())
                })?;
            if out.is_null() || out.is_undefined() {
                return Ok(None);
            }
            Ok(Some(js_sys::Uint8Array::new(&out).to_vec()))
        });
        let inner = Engine::new(start_url, settings, &opts, inflate).map_err(err)?;
        Ok(JsCrawler {
            inner: Some(inner),
            allow_special: crawl_policy::allows_special(&addrs),
        })
    }

    /// Whether the crawl may connect to `ip` (check every address a name
    /// resolves to, before connecting, redirect hops included).
    #[wasm_bindgen(js_name = addressAllowed)]
    pub fn address_allowed(&self, ip: &str) -> bool {
        ip.trim_start_matches('[')
            .trim_end_matches(']')
            .parse()
            .is_ok_and(|ip| crawl_policy::address_allowed(ip, self.allow_special))
    }

    /// What to do at `nowMs` (a monotonic clock in milliseconds, e.g.
    /// `performance.now()`): `{fetch: request}` (send it now), `{wait: ms}`
    /// (nothing may start before that time; answers are still taken),
    /// `{pending: true}` (wait for an answer) or `{done: true}`.
    #[wasm_bindgen(unchecked_return_type = "CrawlStep")]
    pub fn next(&mut self, #[wasm_bindgen(js_name = nowMs)] now_ms: f64) -> Result<JsValue, JsValue> {
        let c = self.engine()?;
        let step = c.next(ms(now_ms));
        let js = match &step {
            Step::Fetch(r) => JsStep::Fetch(JsRequest {
                id: r.id,
                url: r.url.as_str(),
                purpose: r.purpose.name(),
                max_bytes: r.max_bytes,
                range: r.range.as_deref(),
            }),
            Step::Wait(t) => JsStep::Wait(t.as_secs_f64() * 1000.0),
            Step::Pending => JsStep::Pending(true),
            Step::Done => JsStep::Done(true),
        };
        to_js(&js)
    }

    /// The answer to request `id`: its status, headers and body (at most the
    /// request's `maxBytes`, content coding decoded; none needed for a 3xx
    /// with a Location).
    #[wasm_bindgen(js_name = onResponse)]
    pub fn on_response(
        &mut self,
        id: f64,
        status: u16,
        #[wasm_bindgen(unchecked_param_type = "CrawlHeaders")] headers: JsValue,
        body: Vec<u8>,
    ) -> Result<(), JsValue> {
        let h: Headers =
            serde_wasm_bindgen::from_value(headers).map_err(|e| err(format!("invalid headers: {}", e)))?;
        self.engine()?.on_response(
            id as u64,
            Response {
                status,
                location: h.location,
                content_type: h.content_type,
                content_length: h.content_length,
                content_range: h.content_range,
                body,
            },
        );
        Ok(())
    }

    /// Request `id` failed: `kind` is `timeout`, `refused-address` (detail:
    /// the address), `too-large` (detail: the limit) or `connection` (detail:
    /// the error).
    #[wasm_bindgen(js_name = onFailure)]
    pub fn on_failure(&mut self, id: f64, kind: &str, detail: Option<String>) -> Result<(), JsValue> {
        let d = detail.unwrap_or_default();
        let f = match kind {
            "timeout" => Failure::Timeout,
            "refused-address" => Failure::RefusedAddress(d),
            "too-large" => Failure::TooLarge(d.parse().unwrap_or(0)),
            "connection" => Failure::Connection(d),
            k => return Err(err(format!("unknown failure kind {:?}", k))),
        };
        self.engine()?.on_failure(id as u64, f);
        Ok(())
    }

    /// The pages audited and the lines logged since the last call, in order.
    #[wasm_bindgen(js_name = takeEvents, unchecked_return_type = "CrawlEvent[]")]
    pub fn take_events(&mut self) -> Result<JsValue, JsValue> {
        let events = self.engine()?.take_events();
        let js: Vec<JsEvent> = events
            .iter()
            .map(|e| match e {
                Event::Page { report, path } => JsEvent::Page { report, path },
                Event::Log(l) => JsEvent::Log(l),
            })
            .collect();
        to_js(&js)
    }

    /// The User-Agent sent unless the user names another (the native CLI's).
    #[wasm_bindgen(js_name = userAgent)]
    pub fn user_agent() -> String {
        smo_audit::site::crawler::USER_AGENT.to_string()
    }

    /// Pages audited so far.
    pub fn pages(&self) -> usize {
        self.inner.as_ref().map_or(0, Engine::pages)
    }

    /// After `{done: true}`: the site's end. Throws the error the run stops on
    /// (the start URL failed, or no page could be audited), with the CLI's
    /// message. Once only.
    #[wasm_bindgen(unchecked_return_type = "CrawlEnd")]
    pub fn end(&mut self) -> Result<JsValue, JsValue> {
        let end = self.take_end().map_err(err)?;
        to_js(&JsEnd {
            checks: &end.checks,
            data: &end.data,
            crawl: &end.crawl,
            score: end.score(),
            checks_score: end.checks_score(),
        })
    }
}

impl JsCrawler {
    pub(crate) fn engine(&mut self) -> Result<&mut Engine, JsValue> {
        self.inner.as_mut().ok_or_else(|| err("the crawl has ended"))
    }

    /// The site's end as the engine's type, for a streaming session of this
    /// module to render (records included) without a trip through JS.
    pub(crate) fn take_end(&mut self) -> Result<smo_audit::render::SiteEnd, String> {
        self.inner
            .take()
            .ok_or_else(|| "the crawl has ended".to_string())?
            .end()
    }
}
