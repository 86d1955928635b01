//! A site audited page by page (the audit page's Web Worker): the class
//! `SiteAudit`. It makes the same report as `auditSite` (the same builder,
//! the same steps, in the same order), but one page a call, so its face can
//! report progress, read the files as it goes and stop between two pages; the
//! page reports stay here, and JS gets a small row a page, one page's report
//! when asked for it and the site's outputs rendered here.
//!
//! ```js
//! const run = new SiteAudit({ baseUrl, locale, files, fileTree });
//! for (const p of pages) rows.push(run.auditPage(p.path, bytes)); // throws: not audited
//! const summary = run.finish();    // the site report without its pages; throws the first page error
//! run.page(i);                      // page i's report
//! run.render("markdown", { labels }); // the whole site report in a format
//! ```

use serde::Serialize;
use tsify::Tsify;
use wasm_bindgen::prelude::*;

use smo_audit::report::{Report, SiteReport, Status};
use smo_audit::site::{self, SiteBuilder};
use smo_audit::Options;

use crate::{
    err, hook, html_bytes, parse_format, read_render_options, render_site, site_builder, site_options, to_js,
};

/// A category's score in a page's row (`null`: none of its checks ran).
#[derive(Debug, Serialize, Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(missing_as_null, hashmap_as_object)]
pub struct RowCategory {
    pub id: String,
    pub title: String,
    pub score: Option<u32>,
}

/// What the table of pages shows of a page: its score, its failed and warned
/// checks and each category's score.
#[derive(Debug, Serialize, Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(missing_as_null, hashmap_as_object)]
pub struct PageRow {
    pub path: String,
    pub url: Option<String>,
    pub score: u32,
    pub fail: usize,
    pub warn: usize,
    pub categories: Vec<RowCategory>,
}

impl PageRow {
    fn of(path: &str, r: &Report) -> PageRow {
        let n = r.counts();
        PageRow {
            path: path.to_string(),
            url: r.url.clone(),
            score: r.score,
            fail: n[Status::Fail as usize],
            warn: n[Status::Warn as usize],
            categories: r
                .categories
                .iter()
                .map(|c| RowCategory {
                    id: c.id.to_string(),
                    title: c.title.to_string(),
                    score: c.score,
                })
                .collect(),
        }
    }
}

enum Stage {
    Auditing(Box<SiteBuilder>, Vec<Report>),
    Done(Box<SiteReport>),
}

/// A site audited one page a call (see the module's example).
#[wasm_bindgen]
pub struct SiteAudit {
    stage: Option<Stage>,
    /// The page options (`auditSite`'s, every page's).
    options: Options,
    /// The first page that could not be audited, as `auditSite` reports it.
    error: Option<String>,
}

#[wasm_bindgen]
impl SiteAudit {
    /// A site audit with `auditSite`'s options (`baseUrl`, `files`,
    /// `fileTree`, the page options); throws on bad options.
    #[wasm_bindgen(constructor)]
    pub fn new(
        #[wasm_bindgen(unchecked_param_type = "SiteOptions")] options: JsValue,
    ) -> Result<SiteAudit, JsValue> {
        hook();
        let opts = site_options(options)?;
        let b = site_builder(opts.base_url.as_deref(), &opts);
        Ok(SiteAudit {
            stage: Some(Stage::Auditing(Box::new(b), Vec::new())),
            options: opts.options,
            error: None,
        })
    }

    /// Audit the next page (its path in the site, its HTML text or bytes);
    /// returns its row, or throws with the reason it cannot be audited.
    #[wasm_bindgen(js_name = auditPage, unchecked_return_type = "PageRow")]
    pub fn audit_page(
        &mut self,
        path: &str,
        #[wasm_bindgen(unchecked_param_type = "string | Uint8Array")] html: JsValue,
    ) -> Result<JsValue, JsValue> {
        let Some(Stage::Auditing(b, reports)) = self.stage.as_mut() else {
            return Err(err("the site audit is finished"));
        };
        let bytes = html_bytes(html)?;
        match b.audit_page(path, None, &bytes, &self.options) {
            Ok((r, s)) => {
                b.add_page(&r, s);
                let row = PageRow::of(path, &r);
                reports.push(r);
                to_js(&row)
            }
            Err(e) => {
                b.add_unreadable(path, e.to_string());
                let msg = format!("{}: not audited: {}", path, e);
                self.error.get_or_insert_with(|| msg.clone());
                Err(err(msg))
            }
        }
    }

    /// Run the site checks: the site report without its pages (`pages` is
    /// empty; `page(i)` gives each). Throws the first page that could not be
    /// audited, as `auditSite` does.
    #[wasm_bindgen(unchecked_return_type = "SiteReport")]
    pub fn finish(&mut self) -> Result<JsValue, JsValue> {
        if let Some(e) = &self.error {
            return Err(err(e));
        }
        let report = match self.stage.take() {
            Some(Stage::Auditing(b, reports)) => Box::new(site::site_report(reports, b.finish())),
            Some(Stage::Done(r)) => r,
            None => return Err(err("the site audit failed")),
        };
        let mut report = report;
        // handed over without its pages, which stay here
        let pages = std::mem::take(&mut report.pages);
        let head = to_js(&report);
        report.pages = pages;
        self.stage = Some(Stage::Done(report));
        head
    }

    /// Page `i`'s report (in the order the pages were audited).
    #[wasm_bindgen(unchecked_return_type = "Report")]
    pub fn page(&self, i: usize) -> Result<JsValue, JsValue> {
        let page = match &self.stage {
            Some(Stage::Done(r)) => r.pages.get(i),
            Some(Stage::Auditing(_, reports)) => reports.get(i),
            None => None,
        };
        to_js(page.ok_or_else(|| err(format!("no page {}", i)))?)
    }

    /// The whole site report in a format (`render`'s formats and options);
    /// after `finish`.
    pub fn render(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Format")] format: &str,
        #[wasm_bindgen(unchecked_optional_param_type = "RenderOptions | null")] options: Option<JsValue>,
    ) -> Result<String, JsValue> {
        let format = parse_format(format)?;
        let ro = read_render_options(options)?;
        match &self.stage {
            Some(Stage::Done(r)) => Ok(render_site(format, r, &ro)),
            _ => Err(err("the site audit is not finished")),
        }
    }
}
