//! `subheadings`: no run of more than 300 words without a subheading.

use super::summary;
use crate::checks::{ev_line, Category, Check, Ctx, Outcome, Param, RuleDoc, Text};

pub static CHECK: Check = Check {
    id: "subheadings",
    category: Category::Readability,
    weight: 1,
    title: Text {
        en: "Subheadings",
        tr: "Ara başlıklar",
    },
    help: Text {
        en: "Add a subheading (<h2>, <h3>) at least every 300 words.",
        tr: "En az 300 kelimede bir ara başlık (<h2>, <h3>) ekleyin.",
    },
    doc: RuleDoc {
        what: "Splits the main text into sections at its headings and counts the words of each. Warn: a section of more than 300 words. Pass otherwise. Skip when the main text has fewer than 300 words. Params: `maxWords` (300), `minWords` (300).",
        why: "Readers arriving from a share scan subheadings to decide whether to stay; long unbroken text gives them nothing to scan.",
        fix: "Add a descriptive subheading where each new topic starts in the listed sections.",
        example: "<h2>How to choose a plan</h2>\n<p>…</p>",
        sources: &["Yoast SEO subheading distribution check (300 words): https://yoast.com/subheading-distribution-check/"],
    },
    params: &[Param::count("maxWords"), Param::count("minWords")],
    run: crate::checks::Run::Page(run),
};

fn run(ctx: &Ctx) -> Outcome {
    let r = summary(ctx);
    let max = ctx.param("maxWords", 300.0) as u32;
    let min = ctx.param("minWords", 300.0) as u32;
    if r.words < min {
        return Outcome::skip(ctx.t(
            format!(
                "Only {} words of main text: subheadings are optional under {}.",
                r.words, min
            ),
            format!(
                "Ana metin yalnızca {} kelime: {} kelimenin altında ara başlık şart değil.",
                r.words, min
            ),
        ));
    }
    let sections = &ctx.facts.readability.analysis.sections;
    let long: Vec<_> = sections.iter().filter(|s| s.words > max).collect();
    let longest = r.longest_section_words;
    if long.is_empty() {
        return Outcome::pass(ctx.t(
            format!(
                "Subheadings break the text at least every {} words (longest run: {}).",
                max, longest
            ),
            format!(
                "Ara başlıklar metni en az {} kelimede bir bölüyor (en uzun bölüm: {}).",
                max, longest
            ),
        ))
        .detail("longestRun", longest);
    }
    let evidence = long.iter().map(|s| {
        let where_ = match &s.heading {
            Some(h) => h.clone(),
            None => ctx.t("(start of the text)", "(metnin başı)"),
        };
        let label = ctx.t(
            format!("{} words after this heading", s.words),
            format!("bu başlıktan sonra {} kelime", s.words),
        );
        ev_line(&label, where_, s.line)
    });
    Outcome::warn(ctx.t(
        format!(
            "{} stretch(es) of text run over {} words without a subheading (longest: {}).",
            long.len(),
            max,
            longest
        ),
        format!(
            "{} bölüm ara başlık olmadan {} kelimeyi aşıyor (en uzunu: {}).",
            long.len(),
            max,
            longest
        ),
    ))
    .evidence_all(evidence)
    .detail("longestRun", longest)
}

#[cfg(test)]
mod tests {
    use crate::checks::test_util::run_on;
    use crate::vocab::Status;

    #[test]
    fn long_run_warns_and_split_passes() {
        let p = format!("<p>{}</p>", "word ".repeat(100));
        let run = p.repeat(4);
        let html = format!("<html lang=en><body><main><h1>Title</h1>{run}</main></body></html>");
        let o = run_on(&super::CHECK, &html, None);
        assert_eq!(o.status, Status::Warn);
        assert_eq!(o.evidence[0].snippet.as_deref(), Some("Title"));
        let split =
            format!("<html lang=en><body><main><h1>T</h1>{p}{p}<h2>More</h2>{p}{p}</main></body></html>");
        assert_eq!(run_on(&super::CHECK, &split, None).status, Status::Pass);
    }

    #[test]
    fn short_text_skips() {
        let html = "<body><main><p>Just a few words.</p></main></body>";
        assert_eq!(run_on(&super::CHECK, html, None).status, Status::Skip);
    }
}
