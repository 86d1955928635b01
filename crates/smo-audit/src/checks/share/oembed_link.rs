//! `oembed-link`: oEmbed discovery on articles.

use crate::checks::{ev_line, Category, Check, Ctx, Outcome, RuleDoc, Text};
use crate::facts::PageKind;

pub static CHECK: Check = Check {
    id: "oembed-link",
    category: Category::Share,
    weight: 1,
    title: Text { en: "oEmbed discovery", tr: "oEmbed bulma bağlantısı" },
    help: Text {
        en: "Add <link rel=\"alternate\" type=\"application/json+oembed\" href=\"…/oembed?url=…\"> so other sites and apps can embed the article as a rich card.",
        tr: "<link rel=\"alternate\" type=\"application/json+oembed\" href=\"…/oembed?url=…\"> ekleyin; böylece başka siteler ve uygulamalar yazıyı zengin bir kart olarak gömebilir.",
    },
    doc: RuleDoc {
        what: "Pass: a `<link rel=\"alternate\">` of type `application/json+oembed` or `text/xml+oembed`. Warn: none on an article. Skip: other page kinds.",
        why: "oEmbed lets WordPress, Discord, Slack, Notion and other consumers embed the article as a card with title, author and image when someone pastes its link.",
        fix: "WordPress adds it by default; other CMSs: publish an oEmbed endpoint and announce it in <head>.",
        example: "<link rel=\"alternate\" type=\"application/json+oembed\" href=\"https://example.com/wp-json/oembed/1.0/embed?url=https%3A%2F%2Fexample.com%2Fpost\">",
        sources: &["https://oembed.com/#section4"],
    },
    params: &[],
    run: crate::checks::Run::Page(run),
};

fn run(ctx: &Ctx) -> Outcome {
    let link = ctx.facts.head.links_rel("alternate").find(|l| {
        l.type_.as_deref().is_some_and(|t| {
            let t = t.trim().to_ascii_lowercase();
            t == "application/json+oembed" || t == "text/xml+oembed"
        })
    });
    match link {
        Some(l) => {
            Outcome::pass(ctx.t("oEmbed discovery link found.", "oEmbed bulma bağlantısı var.")).evidence(
                ev_line("link[rel=\"alternate\"]", l.href.as_deref().unwrap_or(""), l.line),
            )
        }
        None if ctx.kind() == PageKind::Article => Outcome::warn(ctx.t(
            "This article has no oEmbed discovery link.",
            "Bu yazıda oEmbed bulma bağlantısı yok.",
        )),
        None => Outcome::skip(ctx.t("Not an article.", "Yazı sayfası değil.")),
    }
}

#[cfg(test)]
mod tests {
    use crate::checks::test_util::run_on;
    use crate::vocab::Status;

    #[test]
    fn oembed_paths() {
        assert_eq!(
            run_on(
                &super::CHECK,
                r#"<link rel="alternate" type="application/json+oembed" href="/oembed?url=x">"#,
                None
            )
            .status,
            Status::Pass
        );
        assert_eq!(
            run_on(
                &super::CHECK,
                r#"<meta property="og:type" content="article"><p>x</p>"#,
                None
            )
            .status,
            Status::Warn
        );
        assert_eq!(run_on(&super::CHECK, "<p>x</p>", None).status, Status::Skip);
    }
}
