//! `nav-breadcrumbs`: a breadcrumb trail shows where the page sits and one-click ways up.

use crate::checks::{ev_line, Category, Check, Ctx, Outcome, RuleDoc, Text};
use crate::facts::PageKind;

pub static CHECK: Check = Check {
    id: "nav-breadcrumbs",
    category: Category::Navigation,
    weight: 1,
    title: Text {
        en: "Breadcrumb trail",
        tr: "Sayfa yolu (breadcrumb)",
    },
    help: Text {
        en: "Add a breadcrumb trail (<nav aria-label=\"Breadcrumb\">) and a BreadcrumbList in JSON-LD.",
        tr: "Bir sayfa yolu (<nav aria-label=\"Breadcrumb\">) ve JSON-LD içinde BreadcrumbList ekleyin.",
    },
    doc: RuleDoc {
        what: "Pass: a breadcrumb trail in the markup (aria-label, class or id naming a breadcrumb in one of 13 languages), a JSON-LD BreadcrumbList, or a microdata BreadcrumbList. Warn: none. Skip on the home page.",
        why: "A breadcrumb trail tells a visitor who landed from a social post where they are and gives one-click ways to the section above; search engines show it in results too.",
        fix: "Add a small trail above the title (Home › Section › Page) and describe it with a BreadcrumbList.",
        example: "<nav aria-label=\"Breadcrumb\"><ol><li><a href=\"/\">Home</a></li><li><a href=\"/blog/\">Blog</a></li><li aria-current=\"page\">This post</li></ol></nav>",
        sources: &[
            "https://developers.google.com/search/docs/appearance/structured-data/breadcrumb",
            "https://www.w3.org/WAI/ARIA/apg/patterns/breadcrumb/",
        ],
    },
    params: &[],
    run: crate::checks::Run::Page(run),
};

fn run(ctx: &Ctx) -> Outcome {
    if ctx.kind() == PageKind::Home {
        return Outcome::skip(ctx.t(
            "Home page: a breadcrumb trail starts here.",
            "Ana sayfa: sayfa yolu zaten burada başlar.",
        ));
    }
    let crumbs = &ctx.facts.nav.breadcrumbs;
    if crumbs.is_empty() {
        return Outcome::warn(ctx.t(
            "No breadcrumb trail (markup, JSON-LD or microdata).",
            "Sayfa yolu yok (işaretleme, JSON-LD ya da mikroveri).",
        ));
    }
    let sources: Vec<&str> = crumbs.iter().map(|b| b.source).collect();
    Outcome::pass(ctx.t(
        format!("Breadcrumb trail found ({}).", sources.join(", ")),
        format!("Sayfa yolu bulundu ({}).", sources.join(", ")),
    ))
    .evidence_all(crumbs.iter().map(|b| ev_line(&b.selector, b.source, b.line)))
    .detail("sources", sources)
}

#[cfg(test)]
mod tests {
    use crate::checks::test_util::run_on;
    use crate::vocab::Status;

    #[test]
    fn markup_jsonld_and_microdata_pass() {
        for html in [
            r#"<nav aria-label="Breadcrumb"><a href="/">Home</a></nav>"#,
            r#"<nav aria-label="Sayfa yolu"><a href="/">Ana sayfa</a></nav>"#,
            r#"<script type="application/ld+json">{"@type":"BreadcrumbList","itemListElement":[]}</script>"#,
            r#"<ol itemscope itemtype="https://schema.org/BreadcrumbList"><li>x</li></ol>"#,
        ] {
            let o = run_on(&super::CHECK, html, Some("https://example.com/blog/post"));
            assert_eq!(o.status, Status::Pass, "{html}");
        }
    }

    #[test]
    fn none_warns_and_home_skips() {
        let o = run_on(&super::CHECK, "<p>x</p>", Some("https://example.com/blog/post"));
        assert_eq!(o.status, Status::Warn);
        let o = run_on(&super::CHECK, "<p>x</p>", Some("https://example.com/"));
        assert_eq!(o.status, Status::Skip);
    }
}
