//! The Report model (the JSON contract of DESIGN.md, schemaVersion 1), scoring,
//! and renderers.

pub mod findings;
pub mod github;
pub mod html;
pub mod junit;
pub mod markdown;
pub mod render;
pub mod sarif;

use std::borrow::Cow;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::checks::{Category, Check, Ctx, Outcome};
use crate::facts::{Facts, PageKind};
use crate::i18n::Locale;
use crate::Options;

pub const SCHEMA_VERSION: u32 = 1;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Hash, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
pub enum Status {
    Pass,
    Warn,
    Fail,
    Skip,
}

impl Status {
    /// pass 1, warn 0.5, fail 0; skip is left out.
    pub fn points(self) -> Option<f64> {
        match self {
            Status::Pass => Some(1.0),
            Status::Warn => Some(0.5),
            Status::Fail => Some(0.0),
            Status::Skip => None,
        }
    }
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Pass => "pass",
            Status::Warn => "warn",
            Status::Fail => "fail",
            Status::Skip => "skip",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[cfg_attr(feature = "tsify", tsify(missing_as_null, hashmap_as_object))]
pub struct Evidence {
    pub selector: Option<String>,
    /// Raw text from the page: untrusted, every renderer escapes it.
    pub snippet: Option<String>,
    pub line: Option<u32>,
    /// A URL the evidence is about (site checks: the page or file).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

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
    pub kind: PageKind,
    /// BCP 47 primary tag used for text analysis; null when unknown.
    pub language: Option<String>,
    pub locale: Locale,
    pub score: u32,
    pub categories: Vec<CategoryReport>,
    #[cfg_attr(feature = "tsify", tsify(type = "Record<string, unknown>"))]
    pub facts: Value,
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

/// Run one check, turning a bug (a panic) into a skip natively, so no output is lost.
fn run_check(check: &Check, ctx: &Ctx) -> Outcome {
    #[cfg(not(target_arch = "wasm32"))]
    {
        match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| (check.run)(ctx))) {
            Ok(o) => o,
            Err(_) => Outcome::skip(ctx.t(
                format!(
                    "Internal error in check {}; please report it with this page.",
                    check.id
                ),
                format!("{} denetiminde iç hata; lütfen bu sayfayla bildirin.", check.id),
            )),
        }
    }
    #[cfg(target_arch = "wasm32")]
    {
        (check.run)(ctx)
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

/// Run every enabled check over the facts and build the scored report.
pub fn build(facts: &Facts, opts: &Options) -> Report {
    let locale = opts.locale;
    let mut categories = Vec::new();
    for cat in Category::ALL {
        let Some(weight) = cat.weight(facts.kind) else {
            continue;
        };
        if cat == Category::Site {
            continue;
        }
        let mut checks = Vec::new();
        for check in crate::checks::registry::in_category(cat) {
            let rule = opts.rules.get(check.id);
            if rule.is_some_and(|r| r.enabled == Some(false)) {
                continue;
            }
            let ctx = Ctx {
                facts,
                locale,
                opts,
                check_id: check.id,
            };
            let mut o = run_check(check, &ctx);
            if let Some(sev) = rule.and_then(|r| r.severity) {
                // A configured severity caps how bad a failure counts (fail → warn), or raises warn → fail.
                o.status = match (o.status, sev) {
                    (Status::Fail, Status::Warn) => Status::Warn,
                    (Status::Warn, Status::Fail) => Status::Fail,
                    (s, _) => s,
                };
            }
            let help = match o.help.take() {
                Some(h) => Cow::Owned(h),
                None => Cow::Borrowed(check.help.get(locale)),
            };
            checks.push(CheckReport {
                id: Cow::Borrowed(check.id),
                status: o.status,
                weight: check.weight,
                title: Cow::Borrowed(check.title.get(locale)),
                message: o.message,
                help,
                evidence: o.evidence,
                details: o.details,
            });
        }
        if checks.is_empty() {
            continue;
        }
        categories.push(CategoryReport {
            id: Cow::Borrowed(cat.id()),
            title: Cow::Borrowed(cat.title(locale)),
            score: score_checks(&checks),
            weight,
            checks,
        });
    }
    let score = score_categories(&categories);
    let mut facts_json = serde_json::to_value(facts).unwrap_or(Value::Null);
    if let Value::Object(m) = &mut facts_json {
        crate::facts::previews::add_report_facts(m, facts, &categories, opts);
    }
    Report {
        schema_version: SCHEMA_VERSION,
        tool: ToolInfo::current(),
        url: facts.page_url.as_ref().map(|u| u.to_string()),
        kind: facts.kind,
        language: facts.readability_language(),
        locale,
        score,
        categories,
        facts: facts_json,
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
}

impl SiteReport {
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
    pub data: Option<crate::site::SiteData>,
}

impl SiteReport {
    pub fn new(pages: Vec<Report>, checks: Vec<CheckReport>) -> SiteReport {
        let site_score = score_checks(&checks);
        let page_mean = if pages.is_empty() {
            None
        } else {
            Some(pages.iter().map(|p| p.score as f64).sum::<f64>() / pages.len() as f64)
        };
        let score = match (page_mean, site_score) {
            (Some(p), Some(s)) => ((p + s as f64) / 2.0).round() as u32,
            (Some(p), None) => p.round() as u32,
            (None, Some(s)) => s,
            (None, None) => 0,
        };
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
        }
    }
}
