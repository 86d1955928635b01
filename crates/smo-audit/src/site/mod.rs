//! Site mode: many pages from any source (a build folder, an upload, a crawl),
//! path ↔ URL mapping, and the cross-page checks.

pub mod builder;
pub mod crawl_policy;
pub mod crawler;
pub mod only;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

pub use crate::facts::site::{
    dir_base, robots, sitemap, summarize, url_for, FileInfo, PageSummary, PageView, Pages, Shard, SiteData,
    PLACEHOLDER_BASE,
};
use crate::options::{Error, Options};
use crate::render::SiteEnd;
use crate::report::{CheckReport, Report, SiteReport};
pub use builder::{PageFacts, SiteBuilder};

/// One page of a site.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SitePage {
    /// Path relative to the site root, `/`-separated (`blog/post/index.html`).
    pub path: String,
    /// The page's public URL; derived from the base URL and the path when absent.
    #[serde(default)]
    pub url: Option<String>,
    /// The page's bytes (HTML).
    #[serde(with = "serde_bytes_as_string", default)]
    pub html: Vec<u8>,
}

mod serde_bytes_as_string {
    use serde::{Deserialize, Deserializer, Serializer};
    pub fn serialize<S: Serializer>(b: &[u8], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&String::from_utf8_lossy(b))
    }
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<u8>, D::Error> {
        Ok(String::deserialize(d)?.into_bytes())
    }
}

/// A whole site: its pages, other files (robots.txt, sitemap.xml, images) by
/// path, and its public base URL.
#[derive(Debug, Clone, Default)]
pub struct SiteInput {
    pub pages: Vec<SitePage>,
    pub files: BTreeMap<String, Vec<u8>>,
    pub base_url: Option<String>,
    /// The folder the paths are relative to, as CI tools should see it (each
    /// report's `path` is root/path); None: no `path`.
    pub root: Option<String>,
}

/// The previews again with the real bytes and pixels of their images, when
/// the site has the files (the caller's `images` come after, as fallbacks).
pub(crate) fn measure_previews(facts: &mut crate::facts::Facts, opts: &Options, data: &SiteData) {
    let mut known = data.preview_images(facts);
    if known.is_empty() {
        return;
    }
    known.extend(opts.images.iter().cloned());
    facts.previews = crate::facts::previews::extract_with(facts, opts, &known);
}

/// Only the summary of a page the site checks need (no page checks run): a
/// page left out of the audit by `--only` that the site checks still see.
pub(crate) fn page_summary(
    path: &str,
    url: Option<&str>,
    html: &[u8],
    base_url: Option<&str>,
    opts: &Options,
) -> Result<PageSummary, Error> {
    facts_and_summary(path, url, html, base_url, opts).map(|(_, _, s)| s)
}

/// A page's facts (for its URL: given, else base URL + path) and the summary
/// the site checks need; the page's DOM is dropped before this returns, so
/// memory stays flat over big sites.
pub(crate) fn facts_and_summary(
    path: &str,
    url: Option<&str>,
    html: &[u8],
    base_url: Option<&str>,
    opts: &Options,
) -> Result<(crate::facts::Facts, Options, PageSummary), Error> {
    let url = match (url, base_url) {
        (Some(u), _) => Some(u.to_string()),
        (None, Some(b)) => Some(url_for(b, path).map_err(|e| Error::BadUrl(b.to_string(), e))?),
        (None, None) => None,
    };
    let o = Options {
        url: url.clone(),
        ..opts.clone()
    };
    let facts = crate::pipeline::facts_for(html, &o)?;
    let served = match url {
        Some(u) => url::Url::parse(&u).map_err(|e| Error::BadUrl(u.clone(), e.to_string()))?,
        None => {
            url::Url::parse(&url_for(PLACEHOLDER_BASE, path).map_err(|e| Error::BadUrl(path.to_string(), e))?)
                .map_err(|e| Error::BadUrl(path.to_string(), e.to_string()))?
        }
    };
    let summary = summarize(path, &served, &facts);
    Ok((facts, o, summary))
}

/// Run the site checks over the site data (config: enabled / severity / params).
pub fn run_site_checks(data: &SiteData, opts: &Options) -> Vec<CheckReport> {
    crate::checks::run::site(data, opts)
        .into_iter()
        .map(|r| crate::report::check_report(r, opts.locale))
        .collect()
}

/// Build the site report from page reports and the end of a site build.
pub fn site_report(reports: Vec<Report>, end: SiteEnd) -> SiteReport {
    let mut r = SiteReport::new(reports, end.checks);
    r.site.data = end.data;
    r.crawl = end.crawl;
    r
}

/// Audit every page and run the site checks. A page that cannot be read is an error
/// naming the page.
pub fn audit_site(input: &SiteInput, opts: &Options) -> Result<SiteReport, Error> {
    let mut b = SiteBuilder::new(input.base_url.as_deref(), opts).with_file_tree(!input.files.is_empty());
    if let Some(root) = &input.root {
        b = b.with_root(root);
    }
    for (path, bytes) in &input.files {
        b.add_file(path, bytes.len() as u64, bytes);
    }
    let mut reports = Vec::with_capacity(input.pages.len());
    for p in &input.pages {
        let (r, s) = b.audit_page(&p.path, p.url.as_deref(), &p.html, opts)?;
        b.add_page(&r, s);
        reports.push(r);
    }
    Ok(site_report(reports, b.finish()))
}

/// Merge shard reports of one site: pages are concatenated (sorted by path),
/// the site checks recomputed from the shards' site data.
pub fn merge(shards: Vec<SiteReport>, opts: &Options) -> Result<SiteReport, String> {
    check_shards(&shards)?;
    let mut data: Option<SiteData> = None;
    let mut reports = Vec::new();
    for (i, s) in shards.into_iter().enumerate() {
        let Some(d) = s.site.data else {
            return Err(format!(
                "shard {} has no site data; write shards with --format json",
                i + 1
            ));
        };
        match data.as_mut() {
            None => data = Some(d),
            Some(acc) => {
                if acc.base_url != d.base_url {
                    return Err(format!(
                        "shard {} is for {} but the first shard is for {}",
                        i + 1,
                        d.base_url,
                        acc.base_url
                    ));
                }
                if acc.root != d.root {
                    return Err(format!(
                        "shard {} audited the folder {} but the first shard {}",
                        i + 1,
                        d.root.as_deref().unwrap_or("(none)"),
                        acc.root.as_deref().unwrap_or("(none)")
                    ));
                }
                acc.pages.extend(d.pages.iter());
                acc.files.extend(d.files);
                acc.unreadable.extend(d.unreadable);
                acc.has_files |= d.has_files;
                if acc.robots_txt.is_none() {
                    acc.robots_txt = d.robots_txt;
                }
            }
        }
        reports.extend(s.pages);
    }
    let mut data = data.ok_or("no shards to merge")?;
    data.shard = None;
    let mut paired: Vec<(PageSummary, Report)> = std::mem::take(&mut data.pages)
        .into_summaries()
        .into_iter()
        .zip(reports)
        .collect();
    paired.sort_by(|a, b| a.0.path.cmp(&b.0.path));
    if let Some(w) = paired.windows(2).find(|w| w[0].0.path == w[1].0.path) {
        return Err(format!(
            "page {} is in two of the reports: give each shard once, and shards of one run",
            w[0].0.path
        ));
    }
    let (pages, reports): (Vec<_>, Vec<_>) = paired.into_iter().unzip();
    data.pages = pages.into();
    data.pages.compact();
    let checks = run_site_checks(&data, opts);
    let mut r = SiteReport::new(reports, checks);
    r.site.data = Some(data);
    Ok(r)
}

/// Shards of one run: each says which it is, all of the same total, each
/// index once, none missing. Reports without shard marks (whole runs of
/// parts of a site) are merged as they are.
fn check_shards(shards: &[SiteReport]) -> Result<(), String> {
    let marks: Vec<Option<Shard>> = shards
        .iter()
        .map(|s| s.site.data.as_ref().and_then(|d| d.shard))
        .collect();
    if marks.iter().all(Option::is_none) {
        return Ok(());
    }
    let Some(total) = marks.iter().flatten().map(|m| m.total).next() else {
        return Ok(());
    };
    let mut seen = vec![0u32; total as usize];
    for (i, m) in marks.iter().enumerate() {
        let Some(m) = m else {
            return Err(format!(
                "report {} is not a shard, the others are shards of {}: merge the shards of one run",
                i + 1,
                total
            ));
        };
        if m.total != total {
            return Err(format!(
                "report {} is shard {}/{}, the first is of {}: merge the shards of one run",
                i + 1,
                m.index,
                m.total,
                total
            ));
        }
        seen[(m.index.clamp(1, total) - 1) as usize] += 1;
    }
    let twice: Vec<String> = (1..=total)
        .filter(|k| seen[*k as usize - 1] > 1)
        .map(|k| format!("{}/{}", k, total))
        .collect();
    if !twice.is_empty() {
        return Err(format!("shard {} given twice", twice.join(", ")));
    }
    let missing: Vec<String> = (1..=total)
        .filter(|k| seen[*k as usize - 1] == 0)
        .map(|k| format!("{}/{}", k, total))
        .collect();
    if !missing.is_empty() {
        return Err(format!(
            "shard {} missing: give every shard's report (a failed shard job must be rerun)",
            missing.join(", ")
        ));
    }
    Ok(())
}

/// `--shard` as given: `K/N`, or `auto` (also `auto/N`) read from the CI
/// runner's variables through `var`: GitLab `CI_NODE_INDEX`/`CI_NODE_TOTAL`
/// (1-based), Buildkite `BUILDKITE_PARALLEL_JOB`/`_COUNT` (0-based), a
/// Kubernetes Indexed Job's `JOB_COMPLETION_INDEX` (0-based; the total from
/// `auto/N`). Returns (K, N, where they came from).
pub fn shard_spec(spec: &str, var: &dyn Fn(&str) -> Option<String>) -> Result<(u32, u32, String), String> {
    let num = |name: &str| -> Result<Option<u32>, String> {
        match var(name).filter(|v| !v.trim().is_empty()) {
            None => Ok(None),
            Some(v) => v
                .trim()
                .parse::<u32>()
                .map(Some)
                .map_err(|_| format!("{}={:?} is not a number", name, v)),
        }
    };
    let checked = |k: u32, n: u32, from: String| -> Result<(u32, u32, String), String> {
        if n == 0 || k == 0 || k > n {
            Err(format!("shard {}/{} ({}): K must be between 1 and N", k, n, from))
        } else {
            Ok((k, n, from))
        }
    };
    let spec = spec.trim();
    if let Some(rest) = spec.strip_prefix("auto") {
        let given_total = match rest.strip_prefix('/') {
            Some(n) => Some(
                n.trim()
                    .parse::<u32>()
                    .map_err(|_| "N in auto/N must be a number".to_string())?,
            ),
            None if rest.is_empty() => None,
            None => return Err(format!("{:?}: give the shard as K/N, auto or auto/N", spec)),
        };
        if let (Some(k), Some(n)) = (num("CI_NODE_INDEX")?, num("CI_NODE_TOTAL")?) {
            return checked(k, given_total.unwrap_or(n), "CI_NODE_INDEX/CI_NODE_TOTAL".into());
        }
        if let (Some(k), Some(n)) = (
            num("BUILDKITE_PARALLEL_JOB")?,
            num("BUILDKITE_PARALLEL_JOB_COUNT")?,
        ) {
            return checked(
                k + 1,
                given_total.unwrap_or(n),
                "BUILDKITE_PARALLEL_JOB/_COUNT".into(),
            );
        }
        if let Some(k) = num("JOB_COMPLETION_INDEX")? {
            return match given_total {
                Some(n) => checked(k + 1, n, "JOB_COMPLETION_INDEX".into()),
                None => Err("JOB_COMPLETION_INDEX is set but not the number of shards: give --shard auto/N (N = the Job's completions)".into()),
            };
        }
        return Err("--shard auto: no CI runner index found (GitLab CI_NODE_INDEX/CI_NODE_TOTAL, Buildkite BUILDKITE_PARALLEL_JOB/_COUNT, Kubernetes JOB_COMPLETION_INDEX with --shard auto/N); give --shard K/N".into());
    }
    let (k, n) = spec
        .split_once('/')
        .ok_or("give the shard as K/N (e.g. 1/4), auto or auto/N")?;
    let k: u32 = k.trim().parse().map_err(|_| "K in K/N must be a number")?;
    let n: u32 = n.trim().parse().map_err(|_| "N in K/N must be a number")?;
    checked(k, n, "--shard".into())
}

/// Deterministic shard membership: page path hashed (FNV-1a) modulo N, so every
/// runner of a CI matrix picks the same split whatever the walk order.
pub fn in_shard(path: &str, k: u32, n: u32) -> bool {
    if n <= 1 {
        return true;
    }
    let mut h: u64 = 0xcbf29ce484222325;
    for b in path.as_bytes() {
        h ^= *b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    (h % n as u64) as u32 == k.saturating_sub(1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vocab::Status;

    #[test]
    fn folder_urls() {
        assert_eq!(
            url_for("https://example.com", "index.html").unwrap(),
            "https://example.com/"
        );
        assert_eq!(
            url_for("https://example.com/", "blog/post/index.html").unwrap(),
            "https://example.com/blog/post/"
        );
        assert_eq!(
            url_for("https://example.com/sub", "a.html").unwrap(),
            "https://example.com/sub/a.html"
        );
    }

    #[test]
    fn site_audit_maps_urls() {
        let input = SiteInput {
            pages: vec![SitePage {
                path: "blog/index.html".into(),
                url: None,
                html: b"<title>x</title>".to_vec(),
            }],
            files: Default::default(),
            base_url: Some("https://example.com".into()),
            root: None,
        };
        let r = audit_site(&input, &Options::default()).unwrap();
        assert_eq!(r.pages[0].url.as_deref(), Some("https://example.com/blog/"));
        assert_eq!(r.site.checks.len(), crate::checks::registry::site().count());
    }

    #[test]
    fn shards_split_every_page_once() {
        let paths: Vec<String> = (0..500).map(|i| format!("p/{}.html", i)).collect();
        let mut seen = 0;
        for k in 1..=4 {
            let n = paths.iter().filter(|p| in_shard(p, k, 4)).count();
            assert!(n > 60, "shard {} has {}", k, n);
            seen += n;
        }
        assert_eq!(seen, 500);
    }

    #[test]
    fn merge_recomputes_site_checks() {
        let page = |p: &str, h: &str| SitePage {
            path: p.into(),
            url: None,
            html: h.as_bytes().to_vec(),
        };
        let all = vec![
            page("index.html", "<title>T</title><a href=a.html>a</a>"),
            page("a.html", "<title>T</title>"),
        ];
        let mk = |pages: Vec<SitePage>| {
            let input = SiteInput {
                pages,
                files: Default::default(),
                base_url: Some("https://example.com".into()),
                root: None,
            };
            audit_site(&input, &Options::default()).unwrap()
        };
        let whole = mk(all.clone());
        let merged = merge(
            vec![mk(vec![all[1].clone()]), mk(vec![all[0].clone()])],
            &Options::default(),
        )
        .unwrap();
        let st = |r: &SiteReport, id: &str| r.site.checks.iter().find(|c| c.id == id).unwrap().status;
        assert_eq!(st(&whole, "duplicate-titles"), Status::Warn);
        assert_eq!(
            st(&merged, "duplicate-titles"),
            Status::Warn,
            "only visible across shards"
        );
        assert_eq!(merged.score, whole.score);
        assert_eq!(merged.pages.len(), 2);
    }
}
