//! Site checks: one file per check, the same [`Check`] type as page checks, with
//! a function over [`SiteData`] (page summaries and the file inventory) instead
//! of one page's facts (`Run::Site`).

mod broken_links;
mod duplicate_descriptions;
mod duplicate_titles;
mod og_image_files;
mod orphan_pages;
mod profile_consistency;
mod robots_social;
mod sitemap;

use std::collections::BTreeMap;

use serde_json::Value;
use url::Url;

use crate::checks::Check;
use crate::checks::Evidence;
use crate::facts::site::pages::str_hash;
use crate::facts::site::{FileInfo, PageView, Pages, SiteData};
use crate::i18n::Locale;
use crate::options::Options;

/// Every site check, in report order.
pub static CHECKS: &[&Check] = &[
    &duplicate_titles::CHECK,
    &duplicate_descriptions::CHECK,
    &orphan_pages::CHECK,
    &broken_links::CHECK,
    &og_image_files::CHECK,
    &robots_social::CHECK,
    &sitemap::CHECK,
    &profile_consistency::CHECK,
];

/// What a site check sees.
pub struct SiteCtx<'a> {
    pub data: &'a SiteData,
    /// Built when a check first looks a URL up.
    index: std::cell::OnceCell<SiteIndex<'a>>,
    pub locale: Locale,
    pub opts: &'a Options,
    pub check_id: &'static str,
}

impl<'a> SiteCtx<'a> {
    /// Why a crawl could not fetch `url` (its message in the output's
    /// language), when it is a URL the crawl tried and failed.
    pub fn failure(&self, url: &str) -> Option<String> {
        let mut u = Url::parse(url).ok()?;
        u.set_fragment(None);
        self.data.failures.get(u.as_str()).map(|f| f.message(self.locale))
    }

    /// A URL as the user should read it: without a base URL the pages were
    /// placed on a placeholder host, which is never shown: `/blog/x.html`.
    pub fn shown(&self, url: &str) -> String {
        match url.strip_prefix(crate::facts::site::PLACEHOLDER_BASE) {
            Some(rest) if !self.data.base_given => format!("/{}", rest),
            _ => url.to_string(),
        }
    }

    pub fn new(data: &'a SiteData, opts: &'a Options, check_id: &'static str) -> Self {
        SiteCtx {
            data,
            index: std::cell::OnceCell::new(),
            locale: opts.locale,
            opts,
            check_id,
        }
    }
    /// Page and file lookup by URL.
    pub fn index(&self) -> &SiteIndex<'a> {
        self.index.get_or_init(|| SiteIndex::new(self.data))
    }
    pub fn t(&self, en: impl Into<String>, tr: impl Into<String>) -> String {
        match self.locale {
            Locale::En => en.into(),
            Locale::Tr => tr.into(),
        }
    }
    pub fn param(&self, key: &str, default: f64) -> f64 {
        debug_assert!(
            crate::checks::declared(self.check_id, key),
            "{} reads an undeclared param {}",
            self.check_id,
            key
        );
        self.opts
            .rules
            .get(self.check_id)
            .and_then(|r| r.params.get(key))
            .and_then(Value::as_f64)
            .unwrap_or(default)
    }
}

/// Where a same-site URL leads.
#[derive(Debug, Clone, PartialEq)]
pub enum Target<'a> {
    Page(usize),
    File(&'a str, &'a FileInfo),
    Missing,
    /// Another host, or outside the base path: cannot be judged from the folder.
    Outside,
}

/// Page and file lookup by URL (paths relative to the base URL). Pages are
/// found by the hash of their path and URL (12 bytes a key, checked against
/// the page's own strings), the last page of a path or URL winning.
pub struct SiteIndex<'a> {
    base: Option<Url>,
    /// (hash of a page's path or URL, page), sorted.
    keys: Vec<(u64, u32)>,
    data: &'a SiteData,
}

impl<'a> SiteIndex<'a> {
    pub fn new(data: &'a SiteData) -> Self {
        let mut keys = Vec::with_capacity(data.pages.len() * 2);
        for (i, p) in data.pages.views().enumerate() {
            let i = u32::try_from(i).unwrap_or(u32::MAX);
            keys.push((str_hash(p.path()), i));
            if p.url() != p.path() {
                keys.push((str_hash(p.url()), i));
            }
        }
        keys.sort_unstable();
        SiteIndex {
            base: Url::parse(&data.base_url).ok(),
            keys,
            data,
        }
    }

    /// The page whose path or URL is `key` (the last one, when several are).
    fn page(&self, key: &str) -> Option<usize> {
        let h = str_hash(key);
        let from = self.keys.partition_point(|k| k.0 < h);
        self.keys[from..]
            .iter()
            .take_while(|k| k.0 == h)
            .map(|k| k.1 as usize)
            .filter(|&i| {
                let p = self.data.pages.get(i);
                p.path() == key || p.url() == key
            })
            .last()
    }

    /// The path of a same-site URL relative to the base URL, percent-decoded.
    pub fn rel_path(&self, u: &Url) -> Option<String> {
        crate::facts::site::rel_path(self.base.as_ref()?, u)
    }

    /// Resolve a URL to a page of the site, a file, or nothing.
    pub fn lookup(&self, url: &str) -> Target<'a> {
        let Ok(mut u) = Url::parse(url) else {
            return Target::Outside;
        };
        u.set_fragment(None);
        if let Some(i) = self.page(u.as_str()) {
            return Target::Page(i);
        }
        if let Some((k, f)) = self.data.files.get_key_value(u.as_str()) {
            return Target::File(k, f);
        }
        if self.data.crawled {
            return if self.data.missing.iter().any(|m| m == u.as_str()) {
                Target::Missing
            } else {
                Target::Outside
            };
        }
        let Some(rel) = self.rel_path(&u) else {
            return Target::Outside;
        };
        let mut cands = vec![rel.clone()];
        if rel.is_empty() || rel.ends_with('/') {
            cands.push(format!("{}index.html", rel));
            cands.push(format!("{}index.htm", rel));
        } else {
            cands.push(format!("{}.html", rel));
            cands.push(format!("{}/index.html", rel));
        }
        for c in &cands {
            if let Some(i) = self.page(c) {
                return Target::Page(i);
            }
        }
        for c in &cands {
            if let Some((k, f)) = self.data.files.get_key_value(c.as_str()) {
                return Target::File(k, f);
            }
        }
        if !self.data.has_files && !self.data.pages.is_empty() && self.data.files.is_empty() {
            // Pages without a file tree (an upload): only page links can be judged.
            let looks_like_page = rel.is_empty()
                || rel.ends_with('/')
                || rel.ends_with(".html")
                || rel.ends_with(".htm")
                || !rel.rsplit('/').next().unwrap_or("").contains('.');
            if !looks_like_page {
                return Target::Outside;
            }
        }
        Target::Missing
    }
}

pub use crate::text::percent_decode;

/// Evidence naming a page (by its path) and a line in it.
pub fn ev_page(path: &str, snippet: impl AsRef<str>, line: u32) -> Evidence {
    Evidence {
        selector: None,
        snippet: Some(crate::text::snippet(snippet.as_ref())),
        line: (line > 0).then_some(line),
        url: Some(path.to_string()),
        status: None,
    }
}

/// The groups of pages (two or more) whose text (`get`: a title, a
/// description...) is the same once normalized ([`norm_text`]): by normalized
/// text, each page (index, text as written) in page order. Only the hashes of
/// the normalized texts are held for the whole site.
pub fn same_text_groups<'a>(
    pages: &'a Pages,
    get: fn(PageView<'a>) -> Option<&'a str>,
) -> Vec<Vec<(usize, &'a str)>> {
    let mut keys: Vec<(u64, u32)> = Vec::new();
    for (i, p) in pages.views().enumerate() {
        if let Some(t) = get(p) {
            let n = norm_text(t);
            if !n.is_empty() {
                keys.push((str_hash(&n), u32::try_from(i).unwrap_or(u32::MAX)));
            }
        }
    }
    keys.sort_unstable();
    let mut groups: Vec<(String, Vec<(usize, &str)>)> = Vec::new();
    for run in keys.chunk_by(|a, b| a.0 == b.0).filter(|r| r.len() > 1) {
        // The same hash: grouped by the text itself.
        let mut by: BTreeMap<String, Vec<(usize, &str)>> = BTreeMap::new();
        for &(_, i) in run {
            if let Some(t) = get(pages.get(i as usize)) {
                by.entry(norm_text(t)).or_default().push((i as usize, t));
            }
        }
        groups.extend(by.into_iter().filter(|(_, g)| g.len() > 1));
    }
    groups.sort_by(|a, b| a.0.cmp(&b.0));
    groups.into_iter().map(|(_, g)| g).collect()
}

/// Normalize a title or description for comparison.
pub fn norm_text(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

#[cfg(test)]
pub mod test_util {
    use super::*;
    use crate::checks::{Outcome, Run};
    use crate::facts::site::{summarize, url_for, SiteData};

    /// Site data from (path, html) pairs and (path, FileInfo) files.
    pub fn site(pages: &[(&str, &str)], files: &[(&str, FileInfo)], robots: Option<&str>) -> SiteData {
        let base = "https://example.com/";
        let mut data = SiteData {
            base_url: base.into(),
            base_given: true,
            has_files: true,
            robots_txt: robots.map(str::to_string),
            ..Default::default()
        };
        for (path, html) in pages {
            let url = Url::parse(&url_for(base, path).unwrap()).unwrap();
            let facts = crate::facts::from_bytes(
                html.as_bytes(),
                &Options {
                    url: Some(url.to_string()),
                    ..Default::default()
                },
            )
            .unwrap();
            data.pages.push(&summarize(path, &url, &facts));
        }
        for (p, f) in files {
            data.files.insert(p.to_string(), f.clone());
        }
        if let Some(r) = robots {
            data.files.insert(
                "robots.txt".into(),
                FileInfo {
                    size: r.len() as u64,
                    ..Default::default()
                },
            );
        }
        data
    }

    pub fn run(check: &Check, data: &SiteData) -> Outcome {
        let opts = Options::default();
        let ctx = SiteCtx::new(data, &opts, check.id);
        match check.run {
            Run::Site(f) => f(&ctx),
            Run::Page(_) => panic!("{} is a page check", check.id),
        }
    }

    pub fn img(w: u32, h: u32) -> FileInfo {
        FileInfo {
            size: 50_000,
            width: Some(w),
            height: Some(h),
            format: Some("png".into()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn site_checks_are_documented() {
        let mut seen = HashSet::new();
        for c in CHECKS {
            assert!(seen.insert(c.id), "duplicate {}", c.id);
            assert_eq!(c.category, crate::checks::Category::Site);
            assert!((1..=3).contains(&c.weight));
            assert!(!c.title.tr.is_empty() && !c.help.tr.is_empty() && !c.help.en.is_empty());
            assert!(
                !c.doc.what.is_empty()
                    && !c.doc.why.is_empty()
                    && !c.doc.fix.is_empty()
                    && !c.doc.example.is_empty()
            );
        }
        assert_eq!(CHECKS.len(), 8);
    }

    #[test]
    fn lookup_clean_urls_and_index() {
        let d = test_util::site(
            &[
                ("index.html", "<title>a</title>"),
                ("blog/post/index.html", "x"),
                ("about.html", "x"),
            ],
            &[("images/a.png", test_util::img(10, 10))],
            None,
        );
        let ix = SiteIndex::new(&d);
        assert_eq!(ix.lookup("https://example.com/"), Target::Page(0));
        assert_eq!(ix.lookup("https://example.com/blog/post/"), Target::Page(1));
        assert_eq!(ix.lookup("https://example.com/blog/post"), Target::Page(1));
        assert_eq!(ix.lookup("https://example.com/about"), Target::Page(2));
        assert_eq!(ix.lookup("https://example.com/about.html#x"), Target::Page(2));
        assert!(matches!(
            ix.lookup("https://example.com/images/a.png"),
            Target::File(..)
        ));
        assert_eq!(ix.lookup("https://example.com/nope.html"), Target::Missing);
        assert_eq!(ix.lookup("https://other.com/nope.html"), Target::Outside);
        assert_eq!(percent_decode("/%C5%9F%zz"), "/ş%zz");
    }
}
