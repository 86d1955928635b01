//! `url-stop-words`: slugs that are not mostly filler words.

use super::rules::slug_words;
use super::{langs, page_url, url_evidence};
use crate::checks::{Category, Check, Ctx, Outcome, Param, RuleDoc, Text};
use crate::text::slug::fold;
use crate::text::stopwords::is_stop_word;

pub static CHECK: Check = Check {
    id: "url-stop-words",
    category: Category::Urls,
    weight: 1,
    title: Text {
        en: "Few stop words in the address",
        tr: "Adreste az dolgu kelimesi",
    },
    help: Text {
        en: "Drop filler words (the, and, of / ve, ile, için) from the slug and keep the words people search for.",
        tr: "Adresten dolgu kelimelerini (ve, ile, için / the, and, of) çıkarın, insanların aradığı kelimeleri bırakın.",
    },
    doc: RuleDoc {
        what: "Splits the slug (last word segment of the page URL) into words and counts stop words of the page language and English (lists: en, tr, de, fr, es, it, pt, nl; compared after transliteration, so `icin` counts as `için`). Warn: more than `min_words` (3) words and over `max_ratio` (0.4) of them stop words. Pass otherwise. Skip: no page URL, or no slug (home).",
        why: "A slug is shown under every shared card; filler words make it long without saying more, and push the words that matter past the point where chats and feeds cut the link.",
        fix: "Edit the slug to its 3–5 content words (Yoast's slug advice), and redirect the old address with a 301.",
        example: "https://example.com/blog/sosyal-medya-danismanligi (not /blog/sosyal-medya-ve-bir-danismanlik-icin-ne-yapilir)",
        sources: &["https://yoast.com/slug/ (remove stop words from slugs)", "https://developers.google.com/search/docs/crawling-indexing/url-structure"],
    },
    params: &[Param::count("min_words"), Param::ratio("max_ratio")],
    run: crate::checks::Run::Page(run),
};

fn run(ctx: &Ctx) -> Outcome {
    let url = match page_url(ctx) {
        Ok(u) => u,
        Err(skip) => return skip,
    };
    let words = slug_words(url);
    if words.is_empty() {
        return Outcome::skip(ctx.t("The address has no slug words.", "Adreste kelime yok."));
    }
    let min_words = ctx.param("min_words", 3.0) as usize;
    let max_ratio = ctx.param("max_ratio", 0.4);
    let langs = langs(ctx);
    let stops: Vec<String> = words
        .iter()
        .filter(|w| langs.iter().any(|l| is_stop_word(w, l)))
        .map(|w| fold(w, None))
        .collect();
    let ratio = stops.len() as f64 / words.len() as f64;
    let out = if words.len() > min_words && ratio > max_ratio {
        Outcome::warn(ctx.t(
            format!(
                "{} of the slug's {} words are stop words ({}); keep the words that say what the page is about.",
                stops.len(),
                words.len(),
                stops.join(", ")
            ),
            format!(
                "Adresteki {} kelimenin {} tanesi dolgu kelimesi ({}); sayfanın konusunu anlatan kelimeleri bırakın.",
                words.len(),
                stops.len(),
                stops.join(", ")
            ),
        ))
    } else {
        Outcome::pass(ctx.t(
            format!(
                "{} of the slug's {} words are stop words.",
                stops.len(),
                words.len()
            ),
            format!(
                "Adresteki {} kelimenin {} tanesi dolgu kelimesi.",
                words.len(),
                stops.len()
            ),
        ))
    };
    out.evidence(url_evidence(url))
        .detail("words", words.len())
        .detail("stopWords", stops)
}

#[cfg(test)]
mod tests {
    use crate::checks::test_util::run_on;
    use crate::vocab::Status;

    #[test]
    fn mostly_stop_words_warns() {
        let o = run_on(
            &super::CHECK,
            "<html lang=en>",
            Some("https://e.com/blog/how-to-do-it-for-the-win"),
        );
        assert_eq!(o.status, Status::Warn);
        let o = run_on(
            &super::CHECK,
            "<html lang=tr>",
            Some("https://e.com/bu-ve-bir-medya-icin"),
        );
        assert_eq!(o.status, Status::Warn, "{}", o.message);
    }

    #[test]
    fn content_slugs_and_short_slugs_pass() {
        let o = run_on(
            &super::CHECK,
            "<html lang=tr>",
            Some("https://e.com/blog/sosyal-medya-danismanligi"),
        );
        assert_eq!(o.status, Status::Pass);
        // Three words, two stop words: short slugs are fine.
        assert_eq!(
            run_on(
                &super::CHECK,
                "<html lang=en>",
                Some("https://e.com/about-the-us")
            )
            .status,
            Status::Pass
        );
    }

    #[test]
    fn skips() {
        assert_eq!(
            run_on(&super::CHECK, "", Some("https://e.com/")).status,
            Status::Skip
        );
        assert_eq!(run_on(&super::CHECK, "", None).status, Status::Skip);
    }
}
