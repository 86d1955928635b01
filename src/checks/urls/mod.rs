//! Keyword-friendly URLs (category weight 15). The page URL is the given URL,
//! else the canonical, else og:url; with none, these checks skip.

use url::Url;

use super::{Check, Ctx, Outcome};
use crate::facts::PageKind;

pub mod rules;

pub mod link_urls;
pub mod url_ascii;
pub mod url_case;
pub mod url_keywords;
pub mod url_length;
pub mod url_params;
pub mod url_readable;
pub mod url_separators;
pub mod url_stop_words;

pub static CHECKS: &[&Check] = &[
    &url_readable::CHECK,
    &url_keywords::CHECK,
    &url_separators::CHECK,
    &url_case::CHECK,
    &url_length::CHECK,
    &url_params::CHECK,
    &url_ascii::CHECK,
    &url_stop_words::CHECK,
    &link_urls::CHECK,
];

/// The page URL, or the skip outcome that says how to give one.
pub(crate) fn page_url<'a>(ctx: &Ctx<'a>) -> Result<&'a Url, Outcome> {
    ctx.facts.page_url.as_ref().ok_or_else(|| {
        Outcome::skip(ctx.t(
            "The page address is unknown: give it with --url (or add <link rel=\"canonical\"> / og:url to the page).",
            "Sayfa adresi bilinmiyor: --url ile verin (ya da sayfaya <link rel=\"canonical\"> / og:url ekleyin).",
        ))
    })
}

/// Skip on the home page (an address that names a page by `?p=` is not home).
pub(crate) fn home_skip(ctx: &Ctx, url: &Url) -> Option<Outcome> {
    (ctx.kind() == PageKind::Home && rules::id_param(url).is_none()).then(|| {
        Outcome::skip(ctx.t(
            "The home page needs no keywords in its address.",
            "Ana sayfanın adresinde anahtar kelime gerekmez.",
        ))
    })
}

/// Languages for stop words and stems: the page language, then English.
pub(crate) fn langs(ctx: &Ctx) -> Vec<String> {
    let mut v: Vec<String> = ctx.facts.suggest.slug_language.iter().cloned().collect();
    if !v.iter().any(|l| l == "en") {
        v.push("en".to_string());
    }
    v
}

/// The page URL as evidence.
pub(crate) fn url_evidence(url: &Url) -> crate::report::Evidence {
    crate::report::Evidence {
        selector: None,
        snippet: Some(crate::text::snippet(url.as_str())),
        line: None,
        url: Some(url.as_str().to_string()),
    }
}
