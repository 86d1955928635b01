//! `readability-score`: the language's readability formula on the main text.

use super::{ev_text, lang_name, num, summary};
use crate::checks::{Category, Check, Ctx, Outcome, Param, RuleDoc, Text};
use crate::readability::Scale;

pub static CHECK: Check = Check {
    id: "readability-score",
    category: Category::Readability,
    weight: 3,
    title: Text {
        en: "Readability score",
        tr: "Okunabilirlik puanı",
    },
    help: Text {
        en: "Shorten long sentences and prefer short, everyday words; split dense paragraphs.",
        tr: "Uzun cümleleri kısaltın, kısa ve günlük kelimeleri tercih edin; yoğun paragrafları bölün.",
    },
    doc: RuleDoc {
        what: "Scores the main text (boilerplate left out) with the formula of its language: English Flesch reading ease (and Flesch-Kincaid grade in the details), Turkish Ateşman (and Bezirci-Yılmaz), German Amstad, Spanish Fernández-Huerta (and Szigriszt-Pazos / INFLESZ), French Kandel-Moles, Italian Flesch-Vacca (and Gulpease), Dutch Flesch-Douma, Russian Oborneva, Portuguese Flesch (Martins et al.), Polish Pisarek. Ease scales: pass ≥ 60, warn 30–59, fail < 30. Pisarek (a difficulty level, higher is harder): pass ≤ 12, warn ≤ 16, fail above. Skip under 100 words, or where no formula is known for the language. Params: `minWords` (100), `pass` and `warn` (the formula's defaults).",
        why: "People on social media skim on a phone. Text that is easy to read keeps the visitors a share brings in, and gets shared on; dense text makes them bounce back to the feed.",
        fix: "Aim for sentences of 15–20 words, split long ones at 'and', 'but', 'which'; replace long words with common ones; explain one idea per paragraph.",
        example: "<p>Short sentences help. Use words your readers use every day.</p>",
        sources: &[
            "Flesch, R. (1948). A new readability yardstick",
            "Ateşman, E. (1997). Türkçede okunabilirliğin ölçülmesi. Dil Dergisi 58",
            "Amstad (1978); Fernández Huerta (1959); Szigriszt Pazos (1993); Kandel & Moles (1958); Franchina & Vacca (1986); Lucisano & Piemontese (1988); Douma (1960); Oborneva (2006); Martins et al. (1996); Pisarek (1969); Bezirci & Yılmaz (2010)",
            "Yoast SEO: Flesch reading ease check (60+ is good)",
        ],
    },
    params: &[Param::count("minWords"), Param::score("pass"), Param::score("warn")],
    run: crate::checks::Run::Page(run),
};

fn run(ctx: &Ctx) -> Outcome {
    let r = summary(ctx);
    let min_words = ctx.param("minWords", 100.0) as u32;
    if r.words < min_words {
        return Outcome::skip(ctx.t(
            format!(
                "Only {} words of main text: a readability score needs at least {}.",
                r.words, min_words
            ),
            format!(
                "Ana metin yalnızca {} kelime: okunabilirlik puanı için en az {} kelime gerekir.",
                r.words, min_words
            ),
        ))
        .detail("words", r.words);
    }
    let Some(lang) = r.language.as_deref() else {
        return Outcome::skip(ctx.t(
            "The language of the text is unknown (no <html lang> and detection failed), so no formula applies.",
            "Metnin dili bilinmiyor (<html lang> yok, algılama da başarısız), bu yüzden hiçbir formül uygulanamıyor.",
        ));
    };
    let Some(score) = ctx.facts.readability.main_score.as_ref() else {
        return Outcome::skip(ctx.t(
            format!(
                "No readability formula is known for {}; sentence and paragraph checks still apply.",
                lang_name(lang, ctx.locale)
            ),
            format!(
                "{} için bilinen bir okunabilirlik formülü yok; cümle ve paragraf denetimleri yine de uygulanır.",
                lang_name(lang, ctx.locale)
            ),
        ))
        .detail("language", lang);
    };
    let f = score.formula;
    let pass = ctx.param("pass", f.pass);
    let warn = ctx.param("warn", f.warn);
    let s = score.score;
    let (good, ok) = match f.scale {
        Scale::Ease => (s >= pass, s >= warn),
        Scale::Grade => (s <= pass, s <= warn),
    };
    let band = ctx.t(score.band.en, score.band.tr);
    let head = ctx.t(
        format!("{} score {} ({})", f.name, num(ctx, s), band),
        format!("{} puanı {} ({})", name_tr(f), num(ctx, s), band),
    );
    let out = if good {
        Outcome::pass(ctx.t(
            format!("{head}: easy enough for a general audience."),
            format!("{head}: geniş bir okur kitlesi için yeterince kolay."),
        ))
    } else if ok {
        Outcome::warn(ctx.t(
            format!("{head}: harder than most social visitors will read through. The longest sentences are listed."),
            format!("{head}: sosyal medyadan gelen çoğu okur için ağır. En uzun cümleler listelendi."),
        ))
    } else {
        Outcome::fail(ctx.t(
            format!("{head}: very hard to read. Start with the longest sentences listed here."),
            format!("{head}: okunması çok zor. Burada listelenen en uzun cümlelerden başlayın."),
        ))
    };
    let mut out = out
        .detail("formula", f.id)
        .detail("formulaName", f.name)
        .detail("score", r.score.unwrap_or(0.0))
        .detail("rawScore", r.raw_score.unwrap_or(0.0))
        .detail("band", score.band.id)
        .detail("bandLabel", band)
        .detail("language", lang)
        .detail("words", r.words)
        .detail("sentences", r.sentences)
        .detail("syllables", r.syllables);
    for other in r.scores.iter().skip(1) {
        out = out.detail(other.formula, other.score);
    }
    if !good {
        out = out.evidence_all(
            r.longest_sentences
                .iter()
                .map(|t| ev_text(&t.text, t.words, t.line, ctx)),
        );
    }
    out
}

/// The formula's name in Turkish messages.
fn name_tr(f: &crate::readability::Formula) -> &'static str {
    match f.id {
        "flesch" => "Flesch okuma kolaylığı",
        "flesch-kincaid" => "Flesch-Kincaid sınıf düzeyi",
        "amstad" => "Amstad (Almanca Flesch)",
        "oborneva" => "Oborneva (Rusça Flesch)",
        "flesch-pt" => "Portekizce Flesch (Martins vd.)",
        _ => f.name,
    }
}

#[cfg(test)]
mod tests {
    use crate::checks::test_util::{run_on, run_with};
    use crate::i18n::Locale;
    use crate::options::Options;
    use crate::vocab::Status;

    fn page(lang: &str, para: &str, n: usize) -> String {
        let body: String = (0..n).map(|_| format!("<p>{para}</p>\n")).collect();
        format!("<html lang={lang}><body><main><h1>T</h1>{body}</main></body></html>")
    }

    #[test]
    fn easy_english_passes() {
        let html = page(
            "en",
            "The cat sat on the mat. It was a warm day. We went out to play.",
            10,
        );
        let o = run_on(&super::CHECK, &html, None);
        assert_eq!(o.status, Status::Pass, "{}", o.message);
        assert_eq!(o.details["formula"], "flesch");
    }

    #[test]
    fn dense_english_fails_with_evidence() {
        let p = "Notwithstanding considerable institutional heterogeneity, organizational administrators systematically underestimate the interdependencies characterizing multidimensional communication infrastructures, consequently generating unanticipated operational vulnerabilities internationally.";
        let o = run_on(&super::CHECK, &page("en", p, 6), None);
        assert_eq!(o.status, Status::Fail, "{}", o.message);
        assert!(!o.evidence.is_empty());
        assert!(o.evidence[0].line.is_some());
    }

    #[test]
    fn turkish_uses_atesman_with_turkish_band() {
        let p = "Sosyal medya hesaplarınızı düzenli olarak güncelleyin. Okurlarınızla konuşun ve sorularını yanıtlayın. Kısa cümleler herkesin işine yarar.";
        let o = run_with(
            &super::CHECK,
            &page("tr", p, 8),
            &Options {
                locale: Locale::Tr,
                ..Default::default()
            },
        );
        assert_eq!(o.details["formula"], "atesman");
        assert!(o.message.starts_with("Ateşman puanı"), "{}", o.message);
        assert!(o.message.contains(','), "decimal comma: {}", o.message);
        assert!(o.details.contains_key("bezirci-yilmaz"));
    }

    #[test]
    fn short_text_and_unknown_formula_skip() {
        let o = run_on(&super::CHECK, &page("en", "Too short.", 1), None);
        assert_eq!(o.status, Status::Skip);
        let o = run_on(
            &super::CHECK,
            &page("sv", "Det här är en ganska kort mening om ingenting alls.", 12),
            None,
        );
        assert_eq!(o.status, Status::Skip);
        assert!(o.message.contains("No readability formula"), "{}", o.message);
    }
}
