//! The options of an audit (the CLI flags, the npm options, the config file's
//! rules) and the errors an audit can end with.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::i18n::Locale;
use crate::input;
use crate::vocab::PageKind;
use crate::vocab::Status;

/// Per-rule configuration (from the config file or the API).
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase", default)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[cfg_attr(feature = "tsify", tsify(missing_as_null, hashmap_as_object))]
pub struct RuleConfig {
    /// false turns the check off.
    pub enabled: Option<bool>,
    /// `warn` caps a failure at warn; `fail` raises a warning to a failure.
    #[cfg_attr(feature = "tsify", tsify(type = "\"warn\" | \"fail\" | null"))]
    pub severity: Option<Status>,
    /// Threshold overrides, by the names each check documents.
    #[serde(default)]
    #[cfg_attr(feature = "tsify", tsify(type = "Record<string, number>"))]
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
    /// Put the main text we scored (`facts.mainText`) and the headline
    /// (`facts.headline`) in the report (default false: the report stays small).
    pub include_text: bool,
    /// What the caller knows of image files (a file dropped in the audit
    /// page, a site's files): a preview whose image is one of these uses its
    /// real bytes and pixels instead of the declared size.
    #[serde(deserialize_with = "images_from_json")]
    pub images: Vec<ImageInfo>,
}

/// `images` read as JSON data, by hand: the options' checker
/// (`config::options`) has said what is wrong with them already, and one small
/// reader keeps the wasm small (a value out of range is unknown).
fn images_from_json<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<ImageInfo>, D::Error> {
    let v = serde_json::Value::deserialize(d)?;
    let n = |e: &serde_json::Value, k: &str| e.get(k).and_then(serde_json::Value::as_u64);
    let px = |e: &serde_json::Value, k: &str| n(e, k).and_then(|n| u32::try_from(n).ok());
    Ok(v.as_array()
        .into_iter()
        .flatten()
        .filter_map(|e| {
            Some(ImageInfo {
                url: e.get("url")?.as_str()?.to_string(),
                bytes: n(e, "bytes"),
                width: px(e, "width"),
                height: px(e, "height"),
            })
        })
        .collect())
}

/// What is known of one image file: its address as the page names it
/// (absolute, or relative to the page), its size in bytes and pixels.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[cfg_attr(feature = "tsify", tsify(missing_as_null, hashmap_as_object))]
pub struct ImageInfo {
    pub url: String,
    /// The file's size in bytes; null = unknown.
    #[serde(default)]
    pub bytes: Option<u64>,
    /// Its size in pixels (from the file); null = unknown.
    #[serde(default)]
    pub width: Option<u32>,
    #[serde(default)]
    pub height: Option<u32>,
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
            include_text: false,
            images: Vec::new(),
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

/// The options that can be wrong before anything is read: the page URL.
pub fn validate(opts: &Options) -> Result<(), Error> {
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
