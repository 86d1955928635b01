//! `lang-match`: the declared language is the language of the text.

use super::{lang_name, num, summary};
use crate::checks::{Category, Check, Ctx, Outcome, Param, RuleDoc, Text};
use crate::readability::lang::same_language;

pub static CHECK: Check = Check {
    id: "lang-match",
    category: Category::Readability,
    weight: 1,
    title: Text {
        en: "Declared language matches the text",
        tr: "Bildirilen dil metinle uyumlu",
    },
    help: Text {
        en: "Set <html lang> (and og:locale) to the language the page is written in.",
        tr: "<html lang> (ve og:locale) değerini sayfanın yazıldığı dile ayarlayın.",
    },
    doc: RuleDoc {
        what: "Compares the declared language (`<html lang>`, else og:locale, else a Content-Language meta) with the language detected in the main text (whatlang, trigram statistics). Warn: they differ and the detection is confident (whatlang's reliability flag, confidence ≥ `minConfidence`, 0.5, on at least `minWords`, 30, words). Pass: they agree. Skip when the page declares nothing, the text is too short, or the detection is not confident.",
        why: "Platforms, translators, screen readers and search engines trust the declared language: a Turkish page declared as English gets the wrong hyphenation, voice, translation offer and audience — and the wrong readability formula here.",
        fix: "Fix <html lang=\"…\"> in the page template (and og:locale, e.g. tr_TR) for each language version of the site.",
        example: "<html lang=\"tr\">\n<meta property=\"og:locale\" content=\"tr_TR\">",
        sources: &[
            "https://www.w3.org/International/questions/qa-html-language-declarations",
            "whatlang: https://github.com/greyblake/whatlang-rs",
        ],
    },
    params: &[Param::count("minWords"), Param::ratio("minConfidence")],
    run: crate::checks::Run::Page(run),
};

fn run(ctx: &Ctx) -> Outcome {
    let r = summary(ctx);
    let Some(declared) = r.declared_language.as_deref() else {
        return Outcome::skip(ctx.t(
            "The page declares no language (no <html lang>, og:locale or Content-Language).",
            "Sayfa bir dil bildirmiyor (<html lang>, og:locale ya da Content-Language yok).",
        ));
    };
    let min_words = ctx.param("minWords", 30.0) as u32;
    let min_conf = ctx.param("minConfidence", 0.5);
    let (Some(detected), Some(conf)) = (r.detected_language.as_deref(), r.detected_confidence) else {
        return Outcome::skip(ctx.t(
            "The language of the text could not be detected.",
            "Metnin dili algılanamadı.",
        ));
    };
    if r.words < min_words || !r.detected_reliable || conf < min_conf {
        return Outcome::skip(ctx.t(
            format!(
                "Language detection is not confident enough ({} words, confidence {}) to compare.",
                r.words,
                num(ctx, conf)
            ),
            format!(
                "Dil algılaması karşılaştırma için yeterince güvenilir değil ({} kelime, güven {}).",
                r.words,
                num(ctx, conf)
            ),
        ))
        .detail("detected", detected)
        .detail("confidence", conf);
    }
    let source = r.declared_source.unwrap_or("html-lang");
    let d_name = lang_name(declared, ctx.locale);
    let t_name = lang_name(detected, ctx.locale);
    let out = if same_language(declared, detected) {
        Outcome::pass(ctx.t(
            format!(
                "The declared language, {} (from {}), is the language of the text.",
                d_name, source
            ),
            format!("{} ile bildirilen dil, {}, metnin diliyle aynı.", source, d_name),
        ))
    } else {
        Outcome::warn(ctx.t(
            format!(
                "The page declares {} (in {}) but its text reads as {} (confidence {}).",
                d_name,
                source,
                t_name,
                num(ctx, conf)
            ),
            format!(
                "Sayfa {} ile {} bildiriyor ama metni {} görünüyor (güven {}).",
                source,
                d_name,
                t_name,
                num(ctx, conf)
            ),
        ))
    };
    out.detail("declared", declared)
        .detail("declaredSource", source)
        .detail("detected", detected)
        .detail("confidence", conf)
}

#[cfg(test)]
mod tests {
    use crate::checks::test_util::run_on;
    use crate::vocab::Status;

    const TR: &str = "Sosyal medya hesaplarınızı düzenli olarak güncellemek, okurlarınızla güçlü bir bağ kurmanın en kolay yoludur. Her paylaşımda kısa ve anlaşılır cümleler kullanın, sorulara hızlıca yanıt verin ve içeriklerinizi görsellerle destekleyin. Böylece ziyaretçileriniz sayfanızda daha uzun süre kalır.";

    #[test]
    fn mismatch_warns_match_passes() {
        let o = run_on(
            &super::CHECK,
            &format!("<html lang=en><body><p>{TR}</p></body></html>"),
            None,
        );
        assert_eq!(o.status, Status::Warn, "{}", o.message);
        assert_eq!(o.details["detected"], "tr");
        let o = run_on(
            &super::CHECK,
            &format!("<html lang=tr-TR><body><p>{TR}</p></body></html>"),
            None,
        );
        assert_eq!(o.status, Status::Pass, "{}", o.message);
    }

    #[test]
    fn skips_without_declaration_or_text() {
        let o = run_on(&super::CHECK, &format!("<body><p>{TR}</p></body>"), None);
        assert_eq!(o.status, Status::Skip);
        let o = run_on(
            &super::CHECK,
            "<html lang=en><body><p>Hello there.</p></body></html>",
            None,
        );
        assert_eq!(o.status, Status::Skip);
    }
}
