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
    }
}

#[cfg(test)]
mod corpus_tests {
    use std::collections::BTreeMap;

    use crate::checks::Ctx;
    use crate::options::Options;
    use crate::vocab::Status;

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

    /// Every real page of the shared corpus: no panic, a well-formed suggested
    /// slug whenever there is a title, and the status counts per check printed
    /// (`cargo test --lib urls::corpus -- --nocapture`).
    #[test]
    fn corpus_pages_run_clean() {
        // SMO_URLS_VERBOSE=1 prints every warn / fail for review.
        let verbose = std::env::var_os("SMO_URLS_VERBOSE").is_some();
        let mut pages = 0;
        let mut slugs = 0;
        let mut check_time = std::time::Duration::ZERO;
        let mut counts: BTreeMap<&str, [usize; 4]> = BTreeMap::new();
        let found = crate::test_corpus::each_page("urls corpus", |name, bytes| {
            pages += 1;
            let opts = Options::default();
            let facts = crate::facts::from_bytes(bytes, &opts).expect("facts");
            if let Some(s) = &facts.suggest.suggested_slug {
                slugs += 1;
                assert!(!s.is_empty() && s.chars().count() <= crate::facts::suggest::MAX_SLUG_CHARS);
                assert!(
                    !s.starts_with('-') && !s.ends_with('-') && !s.contains("--"),
                    "{s}"
                );
                assert!(
                    s.chars()
                        .all(|c| c == '-' || (c.is_alphanumeric() && !c.is_uppercase())),
                    "{s}"
                );
            }
            for check in super::CHECKS {
                let ctx = Ctx {
                    facts: &facts,
                    locale: opts.locale,
                    opts: &opts,
                    check_id: check.id,
                };
                let t0 = std::time::Instant::now();
                let o = crate::checks::test_util::call(check, &ctx);
                check_time += t0.elapsed();
                assert!(!o.message.is_empty(), "{} on {}", check.id, name);
                let i = match o.status {
                    Status::Pass => 0,
                    Status::Warn => 1,
                    Status::Fail => 2,
                    Status::Skip => 3,
                };
                counts.entry(check.id).or_default()[i] += 1;
                if verbose && matches!(o.status, Status::Warn | Status::Fail) {
                    eprintln!("{} {} {:?}: {}", name, check.id, o.status, o.message);
                }
            }
        });
        if !found {
            return;
        }
        eprintln!("{pages} pages, {slugs} with a suggested slug; urls checks took {check_time:?} in all");
        for (id, c) in &counts {
            eprintln!(
                "{id:16} pass {:3} warn {:3} fail {:3} skip {:3}",
                c[0], c[1], c[2], c[3]
            );
        }
    }
}
