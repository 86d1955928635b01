//! The one place a site's data is put together, whatever the source: a built
//! folder (the CLI), pages and files handed over by a program (the API, the npm
//! package, the audit page) or a crawl. Pages are audited independently (in
//! parallel if the face wants: [`SiteBuilder::audit_page`] takes `&self`), each
//! adds only its small record and summary (kept compact, see
//! [`crate::facts::site::Pages`]), and [`SiteBuilder::finish`] runs the
//! site checks once over the whole site.

use url::Url;

use super::{facts_and_summary, measure_previews, page_summary, run_site_checks};
use crate::facts::site::{dir_base, FileInfo, PageSummary, Pages, SiteData, PLACEHOLDER_BASE};
use crate::options::{Error, Options};
use crate::render::SiteEnd;
use crate::report::{PageRecord, Report};

/// A page of a site between its facts and its report (see
/// [`SiteBuilder::page_facts`]).
#[derive(Debug)]
pub struct PageFacts {
    facts: crate::facts::Facts,
    opts: Options,
    pub summary: PageSummary,
}

/// A site being audited.
#[derive(Debug)]
pub struct SiteBuilder {
    /// The public base URL as given (pages' URLs are made from it).
    base: Option<String>,
    data: SiteData,
    records: Vec<PageRecord>,
    /// The options of the site checks (locale, rules).
    opts: Options,
    /// Pages the site checks see but the run does not report (`--only`).
    unreported: std::collections::HashSet<String>,
}

impl SiteBuilder {
    /// A site of files (a build folder or an upload); `base_url` is its public
    /// address, when known (else links resolve against a placeholder host).
    pub fn new(base_url: Option<&str>, opts: &Options) -> SiteBuilder {
        let base = base_url.map(str::to_string);
        SiteBuilder {
            data: SiteData {
                base_url: dir_base(base.as_deref().unwrap_or(PLACEHOLDER_BASE)),
                base_given: base.is_some(),
                has_files: true,
                ..Default::default()
            },
            base,
            records: Vec::new(),
            opts: opts.clone(),
            unreported: Default::default(),
        }
    }

    /// A live site crawled from `root` (its pages carry their own URLs; only
    /// the URLs that answered with an error are known to be missing).
    pub fn crawled(root: &Url, opts: &Options) -> SiteBuilder {
        let mut b = SiteBuilder::new(None, opts);
        b.data.base_url = root.to_string();
        b.data.base_given = true;
        b.data.crawled = true;
        b
    }

    /// The folder the pages' paths are relative to, as CI tools should see it:
    /// each report gets `path` = root/path, and the site data keeps the root.
    pub fn with_root(mut self, root: &str) -> SiteBuilder {
        self.data.root = Some(root.to_string());
        self
    }

    /// This run audits shard `index` of `total` (recorded for `merge`).
    pub fn with_shard(mut self, index: u32, total: u32) -> SiteBuilder {
        self.data.shard = Some(crate::facts::site::Shard { index, total });
        self
    }

    /// Whether the pages come with the site's other files (a folder: yes; pages
    /// uploaded alone: no, so the checks that need files skip).
    pub fn with_file_tree(mut self, yes: bool) -> SiteBuilder {
        self.data.has_files = yes;
        self
    }

    /// The public base URL as given.
    pub fn base_url(&self) -> Option<&str> {
        self.base.as_deref()
    }

    /// Audit one page of the site (its URL: `url`, else base URL + path) and
    /// return its report and the summary the site checks need. Does not add it:
    /// call [`SiteBuilder::add_page`] in page order.
    pub fn audit_page(
        &self,
        path: &str,
        url: Option<&str>,
        html: &[u8],
        opts: &Options,
    ) -> Result<(Report, PageSummary), Error> {
        let p = self.page_facts(path, url, html, opts)?;
        Ok(self.finish_page(p))
    }

    /// The first half of [`SiteBuilder::audit_page`]: the page's facts and
    /// summary (its DOM dropped). A crawl fetches the page's og:images before
    /// it calls [`SiteBuilder::finish_page`].
    pub fn page_facts(
        &self,
        path: &str,
        url: Option<&str>,
        html: &[u8],
        opts: &Options,
    ) -> Result<PageFacts, Error> {
        let (facts, opts, summary) = facts_and_summary(path, url, html, self.base.as_deref(), opts)?;
        Ok(PageFacts { facts, opts, summary })
    }

    /// The second half of [`SiteBuilder::audit_page`]: the previews measured
    /// with the site's files known now, the checks run, the report made.
    pub fn finish_page(&self, p: PageFacts) -> (Report, PageSummary) {
        let PageFacts {
            mut facts,
            opts,
            summary,
        } = p;
        measure_previews(&mut facts, &opts, &self.data);
        let mut r = crate::pipeline::report_of(&facts, &opts);
        if let Some(root) = &self.data.root {
            r.path = Some(crate::report::repo_path(root, &summary.path));
        }
        (r, summary)
    }

    /// Only the summary of one page of the site, for the site checks (no page
    /// checks run): a page outside `--only` that the site checks still see.
    /// Add it with [`SiteBuilder::add_summary`].
    pub fn summarize_page(
        &self,
        path: &str,
        url: Option<&str>,
        html: &[u8],
        opts: &Options,
    ) -> Result<PageSummary, Error> {
        page_summary(path, url, html, self.base.as_deref(), opts)
    }

    /// Add a page the site checks see but the run does not report nor score
    /// (outside `--only`).
    pub fn add_summary(&mut self, summary: PageSummary) {
        self.unreported.insert(summary.path.clone());
        self.data.pages.push(&summary);
    }

    /// Add an audited page: its record (label = its path) and summary are kept.
    pub fn add_page(&mut self, report: &Report, summary: PageSummary) {
        self.add_record(PageRecord::of(report, &summary.path), summary);
    }

    /// Add an audited page by its record (when the report itself is already
    /// rendered and dropped, as in a streamed run).
    pub fn add_record(&mut self, record: PageRecord, summary: PageSummary) {
        self.records.push(record);
        self.data.pages.push(&summary);
    }

    /// Add a file other than a page by its path relative to the root: its size
    /// and first bytes (image dimensions are read from them; `robots.txt` is
    /// kept whole).
    pub fn add_file(&mut self, path: &str, size: u64, head: &[u8]) {
        let path = path.trim_start_matches('/').replace('\\', "/");
        if path == "robots.txt" {
            self.data.robots_txt = Some(String::from_utf8_lossy(head).into_owned());
        }
        let info = FileInfo::from_bytes(&path, size, head);
        self.data.files.insert(path, info);
    }

    /// Add what is known of a file under a key of the caller's (a crawl keys
    /// fetched files by URL).
    pub fn add_file_info(&mut self, key: String, info: FileInfo) {
        self.data.files.insert(key, info);
    }

    /// The site's robots.txt text (a crawl fetches it first).
    pub fn set_robots_txt(&mut self, text: String) {
        self.data.robots_txt = Some(text);
    }

    /// A same-site URL that answered with an error or failed (a crawl).
    pub fn add_missing(&mut self, url: String) {
        self.data.missing.push(url);
    }

    /// A same-site URL a crawl could not fetch or audit, and why: kept with its
    /// kind, and known missing (a link to it is broken) unless it is only not
    /// HTML.
    pub fn add_failure(&mut self, url: String, failure: crate::facts::site::crawl::Failure) {
        if failure.is_broken() {
            self.data.missing.push(url.clone());
        }
        self.data.failures.insert(url, failure);
    }

    /// The URLs a crawl could not fetch or audit, and why, by URL.
    pub fn failures(&self) -> &std::collections::BTreeMap<String, crate::facts::site::crawl::Failure> {
        &self.data.failures
    }

    /// The summaries of the pages added so far (compact: `iter` gives each
    /// as a [`PageSummary`], `views` reads them in place).
    pub fn summaries(&self) -> &Pages {
        &self.data.pages
    }

    /// How many pages were added.
    pub fn pages(&self) -> usize {
        self.records.len()
    }

    /// Run the site checks over everything added: the records, the site checks
    /// and the site data, ready for the renderers and the gates.
    /// The site data then lists the reported pages only (as the report's
    /// pages), though the site checks saw every page added.
    /// A page that could not be audited: listed in every format, never scored.
    pub fn add_unreadable(&mut self, path: &str, reason: String) {
        self.data.unreadable.push(crate::facts::site::Unreadable {
            path: path.to_string(),
            reason,
        });
    }

    pub fn finish(mut self) -> SiteEnd {
        self.data.pages.compact();
        let checks = run_site_checks(&self.data, &self.opts);
        if !self.unreported.is_empty() {
            self.data.pages.retain(|p| !self.unreported.contains(p.path()));
        }
        SiteEnd {
            records: self.records,
            checks,
            data: Some(self.data),
            crawl: None,
        }
    }
}
