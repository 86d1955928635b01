//! `paragraph-length`: paragraphs over 150 words.

use super::{ev_text, summary};
use crate::checks::{Category, Check, Ctx, Outcome, Param, RuleDoc, Text};

pub static CHECK: Check = Check {
    id: "paragraph-length",
    category: Category::Readability,
    weight: 1,
    title: Text {
        en: "Paragraph length",
        tr: "Paragraf uzunluğu",
    },
    help: Text {
        en: "Split the listed paragraphs: one idea, at most about 150 words each.",
        tr: "Listelenen paragrafları bölün: her biri tek fikir, en fazla yaklaşık 150 kelime.",
    },
    doc: RuleDoc {
        what: "Looks at every paragraph of the main text (paragraphs, quotes and loose text blocks; headings and list items are not paragraphs). Warn: any paragraph over 150 words, each listed with its line. Pass otherwise. Skip when there is no main text. Param: `maxWords` (150).",
        why: "On a phone a 150-word paragraph fills the screen with a wall of text; readers from social media scan, and walls make them leave.",
        fix: "Split each listed paragraph where its topic shifts; start each paragraph with its main point.",
        example: "<p>First point in a few sentences.</p>\n<p>Second point, in its own paragraph.</p>",
        sources: &["Yoast SEO paragraph length check (150 words): https://yoast.com/paragraph-length-check/"],
    },
    params: &[Param::count("maxWords")],
    run: crate::checks::Run::Page(run),
};

fn run(ctx: &Ctx) -> Outcome {
    let r = summary(ctx);
    let max = ctx.param("maxWords", 150.0) as u32;
    let paragraphs = &ctx.facts.readability.analysis.paragraphs;
    if paragraphs.is_empty() {
        return Outcome::skip(ctx.t(
            "No paragraphs of main text were found.",
            "Ana metinde paragraf bulunamadı.",
        ));
    }
    let mut long: Vec<_> = paragraphs.iter().filter(|p| p.words > max).collect();
    long.sort_by_key(|b| std::cmp::Reverse(b.words));
    let longest = r.longest_paragraphs.first().map(|p| p.words).unwrap_or(0);
    if long.is_empty() {
        return Outcome::pass(ctx.t(
            format!(
                "All {} paragraphs are at most {} words (longest: {}).",
                paragraphs.len(),
                max,
                longest
            ),
            format!(
                "{} paragrafın hepsi en fazla {} kelime (en uzunu: {}).",
                paragraphs.len(),
                max,
                longest
            ),
        ))
        .detail("longest", longest);
    }
    Outcome::warn(ctx.t(
        format!(
            "{} of {} paragraphs are longer than {} words (longest: {}).",
            long.len(),
            paragraphs.len(),
            max,
            longest
        ),
        format!(
            "{} paragrafın {} tanesi {} kelimeden uzun (en uzunu: {}).",
            paragraphs.len(),
            long.len(),
            max,
            longest
        ),
    ))
    .evidence_all(long.iter().map(|p| ev_text(&p.text, p.words, p.line, ctx)))
    .detail("longParagraphs", long.len())
    .detail("longest", longest)
}

#[cfg(test)]
mod tests {
    use crate::checks::test_util::run_on;
    use crate::vocab::Status;

    #[test]
    fn long_paragraph_warns_with_line() {
        let long = "word ".repeat(160);
        let html =
            format!("<html lang=en><body><main>\n<p>Short one.</p>\n<p>{long}</p></main></body></html>");
        let o = run_on(&super::CHECK, &html, None);
        assert_eq!(o.status, Status::Warn);
        assert_eq!(o.evidence[0].line, Some(3));
        assert_eq!(o.details["longest"], 160);
    }

    #[test]
    fn list_items_are_not_paragraphs() {
        let long = "word ".repeat(160);
        let html = format!("<body><main><p>Short.</p><ul><li>{long}</li></ul></main></body>");
        assert_eq!(run_on(&super::CHECK, &html, None).status, Status::Pass);
        assert_eq!(run_on(&super::CHECK, "<body></body>", None).status, Status::Skip);
    }
}
