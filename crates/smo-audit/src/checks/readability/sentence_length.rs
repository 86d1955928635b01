//! `sentence-length`: the share of sentences above the language's limit.

use super::{ev_text, pct, summary};
use crate::checks::{Category, Check, Ctx, Outcome, Param, RuleDoc, Text};
use crate::readability::sentence_limit;

pub static CHECK: Check = Check {
    id: "sentence-length",
    category: Category::Readability,
    weight: 2,
    title: Text {
        en: "Sentence length",
        tr: "Cümle uzunluğu",
    },
    help: Text {
        en: "Split the long sentences listed: one idea per sentence.",
        tr: "Listelenen uzun cümleleri bölün: her cümlede bir fikir.",
    },
    doc: RuleDoc {
        what: "Counts sentences longer than the language's limit in the main text (headings and list items are sentences of their own). Limit 20 words; 15 for Russian and Hebrew; 25 for Spanish, Italian, Portuguese, Catalan and Persian; Turkish 15; Polish 20. Pass: at most 25 % long sentences, warn up to 30 %, fail above (Turkish 20 % / 25 %, Polish 15 % / 20 %). Skip under 100 words. Params: `limit` (words), `good` and `ok` (shares 0–1), `minWords` (100).",
        why: "Long sentences are the first thing that makes a reader coming from a feed give up; they also drive every readability formula down.",
        fix: "Break each listed sentence where it changes idea: at 'and', 'but', 'because', 'which', or a semicolon.",
        example: "<p>We ship in two days. Returns are free for a month.</p>",
        sources: &[
            "Yoast SEO sentence length check: https://yoast.com/help/sentence-length-check/ (per-language limits in yoastseo config)",
        ],
    },
    params: &[Param::count("minWords"), Param::count("limit"), Param::ratio("good").at_most("ok"), Param::ratio("ok")],
    run: crate::checks::Run::Page(run),
};

fn run(ctx: &Ctx) -> Outcome {
    let r = summary(ctx);
    let min_words = ctx.param("minWords", 100.0) as u32;
    if r.words < min_words {
        return Outcome::skip(ctx.t(
            format!("Only {} words of main text (under {}).", r.words, min_words),
            format!("Ana metin yalnızca {} kelime ({} altında).", r.words, min_words),
        ));
    }
    let lang = r.language.as_deref().unwrap_or("und");
    let base = sentence_limit(lang);
    let limit = ctx.param("limit", base.words as f64) as u32;
    let good = ctx.param("good", base.good);
    let ok = ctx.param("ok", base.ok);
    let sentences = &ctx.facts.readability.analysis.sentences;
    let mut long: Vec<_> = sentences.iter().filter(|s| s.words > limit).collect();
    let share = if sentences.is_empty() {
        0.0
    } else {
        long.len() as f64 / sentences.len() as f64
    };
    long.sort_by_key(|b| std::cmp::Reverse(b.words));
    let en = format!(
        "{} of {} sentences ({}) are longer than {} words",
        long.len(),
        sentences.len(),
        pct(ctx, share),
        limit
    );
    let tr = format!(
        "{} cümlenin {} tanesi ({}) {} kelimeden uzun",
        sentences.len(),
        long.len(),
        pct(ctx, share),
        limit
    );
    let out = if share <= good {
        Outcome::pass(ctx.t(format!("{en}: fine."), format!("{tr}: iyi.")))
    } else if share <= ok {
        Outcome::warn(ctx.t(
            format!("{en}; aim for at most {}.", pct(ctx, good)),
            format!("{tr}; en fazla {} hedefleyin.", pct(ctx, good)),
        ))
    } else {
        Outcome::fail(ctx.t(
            format!("{en}: too many; aim for at most {}.", pct(ctx, good)),
            format!("{tr}: çok fazla; en fazla {} hedefleyin.", pct(ctx, good)),
        ))
    };
    let mut out = out
        .detail("limit", limit)
        .detail("sentences", sentences.len())
        .detail("longSentences", long.len())
        .detail("longSentenceShare", (share * 1000.0).round() / 1000.0);
    if share > good {
        out = out.evidence_all(long.iter().map(|s| ev_text(&s.text, s.words, s.line, ctx)));
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::checks::test_util::run_on;
    use crate::vocab::Status;

    fn page(lang: &str, short: usize, long: usize) -> String {
        let mut body = String::new();
        for _ in 0..short {
            body.push_str("<p>This sentence is short and clear for every reader here.</p>\n");
        }
        for _ in 0..long {
            body.push_str("<p>This sentence goes on and on with one clause after another clause so that it grows well past twenty words before it ends.</p>\n");
        }
        format!("<html lang={lang}><body><main>{body}</main></body></html>")
    }

    #[test]
    fn bands() {
        assert_eq!(
            run_on(&super::CHECK, &page("en", 8, 2), None).status,
            Status::Pass
        );
        let o = run_on(&super::CHECK, &page("en", 5, 5), None);
        assert_eq!(o.status, Status::Fail);
        assert_eq!(o.evidence.len(), 5);
        assert_eq!(o.evidence[0].line, Some(6));
        // 23-word sentences: long in English (20), fine in Spanish (25).
        assert_eq!(
            run_on(&super::CHECK, &page("es", 5, 5), None).status,
            Status::Pass
        );
    }

    #[test]
    fn turkish_limits_are_stricter() {
        // 11 short, 3 long: 21 % — warn in Turkish (20 % / 25 %), pass in English.
        assert_eq!(
            run_on(&super::CHECK, &page("tr", 11, 3), None).status,
            Status::Warn
        );
        assert_eq!(
            run_on(&super::CHECK, &page("en", 11, 3), None).status,
            Status::Pass
        );
    }

    #[test]
    fn short_text_skips() {
        assert_eq!(
            run_on(&super::CHECK, &page("en", 2, 0), None).status,
            Status::Skip
        );
    }
}
