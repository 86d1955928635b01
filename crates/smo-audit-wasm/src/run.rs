//! The npm bin's runs, with the native CLI's meaning: the flags and config
//! become the engine's run setup (`smo_audit::run::Setup`), a folder is
//! streamed page by page through the engine's renderers and spool into the
//! outputs (`SiteRun`, memory flat however many pages), pages can be audited
//! in other threads (`PageAuditor`, one engine per worker: its result is handed
//! to `SiteRun.addAudited`), and one page, a profile address and `merge` render
//! every `--format` target at once (`runPage`, `runProfile`, `runMerge`).
//!
//! The bin reads and writes the files; every decision is the engine's. Output
//! goes through an `io` object of the bin:
//! `write(target, bytes)` (a target's output), `spoolWrite(target, bytes)` and
//! `spoolRead(target, position, length)` (the target's temporary page file).

use std::io::{self, BufWriter, Read, Seek, SeekFrom, Write};

use serde::{Deserialize, Serialize};
use tsify::Tsify;
use wasm_bindgen::prelude::*;

use smo_audit::config::Config as EngineConfig;
use smo_audit::render::spool::{MemPages, Pages, Spool};
use smo_audit::render::{Renderer, Setup as RenderSetup};
use smo_audit::report::gates::{PageGate, Verdict};
use smo_audit::run::{self, AuditFlags, AuditedPage, ReportFlags, Setup, Terminal};
use smo_audit::site::only::Only;
use smo_audit::site::SiteBuilder;
use smo_audit::PageKind;

use crate::{err, html_bytes, to_js};

/// A file's text and name (a config file, a baseline, a shard's report).
#[derive(Debug, Clone, Deserialize, Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(missing_as_null, hashmap_as_object)]
pub struct TextFile {
    pub file: String,
    pub text: String,
}

/// Whether standard output is a terminal and NO_COLOR asks for no colour.
#[derive(Debug, Clone, Copy, Default, Deserialize, Tsify)]
#[serde(rename_all = "camelCase", default)]
#[tsify(missing_as_null, hashmap_as_object)]
pub struct TerminalInfo {
    pub stdout_is_terminal: bool,
    pub no_color: bool,
}

/// What a run is set up from: the parsed flags (`report`: the report and gate
/// flags, `audit`: the page flags, by camelCase long name), the config file
/// found (or given with --config), the --baseline file, the folder as CI tools
/// see it and the shard.
#[derive(Debug, Clone, Default, Deserialize, Tsify)]
#[serde(rename_all = "camelCase", default)]
#[tsify(missing_as_null, hashmap_as_object)]
pub struct RunInit {
    #[tsify(type = "Record<string, unknown>")]
    pub report: ReportFlags,
    #[tsify(type = "Record<string, unknown>")]
    pub audit: AuditFlags,
    pub config: Option<TextFile>,
    pub baseline: Option<TextFile>,
    pub terminal: TerminalInfo,
    pub root: Option<String>,
    #[tsify(optional)]
    pub shard: Option<[u32; 2]>,
}

/// What a run ends with: the gate messages that failed, the baseline line
/// (printed first) and the score.
#[derive(Debug, Serialize, Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(missing_as_null, hashmap_as_object)]
pub struct RunEnd {
    pub failed: Vec<String>,
    pub baseline_line: Option<String>,
    /// One output per target (one page, a profile, merge); empty for a folder,
    /// whose outputs went through `io`.
    pub outputs: Vec<String>,
    /// The target files (null: standard output), in the order of the outputs.
    pub files: Vec<Option<String>>,
}

fn init_of(js: JsValue) -> Result<RunInit, JsValue> {
    serde_wasm_bindgen::from_value(js).map_err(|e| err(format!("invalid run settings: {}", e)))
}

fn term(t: TerminalInfo) -> Terminal {
    Terminal {
        stdout_is_terminal: t.stdout_is_terminal,
        no_color: t.no_color,
    }
}

fn config_of(c: &Option<TextFile>) -> Result<EngineConfig, JsValue> {
    match c {
        None => Ok(EngineConfig::default()),
        Some(f) => {
            let mut cfg = EngineConfig::parse(&f.text, &f.file).map_err(err)?;
            cfg.path = Some(f.file.clone().into());
            Ok(cfg)
        }
    }
}

fn setup_of(init: &RunInit) -> Result<Setup, JsValue> {
    let cfg = config_of(&init.config)?;
    Setup::new(
        &init.report,
        &init.audit,
        cfg,
        init.baseline.as_ref().map(|b| (b.text.as_str(), b.file.as_str())),
        term(init.terminal),
    )
    .map_err(err)
}

fn end(v: &Verdict, outputs: Vec<String>, files: Vec<Option<String>>) -> Result<JsValue, JsValue> {
    to_js(&RunEnd {
        failed: v.failed.clone(),
        baseline_line: v.baseline_line(),
        outputs,
        files,
    })
}

/// What a site run needs to audit a page: the setup, the site (base URL,
/// folder) and each target's renderer.
struct Pager {
    setup: Setup,
    site: SiteBuilder,
    renderers: Vec<Box<dyn Renderer>>,
}

impl Pager {
    fn new(init: &RunInit) -> Result<Pager, JsValue> {
        let setup = setup_of(init)?;
        let root = init.root.clone().unwrap_or_default();
        let mut site = SiteBuilder::new(
            setup.base_url.as_deref(),
            &smo_audit::Options {
                rules: setup.cfg.rules.clone(),
                ..setup.opts.clone()
            },
        );
        if init.root.is_some() {
            site = site.with_root(&root);
        }
        if let Some([k, n]) = init.shard {
            site = site.with_shard(k, n);
        }
        let rs = RenderSetup::site(setup.style, &root);
        let renderers = setup
            .targets
            .iter()
            .map(|t| t.format.renderer(rs.clone()))
            .collect();
        Ok(Pager {
            setup,
            site,
            renderers,
        })
    }

    fn audit(&self, path: &str, html: &[u8]) -> Result<AuditedPage, String> {
        run::audit_site_page(&self.site, &self.setup, &self.renderers, path, None, html)
    }

    fn summarize(&self, path: &str, html: &[u8]) -> Option<smo_audit::site::PageSummary> {
        self.site
            .summarize_page(path, None, html, &self.setup.page_options(path, None))
            .ok()
    }
}

/// A page audited by a `PageAuditor`: each target's piece, and the rest of
/// what the run keeps as JSON text (`SiteRun.addAudited` reads it back).
#[derive(Debug, Serialize, Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(missing_as_null, hashmap_as_object)]
pub struct AuditedPiece {
    pub pieces: Vec<String>,
    pub meta: String,
}

#[derive(Serialize, Deserialize)]
struct Meta {
    record: smo_audit::report::PageRecord,
    gate: PageGate,
    summary: smo_audit::site::PageSummary,
}

/// Audits pages of a site run in another thread (a worker has its own engine):
/// made from the same `RunInit` as the run's `SiteRun`.
#[wasm_bindgen]
pub struct PageAuditor {
    pager: Pager,
}

#[wasm_bindgen]
impl PageAuditor {
    #[wasm_bindgen(constructor)]
    pub fn new(
        #[wasm_bindgen(unchecked_param_type = "RunInit")] init: JsValue,
    ) -> Result<PageAuditor, JsValue> {
        crate::hook();
        Ok(PageAuditor {
            pager: Pager::new(&init_of(init)?)?,
        })
    }

    /// Audit one page (its path relative to the folder, its bytes); throws
    /// an Error with the reason when it cannot be audited.
    #[wasm_bindgen(unchecked_return_type = "AuditedPiece")]
    pub fn audit(&self, path: &str, html: JsValue) -> Result<JsValue, JsValue> {
        let bytes = html_bytes(html)?;
        let p = self.pager.audit(path, &bytes).map_err(err)?;
        let meta = serde_json::to_string(&Meta {
            record: p.record,
            gate: p.gate,
            summary: p.summary,
        })
        .map_err(err)?;
        to_js(&AuditedPiece {
            pieces: p.pieces,
            meta,
        })
    }

    /// A file of the site that is not a page, as `SiteRun.addFile` takes it: the
    /// worker's pages then see the site's images (their real bytes and pixels in
    /// the previews) as the run's own pages do.
    #[wasm_bindgen(js_name = addFile)]
    pub fn add_file(&mut self, path: &str, size: f64, head: &[u8]) {
        self.pager.site.add_file(path, size as u64, head);
    }

    /// Only the summary the site checks need (a page outside --only), as
    /// JSON text for `SiteRun.addSummary`; null when it cannot be read.
    pub fn summarize(&self, path: &str, html: JsValue) -> Result<Option<String>, JsValue> {
        let bytes = html_bytes(html)?;
        Ok(self
            .pager
            .summarize(path, &bytes)
            .and_then(|s| serde_json::to_string(&s).ok()))
    }
}

/// A JS-side file of the bin, through the `io` object: target `i`'s output
/// (`write`) or its temporary page file (`spoolWrite` / `spoolRead`).
struct JsFile {
    io: JsValue,
    target: u32,
    spool: bool,
    pos: u64,
}

fn io_call(io: &JsValue, name: &str, args: &[JsValue]) -> io::Result<JsValue> {
    let f: js_sys::Function = js_sys::Reflect::get(io, &JsValue::from_str(name))
        .ok()
        .and_then(|f| f.dyn_into().ok())
        .ok_or_else(|| io::Error::other(format!("io.{} is missing", name)))?;
    let arr: js_sys::Array = args.iter().collect();
    f.apply(io, &arr).map_err(|e| {
        let msg = js_sys::Reflect::get(&e, &JsValue::from_str("message"))
            .ok()
            .and_then(|m| m.as_string())
            .unwrap_or_else(|| format!("{:?}", e));
        io::Error::other(msg)
    })
}

impl Write for JsFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let name = if self.spool { "spoolWrite" } else { "write" };
        io_call(
            &self.io,
            name,
            &[JsValue::from(self.target), js_sys::Uint8Array::from(buf).into()],
        )?;
        self.pos += buf.len() as u64;
        Ok(buf.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

impl Read for JsFile {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let got = io_call(
            &self.io,
            "spoolRead",
            &[
                JsValue::from(self.target),
                JsValue::from(self.pos as f64),
                JsValue::from(buf.len() as u32),
            ],
        )?;
        let arr = js_sys::Uint8Array::new(&got);
        let n = (arr.length() as usize).min(buf.len());
        arr.subarray(0, n as u32).copy_to(&mut buf[..n]);
        self.pos += n as u64;
        Ok(n)
    }
}

impl Seek for JsFile {
    fn seek(&mut self, to: SeekFrom) -> io::Result<u64> {
        self.pos = match to {
            SeekFrom::Start(p) => p,
            SeekFrom::Current(d) => self.pos.saturating_add_signed(d),
            SeekFrom::End(_) => return Err(io::Error::other("seek from the end of a spool")),
        };
        Ok(self.pos)
    }
}

/// One output of a streamed site: straight to the output when the format puts
/// the pages first and the output is open, else spooled (the CLI's rule).
struct Sink {
    out: Option<BufWriter<JsFile>>,
    spool: Option<Spool<JsFile>>,
}

/// A folder (or a crawl) streamed into every output: pages are added one by
/// one (audited here with `auditPage`, or by a worker's `PageAuditor` and added
/// with `addAudited`), each page's pieces go to the outputs at once, and
/// `finish` runs the site checks, writes what needs the whole site and judges
/// the gates.
#[wasm_bindgen]
pub struct SiteRun {
    pager: Pager,
    sinks: Vec<Sink>,
    io: JsValue,
    gate_pages: Vec<PageGate>,
    unreadable: usize,
    only: Option<Only>,
}

fn file(io: &JsValue, target: usize, spool: bool) -> JsFile {
    JsFile {
        io: io.clone(),
        target: target as u32,
        spool,
        pos: 0,
    }
}

#[wasm_bindgen]
impl SiteRun {
    /// `openNow`: the outputs are open from the start (a folder), so formats
    /// that put the pages first write them at once; else (a crawl) every
    /// output is written at the end.
    #[wasm_bindgen(constructor)]
    pub fn new(
        #[wasm_bindgen(unchecked_param_type = "RunInit")] init: JsValue,
        #[wasm_bindgen(unchecked_param_type = "RunIo")] io: JsValue,
        #[wasm_bindgen(js_name = openNow)] open_now: bool,
    ) -> Result<SiteRun, JsValue> {
        crate::hook();
        let pager = Pager::new(&init_of(init)?)?;
        let sinks = pager
            .renderers
            .iter()
            .enumerate()
            .map(|(i, r)| {
                if r.pages_first() && open_now {
                    Sink {
                        out: Some(BufWriter::with_capacity(64 * 1024, file(&io, i, false))),
                        spool: None,
                    }
                } else {
                    Sink {
                        out: None,
                        spool: Some(Spool::new(file(&io, i, true), r.separator())),
                    }
                }
            })
            .collect();
        Ok(SiteRun {
            pager,
            sinks,
            io,
            gate_pages: Vec::new(),
            unreadable: 0,
            only: None,
        })
    }

    /// The target files (null: standard output), in the order of the `io` targets.
    #[wasm_bindgen(unchecked_return_type = "(string | null)[]")]
    pub fn files(&self) -> Result<JsValue, JsValue> {
        to_js(
            &self
                .pager
                .setup
                .targets
                .iter()
                .map(|t| t.path.clone())
                .collect::<Vec<_>>(),
        )
    }

    /// The site's base URL (flag, else config), if any.
    #[wasm_bindgen(js_name = baseUrl)]
    pub fn base_url(&self) -> Option<String> {
        self.pager.setup.base_url.clone()
    }

    /// The engine's notice of a folder audited without a base URL (flag or
    /// config), or null when there is one.
    #[wasm_bindgen(js_name = baseUrlNotice)]
    pub fn base_url_notice(&self) -> Option<String> {
        match self.pager.setup.base_url {
            Some(_) => None,
            None => Some(run::NO_BASE_URL.to_string()),
        }
    }

    /// Whether the config leaves this path (relative to the folder) out.
    pub fn ignored(&self, path: &str) -> bool {
        self.pager.setup.cfg.ignored(path)
    }

    /// `--only`: the paths given (`@FILE` already expanded) and the ways the
    /// folder may be written in front of them.
    #[wasm_bindgen(js_name = setOnly)]
    pub fn set_only(&mut self, paths: Vec<String>, roots: Vec<String>) {
        self.only = Some(Only::new(&paths, &roots));
    }

    /// Under --only: whether this page is audited (else only summarized).
    #[wasm_bindgen(js_name = isOnly)]
    pub fn is_only(&self, path: &str) -> bool {
        self.only.as_ref().is_none_or(|o| o.has(path))
    }

    /// A file other than a page: its size and first bytes.
    #[wasm_bindgen(js_name = addFile)]
    pub fn add_file(&mut self, path: &str, size: f64, head: &[u8]) {
        self.pager.site.add_file(path, size as u64, head);
    }

    /// Audit one page here and add it; returns why when it cannot be audited
    /// (then call `addUnreadable`); throws when an output cannot be written.
    #[wasm_bindgen(js_name = auditPage)]
    pub fn audit_page(&mut self, path: &str, html: JsValue) -> Result<Option<String>, JsValue> {
        let bytes = html_bytes(html)?;
        match self.pager.audit(path, &bytes) {
            Ok(p) => self.add(p.pieces, p.record, p.gate, p.summary).map(|_| None),
            Err(why) => Ok(Some(why)),
        }
    }

    /// Add a page a `PageAuditor` audited (its pieces and meta, in page order).
    #[wasm_bindgen(js_name = addAudited)]
    pub fn add_audited(&mut self, pieces: Vec<String>, meta: &str) -> Result<(), JsValue> {
        let m: Meta = serde_json::from_str(meta).map_err(|e| err(format!("not an audited page: {}", e)))?;
        self.add(pieces, m.record, m.gate, m.summary)
    }

    /// A page outside --only: summarized here for the site checks.
    pub fn summarize(&mut self, path: &str, html: JsValue) -> Result<(), JsValue> {
        let bytes = html_bytes(html)?;
        if let Some(s) = self.pager.summarize(path, &bytes) {
            self.pager.site.add_summary(s);
        }
        Ok(())
    }

    /// A summary a `PageAuditor` made (`summarize`).
    #[wasm_bindgen(js_name = addSummary)]
    pub fn add_summary(&mut self, summary: &str) -> Result<(), JsValue> {
        let s = serde_json::from_str(summary).map_err(|e| err(format!("not a page summary: {}", e)))?;
        self.pager.site.add_summary(s);
        Ok(())
    }

    /// A page that could not be audited: listed in every output, fails the run.
    #[wasm_bindgen(js_name = addUnreadable)]
    pub fn add_unreadable(&mut self, path: &str, reason: &str) {
        self.pager.site.add_unreadable(path, reason.to_string());
        self.unreadable += 1;
    }

    /// How many pages were added.
    pub fn pages(&self) -> usize {
        self.pager.site.pages()
    }

    /// Run the site checks, write what needs the whole site into every
    /// output, and judge the gates.
    #[wasm_bindgen(unchecked_return_type = "RunEnd")]
    pub fn finish(mut self) -> Result<JsValue, JsValue> {
        let site = std::mem::replace(
            &mut self.pager.site,
            SiteBuilder::new(None, &smo_audit::Options::default()),
        );
        let site_end = site.finish();
        self.finish_with(site_end)
    }
}

#[wasm_bindgen]
impl SiteRun {
    /// A crawl's run: the page options of its pages (the flags and the
    /// config's rules) for the `Crawler`.
    #[wasm_bindgen(js_name = pageOptions, unchecked_return_type = "Options")]
    pub fn page_options(&self) -> Result<JsValue, JsValue> {
        to_js(&self.pager.setup.opts)
    }

    /// The config's `user-agent`, if any (`--user-agent` wins over it).
    #[wasm_bindgen(js_name = configUserAgent)]
    pub fn config_user_agent(&self) -> Option<String> {
        self.pager.setup.cfg.user_agent.clone()
    }

    /// A crawl: take the crawler's events in the engine (each audited page
    /// rendered into the outputs at once, no trip of its report through JS)
    /// and return them for the face: `{page: {path}}` or `{log: line}`.
    #[wasm_bindgen(js_name = takeCrawled, unchecked_return_type = "CrawlEvent[]")]
    pub fn take_crawled(&mut self, crawler: &mut crate::crawl::JsCrawler) -> Result<JsValue, JsValue> {
        use smo_audit::site::crawler::Event;
        let events = crawler.engine()?.take_events();
        let arr = js_sys::Array::new();
        for e in events {
            let o = js_sys::Object::new();
            match e {
                Event::Page { report, path } => {
                    let pieces = self
                        .pager
                        .renderers
                        .iter()
                        .map(|x| x.piece(&report, &path))
                        .collect();
                    let gate = PageGate::of(&report, &path);
                    self.push(pieces)?;
                    self.gate_pages.push(gate);
                    let p = js_sys::Object::new();
                    js_sys::Reflect::set(&p, &"path".into(), &JsValue::from_str(&path))?;
                    js_sys::Reflect::set(&o, &"page".into(), &p)?;
                }
                Event::Log(line) => {
                    js_sys::Reflect::set(&o, &"log".into(), &JsValue::from_str(&line))?;
                }
            }
            arr.push(&o);
        }
        Ok(arr.into())
    }

    /// A crawl's end: the crawler's site (records, site checks, crawl
    /// summary) written into every output, and the gates judged. Throws the
    /// run's error (the start URL failed, no page could be fetched) before
    /// anything is written.
    #[wasm_bindgen(js_name = finishCrawl, unchecked_return_type = "RunEnd")]
    pub fn finish_crawl(self, crawler: &mut crate::crawl::JsCrawler) -> Result<JsValue, JsValue> {
        let site_end = crawler.take_end().map_err(err)?;
        self.finish_with(site_end)
    }
}

impl SiteRun {
    fn push(&mut self, pieces: Vec<String>) -> Result<(), JsValue> {
        for (s, piece) in self.sinks.iter_mut().zip(pieces) {
            let r = match (&mut s.spool, &mut s.out) {
                (Some(sp), _) => sp.push(&piece),
                (None, Some(out)) => out.write_all(piece.as_bytes()),
                (None, None) => Ok(()),
            };
            r.map_err(err)?;
        }
        Ok(())
    }

    /// Write what needs the whole site into every output, and judge the gates.
    fn finish_with(self, mut site_end: smo_audit::render::SiteEnd) -> Result<JsValue, JsValue> {
        let SiteRun {
            pager,
            sinks,
            io,
            gate_pages,
            unreadable,
            only,
        } = self;
        for (i, (s, r)) in sinks.into_iter().zip(&pager.renderers).enumerate() {
            let mut out = match s.out {
                Some(o) => o,
                None => BufWriter::with_capacity(64 * 1024, file(&io, i, false)),
            };
            let w = match s.spool {
                None => r.finish(&mut out, &mut site_end, &mut MemPages::default()),
                Some(sp) => {
                    let mut pages: Pages<JsFile> = sp.finish().map_err(err)?;
                    r.finish(&mut out, &mut site_end, &mut pages)
                }
            };
            w.and_then(|_| out.flush()).map_err(err)?;
        }
        let v = run::site_verdict(&pager.setup, &gate_pages, &site_end, only.as_ref(), unreadable);
        end(&v, Vec::new(), Vec::new())
    }

    fn add(
        &mut self,
        pieces: Vec<String>,
        record: smo_audit::report::PageRecord,
        gate: PageGate,
        summary: smo_audit::site::PageSummary,
    ) -> Result<(), JsValue> {
        self.push(pieces)?;
        self.pager.site.add_record(record, summary);
        self.gate_pages.push(gate);
        Ok(())
    }
}

/// One page (a file or standard input) with every target rendered and the
/// gates judged. `label`: the file as given or `<stdin>`; `name`: the file's
/// name (with a base URL and no --url, the page's URL is base URL + name);
/// `path`: the file as CI tools see it (null for standard input).
#[wasm_bindgen(js_name = runPage, unchecked_return_type = "RunEnd")]
pub fn run_page(
    #[wasm_bindgen(unchecked_param_type = "RunInit")] init: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string | Uint8Array")] html: JsValue,
    label: &str,
    name: Option<String>,
    path: Option<String>,
) -> Result<JsValue, JsValue> {
    crate::hook();
    let init = init_of(init)?;
    let setup = setup_of(&init)?;
    let bytes = html_bytes(html)?;
    let url = match (&init.audit.url, &setup.base_url, &name) {
        (Some(u), _, _) => Some(u.clone()),
        (None, Some(b), Some(n)) => Some(smo_audit::site::url_for(b, n).map_err(err)?),
        _ => None,
    };
    let opts = setup.page_options(label, url);
    let mut report = smo_audit::audit(&bytes, &opts).map_err(|e| err(format!("{}: {}", label, e)))?;
    report.path = path;
    let files = setup.targets.iter().map(|t| t.path.clone()).collect();
    let (outs, v) = run::page_outputs(&setup, report, label);
    end(&v, outs, files)
}

/// A social profile audited from its address alone, every target rendered.
#[wasm_bindgen(js_name = runProfile, unchecked_return_type = "RunEnd")]
pub fn run_profile(
    #[wasm_bindgen(unchecked_param_type = "RunInit")] init: JsValue,
    url: &str,
) -> Result<JsValue, JsValue> {
    crate::hook();
    let setup = setup_of(&init_of(init)?)?;
    let opts = smo_audit::Options {
        kind: Some(PageKind::Profile),
        ..setup.page_options(url, Some(url.to_string()))
    };
    let report = smo_audit::audit_profile_url(url, &opts).map_err(|e| err(format!("{}: {}", url, e)))?;
    let files = setup.targets.iter().map(|t| t.path.clone()).collect();
    let (outs, v) = run::page_outputs(&setup, report, url);
    end(&v, outs, files)
}

/// `merge`: the shards' reports joined, every target rendered, the gates judged.
#[wasm_bindgen(js_name = runMerge, unchecked_return_type = "RunEnd")]
pub fn run_merge(
    #[wasm_bindgen(unchecked_param_type = "RunInit")] init: JsValue,
    #[wasm_bindgen(unchecked_param_type = "TextFile[]")] shards: JsValue,
) -> Result<JsValue, JsValue> {
    crate::hook();
    let init = init_of(init)?;
    let cfg = config_of(&init.config)?;
    let shards: Vec<TextFile> =
        serde_wasm_bindgen::from_value(shards).map_err(|e| err(format!("invalid shards: {}", e)))?;
    let shards: Vec<(String, String)> = shards.into_iter().map(|s| (s.file, s.text)).collect();
    let (targets, outs, v) =
        run::merge_outputs(&init.report, &cfg, &shards, term(init.terminal)).map_err(err)?;
    end(&v, outs, targets.into_iter().map(|t| t.path).collect())
}

#[wasm_bindgen(typescript_custom_section)]
const RUN_IO: &str = r#"
/** Where a `SiteRun` writes: target `i`'s output and its temporary page file. */
export interface RunIo {
    write(target: number, bytes: Uint8Array): void;
    spoolWrite(target: number, bytes: Uint8Array): void;
    spoolRead(target: number, position: number, length: number): Uint8Array;
}
"#;
