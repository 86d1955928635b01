//! `internal-links`: links from the main content to other pages of the site.

use crate::checks::{ev, Category, Check, Ctx, Outcome, Param, RuleDoc, Text};

pub static CHECK: Check = Check {
    id: "internal-links",
    category: Category::Navigation,
    weight: 2,
    title: Text {
        en: "Internal links in the content",
        tr: "İçerikte iç bağlantılar",
    },
    help: Text {
        en: "Link at least 3 other pages of your site from the text itself (related guides, product pages, earlier posts).",
        tr: "Metnin içinden sitenizin en az 3 başka sayfasına bağlantı verin (ilgili rehberler, ürün sayfaları, önceki yazılar).",
    },
    doc: RuleDoc {
        what: "Counts distinct internal destinations (the page itself left out) linked from the detected main content, not from menus, sidebars or footers. Pass: ≥ `min` (3). Warn: 1–2. Fail: none — a dead end. Skip when no main content was found.",
        why: "Links in the text are the ones a reader follows: a social visitor who finishes an article with nowhere to go leaves.",
        fix: "Link key words in the text to related pages of your own site, and end with a link to the next thing to read.",
        example: "<p>Start with our <a href=\"/guides/open-graph/\">Open Graph guide</a>, then <a href=\"/guides/share-buttons/\">add share buttons</a>.</p>",
        sources: &["SMO rule 6: make moving between pages easy"],
    },
    params: &[Param::count("min")],
    run: crate::checks::Run::Page(run),
};

fn run(ctx: &Ctx) -> Outcome {
    let f = ctx.facts;
    if f.main.main_node.is_none() || f.main.main_words == 0 {
        return Outcome::skip(ctx.t("No main content found.", "Ana içerik bulunamadı."));
    }
    let min = ctx.param("min", 3.0).max(1.0) as usize;
    let n = f.nav.internal_links_in_main;
    let evidence = f
        .nav
        .main_internal
        .iter()
        .filter_map(|i| f.body.anchors.get(*i))
        .map(|a| {
            ev(
                &a.loc,
                format!("{} → {}", a.text, a.href.as_deref().unwrap_or("")),
            )
        });
    let out = if n >= min {
        Outcome::pass(ctx.t(
            format!("The main content links to {} other pages of the site.", n),
            format!("Ana içerik sitenin {} başka sayfasına bağlanıyor.", n),
        ))
    } else if n > 0 {
        Outcome::warn(ctx.t(
            format!(
                "The main content links to only {} other page(s) of the site; aim for {}.",
                n, min
            ),
            format!(
                "Ana içerik sitenin yalnızca {} başka sayfasına bağlanıyor; hedef {}.",
                n, min
            ),
        ))
    } else {
        Outcome::fail(ctx.t(
            "The main content links to no other page of the site: a dead end.",
            "Ana içerik sitenin hiçbir başka sayfasına bağlanmıyor: çıkmaz sokak.",
        ))
    };
    out.evidence_all(evidence)
        .detail("internalLinks", n)
        .detail("mainSelector", f.main.main_selector.clone().unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use crate::checks::test_util::run_on;
    use crate::vocab::Status;

    const NAV: &str = r#"<nav><a href="/x">X</a><a href="/y">Y</a><a href="/z">Z</a></nav>"#;

    #[test]
    fn links_in_main_count_menu_links_do_not() {
        let html = format!(
            r#"<body>{NAV}<main><p>See <a href="/a">a</a>, <a href="/b">b</a> and <a href="/c">c</a>.</p></main></body>"#
        );
        assert_eq!(run_on(&super::CHECK, &html, None).status, Status::Pass);
        let html = format!(
            r#"<body>{NAV}<main><p>See <a href="/a">a</a> and <a href="/a#x">again</a>.</p></main></body>"#
        );
        let o = run_on(&super::CHECK, &html, None);
        assert_eq!(o.status, Status::Warn);
        assert_eq!(o.details["internalLinks"], 1);
    }

    #[test]
    fn dead_end_fails_and_empty_page_skips() {
        let html = format!(
            r#"<body>{NAV}<main><p>Only text, and <a href="https://other.example/">elsewhere</a>.</p></main></body>"#
        );
        assert_eq!(
            run_on(&super::CHECK, &html, Some("https://example.com/p")).status,
            Status::Fail
        );
        assert_eq!(
            run_on(&super::CHECK, "<html><head></head><body></body></html>", None).status,
            Status::Skip
        );
    }
}
