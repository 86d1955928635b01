//! `canonical`: the one address search engines and platforms should use for the page.

use crate::checks::{ev_line, Category, Check, Ctx, Outcome, RuleDoc, Text};
use crate::facts::{abs_http, LinkTag};

pub static CHECK: Check = Check {
    id: "canonical",
    category: Category::Opengraph,
    weight: 2,
    title: Text {
        en: "Canonical URL",
        tr: "Kanonik adres",
    },
    help: Text {
        en: "Add exactly one <link rel=\"canonical\" href=\"https://…\"> in <head> with the page's full address.",
        tr: "<head> içine sayfanın tam adresiyle tek bir <link rel=\"canonical\" href=\"https://…\"> ekleyin.",
    },
    doc: RuleDoc {
        what: "Reads every `<link rel=\"canonical\">`. Fail: more than one, or the href is not a valid absolute http(s) URL. Warn: none, or the only one is outside `<head>` (Google ignores it there). Pass otherwise.",
        why: "The canonical tells search engines (and tools that build share links) which address is the real one; without it, tracking parameters and http/https or www variants split the page's links and shares. Google ignores conflicting canonicals altogether.",
        fix: "Print one canonical per page, in <head>, with the full https:// address of the preferred version.",
        example: "<link rel=\"canonical\" href=\"https://example.com/blog/share-tips\">",
        sources: &["https://developers.google.com/search/docs/crawling-indexing/consolidate-duplicate-urls"],
    },
    params: &[],
    run: crate::checks::Run::Page(run),
};

fn snippet(l: &LinkTag) -> String {
    format!(
        "<link rel=\"canonical\" href=\"{}\">",
        l.href.as_deref().unwrap_or("")
    )
}

fn run(ctx: &Ctx) -> Outcome {
    let h = &ctx.facts.head;
    let tags: Vec<&LinkTag> = h.links_rel("canonical").collect();
    let evs = tags
        .iter()
        .map(|l| ev_line("link[rel=\"canonical\"]", snippet(l), l.line));
    if tags.is_empty() {
        return Outcome::warn(ctx.t(
            "No canonical URL: address variants (tracking parameters, www, http) may split links and shares.",
            "Kanonik adres yok: adres çeşitleri (izleme parametreleri, www, http) bağlantıları ve paylaşımları bölebilir.",
        ));
    }
    if tags.len() > 1 {
        return Outcome::fail(ctx.t(
            format!(
                "{} canonical links: search engines ignore conflicting canonicals. Keep one.",
                tags.len()
            ),
            format!(
                "{} kanonik bağlantı var: arama motorları çelişen kanonikleri yok sayar. Birini bırakın.",
                tags.len()
            ),
        ))
        .evidence_all(evs)
        .detail("count", tags.len());
    }
    let l = tags[0];
    let href = l.href.as_deref().unwrap_or("").trim();
    if abs_http(href).is_none() || href.starts_with("//") {
        return Outcome::fail(ctx.t(
            format!("The canonical {:?} is not a full http(s) address.", href),
            format!("Kanonik {:?} tam bir http(s) adresi değil.", href),
        ))
        .evidence_all(evs);
    }
    if !l.in_head {
        return Outcome::warn(ctx.t(
            "The canonical link is outside <head>; Google ignores it there.",
            "Kanonik bağlantı <head> dışında; Google onu orada yok sayar.",
        ))
        .evidence_all(evs);
    }
    Outcome::pass(ctx.t(
        format!("Canonical URL: {}.", href),
        format!("Kanonik adres: {}.", href),
    ))
    .evidence_all(evs)
}

#[cfg(test)]
mod tests {
    use crate::checks::test_util::run_on;
    use crate::vocab::Status;

    fn run(html: &str) -> crate::checks::Outcome {
        run_on(&super::CHECK, html, None)
    }

    #[test]
    fn several_or_relative_fail() {
        let o = run(
            r#"<link rel="canonical" href="https://e.com/a"><link rel="canonical" href="https://e.com/b">"#,
        );
        assert_eq!(o.status, Status::Fail);
        assert_eq!(o.evidence.len(), 2);
        assert_eq!(run(r#"<link rel="canonical" href="/a">"#).status, Status::Fail);
        assert_eq!(run(r#"<link rel="canonical" href="">"#).status, Status::Fail);
        assert_eq!(
            run(r#"<link rel="canonical" href="//e.com/a">"#).status,
            Status::Fail
        );
    }

    #[test]
    fn none_or_in_body_warns() {
        assert_eq!(run("<title>x</title>").status, Status::Warn);
        let o = run(r#"<head></head><body><p>x</p><link rel="canonical" href="https://e.com/a"></body>"#);
        assert_eq!(o.status, Status::Warn);
        assert!(o.message.contains("outside"));
    }

    #[test]
    fn one_absolute_passes() {
        let o = run("<head>\n<link rel=\"canonical\" href=\"https://e.com/a\">");
        assert_eq!(o.status, Status::Pass);
        assert_eq!(o.evidence[0].line, Some(2));
    }
}
