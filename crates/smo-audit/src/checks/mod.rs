//! Checks: one file per check, each a `pub static CHECK: Check` with its metadata,
//! documentation and a pure function over `Facts`. `registry` lists them.
//!
//! Writing a check: copy `opengraph/og_title.rs`. Messages are written for a
//! marketer in English and Turkish (`ctx.t(en, tr)`); the doc fields feed
//! `smo-audit rules`, `smo-audit explain ID` and the generated rule reference.

pub mod analytics;
pub mod docs;
pub mod engagement;
pub mod navigation;
pub mod opengraph;
pub mod profile;
pub mod readability;
pub mod registry;
pub mod run;
pub mod share;
pub mod site;
pub mod urls;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::facts::{Facts, Loc, PageKind};
use crate::i18n::Locale;
use crate::options::Options;
pub use crate::vocab::Status;

/// Categories in report order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum Category {
    Profile,
    Share,
    Opengraph,
    Urls,
    Navigation,
    Readability,
    Engagement,
    Analytics,
    Site,
}

impl Category {
    pub const ALL: [Category; 9] = [
        Category::Profile,
        Category::Share,
        Category::Opengraph,
        Category::Urls,
        Category::Navigation,
        Category::Readability,
        Category::Engagement,
        Category::Analytics,
        Category::Site,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Category::Profile => "profile",
            Category::Share => "share",
            Category::Opengraph => "opengraph",
            Category::Urls => "urls",
            Category::Navigation => "navigation",
            Category::Readability => "readability",
            Category::Engagement => "engagement",
            Category::Analytics => "analytics",
            Category::Site => "site",
        }
    }

    pub fn parse(s: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.id() == s)
    }

    pub fn title(self, locale: Locale) -> &'static str {
        let (en, tr) = match self {
            Category::Profile => ("Social profile", "Sosyal profil"),
            Category::Share => ("Share buttons & channels", "Paylaşım düğmeleri ve kanallar"),
            Category::Opengraph => ("Open Graph & social cards", "Open Graph ve sosyal kartlar"),
            Category::Urls => ("Keyword-friendly URLs", "Anahtar kelime dostu adresler"),
            Category::Navigation => ("Bounce-reducing navigation", "Hemen çıkmayı azaltan gezinme"),
            Category::Readability => ("Readability", "Okunabilirlik"),
            Category::Engagement => ("Media & discussion", "Medya ve tartışma"),
            Category::Analytics => ("Measurement", "Ölçümleme"),
            Category::Site => ("Whole site", "Tüm site"),
        };
        locale.pick(en, tr)
    }

    /// Category weight on a page of this kind; None when the category does not apply.
    /// On a profile page: profile 60, opengraph 20, urls 20 (CHECKLIST.md).
    pub fn weight(self, kind: PageKind) -> Option<u32> {
        if kind == PageKind::Profile {
            return match self {
                Category::Profile => Some(60),
                Category::Opengraph | Category::Urls => Some(20),
                _ => None,
            };
        }
        match self {
            Category::Share | Category::Opengraph => Some(20),
            Category::Urls | Category::Navigation | Category::Readability => Some(15),
            Category::Engagement => Some(10),
            Category::Analytics => Some(5),
            Category::Profile => None,
            Category::Site => Some(100),
        }
    }
}

/// A bilingual static text.
#[derive(Debug, Clone, Copy)]
pub struct Text {
    pub en: &'static str,
    pub tr: &'static str,
}

impl Text {
    pub fn get(&self, locale: Locale) -> &'static str {
        locale.pick(self.en, self.tr)
    }
}

/// A check's documentation (English; the one source for `rules`, `explain` and the docs).
#[derive(Debug, Clone, Copy)]
pub struct RuleDoc {
    /// What the check looks at and its pass / warn / fail rules.
    pub what: &'static str,
    /// Why it matters for social traffic.
    pub why: &'static str,
    /// How to fix a failure.
    pub fix: &'static str,
    /// A short HTML example of the good form.
    pub example: &'static str,
    /// Where the thresholds come from (platform docs, Yoast, Google, ...).
    pub sources: &'static [&'static str],
}

/// What a check runs on: one page's facts, or the whole site's data.
#[derive(Clone, Copy)]
pub enum Run {
    Page(fn(&Ctx) -> Outcome),
    Site(fn(&site::SiteCtx) -> Outcome),
}

/// One check (of a page or of the whole site): metadata, documentation, and a
/// pure function over the facts.
pub struct Check {
    pub id: &'static str,
    pub category: Category,
    /// 1–3, the check's weight inside its category.
    pub weight: u8,
    pub title: Text,
    /// A one-line fix, shown with every warn / fail.
    pub help: Text,
    pub doc: RuleDoc,
    /// The thresholds a config file may set (`[rules.ID]`): the one list the
    /// config validation, `explain` and `ctx.param` agree on.
    pub params: &'static [Param],
    pub run: Run,
}

/// What values a threshold takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamKind {
    /// A whole number, 0 or more (lengths, counts, pixels, bytes).
    Count,
    /// A number, 0 or more (kilobytes, zoom factors).
    Number,
    /// A share from 0 to 1.
    Ratio,
    /// Any number (a readability formula's score, which may be negative).
    Score,
}

impl ParamKind {
    /// What a value must be, for error messages.
    pub fn describe(self) -> &'static str {
        match self {
            ParamKind::Count => "a whole number, 0 or more",
            ParamKind::Number => "a number, 0 or more",
            ParamKind::Ratio => "a number from 0 to 1",
            ParamKind::Score => "a number",
        }
    }

    /// Whether `v` is a value of this kind.
    pub fn accepts(self, v: f64) -> bool {
        v.is_finite()
            && match self {
                ParamKind::Count => v >= 0.0 && v.fract() == 0.0,
                ParamKind::Number => v >= 0.0,
                ParamKind::Ratio => (0.0..=1.0).contains(&v),
                ParamKind::Score => true,
            }
    }
}

/// One threshold of a check: its name in `[rules.ID]`, its kind, and the
/// threshold it may not exceed when both are set (`min` at most `max`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Param {
    pub name: &'static str,
    pub kind: ParamKind,
    pub at_most: Option<&'static str>,
}

impl Param {
    pub const fn count(name: &'static str) -> Param {
        Param {
            name,
            kind: ParamKind::Count,
            at_most: None,
        }
    }
    pub const fn number(name: &'static str) -> Param {
        Param {
            name,
            kind: ParamKind::Number,
            at_most: None,
        }
    }
    pub const fn ratio(name: &'static str) -> Param {
        Param {
            name,
            kind: ParamKind::Ratio,
            at_most: None,
        }
    }
    pub const fn score(name: &'static str) -> Param {
        Param {
            name,
            kind: ParamKind::Score,
            at_most: None,
        }
    }
    /// This threshold may not be above `other` (when both are given).
    pub const fn at_most(self, other: &'static str) -> Param {
        Param {
            at_most: Some(other),
            ..self
        }
    }
}

impl std::fmt::Debug for Check {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Check").field("id", &self.id).finish()
    }
}

/// What a check function sees: the facts, the locale, the options.
pub struct Ctx<'a> {
    pub facts: &'a Facts,
    pub locale: Locale,
    pub opts: &'a Options,
    pub check_id: &'static str,
}

impl<'a> Ctx<'a> {
    /// Pick the message in the report's language.
    pub fn t(&self, en: impl Into<String>, tr: impl Into<String>) -> String {
        match self.locale {
            Locale::En => en.into(),
            Locale::Tr => tr.into(),
        }
    }

    /// A numeric threshold: the config file's value for this check, else the default.
    pub fn param(&self, key: &str, default: f64) -> f64 {
        debug_assert!(
            declared(self.check_id, key),
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

    pub fn kind(&self) -> PageKind {
        self.facts.kind
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
    /// This line's own grade when it is milder than the check's (a small image
    /// listed under a failing `og-image-files`); SARIF and annotations use it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
}

/// The result of one check before scoring.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub status: Status,
    pub message: String,
    /// Overrides the check's static help when set.
    pub help: Option<String>,
    pub evidence: Vec<Evidence>,
    pub details: Map<String, Value>,
}

impl Outcome {
    fn new(status: Status, message: String) -> Self {
        Outcome {
            status,
            message,
            help: None,
            evidence: Vec::new(),
            details: Map::new(),
        }
    }
    pub fn pass(message: impl Into<String>) -> Self {
        Self::new(Status::Pass, message.into())
    }
    pub fn warn(message: impl Into<String>) -> Self {
        Self::new(Status::Warn, message.into())
    }
    pub fn fail(message: impl Into<String>) -> Self {
        Self::new(Status::Fail, message.into())
    }
    /// Not applicable: left out of the score. The message says why.
    pub fn skip(reason: impl Into<String>) -> Self {
        Self::new(Status::Skip, reason.into())
    }
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }
    pub fn evidence(mut self, e: Evidence) -> Self {
        if self.evidence.len() < MAX_EVIDENCE {
            self.evidence.push(e);
        }
        self
    }
    pub fn evidence_all(mut self, es: impl IntoIterator<Item = Evidence>) -> Self {
        for e in es {
            if self.evidence.len() >= MAX_EVIDENCE {
                break;
            }
            self.evidence.push(e);
        }
        self
    }
    pub fn detail(mut self, key: &str, value: impl Into<Value>) -> Self {
        self.details.insert(key.to_string(), value.into());
        self
    }
}

/// Whether check `id` declares the threshold `key` (the params are read through
/// `ctx.param` only under a declared name).
pub fn declared(id: &str, key: &str) -> bool {
    registry::find(id).is_some_and(|c| c.params.iter().any(|p| p.name == key))
}

/// At most this many evidence items per check (the count goes in details).
pub const MAX_EVIDENCE: usize = 25;

/// Evidence from a recorded element.
pub fn ev(loc: &Loc, snippet: impl AsRef<str>) -> Evidence {
    Evidence {
        selector: Some(loc.selector.clone()),
        snippet: Some(crate::text::snippet(snippet.as_ref())),
        line: if loc.line > 0 { Some(loc.line) } else { None },
        url: None,
        status: None,
    }
}

/// Evidence from a head tag at a line.
pub fn ev_line(selector: &str, snippet: impl AsRef<str>, line: u32) -> Evidence {
    Evidence {
        selector: Some(selector.to_string()),
        snippet: Some(crate::text::snippet(snippet.as_ref())),
        line: if line > 0 { Some(line) } else { None },
        url: None,
        status: None,
    }
}

/// A `<meta>` tag's snippet as written, for evidence.
pub fn meta_snippet(key_attr: &str, key: &str, content: &str) -> String {
    format!("<meta {}=\"{}\" content=\"{}\">", key_attr, key, content)
}

/// Helpers for per-check unit tests on small HTML snippets.
#[cfg(test)]
pub mod test_util {
    use super::*;

    pub use crate::facts::test_util::facts;

    /// Run one check on a snippet, in English.
    pub fn run_on(check: &Check, html: &str, url: Option<&str>) -> Outcome {
        run_with(
            check,
            html,
            &Options {
                url: url.map(str::to_string),
                ..Default::default()
            },
        )
    }

    /// Run one check with full options.
    pub fn run_with(check: &Check, html: &str, opts: &Options) -> Outcome {
        let facts = crate::facts::from_bytes(html.as_bytes(), opts).expect("facts");
        let ctx = Ctx {
            facts: &facts,
            locale: opts.locale,
            opts,
            check_id: check.id,
        };
        call(check, &ctx)
    }

    /// Run a page check's function as it is (no configuration, no panic guard).
    pub fn call(check: &Check, ctx: &Ctx) -> Outcome {
        match check.run {
            Run::Page(f) => f(ctx),
            Run::Site(_) => panic!("{} is a site check", check.id),
        }
    }
}
