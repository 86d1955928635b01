//! `meta-description`: the snippet under the title in search results (and a share fallback).

use super::common::meta_ev;
use crate::checks::{Category, Check, Ctx, Outcome, Param, RuleDoc, Text};
use crate::text::char_len;

pub static CHECK: Check = Check {
    id: "meta-description",
    category: Category::Opengraph,
    weight: 2,
    title: Text {
        en: "Meta description",
        tr: "Meta açıklama",
    },
    help: Text {
        en: "Add <meta name=\"description\" content=\"…\"> with 70–160 characters that sum up the page.",
        tr: "Sayfayı özetleyen 70–160 karakterlik <meta name=\"description\" content=\"…\"> ekleyin.",
    },
    doc: RuleDoc {
        what: "Reads the first `<meta name=\"description\">` with a text (an empty one before it does not hide it). Fail: none or empty. Warn: shorter than `min` (70) or longer than `max` (160) characters. Pass otherwise.",
        why: "Search engines often show it under the title, and Facebook, LinkedIn, Slack and WhatsApp use it when og:description is missing. Google cuts snippets near 155–160 characters on desktop.",
        fix: "Write a unique summary per page in one or two sentences, 70–160 characters, with the words people search for.",
        example: "<meta name=\"description\" content=\"How small shops get more visitors from social media: share buttons, good cards and posts people want to pass on.\">",
        sources: &[
            "https://developers.google.com/search/docs/appearance/snippet#meta-descriptions",
            "Yoast SEO: meta description length check (120–156 characters recommended)",
        ],
    },
    params: &[Param::count("min").at_most("max"), Param::count("max")],
    run: crate::checks::Run::Page(run),
};

fn run(ctx: &Ctx) -> Outcome {
    let h = &ctx.facts.head;
    let min = ctx.param("min", 70.0) as usize;
    let max = ctx.param("max", 160.0) as usize;
    // The first with a text: an empty duplicate before it does not hide it.
    let Some(tag) = crate::facts::first_with_text(h.meta_named("description")) else {
        return Outcome::fail(ctx.t(
            "No meta description: search engines and share previews pick a random piece of page text.",
            "Meta açıklama yok: arama motorları ve paylaşım önizlemeleri sayfadan rastgele bir metin seçer.",
        ));
    };
    let text = tag.content.as_deref().unwrap_or("").trim();
    let n = char_len(text);
    let out = if n == 0 {
        Outcome::fail(ctx.t("The meta description is empty.", "Meta açıklama boş."))
    } else if n < min {
        Outcome::warn(ctx.t(
            format!("The meta description is {} characters long; under {} it wastes the space search results give it.", n, min),
            format!("Meta açıklama {} karakter; {} karakterin altı arama sonuçlarındaki alanı boşa harcar.", n, min),
        ))
    } else if n > max {
        Outcome::warn(ctx.t(
            format!(
                "The meta description is {} characters long; search results cut it near {}.",
                n, max
            ),
            format!(
                "Meta açıklama {} karakter; arama sonuçları {} civarında keser.",
                n, max
            ),
        ))
    } else {
        Outcome::pass(ctx.t(
            format!("The meta description is {} characters long.", n),
            format!("Meta açıklama {} karakter.", n),
        ))
    };
    out.evidence(meta_ev(tag)).detail("length", n)
}

#[cfg(test)]
mod tests {
    use crate::checks::test_util::run_on;
    use crate::vocab::Status;

    fn run(html: &str) -> crate::checks::Outcome {
        run_on(&super::CHECK, html, None)
    }

    #[test]
    fn missing_or_empty_fails() {
        assert_eq!(run("<title>x</title>").status, Status::Fail);
        assert_eq!(
            run(r#"<meta name="description" content="">"#).status,
            Status::Fail
        );
        assert_eq!(run(r#"<meta name="description">"#).status, Status::Fail);
    }

    #[test]
    fn short_and_long_warn() {
        assert_eq!(
            run(r#"<meta name="description" content="Short.">"#).status,
            Status::Warn
        );
        let long = "word ".repeat(40);
        assert_eq!(
            run(&format!(r#"<meta name="description" content="{long}">"#)).status,
            Status::Warn
        );
    }

    #[test]
    fn good_passes() {
        let d = "Küçük işletmeler sosyal medyadan nasıl daha çok ziyaretçi alır: paylaşım düğmeleri ve iyi kartlar.";
        let o = run(&format!("<head>\n<meta name=\"Description\" content=\"{d}\">"));
        assert_eq!(o.status, Status::Pass);
        assert_eq!(o.evidence[0].line, Some(2));
    }

    #[test]
    fn an_empty_first_tag_does_not_hide_the_real_one() {
        let o = run(
            "<head>\n<meta name=\"description\" content=\"\">\n<meta name=\"description\" content=\"A description long enough to pass the check: it says what the page holds and why a reader would care.\"></head>",
        );
        assert_eq!(o.status, Status::Pass, "{}", o.message);
        assert_eq!(o.evidence[0].line, Some(3));
    }
}
