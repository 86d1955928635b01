//! `og-url`: the address every share of this page is counted under.

use super::common::first_ev;
use crate::checks::{Category, Check, Ctx, Outcome, RuleDoc, Text};
use crate::facts::abs_http;

pub static CHECK: Check = Check {
    id: "og-url",
    category: Category::Opengraph,
    weight: 2,
    title: Text {
        en: "Open Graph URL",
        tr: "Open Graph adresi",
    },
    help: Text {
        en: "Add <meta property=\"og:url\" content=\"https://…\"> with the page's canonical address.",
        tr: "Sayfanın kanonik adresiyle <meta property=\"og:url\" content=\"https://…\"> ekleyin.",
    },
    doc: RuleDoc {
        what: "Reads the first `og:url`. Fail: missing, empty, relative or not http(s). Warn: it differs from the canonical URL (`<link rel=canonical>`, resolved against the page; compared after URL normalisation, so host case and default ports do not count, but a trailing slash or a query string does). Pass otherwise.",
        why: "Facebook counts likes and shares under og:url and fetches the card from it: when it differs from the canonical, the share counts split between two addresses and the card may come from another page.",
        fix: "Put the page's canonical, absolute address in og:url — the same one as in <link rel=\"canonical\">.",
        example: "<link rel=\"canonical\" href=\"https://example.com/blog/share-tips\">\n<meta property=\"og:url\" content=\"https://example.com/blog/share-tips\">",
        sources: &[
            "https://ogp.me/#metadata",
            "https://developers.facebook.com/docs/sharing/webmasters/getting-started/versioned-link/ (og:url is the canonical URL)",
        ],
    },
    params: &[],
    run: crate::checks::Run::Page(run),
};

fn run(ctx: &Ctx) -> Outcome {
    let h = &ctx.facts.head;
    let ev = first_ev(h, "og:url");
    let Some(raw) = h.og_first("og:url") else {
        return Outcome::fail(ctx.t(
            "No og:url: Facebook may count shares of this page under several addresses.",
            "og:url yok: Facebook bu sayfanın paylaşımlarını birden fazla adres altında sayabilir.",
        ));
    };
    let raw = raw.trim();
    if raw.is_empty() {
        return Outcome::fail(ctx.t("og:url is empty.", "og:url boş.")).evidence_all(ev);
    }
    let Some(og) = abs_http(raw).filter(|_| !raw.starts_with("//")) else {
        return Outcome::fail(ctx.t(
            format!("og:url {:?} is not an absolute http(s) address.", raw),
            format!("og:url {:?} tam bir http(s) adresi değil.", raw),
        ))
        .evidence_all(ev);
    };
    let canonical = h
        .links_rel("canonical")
        .find_map(|l| l.abs.clone())
        .filter(|u| matches!(u.scheme(), "http" | "https"));
    if let Some(c) = canonical {
        if c != og {
            return Outcome::warn(ctx.t(
                format!(
                    "og:url ({}) differs from the canonical URL ({}): shares split between the two.",
                    og, c
                ),
                format!(
                    "og:url ({}) kanonik adresten ({}) farklı: paylaşımlar iki adres arasında bölünür.",
                    og, c
                ),
            ))
            .evidence_all(ev)
            .detail("ogUrl", og.as_str())
            .detail("canonical", c.as_str());
        }
    }
    Outcome::pass(ctx.t(format!("og:url is {}.", og), format!("og:url: {}.", og))).evidence_all(ev)
}

#[cfg(test)]
mod tests {
    use crate::checks::test_util::run_on;
    use crate::vocab::Status;

    fn run(html: &str) -> crate::checks::Outcome {
        run_on(&super::CHECK, html, Some("https://example.com/blog/a"))
    }

    #[test]
    fn missing_empty_relative_fail() {
        assert_eq!(run("<title>x</title>").status, Status::Fail);
        assert_eq!(run(r#"<meta property="og:url" content="">"#).status, Status::Fail);
        let o = run(r#"<meta property="og:url" content="/blog/a">"#);
        assert_eq!(o.status, Status::Fail);
        assert!(o.message.contains("absolute"));
        assert_eq!(
            run(r#"<meta property="og:url" content="//example.com/blog/a">"#).status,
            Status::Fail
        );
    }

    #[test]
    fn differs_from_canonical_warns() {
        let o = run(
            r#"<link rel="canonical" href="/blog/a"><meta property="og:url" content="https://example.com/blog/b">"#,
        );
        assert_eq!(o.status, Status::Warn);
        assert_eq!(o.details["canonical"], "https://example.com/blog/a");
    }

    #[test]
    fn matching_passes() {
        let o = run(
            r#"<link rel="canonical" href="https://EXAMPLE.com:443/blog/a"><meta property="og:url" content="https://example.com/blog/a">"#,
        );
        assert_eq!(o.status, Status::Pass);
        assert_eq!(
            run(r#"<meta property="og:url" content="https://example.com/blog/a">"#).status,
            Status::Pass
        );
    }
}
