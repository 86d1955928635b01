//! `nav-related`: a block of links to related, popular or latest content.

use crate::checks::{ev_line, Category, Check, Ctx, Outcome, Param, RuleDoc, Text};

pub static CHECK: Check = Check {
    id: "nav-related",
    category: Category::Navigation,
    weight: 2,
    title: Text {
        en: "Related, popular or latest content",
        tr: "İlgili, popüler ya da son içerikler",
    },
    help: Text {
        en: "Add a block of at least 3 links to related, popular or latest posts, with a heading such as \"Related posts\".",
        tr: "\"İlgili yazılar\" gibi bir başlıkla ilgili, popüler ya da son yazılara en az 3 bağlantı veren bir blok ekleyin.",
    },
    doc: RuleDoc {
        what: "Finds blocks of links named by their heading, aria-label or a heading right before them in 13 languages (related, you may also like, ilgili yazılar, benzer içerikler, en çok okunanlar, son yazılar, ähnliche Artikel, articles similaires, ...) or by class/id words of known widgets (related, yarpp, popular, recent-posts, ...). Pass: a block with ≥ `min` (3) distinct internal links. Warn: a smaller block, or none.",
        why: "Listing the best material where it is seen is what keeps a social visitor reading: one more page read is one bounce less.",
        fix: "Show 3–6 related or popular posts under the article, with a clear heading in the page's language.",
        example: "<section class=\"related\"><h2>Related posts</h2><ul><li><a href=\"/blog/a/\">…</a></li><li><a href=\"/blog/b/\">…</a></li><li><a href=\"/blog/c/\">…</a></li></ul></section>",
        sources: &["SMO rule 6: list the best material where it is seen first (Bhargava's SMO rules)"],
    },
    params: &[Param::count("min")],
    run: crate::checks::Run::Page(run),
};

fn run(ctx: &Ctx) -> Outcome {
    let min = ctx.param("min", 3.0).max(1.0) as usize;
    let blocks = &ctx.facts.nav.related_blocks;
    let best = blocks.iter().max_by_key(|b| b.internal_links);
    let evidence = blocks.iter().map(|b| {
        ev_line(
            &b.selector,
            format!("{}: {} ({} links)", b.kind.as_str(), b.label, b.internal_links),
            b.line,
        )
    });
    match best {
        Some(b) if b.internal_links >= min => Outcome::pass(ctx.t(
            format!(
                "A {} block \"{}\" links to {} pages.",
                b.kind.as_str(),
                b.label,
                b.internal_links
            ),
            format!(
                "\"{}\" bloğu ({}) {} sayfaya bağlanıyor.",
                b.label,
                b.kind.as_str(),
                b.internal_links
            ),
        ))
        .evidence_all(evidence)
        .detail("blocks", blocks.len()),
        Some(b) => Outcome::warn(ctx.t(
            format!(
                "The block \"{}\" has only {} internal link(s); show at least {}.",
                b.label, b.internal_links, min
            ),
            format!(
                "\"{}\" bloğunda yalnızca {} iç bağlantı var; en az {} gösterin.",
                b.label, b.internal_links, min
            ),
        ))
        .evidence_all(evidence)
        .detail("blocks", blocks.len()),
        None => Outcome::warn(ctx.t(
            "No related, popular or latest content block: visitors finish the page and leave.",
            "İlgili, popüler ya da son içerik bloğu yok: ziyaretçiler sayfayı bitirip ayrılıyor.",
        ))
        .detail("blocks", 0),
    }
}

#[cfg(test)]
mod tests {
    use crate::checks::test_util::run_on;
    use crate::vocab::Status;

    const LINKS: &str = r#"<li><a href="/a">A</a><li><a href="/b">B</a><li><a href="/c">C</a>"#;

    #[test]
    fn labelled_blocks_in_several_languages_pass() {
        for label in [
            "Related posts",
            "Benzer içerikler",
            "En çok okunanlar",
            "Son yazılar",
            "Lesen Sie auch",
            "Похожие статьи",
        ] {
            let html = format!(
                "<body><main><p>x</p></main><section><h2>{label}</h2><ul>{LINKS}</ul></section></body>"
            );
            assert_eq!(run_on(&super::CHECK, &html, None).status, Status::Pass, "{label}");
        }
    }

    #[test]
    fn heading_before_list_and_class_widgets_pass() {
        let html = format!("<body><h3>You may also like</h3><ul>{LINKS}</ul></body>");
        assert_eq!(run_on(&super::CHECK, &html, None).status, Status::Pass);
        let html = format!("<body><div class=\"yarpp-related\"><ul>{LINKS}</ul></div></body>");
        assert_eq!(run_on(&super::CHECK, &html, None).status, Status::Pass);
    }

    #[test]
    fn small_or_missing_block_warns() {
        let html = r#"<body><section><h2>Related</h2><ul><li><a href="/a">A</a></ul></section></body>"#;
        assert_eq!(run_on(&super::CHECK, html, None).status, Status::Warn);
        let html = format!("<body><section><h2>Our team</h2><ul>{LINKS}</ul></section></body>");
        assert_eq!(run_on(&super::CHECK, &html, None).status, Status::Warn);
    }
}
