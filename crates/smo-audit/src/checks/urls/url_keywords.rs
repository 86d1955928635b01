//! `url-keywords`: the slug carries the page's keywords.

use super::rules::slug_words;
use super::{home_skip, langs, page_url, url_evidence};
use crate::checks::{Category, Check, Ctx, Outcome, Param, RuleDoc, Text};
use crate::facts::suggest::first_h1;
use crate::text::slug::{content_words, fold, is_unspaced_script, keyword_keys, text_words};

pub static CHECK: Check = Check {
    id: "url-keywords",
    category: Category::Urls,
    weight: 3,
    title: Text {
        en: "Keywords in the address",
        tr: "Adreste anahtar kelimeler",
    },
    help: Text {
        en: "Put the page's main keywords — the words of its title — in the slug, transliterated and joined by hyphens.",
        tr: "Sayfanın ana anahtar kelimelerini — başlığındaki kelimeleri — adrese, Latin harflerine çevrilmiş ve tireyle ayrılmış olarak koyun.",
    },
    doc: RuleDoc {
        what: "Splits the slug (last word segment of the page URL: hyphens, underscores, camelCase, %20, +, dots), drops stop words and numbers, and compares the rest with the words of og:title, the first h1 and <title> — after transliteration and stemming in the page language and English, so the title word `danışmanlığı` matches the slug word `danismanligi`. Pass: at least `min_shared` (2) shared keywords, or the shared ones cover at least `min_cover` (0.5) of the slug's keywords. Warn: 1 shared. Fail: none (also for a slug that is only an id). Skip: no page URL, home page, no title / h1 / og:title, or no slug.",
        why: "The address is part of every shared card and chat preview; when it repeats the headline's words, people see at once that the link is about what was promised, and search engines and social platforms get one more relevance signal.",
        fix: "Edit the slug to the title's keywords (facts.suggestedSlug has one ready), then 301-redirect the old address.",
        example: "Title \"Sosyal Medya Danışmanlığı\" → https://example.com/blog/sosyal-medya-danismanligi",
        sources: &[
            "https://developers.google.com/search/docs/crawling-indexing/url-structure (descriptive words)",
            "https://yoast.com/slug/ (focus keyword in the slug)",
            "https://backlinko.com/search-engine-ranking (keyword-matching URLs)",
        ],
    },
    params: &[Param::count("min_shared"), Param::ratio("min_cover")],
    run: crate::checks::Run::Page(run),
};

fn run(ctx: &Ctx) -> Outcome {
    let url = match page_url(ctx) {
        Ok(u) => u,
        Err(skip) => return skip,
    };
    if let Some(skip) = home_skip(ctx, url) {
        return skip;
    }
    let f = ctx.facts;
    let titles: Vec<&str> = [f.head.og_first("og:title"), first_h1(f), f.head.title.as_deref()]
        .into_iter()
        .flatten()
        .filter(|t| !t.trim().is_empty())
        .collect();
    if titles.is_empty() {
        return Outcome::skip(ctx.t(
            "The page has no title, h1 or og:title to compare the address with.",
            "Sayfada adresle karşılaştırılacak bir başlık, h1 ya da og:title yok.",
        ));
    }
    let langs_owned = langs(ctx);
    let langs: Vec<&str> = langs_owned.iter().map(String::as_str).collect();
    let min_shared = ctx.param("min_shared", 2.0) as usize;
    let min_cover = ctx.param("min_cover", 0.5);
    let suggestion = f.suggest.suggested_slug.clone().unwrap_or_default();
    let raw = slug_words(url);
    let slug_kw = content_words(&raw, &langs);
    if slug_kw.is_empty() {
        if raw.is_empty() {
            if super::rules::segments(url).is_empty() && super::rules::id_param(url).is_none() {
                return Outcome::skip(ctx.t("The address has no slug.", "Adreste kelime yok."));
            }
            return Outcome::fail(ctx.t(
                format!("The address has no words, only an id; a slug like '{suggestion}' would carry the title's keywords."),
                format!("Adreste kelime yok, yalnızca bir kimlik var; '{suggestion}' gibi bir adres başlığın anahtar kelimelerini taşırdı."),
            ))
            .evidence(url_evidence(url))
            .detail("suggestedSlug", suggestion);
        }
        return Outcome::fail(ctx.t(
            format!("The slug has only stop words or numbers; use the title's keywords, like '{suggestion}'."),
            format!("Adreste yalnızca dolgu kelimeleri ya da sayılar var; '{suggestion}' gibi başlığın anahtar kelimelerini kullanın."),
        ))
        .evidence(url_evidence(url))
        .detail("suggestedSlug", suggestion);
    }
    // og:title, h1 and <title> mostly repeat one another: each distinct word once.
    let mut title_words: Vec<String> = Vec::new();
    for t in &titles {
        for w in text_words(t) {
            if !title_words.contains(&w) {
                title_words.push(w);
            }
        }
    }
    let mut title_keys: Vec<String> = Vec::new();
    for w in content_words(&title_words, &langs) {
        for k in keyword_keys(&w, &langs) {
            if !title_keys.contains(&k) {
                title_keys.push(k);
            }
        }
    }
    let titles_lower: Vec<String> = titles.iter().map(|t| t.to_lowercase()).collect();
    let mut shared: Vec<String> = Vec::new();
    let mut missing: Vec<String> = Vec::new();
    for w in &slug_kw {
        let folded = fold(w, None);
        // Chinese, Japanese, Thai, ...: no spaces to split a title on, so a
        // slug word matches when the title contains it.
        let unspaced =
            w.chars().any(is_unspaced_script) && titles_lower.iter().any(|t| t.contains(&w.to_lowercase()));
        if unspaced || keyword_keys(w, &langs).iter().any(|k| title_keys.contains(k)) {
            if !shared.contains(&folded) {
                shared.push(folded);
            }
        } else if !missing.contains(&folded) {
            missing.push(folded);
        }
    }
    let cover = shared.len() as f64 / slug_kw.len() as f64;
    let n = shared.len();
    let list = shared.join(", ");
    let out = if n >= min_shared || (n >= 1 && cover >= min_cover) {
        Outcome::pass(ctx.t(
            format!("The slug shares {n} keyword(s) with the title ({list})."),
            format!("Adres başlıkla {n} anahtar kelime paylaşıyor ({list})."),
        ))
    } else if n == 1 {
        Outcome::warn(ctx.t(
            format!("The slug shares only one keyword with the title ({list}); a slug like '{suggestion}' says more."),
            format!("Adres başlıkla yalnızca bir anahtar kelime paylaşıyor ({list}); '{suggestion}' gibi bir adres daha çok şey anlatır."),
        ))
    } else {
        Outcome::fail(ctx.t(
            format!("None of the slug's words ({}) appear in the title; a slug like '{suggestion}' would match it.", missing.join(", ")),
            format!("Adresteki kelimelerin ({}) hiçbiri başlıkta geçmiyor; '{suggestion}' gibi bir adres başlıkla örtüşürdü.", missing.join(", ")),
        ))
    };
    out.evidence(url_evidence(url))
        .detail("shared", shared)
        .detail("slugKeywords", slug_kw.len())
        .detail("coverage", (cover * 100.0).round() / 100.0)
        .detail("suggestedSlug", suggestion)
}

#[cfg(test)]
mod tests {
    use crate::checks::test_util::{run_on, run_with};
    use crate::options::Options;
    use crate::vocab::Status;

    #[test]
    fn turkish_title_matches_transliterated_slug() {
        let html = r#"<html lang="tr"><head><title>Sosyal Medya Danışmanlığı | Ajans</title></head><body><h1>Sosyal Medya Danışmanlığı</h1></body></html>"#;
        let o = run_on(
            &super::CHECK,
            html,
            Some("https://example.com/blog/sosyal-medya-danismanligi"),
        );
        assert_eq!(o.status, Status::Pass, "{}", o.message);
        assert_eq!(
            o.details["shared"],
            serde_json::json!(["sosyal", "medya", "danismanligi"])
        );
    }

    #[test]
    fn turkish_match_without_lang_attribute_and_in_turkish() {
        // No <html lang>: --language decides the stemmer; messages in Turkish.
        let html = "<title>Danışmanlığı hakkında</title>";
        let opts = Options {
            url: Some("https://example.com/danismanlik".into()),
            language: Some("tr".into()),
            locale: crate::i18n::Locale::Tr,
            ..Default::default()
        };
        let o = run_with(&super::CHECK, html, &opts);
        assert_eq!(o.status, Status::Pass, "{}", o.message);
        assert!(o.message.contains("anahtar kelime"));
    }

    #[test]
    fn one_shared_keyword_warns() {
        let html = r#"<html lang="en"><title>Social media consulting for shops</title>"#;
        let o = run_on(
            &super::CHECK,
            html,
            Some("https://e.com/blog/consulting-prices-berlin"),
        );
        assert_eq!(o.status, Status::Warn, "{}", o.message);
        assert!(o.message.contains("social-media-consulting-shops"));
    }

    #[test]
    fn english_stems_match() {
        let html = r#"<html lang="en"><title>Consulting tips</title>"#;
        let o = run_on(&super::CHECK, html, Some("https://e.com/consultant-tip"));
        assert_eq!(o.status, Status::Pass, "{}", o.message);
    }

    #[test]
    fn unrelated_slug_and_id_fail() {
        let html = r#"<html lang="en"><title>Social media consulting</title>"#;
        let o = run_on(&super::CHECK, html, Some("https://e.com/blog/untitled-draft"));
        assert_eq!(o.status, Status::Fail);
        let o = run_on(&super::CHECK, html, Some("https://e.com/node/4711"));
        assert_eq!(o.status, Status::Fail);
        // `/?p=123` looks like the home path but is a post named by an id.
        let o = run_on(&super::CHECK, html, Some("https://e.com/?p=123"));
        assert_eq!(o.status, Status::Fail);
        assert!(o.message.contains("social-media-consulting"));
    }

    #[test]
    fn chinese_slug_matches_by_substring() {
        let html = "<title>新竹尖石美樹營地賞楓 - 部落格</title>";
        let o = run_on(
            &super::CHECK,
            html,
            Some("https://e.com/post/新竹尖石_美樹營地賞楓"),
        );
        assert_eq!(o.status, Status::Pass, "{}", o.message);
        let o = run_on(&super::CHECK, html, Some("https://e.com/post/東京-旅行"));
        assert_eq!(o.status, Status::Fail, "{}", o.message);
    }

    #[test]
    fn skips() {
        let html = r#"<title>Social media consulting</title>"#;
        assert_eq!(run_on(&super::CHECK, html, None).status, Status::Skip);
        assert_eq!(
            run_on(&super::CHECK, html, Some("https://e.com/")).status,
            Status::Skip
        );
        assert_eq!(
            run_on(&super::CHECK, "<p>x</p>", Some("https://e.com/a-b")).status,
            Status::Skip
        );
    }
}
