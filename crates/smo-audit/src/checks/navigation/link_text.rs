//! `link-text`: link texts that say where they lead.

use crate::checks::{ev, Category, Check, Ctx, Outcome, RuleDoc, Text};

pub static CHECK: Check = Check {
    id: "link-text",
    category: Category::Navigation,
    weight: 1,
    title: Text {
        en: "Descriptive link texts",
        tr: "Açıklayıcı bağlantı metinleri",
    },
    help: Text {
        en: "Replace \"click here\" / \"read more\" with words that name the destination.",
        tr: "\"Buraya tıklayın\" / \"devamı\" yerine gidilecek sayfayı anlatan sözcükler yazın.",
    },
    doc: RuleDoc {
        what: "Lists links (internal and external) whose whole text, or image alt when there is no text, is an empty phrase in one of 16 languages: click here, read more, here, buraya tıklayın, devamı, daha fazla, hier klicken, cliquez ici, leer más, leggi tutto, lees meer, подробнее, 続きを読む, ... (the list lives in `facts/lexicon.rs`). A descriptive aria-label makes a link fine. Warn: any such link. Pass: none.",
        why: "People scan links to decide where to go next, and screen readers list links out of context: \"read more\" twelve times gives no reason to click.",
        fix: "Write the destination into the link: \"read the Open Graph guide\" instead of \"read more\".",
        example: "<a href=\"/guides/open-graph/\">Read the Open Graph guide</a>",
        sources: &[
            "https://developer.chrome.com/docs/lighthouse/seo/link-text",
            "https://www.w3.org/WAI/WCAG21/Understanding/link-purpose-in-context.html",
        ],
    },
    params: &[],
    run: crate::checks::Run::Page(run),
};

fn run(ctx: &Ctx) -> Outcome {
    let f = ctx.facts;
    let bad: Vec<_> = f
        .nav
        .empty_text_links
        .iter()
        .filter_map(|i| f.body.anchors.get(*i))
        .collect();
    if bad.is_empty() {
        return Outcome::pass(ctx.t(
            "Link texts describe their destinations.",
            "Bağlantı metinleri gidilecek yeri anlatıyor.",
        ));
    }
    Outcome::warn(ctx.t(
        format!("{} link(s) say nothing about where they lead.", bad.len()),
        format!("{} bağlantı nereye gittiğini söylemiyor.", bad.len()),
    ))
    .evidence_all(bad.iter().map(|a| {
        let shown = if a.text.is_empty() {
            a.img_alt.as_deref().unwrap_or("")
        } else {
            &a.text
        };
        ev(
            &a.loc,
            format!("\"{}\" → {}", shown, a.href.as_deref().unwrap_or("")),
        )
    }))
    .detail("count", bad.len())
}

#[cfg(test)]
mod tests {
    use crate::checks::test_util::run_on;
    use crate::vocab::Status;

    #[test]
    fn empty_phrases_warn_in_many_languages() {
        for t in [
            "Click here",
            "Read more »",
            "Buraya tıklayın",
            "Devamı",
            "hier klicken",
            "Подробнее",
        ] {
            let o = run_on(&super::CHECK, &format!(r#"<a href="/a">{t}</a>"#), None);
            assert_eq!(o.status, Status::Warn, "{t}");
            assert_eq!(o.evidence.len(), 1);
        }
    }

    #[test]
    fn descriptive_text_or_aria_label_passes() {
        let html = r##"<a href="/a">Our pricing for small shops</a><a href="/b" aria-label="Read the pricing guide">Read more</a><a href="#top">here</a>"##;
        assert_eq!(run_on(&super::CHECK, html, None).status, Status::Pass);
    }
}
