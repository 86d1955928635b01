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

/// The page URL as evidence; the snippet is the decoded form people see
/// (only when it differs from the encoded address).
pub(crate) fn url_evidence(url: &Url) -> crate::checks::Evidence {
    let decoded = crate::text::slug::percent_decode(url.as_str());
    crate::checks::Evidence {
        selector: None,
        snippet: (decoded != url.as_str()).then(|| crate::text::snippet(&decoded)),
        line: None,
        url: Some(url.as_str().to_string()),
        status: None,
    }
}

#[cfg(test)]
mod tests {
    use crate::checks::Ctx;
    use crate::options::Options;

    /// Odd addresses never panic and every check answers.
    #[test]
    fn odd_addresses_do_not_panic() {
        let deep = format!("https://e.com/{}", "a_b/".repeat(3000));
        let long_seg = format!("https://e.com/{}", "ş".repeat(5000));
        let mut checked = 0;
        for u in [
            "mailto:someone@example.com",
            "data:text/html,hello",
            "file:///C:/my%20docs/x%20y.html",
            "https://e.com/%FF%FE%/..%2F%C5",
            "https://şirket.com.tr/ürünler/çanta?İD=5&p=",
            "https://e.com/;jsessionid=1",
            "https://e.com/?",
            "https://e.com/-/_/+/",
            deep.as_str(),
            long_seg.as_str(),
        ] {
            let opts = Options {
                url: Some(u.to_string()),
                ..Default::default()
            };
            let html = "<title>Ürün | Şirket</title><a href=/a>x</a><a href='//x'>y</a><a href='?p=1'>z</a>";
            // Non-http(s) addresses are refused up front with an error.
            let Ok(facts) = crate::facts::from_bytes(html.as_bytes(), &opts) else {
                assert!(!u.starts_with("http"), "{u} refused");
                continue;
            };
            checked += 1;
            for check in super::CHECKS {
                let ctx = Ctx {
                    facts: &facts,
                    locale: opts.locale,
                    opts: &opts,
                    check_id: check.id,
                };
                let o = crate::checks::test_util::call(check, &ctx);
                assert!(!o.message.is_empty(), "{} on {u}", check.id);
            }
        }
        assert_eq!(checked, 7);
    }
}
