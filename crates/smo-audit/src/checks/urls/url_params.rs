//! `url-params`: no session ids or tracking tags in the address people share.

use super::rules::bad_params;
use super::url_evidence;
use crate::checks::{ev_line, meta_snippet, Category, Check, Ctx, Outcome, Param, RuleDoc, Text};

pub static CHECK: Check = Check {
    id: "url-params",
    category: Category::Urls,
    weight: 2,
    title: Text {
        en: "Clean address parameters",
        tr: "Temiz adres parametreleri",
    },
    help: Text {
        en: "Point canonical and og:url at the clean address: no session ids, no utm_/fbclid/gclid tags, at most 2 query parameters.",
        tr: "canonical ve og:url'yi temiz adrese yönlendirin: oturum kimliği yok, utm_/fbclid/gclid etiketi yok, en fazla 2 sorgu parametresi.",
    },
    doc: RuleDoc {
        what: "Reads `<link rel=canonical>` and `og:url` (the addresses platforms share). Fail: either carries a session id (jsessionid, PHPSESSID, sid, ASPSESSIONID…) or a tracking tag (utm_*, fbclid, gclid, msclkid, …). Warn: the shared address (canonical, else og:url, else the given URL) has more than `max_params` (2) query parameters. Pass otherwise. Skip: no address known. A given --url with tracking tags is not a failure (campaign links carry them); only the page's own tags are judged.",
        why: "Every share of a URL with a session id or someone's campaign tag spreads that tag: share counts split across variants, analytics credit the wrong campaign, and a session id can leak a visitor's login. Long query strings also look like spam in a feed.",
        fix: "Build canonical and og:url from the clean permalink, strip utm_*/fbclid/gclid server-side when rendering them, keep sessions in cookies.",
        example: "<link rel=\"canonical\" href=\"https://example.com/blog/social-media-tips\">",
        sources: &[
            "https://developers.google.com/search/docs/crawling-indexing/url-structure",
            "https://developers.google.com/search/docs/crawling-indexing/consolidate-duplicate-urls",
            "https://developers.facebook.com/docs/sharing/webmasters/#basic (og:url: the canonical URL)",
        ],
    },
    params: &[Param::count("max_params")],
    run: crate::checks::Run::Page(run),
};

fn run(ctx: &Ctx) -> Outcome {
    let f = ctx.facts;
    let canonical = f.head.canonical_abs();
    let og_url = f.head.og_url_abs();
    let shared = canonical
        .clone()
        .or_else(|| og_url.clone())
        .or_else(|| f.page_url.clone());
    let Some(shared) = shared else {
        return match super::page_url(ctx) {
            Err(skip) => skip,
            Ok(_) => Outcome::skip(ctx.t("No address to check.", "Denetlenecek adres yok.")),
        };
    };
    let canon_line = f.head.links_rel("canonical").next().map(|l| l.line).unwrap_or(0);
    let og_line = f.head.meta_first("og:url").map(|m| m.line).unwrap_or(0);
    let mut bad: Vec<String> = Vec::new();
    let mut evidence = Vec::new();
    if let Some(c) = &canonical {
        let b = bad_params(c);
        if !b.is_empty() {
            evidence.push(ev_line(
                "link[rel=\"canonical\"]",
                format!("<link rel=\"canonical\" href=\"{c}\">"),
                canon_line,
            ));
            bad.extend(b);
        }
    }
    if let Some(o) = &og_url {
        let b = bad_params(o);
        if !b.is_empty() {
            evidence.push(ev_line(
                "meta[property=\"og:url\"]",
                meta_snippet("property", "og:url", o.as_str()),
                og_line,
            ));
            for k in b {
                if !bad.contains(&k) {
                    bad.push(k);
                }
            }
        }
    }
    if !bad.is_empty() {
        let list = bad.join(", ");
        return Outcome::fail(ctx.t(
            format!("The shared address carries session or tracking parameters ({list}); every share spreads them."),
            format!("Paylaşılan adres oturum ya da izleme parametreleri taşıyor ({list}); her paylaşım bunları yayar."),
        ))
        .evidence_all(evidence)
        .detail("params", bad);
    }
    let max = ctx.param("max_params", 2.0) as usize;
    let n = shared.query_pairs().count();
    let given_tracking = f.given_url.as_ref().map(bad_params).unwrap_or_default();
    let out = if n > max {
        Outcome::warn(ctx.t(
            format!("The shared address has {n} query parameters; more than {max} look like a filter or a tracking link."),
            format!("Paylaşılan adreste {n} sorgu parametresi var; {max} taneden fazlası filtre ya da izleme bağlantısı gibi görünür."),
        ))
    } else if !given_tracking.is_empty() && canonical.is_none() && og_url.is_none() {
        Outcome::pass(ctx.t(
            format!("The given address has campaign tags ({}); add a clean canonical so shares drop them.", given_tracking.join(", ")),
            format!("Verilen adreste kampanya etiketleri var ({}); paylaşımların bunları bırakması için temiz bir canonical ekleyin.", given_tracking.join(", ")),
        ))
    } else {
        Outcome::pass(ctx.t(
            "No session ids or tracking tags in the shared address.",
            "Paylaşılan adreste oturum kimliği ya da izleme etiketi yok.",
        ))
    };
    out.evidence(url_evidence(&shared)).detail("params", n)
}

#[cfg(test)]
mod tests {
    use crate::checks::test_util::run_on;
    use crate::vocab::Status;

    #[test]
    fn tracking_in_canonical_fails() {
        let html = "<head>\n<link rel=\"canonical\" href=\"https://e.com/post?utm_source=fb&x=1\">";
        let o = run_on(&super::CHECK, html, None);
        assert_eq!(o.status, Status::Fail);
        assert!(o.message.contains("utm_source"));
        assert_eq!(o.evidence[0].line, Some(2));
    }

    #[test]
    fn session_in_og_url_fails() {
        let html = r#"<meta property="og:url" content="https://e.com/post;jsessionid=ABC">"#;
        assert_eq!(run_on(&super::CHECK, html, None).status, Status::Fail);
        let html = r#"<meta property="og:url" content="https://e.com/post?PHPSESSID=1">"#;
        assert_eq!(run_on(&super::CHECK, html, None).status, Status::Fail);
    }

    #[test]
    fn many_params_warn() {
        let o = run_on(&super::CHECK, "", Some("https://e.com/list?a=1&b=2&c=3"));
        assert_eq!(o.status, Status::Warn);
    }

    #[test]
    fn clean_passes_and_given_tracking_is_not_a_failure() {
        let html = r#"<link rel="canonical" href="https://e.com/post?page=2">"#;
        assert_eq!(
            run_on(&super::CHECK, html, Some("https://e.com/post?utm_source=x")).status,
            Status::Pass
        );
        let o = run_on(&super::CHECK, "", Some("https://e.com/post?fbclid=1"));
        assert_eq!(o.status, Status::Pass);
        assert!(o.message.contains("fbclid"));
    }

    #[test]
    fn no_url_skips() {
        let o = run_on(&super::CHECK, "", None);
        assert_eq!(o.status, Status::Skip);
        assert!(o.message.contains("--url"));
    }
}
