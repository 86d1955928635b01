//! smo-audit: a social media optimization audit of a web page, a built site or a
//! social profile. Parse once → Facts → pure checks → scored Report → renderers.
//!
//! ```
//! let report = smo_audit::audit(b"<html><head><title>Hi</title></head></html>", &Default::default()).unwrap();
//! assert!(report.score <= 100);
//! ```

pub mod catalog;
pub mod checks;
pub mod config;
pub mod dom;
pub mod facts;
pub mod i18n;
pub mod input;
pub mod profile_mode;
pub mod readability;
pub mod report;
pub mod site;
#[cfg(test)]
mod test_corpus;
pub mod text;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

pub use facts::{Facts, PageKind};
pub use i18n::Locale;
pub use profile_mode::audit_profile_url;
pub use report::{CheckReport, Report, SiteReport, Status};
pub use site::{audit_site, SiteInput, SitePage};

/// Per-rule configuration (from the config file or the API).
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase", default)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[cfg_attr(feature = "tsify", tsify(missing_as_null, hashmap_as_object))]
pub struct RuleConfig {
    /// false turns the check off.
    pub enabled: Option<bool>,
    /// `warn` caps a failure at warn; `fail` raises a warning to a failure.
    pub severity: Option<Status>,
    /// Threshold overrides, by the names each check documents.
    #[serde(default)]
    #[cfg_attr(feature = "tsify", tsify(type = "Record<string, unknown>"))]
    pub params: serde_json::Map<String, serde_json::Value>,
}

/// Audit options (the CLI flags, the npm options).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase", default)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[cfg_attr(feature = "tsify", tsify(missing_as_null, hashmap_as_object))]
pub struct Options {
    /// The page's public URL (for URL checks and resolving links).
    pub url: Option<String>,
    pub locale: Locale,
    /// Force the page kind instead of detecting it.
    pub kind: Option<PageKind>,
    /// Force the text language (BCP 47) instead of `<html lang>` / detection.
    pub language: Option<String>,
    /// The HTTP Content-Type, when known (its charset wins over `<meta charset>`).
    pub content_type: Option<String>,
    /// Input size limit in bytes (default 10 MB).
    pub max_bytes: usize,
    /// Nesting limit for container elements (default 5,000; browsers flatten past 512).
    pub max_depth: usize,
    pub rules: BTreeMap<String, RuleConfig>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            url: None,
            locale: Locale::En,
            kind: None,
            language: None,
            content_type: None,
            max_bytes: input::DEFAULT_MAX_BYTES,
            max_depth: input::DEFAULT_MAX_DEPTH,
            rules: BTreeMap::new(),
        }
    }
}

/// Errors an audit can end with; each message says what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    Input(input::InputError),
    BadUrl(String, String),
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Input(e) => e.fmt(f),
            Error::BadUrl(u, why) => write!(
                f,
                "the page URL {:?} is not valid ({}); give an absolute address such as https://example.com/blog/post",
                u, why
            ),
        }
    }
}

impl std::error::Error for Error {}

impl From<input::InputError> for Error {
    fn from(e: input::InputError) -> Self {
        Error::Input(e)
    }
}

fn validate(opts: &Options) -> Result<(), Error> {
    if let Some(u) = &opts.url {
        match url::Url::parse(u) {
            Ok(p) if matches!(p.scheme(), "http" | "https") => {}
            Ok(p) => {
                return Err(Error::BadUrl(
                    u.clone(),
                    format!("the scheme is {}, not http or https", p.scheme()),
                ))
            }
            Err(e) => return Err(Error::BadUrl(u.clone(), e.to_string())),
        }
    }
    Ok(())
}

/// Decode, parse once, and gather the facts of one page.
pub fn facts_for(bytes: &[u8], opts: &Options) -> Result<Facts, Error> {
    validate(opts)?;
    let decoded = input::decode(bytes, opts.content_type.as_deref(), opts.max_bytes)?;
    input::check_nesting(&decoded.text, opts.max_depth)?;
    let doc = dom::Doc::parse(&decoded.text);
    Ok(facts::extract(&doc, bytes.len(), decoded.encoding, opts))
}

/// Audit one page from its bytes.
pub fn audit(bytes: &[u8], opts: &Options) -> Result<Report, Error> {
    let facts = facts_for(bytes, opts)?;
    Ok(report::build(&facts, opts))
}

/// Audit one page from text.
pub fn audit_html(html: &str, opts: &Options) -> Result<Report, Error> {
    audit(html.as_bytes(), opts)
}
