//! The WebAssembly surface (wasm-bindgen): the npm package's `audit`, `auditSite`,
//! `auditProfileUrl`, `render`, `formats`, `rules`, `urlFor`, `profileFromUrl` and `version`,
//! and the steps every face of the engine shares: the config file (`parseConfig`,
//! `configIgnored`, `configRulesFor`, `configTemplate`), the gates (`gates`), the
//! rule reference (`ruleDocs`, `explain`), shard membership (`inShard`) and
//! merging shards (`merge`, `mergeRendered`), and the audit page's site audit one
//! page a call (`SiteAudit`, in `site_audit.rs`). Each calls the engine; nothing here
//! re-implements a step of it. JS gets plain objects (serialized
//! JSON-compatibly: maps as objects, missing values as `null`), never JSON strings;
//! errors become JS `Error`s with the CLI's messages. The TypeScript types of the
//! report come from the Rust types (tsify), so they cannot drift from the JSON
//! contract.
//!
//! Built twice (scripts/build-npm): with the default feature `full`, every
//! export (`smo_audit_bg.wasm`); without it, the page module
//! (`smo_audit_page_bg.wasm`: `audit`, `auditProfileUrl`, `profileFromUrl`,
//! `rules`, `urlFor`, `formats`, `version`, `baseUrlProblem`,
//! `defaultMaxBytes`), which the faces load first. An export that a page audit
//! does not need goes behind `#[cfg(feature = "full")]` and into FULL of
//! `npm/api.js`.
#![cfg(target_arch = "wasm32")]
// The page module (`--no-default-features`: the npm package's
// `smo_audit_page_bg.wasm`) keeps the page audit's exports alone; the helpers
// only the others call are compiled out of it with them.
#![cfg_attr(not(feature = "full"), allow(dead_code, unused_imports))]

mod decoder;
mod nfkd;
#[cfg(feature = "full")]
mod run;

use std::collections::BTreeMap;

use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize};
use tsify::Tsify;
use wasm_bindgen::prelude::*;

use smo_audit::checks::{docs, registry};
use smo_audit::config::options::Object;
use smo_audit::config::Config as EngineConfig;
use smo_audit::render::{self, Format, Style, FORMATS};
use smo_audit::report::gates::Gates;
use smo_audit::report::{Report, SiteReport, Status};
use smo_audit::site::{self, SiteInput, SitePage};
use smo_audit::{Locale, Options, RuleConfig};

mod types;
mod validate;
use validate::type_error;
#[cfg(feature = "full")]
mod crawl;
#[cfg(feature = "full")]
mod site_audit;

#[wasm_bindgen(typescript_custom_section)]
const TS_EXTRA: &str = r#"
/** An output format of `render` (the CLI's `--format`). */
export type Format = "text" | "json" | "markdown" | "sarif" | "junit" | "github" | "html";

/** A format of the rule reference (`ruleDocs`, `smo-audit rules --format`). */
export type RulesFormat = "text" | "json" | "markdown";
"#;

/// Page bytes from JS: a string (taken as UTF-8) or the raw bytes (a
/// `Uint8Array`, decoded like the CLI does: BOM, `contentType`, `<meta charset>`).
#[derive(Debug, Clone, Default)]
pub struct Bytes(pub Vec<u8>);

impl<'de> Deserialize<'de> for Bytes {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Bytes;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a string or a Uint8Array")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Bytes, E> {
                Ok(Bytes(v.as_bytes().to_vec()))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<Bytes, E> {
                Ok(Bytes(v.into_bytes()))
            }
            fn visit_bytes<E: de::Error>(self, v: &[u8]) -> Result<Bytes, E> {
                Ok(Bytes(v.to_vec()))
            }
            fn visit_byte_buf<E: de::Error>(self, v: Vec<u8>) -> Result<Bytes, E> {
                Ok(Bytes(v))
            }
        }
        d.deserialize_any(V)
    }
}

/// One page of a site for `auditSite`.
#[derive(Debug, Deserialize, Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(missing_as_null, hashmap_as_object)]
pub struct PageInput {
    /// Path relative to the site root, `/`-separated (`blog/post/index.html`).
    pub path: String,
    /// The page's public URL; derived from `baseUrl` and `path` when absent.
    #[serde(default)]
    pub url: Option<String>,
    /// The page: HTML text, or its raw bytes.
    #[tsify(type = "string | Uint8Array")]
    pub html: Bytes,
    /// The rules of this page (default: the options' `rules`), e.g. a config
    /// file's `config.rulesFor(path)`, as the CLI applies `[[overrides]]`.
    #[serde(default)]
    #[tsify(optional, type = "Record<string, RuleConfig> | null")]
    pub rules: Option<BTreeMap<String, RuleConfig>>,
}

/// Options of `auditSite`: the page options plus the site's base URL and its
/// other files (robots.txt, sitemap.xml, ...) by path.
#[derive(Debug, Deserialize, Tsify, Default)]
#[serde(rename_all = "camelCase")]
#[tsify(missing_as_null, hashmap_as_object)]
pub struct SiteOptions {
    #[serde(flatten)]
    pub options: Options,
    /// The site's public URL: each page's URL is base URL + its path.
    #[serde(default)]
    pub base_url: Option<String>,
    /// Other files of the site by path (`robots.txt`, `sitemap.xml`, images).
    #[serde(default)]
    #[tsify(type = "Record<string, string | Uint8Array>")]
    pub files: BTreeMap<String, Bytes>,
    /// The real size in bytes of files given truncated in `files` (their first
    /// bytes are enough for image dimensions), by path.
    #[serde(default)]
    #[tsify(optional, type = "Record<string, number>")]
    pub file_sizes: BTreeMap<String, u64>,
    /// True when `files` is the site's whole file tree (a build folder), so a
    /// robots.txt or sitemap that is not in it is missing; false for pages
    /// without their files (an upload). Default: true when `files` is not empty.
    #[serde(default)]
    pub file_tree: Option<bool>,
    /// The folder the paths are relative to, as CI tools should see it: each
    /// report's `path` is root/path and the site data keeps it (for merge).
    #[serde(default)]
    pub root: Option<String>,
    /// A shard run: `[K, N]`, recorded in the site data for merge.
    #[serde(default)]
    #[tsify(optional)]
    pub shard: Option<[u32; 2]>,
}

/// How `render` lays out text (JSON ignores these).
#[derive(Debug, Deserialize, Tsify, Default)]
#[serde(rename_all = "camelCase", default)]
#[tsify(missing_as_null, hashmap_as_object)]
pub struct RenderOptions {
    /// The page's name in the text heading (default: its URL, else `page`).
    pub label: Option<String>,
    /// A site's page names, in page order (default: each page's URL).
    pub labels: Option<Vec<String>>,
    /// Show passing and skipped checks too.
    pub verbose: bool,
    /// ANSI colours (for a terminal).
    pub color: bool,
    /// The audited folder as given on the command line: SARIF and GitHub
    /// annotations name files as root + page path (default: the page path).
    pub root: Option<String>,
    /// One page: its file as CI tools see it (the report's `path`).
    pub path: Option<String>,
}

/// A known network's profile address: the network and the handle in it.
#[derive(Debug, Serialize, Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(missing_as_null, hashmap_as_object)]
pub struct ProfileAddress {
    /// The network's id (`x`, `instagram`, `linkedin`, `mastodon`, ...).
    pub network: String,
    pub handle: String,
    /// The address uses a numeric or generated id instead of a chosen handle.
    pub id_based: bool,
}

/// One check's metadata and documentation, as `smo-audit rules --format json`.
#[derive(Debug, Serialize, Tsify)]
#[tsify(missing_as_null, hashmap_as_object)]
#[serde(rename_all = "camelCase")]
pub struct RuleInfo {
    pub id: String,
    pub category: String,
    /// The category's title in the locale.
    pub category_title: String,
    pub weight: u8,
    pub title: String,
    pub help: String,
    pub what: String,
    pub why: String,
    pub fix: String,
    pub example: String,
    pub sources: Vec<String>,
    /// The thresholds it takes in `[rules.ID]` of smo-audit.toml.
    pub params: Vec<String>,
}

/// What `auditRendered` / `auditSiteRendered` give: the rendered output (byte for
/// byte what the CLI prints) and the scores a caller needs for exit codes.
#[derive(Debug, Serialize, Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(missing_as_null, hashmap_as_object)]
pub struct Rendered {
    pub output: String,
    /// The overall score (the page's, or the site's).
    pub score: u32,
    /// Each audited page: its label and score.
    pub pages: Vec<PageScore>,
    /// Pages that could not be audited, as `label: reason` (the site goes on without them).
    pub errors: Vec<String>,
    /// Failed checks over every page and the site checks (the CLI's `--fail-on fail`).
    pub failed: u32,
    /// Checks with a warning over every page and the site checks (`--fail-on warn` adds these).
    pub warned: u32,
    /// The messages of the gates that failed (the `gates` argument; empty when
    /// none was given or all pass). The CLI prints each as `smo-audit: MESSAGE`
    /// on standard error and exits with 1 when there is any.
    pub gates: Vec<String>,
}

/// The gates of a run (the CLI's `--fail-on`, `--min-score`, `--page-min-score`
/// and the config file's `fail-on`, `min-score`, `page-min-score`); a missing
/// one is off.
#[derive(Debug, Deserialize, Tsify, Default)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
#[tsify(missing_as_null, hashmap_as_object)]
pub struct GateOptions {
    /// `fail`: any failed check fails the run; `warn`: any warning too.
    #[tsify(optional, type = "\"fail\" | \"warn\" | null")]
    pub fail_on: Option<String>,
    /// The score (the site score for a site) must be at least this.
    #[tsify(optional, type = "number | null")]
    pub min_score: Option<u32>,
    /// Every page must score at least this.
    #[tsify(optional, type = "number | null")]
    pub page_min_score: Option<u32>,
    /// Every page's score in these categories (by id) must be at least this
    /// (a config's `gateCategories`).
    #[tsify(optional, type = "Record<string, number> | null")]
    pub categories: Option<BTreeMap<String, u32>>,
    /// A failure of any of these checks fails the run (a config's `gateChecks`).
    #[tsify(optional, type = "string[] | null")]
    pub checks: Option<Vec<String>>,
}

/// One shard's report for `mergeRendered`: the text of a `--format json` run
/// with `--shard K/N`, and the file it came from (named in errors).
#[derive(Debug, Deserialize, Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(missing_as_null, hashmap_as_object)]
pub struct ShardInput {
    pub file: String,
    pub json: String,
}

#[derive(Debug, Serialize, Tsify)]
#[tsify(missing_as_null, hashmap_as_object)]
pub struct PageScore {
    pub label: String,
    pub score: u32,
}

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = console, js_name = error)]
    fn console_error(s: &str);
}

/// A panic (a bug; wasm cannot catch it) prints where it happened before the call
/// fails, so a report of it can say more than "unreachable". Every entry calls this.
fn hook() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            console_error(&format!(
                "smo-audit: internal error, please report it with the page: {}",
                info
            ));
        }));
    });
}

/// A JS `Error` (bad input: a page, a report, a config); bad options are a
/// `TypeError` (`validate`).
fn err(msg: impl std::fmt::Display) -> JsValue {
    JsError::new(&msg.to_string()).into()
}

fn to_js<T: Serialize>(v: &T) -> Result<JsValue, JsValue> {
    v.serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| err(format!("cannot hand the result to JavaScript: {}", e)))
}

/// A report (`Report` or `SiteReport`) from JS, read through its JSON text with
/// `serde_json`: the one Deserialize path of the reports in the module, shared
/// with `mergeRendered` (which reads the shards' JSON text), instead of a second
/// copy monomorphized for `serde_wasm_bindgen` (about 12 KB of gzipped wasm).
/// Numbers read the same either way (JSON has no other), and the message
/// leaves out serde_json's position in the intermediate text.
fn report_from_js<T: for<'de> Deserialize<'de>>(js: &JsValue) -> Result<T, String> {
    let text = js_sys::JSON::stringify(js)
        .ok()
        .and_then(|s| s.as_string())
        .ok_or_else(|| "not JSON data".to_string())?;
    serde_json::from_str(&text).map_err(|e| {
        let msg = e.to_string();
        match (e.line(), msg.rfind(" at line ")) {
            (l, Some(i)) if l > 0 => msg[..i].to_string(),
            _ => msg,
        }
    })
}

fn page_options(js: JsValue) -> Result<Options, JsValue> {
    validate::read(js, Object::Page)
}

fn read_render_options(js: Option<JsValue>) -> Result<RenderOptions, JsValue> {
    validate::read(js.unwrap_or(JsValue::UNDEFINED), Object::Render)
}

fn site_options(js: JsValue) -> Result<SiteOptions, JsValue> {
    let o: SiteOptions = validate::read(js, Object::Site)?;
    if let Some(b) = &o.base_url {
        check_base_url(b)?;
    }
    Ok(o)
}

/// The CLI's `--base-url` rule: an absolute http(s) URL.
fn check_base_url(b: &str) -> Result<(), JsValue> {
    if url::Url::parse(b)
        .map(|u| !matches!(u.scheme(), "http" | "https"))
        .unwrap_or(true)
    {
        return Err(type_error(format!(
            "--base-url {:?} is not an absolute http(s) URL; give e.g. https://example.com",
            b
        )));
    }
    Ok(())
}

fn html_bytes(js: JsValue) -> Result<Vec<u8>, JsValue> {
    if let Some(s) = js.as_string() {
        return Ok(s.into_bytes());
    }
    if js.is_instance_of::<js_sys::Uint8Array>() {
        return Ok(js_sys::Uint8Array::from(js).to_vec());
    }
    if js.is_instance_of::<js_sys::ArrayBuffer>() {
        return Ok(js_sys::Uint8Array::new(&js).to_vec());
    }
    Err(err("the page must be a string or a Uint8Array"))
}

/// Per-page rules of a site's pages (`None`: the options' rules), in page order.
type PageRules = Vec<Option<BTreeMap<String, RuleConfig>>>;

fn site_input(pages: JsValue, opts: &SiteOptions) -> Result<(SiteInput, PageRules), JsValue> {
    if !js_sys::Array::is_array(&pages) {
        return Err(err("pages must be an array of {path, url?, html, rules?}"));
    }
    validate::page_rules(&js_sys::Array::from(&pages))?;
    let pages: Vec<PageInput> =
        serde_wasm_bindgen::from_value(pages).map_err(|e| err(format!("invalid pages: {}", e)))?;
    let mut rules = Vec::with_capacity(pages.len());
    let pages = pages
        .into_iter()
        .map(|p| {
            rules.push(p.rules);
            SitePage {
                path: p.path,
                url: p.url,
                html: p.html.0,
            }
        })
        .collect();
    Ok((
        SiteInput {
            pages,
            // The files are read from `SiteOptions` by `site_data`.
            files: BTreeMap::new(),
            base_url: opts.base_url.clone(),
            root: None,
        },
        rules,
    ))
}

fn style(o: &RenderOptions) -> Style {
    Style {
        color: o.color,
        verbose: o.verbose,
        ..Style::default()
    }
}

fn root(o: &RenderOptions) -> &str {
    o.root.as_deref().unwrap_or("")
}

fn parse_format(format: &str) -> Result<Format, JsValue> {
    validate::format(format)
}

/// Failed and warned checks over the pages and the site checks (for `--fail-on`).
fn counts(s: &SiteReport) -> (u32, u32) {
    let all = || {
        s.pages
            .iter()
            .flat_map(|p| p.checks())
            .chain(s.site.checks.iter())
    };
    let n = |st: Status| all().filter(|c| c.status == st).count() as u32;
    (n(Status::Fail), n(Status::Warn))
}

/// The engine's site builder for the options: the base URL, the folder, the
/// shard and every other file (its real size, its bytes for image dimensions
/// and robots.txt).
fn site_builder(base_url: Option<&str>, opts: &SiteOptions) -> site::SiteBuilder {
    let mut b = site::SiteBuilder::new(base_url, &opts.options)
        .with_file_tree(opts.file_tree.unwrap_or(!opts.files.is_empty()));
    if let Some(root) = &opts.root {
        b = b.with_root(root);
    }
    if let Some([k, n]) = opts.shard {
        b = b.with_shard(k, n);
    }
    for (path, bytes) in &opts.files {
        let key = path.trim_start_matches('/').replace('\\', "/");
        let size = opts
            .file_sizes
            .get(&key)
            .copied()
            .unwrap_or(bytes.0.len() as u64)
            .max(bytes.0.len() as u64);
        b.add_file(path, size, &bytes.0);
    }
    b
}

/// Audit the pages (each with its summary) and run the site checks, with the
/// engine's site builder (every other file's size and image dimensions,
/// robots.txt). `Err` per page that cannot be audited, labelled with its path.
fn site_run(
    input: &SiteInput,
    rules: &PageRules,
    opts: &SiteOptions,
) -> (SiteReport, Vec<String>, Vec<String>) {
    let mut b = site_builder(input.base_url.as_deref(), opts);
    let mut reports = Vec::new();
    let mut errors = Vec::new();
    for (i, p) in input.pages.iter().enumerate() {
        let own;
        let page_opts = match rules.get(i).and_then(|r| r.as_ref()) {
            Some(r) => {
                own = Options {
                    rules: r.clone(),
                    ..opts.options.clone()
                };
                &own
            }
            None => &opts.options,
        };
        match b.audit_page(&p.path, p.url.as_deref(), &p.html, page_opts) {
            Ok((r, s)) => {
                b.add_page(&r, s);
                reports.push(r);
            }
            Err(e) => {
                // Listed as not audited by every format, as the CLI does.
                b.add_unreadable(&p.path, e.to_string());
                errors.push(format!("{}: not audited: {}", p.path, e));
            }
        }
    }
    let labels = b.summaries().iter().map(|p| p.path.clone()).collect();
    (site::site_report(reports, b.finish()), labels, errors)
}

fn default_label(r: &Report, i: usize) -> String {
    r.url.clone().unwrap_or_else(|| format!("page {}", i + 1))
}

/// Audit one page: its HTML (a string, or the raw bytes as a `Uint8Array`) and the
/// options (`url`, `locale`, `kind`, `language`, `contentType`, `maxBytes`,
/// `rules`, `includeText`: `facts.mainText` and `facts.headline` in the report;
/// `images`: `[{url, bytes, width, height}]`, what is known of image files, e.g.
/// one the user dropped in the page: a preview showing that image uses them).
/// Returns the report as a plain object; throws an `Error` with the CLI's message
/// on bad input.
#[wasm_bindgen(unchecked_return_type = "Report")]
pub fn audit(
    #[wasm_bindgen(unchecked_param_type = "string | Uint8Array")] html: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Options | null")] options: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    hook();
    let opts = page_options(options.unwrap_or(JsValue::UNDEFINED))?;
    let bytes = html_bytes(html)?;
    let report = smo_audit::audit(&bytes, &opts).map_err(err)?;
    to_js(&report)
}

/// Audit a whole site: its pages (`{path, url?, html}`) and options (the page
/// options plus `baseUrl` and `files`: robots.txt, sitemap.xml, ... by path).
/// Returns the site report as a plain object.
#[cfg(feature = "full")]
#[wasm_bindgen(js_name = auditSite, unchecked_return_type = "SiteReport")]
pub fn audit_site(
    #[wasm_bindgen(unchecked_param_type = "PageInput[]")] pages: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "SiteOptions | null")] options: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    hook();
    let opts = site_options(options.unwrap_or(JsValue::UNDEFINED))?;
    let (input, rules) = site_input(pages, &opts)?;
    let (report, _, errors) = site_run(&input, &rules, &opts);
    if let Some(e) = errors.into_iter().next() {
        return Err(err(e));
    }
    to_js(&report)
}

/// Audit a social profile from its address alone (`https://x.com/acme`), as the
/// CLI does for `--url` without a page: the handle check runs on the address and
/// every other check skips, saying to give the saved profile page for a full
/// audit. Throws when the address is not a known network's profile address.
#[wasm_bindgen(js_name = auditProfileUrl, unchecked_return_type = "Report")]
pub fn audit_profile_url(
    url: &str,
    #[wasm_bindgen(unchecked_optional_param_type = "Options | null")] options: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    hook();
    let opts = page_options(options.unwrap_or(JsValue::UNDEFINED))?;
    let report = smo_audit::profile_mode::audit_profile_url(url, &opts).map_err(err)?;
    to_js(&report)
}

/// The network and handle of a known network's profile address, else `null`
/// (share, post and search pages are not profiles).
#[wasm_bindgen(js_name = profileFromUrl, unchecked_return_type = "ProfileAddress | null")]
pub fn profile_from_url(url: &str) -> Result<JsValue, JsValue> {
    hook();
    let Ok(u) = url::Url::parse(url.trim()) else {
        return Ok(JsValue::NULL);
    };
    match smo_audit::catalog::profile_from_url(&u) {
        Some(p) => to_js(&ProfileAddress {
            network: p.network.to_string(),
            handle: p.handle,
            id_based: p.id_based,
        }),
        None => Ok(JsValue::NULL),
    }
}

/// A site report in a format, each page labelled by `labels` (else its URL).
fn render_site(format: Format, s: &SiteReport, ro: &RenderOptions) -> String {
    let mut labels = ro.labels.clone().unwrap_or_default();
    for (i, p) in s.pages.iter().enumerate().skip(labels.len()) {
        labels.push(default_label(p, i));
    }
    render::render_whole(format, s, &labels, style(ro), root(ro))
}

/// Render a page or site report with the CLI's renderers (`"text"` or `"json"`).
#[cfg(feature = "full")]
#[wasm_bindgen]
pub fn render(
    #[wasm_bindgen(unchecked_param_type = "Report | SiteReport")] report: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Format")] format: &str,
    #[wasm_bindgen(unchecked_optional_param_type = "RenderOptions | null")] options: Option<JsValue>,
) -> Result<String, JsValue> {
    hook();
    let format = parse_format(format)?;
    let ro = read_render_options(options)?;
    let is_site =
        report.is_object() && js_sys::Reflect::has(&report, &JsValue::from_str("pages")).unwrap_or(false);
    if is_site {
        let s: SiteReport = report_from_js(&report).map_err(|e| err(format!("not a site report: {}", e)))?;
        Ok(render_site(format, &s, &ro))
    } else {
        let r: Report = report_from_js(&report).map_err(|e| err(format!("not a report: {}", e)))?;
        let label = ro.label.clone().unwrap_or_else(|| default_label(&r, 0));
        Ok(render::render_page(format, &r, &label, style(&ro), root(&ro)))
    }
}

/// Audit one page and render it in one step: the output is byte for byte what the
/// CLI prints for the same page (the npm `bin` uses this).
#[cfg(feature = "full")]
#[wasm_bindgen(js_name = auditRendered, unchecked_return_type = "Rendered")]
pub fn audit_rendered(
    #[wasm_bindgen(unchecked_param_type = "string | Uint8Array")] html: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Format")] format: &str,
    #[wasm_bindgen(unchecked_optional_param_type = "Options | null")] options: Option<JsValue>,
    #[wasm_bindgen(js_name = renderOptions, unchecked_optional_param_type = "RenderOptions | null")]
    render_options: Option<JsValue>,
    #[wasm_bindgen(unchecked_optional_param_type = "GateOptions | null")] gates: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    hook();
    let format = parse_format(format)?;
    let ro = read_render_options(render_options)?;
    let opts = page_options(options.unwrap_or(JsValue::UNDEFINED))?;
    let gates = gate_options(gates)?;
    let bytes = html_bytes(html)?;
    let report = smo_audit::audit(&bytes, &opts).map_err(err)?;
    let label = ro.label.clone().unwrap_or_else(|| default_label(&report, 0));
    rendered_page(report, label, format, &ro, &gates)
}

/// A URL-only profile audit rendered in one step (the npm `bin`'s `--url` mode), so
/// the output is byte for byte the CLI's (a report passed back through JS loses the
/// difference between `0` and `0.0`).
#[cfg(feature = "full")]
#[wasm_bindgen(js_name = auditProfileUrlRendered, unchecked_return_type = "Rendered")]
pub fn audit_profile_url_rendered(
    url: &str,
    #[wasm_bindgen(unchecked_param_type = "Format")] format: &str,
    #[wasm_bindgen(unchecked_optional_param_type = "Options | null")] options: Option<JsValue>,
    #[wasm_bindgen(js_name = renderOptions, unchecked_optional_param_type = "RenderOptions | null")]
    render_options: Option<JsValue>,
    #[wasm_bindgen(unchecked_optional_param_type = "GateOptions | null")] gates: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    hook();
    let format = parse_format(format)?;
    let ro = read_render_options(render_options)?;
    let opts = page_options(options.unwrap_or(JsValue::UNDEFINED))?;
    let gates = gate_options(gates)?;
    let report = smo_audit::profile_mode::audit_profile_url(url, &opts).map_err(err)?;
    let label = ro.label.clone().unwrap_or_else(|| url.to_string());
    rendered_page(report, label, format, &ro, &gates)
}

/// One page's report rendered, with its score and counts, for the `*Rendered` calls.
fn rendered_page(
    report: Report,
    label: String,
    format: Format,
    ro: &RenderOptions,
    gates: &Gates,
) -> Result<JsValue, JsValue> {
    let mut report = report;
    if report.path.is_none() {
        report.path = ro.path.clone();
    }
    let output = render::render_page(format, &report, &label, style(ro), root(ro));
    // A page is a site of one page: the same score, records and gates.
    let site = SiteReport::new(vec![report], vec![]);
    rendered(&site, &[label], output, vec![], gates)
}

/// A report rendered (`output`), with its score, each page's score, the pages
/// that could not be audited, the failed and warned counts and the messages of
/// the gates that failed.
fn rendered(
    site: &SiteReport,
    labels: &[String],
    output: String,
    errors: Vec<String>,
    gates: &Gates,
) -> Result<JsValue, JsValue> {
    let pages = site
        .pages
        .iter()
        .zip(labels)
        .map(|(r, l)| PageScore {
            label: l.clone(),
            score: r.score,
        })
        .collect();
    let (failed, warned) = counts(site);
    to_js(&Rendered {
        output,
        score: site.score,
        pages,
        errors,
        failed,
        warned,
        gates: gates.check_site(site, labels),
    })
}

/// Audit a site and render it in one step, like the CLI on a folder: a page that
/// cannot be audited is reported in `errors` and the others go on. Pages are
/// labelled by their path. `failed` / `warned` count the checks for `--fail-on`.
#[cfg(feature = "full")]
#[wasm_bindgen(js_name = auditSiteRendered, unchecked_return_type = "Rendered")]
pub fn audit_site_rendered(
    #[wasm_bindgen(unchecked_param_type = "PageInput[]")] pages: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Format")] format: &str,
    #[wasm_bindgen(unchecked_optional_param_type = "SiteOptions | null")] options: Option<JsValue>,
    #[wasm_bindgen(js_name = renderOptions, unchecked_optional_param_type = "RenderOptions | null")]
    render_options: Option<JsValue>,
    #[wasm_bindgen(unchecked_optional_param_type = "GateOptions | null")] gates: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    hook();
    let format = parse_format(format)?;
    let ro = read_render_options(render_options)?;
    let opts = site_options(options.unwrap_or(JsValue::UNDEFINED))?;
    let gates = gate_options(gates)?;
    let (input, rules) = site_input(pages, &opts)?;
    let (report, labels, errors) = site_run(&input, &rules, &opts);
    let output = render::render_whole(format, &report, &labels, style(&ro), root(&ro));
    rendered(&report, &labels, output, errors, &gates)
}

/// Every check: id, category, weight, title and help in the locale (`en`, `tr`),
/// and its documentation.
#[wasm_bindgen(unchecked_return_type = "RuleInfo[]")]
pub fn rules(
    #[wasm_bindgen(unchecked_optional_param_type = "Locale | null")] locale: Option<String>,
) -> Result<JsValue, JsValue> {
    hook();
    let loc = parse_locale(locale.as_deref())?;
    // Page checks, then the site checks (`smo-audit rules` lists them the same way).
    let list: Vec<RuleInfo> = registry::all()
        .map(|c| (c.id, c.category, c.weight, &c.title, &c.help, &c.doc))
        .map(|(id, category, weight, title, help, doc)| RuleInfo {
            id: id.to_string(),
            category: category.id().to_string(),
            category_title: category.title(loc).to_string(),
            weight,
            title: title.get(loc).to_string(),
            help: help.get(loc).to_string(),
            what: doc.what.to_string(),
            why: doc.why.to_string(),
            fix: doc.fix.to_string(),
            example: doc.example.to_string(),
            sources: doc.sources.iter().map(|s| s.to_string()).collect(),
            params: registry::find(id)
                .map(|c| c.params.iter().map(|p| p.name.to_string()).collect())
                .unwrap_or_default(),
        })
        .collect();
    to_js(&list)
}

/// Why a base URL is not an absolute http(s) URL (the CLI's words), or null
/// when it is one.
#[wasm_bindgen(js_name = baseUrlProblem)]
pub fn base_url_problem(url: &str) -> Option<String> {
    smo_audit::config::absolute_http(url).err()
}

/// A page's public URL from the site's base URL and its path (`index.html` → the
/// folder), as the CLI maps a folder.
#[wasm_bindgen(js_name = urlFor)]
pub fn url_for(#[wasm_bindgen(js_name = baseUrl)] base_url: &str, path: &str) -> Result<String, JsValue> {
    hook();
    check_base_url(base_url)?;
    site::url_for(base_url, path).map_err(err)
}

/// The output formats' names (the values of `render`'s `format`, the CLI's
/// `--format`), in the engine's order.
#[wasm_bindgen(unchecked_return_type = "Format[]")]
pub fn formats() -> Vec<String> {
    hook();
    FORMATS.iter().map(|f| f.to_string()).collect()
}

/// The engine's version (the Rust crate's, also the npm package's).
#[wasm_bindgen]
pub fn version() -> String {
    hook();
    env!("CARGO_PKG_VERSION").to_string()
}

/// The largest page the engine reads by default (the `maxBytes` option's default):
/// a face downloading a page stops there.
#[wasm_bindgen(js_name = defaultMaxBytes)]
pub fn default_max_bytes() -> f64 {
    smo_audit::input::DEFAULT_MAX_BYTES as f64
}

/// The gates from JS (`GateOptions`): `failOn` must be `fail` or `warn`.
fn gate_options(js: Option<JsValue>) -> Result<Gates, JsValue> {
    let g: GateOptions = validate::read(js.unwrap_or(JsValue::UNDEFINED), Object::Gates)?;
    Ok(Gates {
        fail_on: g
            .fail_on
            .as_deref()
            .map(Gates::parse_fail_on)
            .transpose()
            .map_err(type_error)?,
        min_score: g.min_score,
        page_min_score: g.page_min_score,
        categories: g.categories.unwrap_or_default(),
        checks: g.checks.unwrap_or_default(),
        baseline: None,
    })
}

/// The engine's gates over a report: the site's score and checks for a site
/// (`site_mode`), else the one page's score.
fn parse_locale(locale: Option<&str>) -> Result<Locale, JsValue> {
    validate::locale(locale)
}

/// The gates (`--fail-on`, `--min-score`, `--page-min-score`) over a page or a
/// site report: the messages of those that failed, empty when all pass. A site
/// is judged by its score, its pages and its site checks; its pages are named
/// by `labels` (default: their paths). One page is named by `labels[0]`
/// (default: its URL).
#[cfg(feature = "full")]
#[wasm_bindgen(unchecked_return_type = "string[]")]
pub fn gates(
    #[wasm_bindgen(unchecked_param_type = "Report | SiteReport")] report: JsValue,
    #[wasm_bindgen(unchecked_param_type = "GateOptions")] gates: JsValue,
    labels: Option<Vec<String>>,
) -> Result<JsValue, JsValue> {
    hook();
    let g = gate_options(Some(gates))?;
    let mut labels = labels.unwrap_or_default();
    let is_site =
        report.is_object() && js_sys::Reflect::has(&report, &JsValue::from_str("pages")).unwrap_or(false);
    let site = if is_site {
        let s: SiteReport = report_from_js(&report).map_err(|e| err(format!("not a site report: {}", e)))?;
        let paths = s.page_labels();
        for (i, p) in s.pages.iter().enumerate().skip(labels.len()) {
            labels.push(paths.get(i).cloned().unwrap_or_else(|| default_label(p, i)));
        }
        s
    } else {
        let r: Report = report_from_js(&report).map_err(|e| err(format!("not a report: {}", e)))?;
        if labels.is_empty() {
            labels.push(r.url.clone().unwrap_or_else(|| "page".to_string()));
        }
        // A page is a site of one page: the same score and gates.
        SiteReport::new(vec![r], vec![])
    };
    to_js(&g.check_site(&site, &labels))
}

/// A parsed `smo-audit.toml` (`parseConfig`), as plain data: what the CLI reads
/// from it. `configIgnored` and `configRulesFor` answer for one path.
#[derive(Debug, Serialize, Deserialize, Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(missing_as_null, hashmap_as_object)]
pub struct Config {
    /// The rules of every page without an override, and of the site checks.
    #[tsify(type = "Record<string, RuleConfig>")]
    pub rules: BTreeMap<String, RuleConfig>,
    /// `ignore`: paths (relative to the audited folder) left out, as globs.
    pub ignore: Vec<String>,
    /// `[[overrides]]`: other rules for the pages whose path matches a glob.
    pub overrides: Vec<ConfigOverride>,
    /// `min-score` (the flag wins over it).
    pub min_score: Option<u32>,
    /// `page-min-score` (the flag wins over it).
    pub page_min_score: Option<u32>,
    /// `fail-on` (the flag wins over it).
    #[tsify(type = "\"fail\" | \"warn\" | null")]
    pub fail_on: Option<String>,
    /// `locale`.
    #[tsify(type = "Locale | null")]
    pub locale: Option<String>,
    /// `base-url` (the flag wins over it).
    pub base_url: Option<String>,
    /// `[gates] categories`: category id → the least score every page must
    /// have in it (pass them as the gates' `categories`).
    #[serde(default)]
    #[tsify(type = "Record<string, number>")]
    pub gate_categories: BTreeMap<String, u32>,
    /// `[gates] checks`: a failure of any of these checks fails the run (the
    /// gates' `checks`).
    #[serde(default)]
    pub gate_checks: Vec<String>,
}

/// One `[[overrides]]` entry of a config file.
#[derive(Debug, Serialize, Deserialize, Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(missing_as_null, hashmap_as_object)]
pub struct ConfigOverride {
    pub paths: Vec<String>,
    #[tsify(type = "Record<string, RuleConfig>")]
    pub rules: BTreeMap<String, RuleConfig>,
}

impl Config {
    fn of(c: EngineConfig) -> Config {
        let globs = |g: &[smo_audit::config::Glob]| g.iter().map(|g| g.text.clone()).collect();
        Config {
            ignore: globs(&c.ignore),
            overrides: c
                .overrides
                .iter()
                .map(|o| ConfigOverride {
                    paths: globs(&o.paths),
                    rules: o.rules.clone(),
                })
                .collect(),
            rules: c.rules,
            min_score: c.min_score,
            page_min_score: c.page_min_score,
            fail_on: c.fail_on,
            locale: c.locale,
            base_url: c.base_url,
            gate_categories: c.gate_categories,
            gate_checks: c.gate_checks,
        }
    }

    /// The engine's config back from the data (its globs compiled by the engine).
    fn engine(js: JsValue) -> Result<EngineConfig, JsValue> {
        let c: Config = serde_wasm_bindgen::from_value(js)
            .map_err(|e| err(format!("not a config (parseConfig): {}", e)))?;
        let globs = |g: &[String]| -> Result<Vec<smo_audit::config::Glob>, JsValue> {
            g.iter()
                .map(|g| smo_audit::config::Glob::new(g).map_err(err))
                .collect()
        };
        Ok(EngineConfig {
            path: None,
            ignore: globs(&c.ignore)?,
            overrides: c
                .overrides
                .into_iter()
                .map(|o| {
                    Ok(smo_audit::config::Override {
                        paths: globs(&o.paths)?,
                        rules: o.rules,
                    })
                })
                .collect::<Result<_, JsValue>>()?,
            rules: c.rules,
            min_score: c.min_score,
            page_min_score: c.page_min_score,
            fail_on: c.fail_on,
            locale: c.locale,
            base_url: c.base_url,
            // The crawler's User-Agent: no JS face crawls yet.
            user_agent: None,
            gate_categories: c.gate_categories,
            gate_checks: c.gate_checks,
        })
    }
}

/// Parse the text of a config file (`smo-audit.toml`); `file` names it in the
/// errors, which give the line (`smo-audit.toml:3: unknown check id ...`).
/// Finding the file (the audited folder or any folder above it) is the caller's.
#[cfg(feature = "full")]
#[wasm_bindgen(js_name = parseConfig, unchecked_return_type = "Config")]
pub fn parse_config(text: &str, file: &str) -> Result<JsValue, JsValue> {
    hook();
    to_js(&Config::of(EngineConfig::parse(text, file).map_err(err)?))
}

/// True when the config's `ignore` leaves the path out (relative to the audited
/// folder, `/`-separated).
#[cfg(feature = "full")]
#[wasm_bindgen(js_name = configIgnored)]
pub fn config_ignored(
    #[wasm_bindgen(unchecked_param_type = "Config")] config: JsValue,
    path: &str,
) -> Result<bool, JsValue> {
    hook();
    Ok(Config::engine(config)?.ignored(path))
}

/// The rules of one page: the config's global rules, then every matching
/// `[[overrides]]` entry (give them as the page's `rules`).
#[cfg(feature = "full")]
#[wasm_bindgen(js_name = configRulesFor, unchecked_return_type = "Record<string, RuleConfig>")]
pub fn config_rules_for(
    #[wasm_bindgen(unchecked_param_type = "Config")] config: JsValue,
    path: &str,
) -> Result<JsValue, JsValue> {
    hook();
    to_js(&Config::engine(config)?.rules_for(path))
}

/// The commented `smo-audit.toml` that `smo-audit init` writes.
#[cfg(feature = "full")]
#[wasm_bindgen(js_name = configTemplate)]
pub fn config_template() -> String {
    hook();
    smo_audit::config::template()
}

/// The config file's name (`smo-audit.toml`), looked for from the audited
/// folder upward.
#[cfg(feature = "full")]
#[wasm_bindgen(js_name = configFileName)]
pub fn config_file_name() -> String {
    smo_audit::config::FILE_NAME.to_string()
}

/// The rule reference: every check as `text`, `json` or `markdown`, exactly
/// what `smo-audit rules` prints.
#[cfg(feature = "full")]
#[wasm_bindgen(js_name = ruleDocs)]
pub fn rule_docs(
    #[wasm_bindgen(unchecked_optional_param_type = "RulesFormat | null")] format: Option<String>,
    #[wasm_bindgen(unchecked_optional_param_type = "Locale | null")] locale: Option<String>,
) -> Result<String, JsValue> {
    hook();
    let loc = parse_locale(locale.as_deref())?;
    docs::list(loc, format.as_deref().unwrap_or("text")).map_err(type_error)
}

/// One check explained (what it looks at, why, how to fix it, an example), as
/// `smo-audit explain ID` prints it. An unknown id throws, naming the closest ids.
#[cfg(feature = "full")]
#[wasm_bindgen]
pub fn explain(
    id: &str,
    #[wasm_bindgen(unchecked_optional_param_type = "Locale | null")] locale: Option<String>,
) -> Result<String, JsValue> {
    hook();
    let loc = parse_locale(locale.as_deref())?;
    // An unknown id is a bad argument (the message names the nearest ids).
    docs::explain(id, loc).map_err(type_error)
}

/// Whether a page (its path relative to the site root) is in shard `k` of `n`
/// (1-based), as `--shard K/N` splits a folder.
#[cfg(feature = "full")]
#[wasm_bindgen(js_name = inShard)]
pub fn in_shard(path: &str, k: u32, n: u32) -> bool {
    site::in_shard(path, k, n)
}

/// `--shard` as given (`K/N`, `auto`, `auto/N`) with the CI runner's
/// variables from `env` (an object such as `process.env`): `[K, N, from]`, or
/// an error with the CLI's message.
#[cfg(feature = "full")]
#[wasm_bindgen(js_name = shardSpec, unchecked_return_type = "[number, number, string]")]
pub fn shard_spec(spec: &str, env: JsValue) -> Result<JsValue, JsValue> {
    let get = |name: &str| {
        js_sys::Reflect::get(&env, &JsValue::from_str(name))
            .ok()
            .and_then(|v| v.as_string())
    };
    let (k, n, from) = site::shard_spec(spec, &get).map_err(err)?;
    to_js(&(k, n, from))
}

/// Merge the site reports of `--shard K/N` runs (`--format json`) into one and
/// recompute the site checks (options: `locale`, `rules`).
#[cfg(feature = "full")]
#[wasm_bindgen(unchecked_return_type = "SiteReport")]
pub fn merge(
    #[wasm_bindgen(unchecked_param_type = "SiteReport[]")] shards: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Options | null")] options: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    hook();
    let opts = page_options(options.unwrap_or(JsValue::UNDEFINED))?;
    let shards: Vec<SiteReport> =
        report_from_js(&shards).map_err(|e| err(format!("not site reports: {}", e)))?;
    to_js(&site::merge(shards, &opts).map_err(err)?)
}

/// `smo-audit merge` in one step: parse the shards' JSON text, merge them,
/// render the site (pages named by their paths) and apply the gates, byte for
/// byte as the CLI.
#[cfg(feature = "full")]
#[wasm_bindgen(js_name = mergeRendered, unchecked_return_type = "Rendered")]
pub fn merge_rendered(
    #[wasm_bindgen(unchecked_param_type = "ShardInput[]")] shards: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Format")] format: &str,
    #[wasm_bindgen(unchecked_optional_param_type = "Options | null")] options: Option<JsValue>,
    #[wasm_bindgen(js_name = renderOptions, unchecked_optional_param_type = "RenderOptions | null")]
    render_options: Option<JsValue>,
    #[wasm_bindgen(unchecked_optional_param_type = "GateOptions | null")] gates: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    hook();
    let format = parse_format(format)?;
    let ro = read_render_options(render_options)?;
    let opts = page_options(options.unwrap_or(JsValue::UNDEFINED))?;
    let gates = gate_options(gates)?;
    let inputs: Vec<ShardInput> =
        serde_wasm_bindgen::from_value(shards).map_err(|e| err(format!("invalid shards: {}", e)))?;
    let mut shards = Vec::with_capacity(inputs.len());
    for s in &inputs {
        let r = SiteReport::from_json(&s.json).map_err(|e| {
            err(format!(
                "{} is not a smo-audit site report (--format json): {}",
                s.file, e
            ))
        })?;
        shards.push(r);
    }
    let site = site::merge(shards, &opts).map_err(err)?;
    let labels = site.page_labels();
    // The shards' folder, so CI paths are those of an unsharded run.
    let root = ro
        .root
        .clone()
        .or_else(|| site.site.data.as_ref().and_then(|d| d.root.clone()))
        .unwrap_or_default();
    let output = render::render_whole(format, &site, &labels, style(&ro), &root);
    rendered(&site, &labels, output, vec![], &gates)
}
