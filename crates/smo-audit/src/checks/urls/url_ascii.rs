//! `url-ascii`: ASCII letters in the slug, so shares do not show `%C5%9F`.

use super::rules::segments;
use super::{page_url, url_evidence};
use crate::checks::{Category, Check, Ctx, Outcome, RuleDoc, Text};
use crate::text::slug::{percent_decode, slugify};

pub static CHECK: Check = Check {
    id: "url-ascii",
    category: Category::Urls,
    weight: 1,
    title: Text {
        en: "ASCII address",
        tr: "ASCII adres",
    },
    help: Text {
        en: "Transliterate the slug to plain letters (ş→s, ğ→g, ı→i, ö→o, ü→u, ç→c; ä→ae in German; Cyrillic and Greek to Latin).",
        tr: "Adresi düz harflere çevirin (ş→s, ğ→g, ı→i, ö→o, ü→u, ç→c; Almancada ä→ae; Kiril ve Yunan harfleri Latin harflerine).",
    },
    doc: RuleDoc {
        what: "Decodes the path of the page URL. Warn: it holds non-ASCII letters; the message suggests a transliterated path (Turkish ç→c, ğ→g, ı→i, İ→i, ö→o, ş→s, ü→u; German ä→ae ö→oe ü→ue ß→ss; other Latin diacritics dropped; Russian, Ukrainian, Bulgarian and Greek letters transliterated), using the page language. Pass otherwise. Skip: no page URL.",
        why: "Browsers show ş or я, but a copied or shared link carries them percent-encoded: /sosyal-medya-danışmanlığı becomes /sosyal-medya-dan%C4%B1%C5%9Fmanl%C4%B1%C4%9F%C4%B1 in chats, e-mails and many feeds — long, unreadable and easy to break.",
        fix: "Use the transliterated slug (WordPress: a transliteration plugin, or edit the permalink) and 301-redirect the old address.",
        example: "https://example.com/blog/sosyal-medya-danismanligi",
        sources: &[
            "https://developers.google.com/search/docs/crawling-indexing/url-structure (use UTF-8 and percent-encode; readable words)",
            "https://www.rfc-editor.org/rfc/rfc3986#section-2.1",
        ],
    },
    params: &[],
    run: crate::checks::Run::Page(run),
};

fn run(ctx: &Ctx) -> Outcome {
    let url = match page_url(ctx) {
        Ok(u) => u,
        Err(skip) => return skip,
    };
    let decoded = percent_decode(url.path());
    let mut letters: Vec<char> = Vec::new();
    for c in decoded.chars().filter(|c| !c.is_ascii() && c.is_alphanumeric()) {
        if !letters.contains(&c) && letters.len() < 20 {
            letters.push(c);
        }
    }
    let non_ascii: String = letters.iter().map(char::to_string).collect::<Vec<_>>().join(" ");
    if non_ascii.is_empty() {
        return Outcome::pass(ctx.t(
            "The address uses plain ASCII letters.",
            "Adres düz ASCII harfleri kullanıyor.",
        ))
        .evidence(url_evidence(url));
    }
    let lang = ctx.facts.suggest.slug_language.as_deref();
    let suggested: Vec<String> = segments(url)
        .iter()
        .map(|s| {
            let d = percent_decode(s);
            match d.rsplit_once('.') {
                Some((stem, ext)) if ext.chars().all(|c| c.is_ascii_alphanumeric()) && !ext.is_empty() => {
                    format!("{}.{}", slugify(stem, lang), ext)
                }
                _ => slugify(&d, lang),
            }
        })
        .collect();
    let mut path = format!("/{}", suggested.join("/"));
    if url.path().ends_with('/') && path.len() > 1 {
        path.push('/');
    }
    let all_ascii = path.is_ascii();
    let shared_len = url.path().len();
    let msg_en = if all_ascii {
        format!("The address has non-ASCII letters ({non_ascii}); shared, its path is {shared_len} characters of %-codes. Use: {path}")
    } else {
        format!("The address has letters that shares turn into %-codes ({non_ascii}); use a slug in Latin letters (only part could be transliterated: {path}).")
    };
    let msg_tr = if all_ascii {
        format!("Adreste ASCII olmayan harfler var ({non_ascii}); paylaşıldığında yol %-kodlarıyla {shared_len} karakter olur. Önerilen: {path}")
    } else {
        format!("Adreste paylaşımda %-kodlarına dönüşen harfler var ({non_ascii}); Latin harfli bir adres kullanın (yalnızca bir kısmı çevrilebildi: {path}).")
    };
    Outcome::warn(ctx.t(msg_en, msg_tr))
        .evidence(url_evidence(url))
        .detail("suggested", path)
}

#[cfg(test)]
mod tests {
    use crate::checks::test_util::{run_on, run_with};
    use crate::options::Options;
    use crate::vocab::Status;

    #[test]
    fn turkish_slug_warns_with_suggestion() {
        let o = run_on(
            &super::CHECK,
            "<html lang=tr>",
            Some("https://example.com/blog/sosyal-medya-danışmanlığı"),
        );
        assert_eq!(o.status, Status::Warn);
        assert_eq!(o.details["suggested"], "/blog/sosyal-medya-danismanligi");
        assert!(o.message.contains("/blog/sosyal-medya-danismanligi"));
    }

    #[test]
    fn german_and_russian_use_the_page_language() {
        let o = run_on(
            &super::CHECK,
            "<html lang=de>",
            Some("https://example.de/über-uns.html"),
        );
        assert_eq!(o.details["suggested"], "/ueber-uns.html");
        let opts = Options {
            url: Some("https://example.ru/новости/привет-мир/".into()),
            language: Some("ru".into()),
            ..Default::default()
        };
        let o = run_with(&super::CHECK, "", &opts);
        assert_eq!(o.details["suggested"], "/novosti/privet-mir/");
    }

    #[test]
    fn untransliterable_still_warns() {
        let o = run_on(&super::CHECK, "", Some("https://example.jp/東京"));
        assert_eq!(o.status, Status::Warn);
        assert!(o.message.contains("only part"));
    }

    #[test]
    fn ascii_passes_and_no_url_skips() {
        assert_eq!(
            run_on(&super::CHECK, "", Some("https://e.com/blog/a-b")).status,
            Status::Pass
        );
        assert_eq!(run_on(&super::CHECK, "", None).status, Status::Skip);
    }
}
