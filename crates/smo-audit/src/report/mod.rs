//! The Report model (the JSON contract of DESIGN.md, schemaVersion 1), scoring,
//! the gates and the suggested head. Output formats are the `render` layer's.

pub mod baseline;
pub mod gates;
pub mod suggested_head;

use std::borrow::Cow;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::checks::run::Ran;
use crate::checks::Category;
pub use crate::checks::Evidence;
use crate::facts::{Facts, PageKind};
use crate::i18n::Locale;
use crate::options::Options;
pub use crate::vocab::Status;

pub const SCHEMA_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[cfg_attr(feature = "tsify", tsify(missing_as_null, hashmap_as_object))]
pub struct CheckReport {
    /// Static for the built-in checks (no copy per report); owned when read back from JSON.
    #[cfg_attr(feature = "tsify", tsify(type = "string"))]
    pub id: Cow<'static, str>,
    pub status: Status,
    pub weight: u8,
    #[cfg_attr(feature = "tsify", tsify(type = "string"))]
    pub title: Cow<'static, str>,
    pub message: String,
    #[cfg_attr(feature = "tsify", tsify(type = "string"))]
    pub help: Cow<'static, str>,
    pub evidence: Vec<Evidence>,
    #[cfg_attr(feature = "tsify", tsify(type = "Record<string, unknown>"))]
    pub details: Map<String, Value>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[cfg_attr(feature = "tsify", tsify(missing_as_null, hashmap_as_object))]
pub struct CategoryReport {
    #[cfg_attr(feature = "tsify", tsify(type = "string"))]
    pub id: Cow<'static, str>,
    #[cfg_attr(feature = "tsify", tsify(type = "string"))]
    pub title: Cow<'static, str>,
    /// Weighted mean of the non-skipped checks × 100; null when all skipped.
    pub score: Option<u32>,
    pub weight: u32,
    pub checks: Vec<CheckReport>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[cfg_attr(feature = "tsify", tsify(missing_as_null, hashmap_as_object))]
pub struct ToolInfo {
    pub name: String,
    pub version: String,
}

impl ToolInfo {
    pub fn current() -> Self {
        ToolInfo {
            name: "smo-audit".into(),
            version: env!("CARGO_PKG_VERSION").into(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[cfg_attr(feature = "tsify", tsify(missing_as_null, hashmap_as_object))]
pub struct Report {
    pub schema_version: u32,
    pub tool: ToolInfo,
    pub url: Option<String>,
    /// The page's file as CI tools see it (`site/blog/x.html`: the audited
    /// folder as given, then the page's path); absent for a crawled page, a
    /// profile or standard input.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    pub kind: PageKind,
    /// BCP 47 primary tag used for text analysis; null when unknown.
    pub language: Option<String>,
    pub locale: Locale,
    pub score: u32,
    pub categories: Vec<CategoryReport>,
    /// What the checks read, and the suggested head (`Facts`).
    #[cfg_attr(feature = "tsify", tsify(type = "Facts"))]
    /// Left out by `--no-facts` ([`SiteReport::from_json`] reads such
    /// reports back with null facts, for `merge`).
    pub facts: Value,
    /// A partial audit (a profile from its address alone): why, and what to
    /// give for the full one. Its `score` comes from the few checks that
    /// could run: faces show it as not scored and score gates refuse it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partial: Option<String>,
}

impl Report {
    pub fn checks(&self) -> impl Iterator<Item = &CheckReport> {
        self.categories.iter().flat_map(|c| c.checks.iter())
    }
    pub fn check(&self, id: &str) -> Option<&CheckReport> {
        self.checks().find(|c| c.id == id)
    }
    /// Counts of pass / warn / fail / skip.
    pub fn counts(&self) -> [usize; 4] {
        let mut n = [0; 4];
        for c in self.checks() {
            n[c.status as usize] += 1;
        }
        n
    }
}

/// A page's file as CI tools see it: the folder prefix and the page's path
/// (`public/blog/x.html`); URLs and an empty or `.` prefix leave it as is.
pub fn repo_path(root: &str, file: &str) -> String {
    let root = root.trim_end_matches('/');
    if root.is_empty() || root == "." || file.is_empty() || file.contains("://") {
        file.to_string()
    } else {
        format!("{}/{}", root, file)
    }
}

/// Score a set of checks (weighted mean × 100); None when all are skipped.
pub fn score_checks(checks: &[CheckReport]) -> Option<u32> {
    let (mut sum, mut w) = (0.0, 0.0);
    for c in checks {
        if let Some(p) = c.status.points() {
            sum += p * c.weight as f64;
            w += c.weight as f64;
        }
    }
    (w > 0.0).then(|| (sum / w * 100.0).round() as u32)
}

/// Weighted mean of the categories that have a score.
pub fn score_categories(cats: &[CategoryReport]) -> u32 {
    let (mut sum, mut w) = (0.0, 0.0);
    for c in cats {
        if let Some(s) = c.score {
            sum += s as f64 * c.weight as f64;
            w += c.weight as f64;
        }
    }
    if w > 0.0 {
        (sum / w).round() as u32
    } else {
        0
    }
}

/// A check's line of the report from what it found.
pub fn check_report(ran: Ran, locale: Locale) -> CheckReport {
    CheckReport {
        id: Cow::Borrowed(ran.check.id),
        status: ran.outcome.status,
        weight: ran.check.weight,
        title: Cow::Borrowed(ran.check.title.get(locale)),
        message: ran.outcome.message,
        help: ran.help,
        evidence: ran.outcome.evidence,
        details: ran.outcome.details,
    }
}

/// The scored report of one page from its facts and its checks' outcomes
/// (`checks::run::page`): categories in report order, each scored, then the
/// page score; the facts with the suggested head block.
pub fn build(facts: &Facts, ran: Vec<Ran>, opts: &Options) -> Report {
    let locale = opts.locale;
    let mut by_cat: Vec<(Category, Vec<CheckReport>)> = Vec::new();
    for r in ran {
        let cat = r.check.category;
        let line = check_report(r, locale);
        match by_cat.iter_mut().find(|(c, _)| *c == cat) {
            Some((_, v)) => v.push(line),
            None => by_cat.push((cat, vec![line])),
        }
    }
    by_cat.sort_by_key(|(c, _)| *c);
    let categories: Vec<CategoryReport> = by_cat
        .into_iter()
        .filter_map(|(cat, checks)| {
            Some(CategoryReport {
                id: Cow::Borrowed(cat.id()),
                title: Cow::Borrowed(cat.title(locale)),
                score: score_checks(&checks),
                weight: cat.weight(facts.kind)?,
                checks,
            })
        })
        .collect();
    let score = score_categories(&categories);
    let mut facts_json = serde_json::to_value(facts).unwrap_or(Value::Null);
    if let Value::Object(m) = &mut facts_json {
        suggested_head::add(m, facts, &categories);
    }
    Report {
        schema_version: SCHEMA_VERSION,
        tool: ToolInfo::current(),
        url: facts.page_url.as_ref().map(|u| u.to_string()),
        path: None,
        kind: facts.kind,
        language: facts.readability_language(),
        locale,
        score,
        categories,
        facts: facts_json,
        partial: None,
    }
}

/// A whole-site report: every page, plus the site checks.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[cfg_attr(feature = "tsify", tsify(missing_as_null, hashmap_as_object))]
pub struct SiteReport {
    pub schema_version: u32,
    pub tool: ToolInfo,
    /// Mean of the page scores, combined with the site checks' score when there are any.
    pub score: u32,
    pub pages: Vec<Report>,
    pub site: SiteSection,
    /// What the crawl did (a crawled site only; absent for folders and uploads).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub crawl: Option<crate::facts::site::crawl::CrawlSummary>,
}

impl SiteReport {
    /// A site report from its JSON text (`--format json`), also one written
    /// with `--no-facts` (its pages' facts read back as null).
    pub fn from_json(text: &str) -> Result<SiteReport, serde_json::Error> {
        let mut v: Value = serde_json::from_str(text)?;
        if let Some(pages) = v.get_mut("pages").and_then(Value::as_array_mut) {
            for p in pages.iter_mut().filter_map(Value::as_object_mut) {
                p.entry("facts").or_insert(Value::Null);
            }
        }
        serde_json::from_value(v)
    }

    /// The page labels the site renderers show: each page's path, in report
    /// order (empty without site data).
    pub fn page_labels(&self) -> Vec<String> {
        self.site
            .data
            .as_ref()
            .map(|d| d.pages.iter().map(|p| p.path.clone()).collect())
            .unwrap_or_default()
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[cfg_attr(feature = "tsify", tsify(missing_as_null, hashmap_as_object))]
pub struct SiteSection {
    /// Score of the site checks; null when there are none.
    pub score: Option<u32>,
    pub checks: Vec<CheckReport>,
    /// What the site checks were computed from (page summaries, file inventory):
    /// lets `smo-audit merge` recompute them from shards.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<crate::facts::site::SiteData>,
}

impl SiteReport {
    pub fn new(pages: Vec<Report>, checks: Vec<CheckReport>) -> SiteReport {
        let site_score = score_checks(&checks);
        let score = mean_with_site(pages.iter().map(|p| p.score), site_score);
        SiteReport {
            schema_version: SCHEMA_VERSION,
            tool: ToolInfo::current(),
            score,
            pages,
            site: SiteSection {
                score: site_score,
                checks,
                data: None,
            },
            crawl: None,
        }
    }
}

/// What is kept of an audited page once its piece is rendered (serializable:
/// a worker that audited the page hands it to the run that writes the site).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PageRecord {
    pub label: String,
    pub score: u32,
    /// pass, warn, fail, skip.
    pub counts: [usize; 4],
    pub locale: Locale,
}

impl PageRecord {
    pub fn of(r: &Report, label: &str) -> PageRecord {
        PageRecord {
            label: label.to_string(),
            score: r.score,
            counts: r.counts(),
            locale: r.locale,
        }
    }
    /// Checks at or above a level: fail only, or warn too.
    pub fn at_or_above(&self, warn_too: bool) -> usize {
        self.counts[Status::Fail as usize]
            + if warn_too {
                self.counts[Status::Warn as usize]
            } else {
                0
            }
    }
}

/// The site score as `SiteReport::new` computes it: the mean of the page scores,
/// averaged with the site checks' score when there is one.
pub fn site_score(records: &[PageRecord], site_score: Option<u32>) -> u32 {
    mean_with_site(records.iter().map(|r| r.score), site_score)
}

/// The mean of the page scores, averaged with the site checks' score.
fn mean_with_site(scores: impl ExactSizeIterator<Item = u32>, site_score: Option<u32>) -> u32 {
    let n = scores.len();
    let page_mean = if n == 0 {
        None
    } else {
        Some(scores.map(|s| s as f64).sum::<f64>() / n as f64)
    };
    match (page_mean, site_score) {
        (Some(p), Some(s)) => ((p + s as f64) / 2.0).round() as u32,
        (Some(p), None) => p.round() as u32,
        (None, Some(s)) => s,
        (None, None) => 0,
    }
}

/// Helpers for the report layer's tests: a page report from HTML through the
/// layers below (facts, checks), without the pipeline above.
#[cfg(test)]
pub mod test_util {
    use super::Report;
    use crate::options::Options;

    /// The report of an HTML snippet (and an optional page URL), in English.
    pub fn report(html: &str, url: Option<&str>) -> Report {
        let opts = Options {
            url: url.map(str::to_string),
            ..Default::default()
        };
        let facts = crate::facts::from_bytes(html.as_bytes(), &opts).expect("facts");
        super::build(&facts, crate::checks::run::page(&facts, &opts), &opts)
    }
}
