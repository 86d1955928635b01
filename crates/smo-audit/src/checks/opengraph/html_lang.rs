//! `html-lang`: the page language on `<html lang>`.

use crate::checks::{ev_line, Category, Check, Ctx, Outcome, RuleDoc, Text};

pub static CHECK: Check = Check {
    id: "html-lang",
    category: Category::Opengraph,
    weight: 1,
    title: Text {
        en: "Page language",
        tr: "Sayfa dili",
    },
    help: Text {
        en: "Declare the language on the root element: <html lang=\"tr\"> (a BCP 47 tag such as tr, en-GB, pt-BR).",
        tr: "Dili kök öğede belirtin: <html lang=\"tr\"> (tr, en-GB, pt-BR gibi bir BCP 47 etiketi).",
    },
    doc: RuleDoc {
        what: "Reads `lang` (or `xml:lang`) on `<html>`. Fail: none or empty. Warn: not a well-formed BCP 47 tag (RFC 5646 syntax: language of 2–3 letters (with up to three 3-letter extlangs) or 4–8 letters, then optional script (4 letters), region (2 letters or 3 digits), variants (5–8 alphanumerics or a digit + 3), extensions and a private-use part; `x-…` private tags are accepted; an underscore such as `en_US` is not BCP 47). Pass otherwise. The subtags are not checked against the IANA registry.",
        why: "Screen readers, translation prompts, search engines and this tool's readability formulas take the language from <html lang>; og:locale should agree with it.",
        fix: "Write the language code of the page's text on <html>, with a hyphen before the region.",
        example: "<html lang=\"tr\">",
        sources: &[
            "https://www.rfc-editor.org/rfc/rfc5646#section-2.1 (BCP 47 syntax)",
            "https://developer.mozilla.org/en-US/docs/Web/HTML/Global_attributes/lang",
        ],
    },
    params: &[],
    run: crate::checks::Run::Page(run),
};

fn alpha(s: &str, min: usize, max: usize) -> bool {
    (min..=max).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphabetic())
}
fn alnum(s: &str, min: usize, max: usize) -> bool {
    (min..=max).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphanumeric())
}

/// RFC 5646 `Language-Tag` well-formedness (syntax only).
pub fn well_formed_bcp47(tag: &str) -> bool {
    let parts: Vec<&str> = tag.split('-').collect();
    if parts.iter().any(|p| p.is_empty()) {
        return false;
    }
    // privateuse only: x-abc
    if parts[0].eq_ignore_ascii_case("x") {
        return parts.len() > 1 && parts[1..].iter().all(|p| alnum(p, 1, 8));
    }
    // language
    let mut i;
    if alpha(parts[0], 2, 3) {
        i = 1;
        let mut ext = 0;
        while i < parts.len() && ext < 3 && alpha(parts[i], 3, 3) {
            i += 1;
            ext += 1;
        }
    } else if alpha(parts[0], 4, 8) {
        i = 1;
    } else {
        return false;
    }
    if i < parts.len() && alpha(parts[i], 4, 4) {
        i += 1; // script
    }
    if i < parts.len()
        && (alpha(parts[i], 2, 2) || (parts[i].len() == 3 && parts[i].bytes().all(|b| b.is_ascii_digit())))
    {
        i += 1; // region
    }
    while i < parts.len()
        && (alnum(parts[i], 5, 8)
            || (parts[i].len() == 4 && parts[i].as_bytes()[0].is_ascii_digit() && alnum(parts[i], 4, 4)))
    {
        i += 1; // variants
    }
    while i < parts.len()
        && parts[i].len() == 1
        && !parts[i].eq_ignore_ascii_case("x")
        && alnum(parts[i], 1, 1)
    {
        i += 1;
        let start = i;
        while i < parts.len() && alnum(parts[i], 2, 8) {
            i += 1;
        }
        if i == start {
            return false;
        }
    }
    if i < parts.len() && parts[i].eq_ignore_ascii_case("x") {
        i += 1;
        let start = i;
        while i < parts.len() && alnum(parts[i], 1, 8) {
            i += 1;
        }
        if i == start {
            return false;
        }
    }
    i == parts.len()
}

fn run(ctx: &Ctx) -> Outcome {
    let h = &ctx.facts.head;
    let Some(lang) = h.html_lang.as_deref().map(str::trim).filter(|s| !s.is_empty()) else {
        return Outcome::fail(ctx.t(
            "No lang on <html>: screen readers, translators and search engines have to guess the language.",
            "<html> üzerinde lang yok: ekran okuyucular, çeviri araçları ve arama motorları dili tahmin etmek zorunda.",
        ));
    };
    let ev = ev_line("html", format!("<html lang=\"{}\">", lang), 0);
    if !well_formed_bcp47(lang) {
        let hint = lang.replace('_', "-");
        let hint = if well_formed_bcp47(&hint) {
            hint
        } else {
            "tr".into()
        };
        return Outcome::warn(ctx.t(
            format!(
                "lang=\"{}\" is not a valid BCP 47 language tag; write e.g. lang=\"{}\".",
                lang, hint
            ),
            format!(
                "lang=\"{}\" geçerli bir BCP 47 dil etiketi değil; örneğin lang=\"{}\" yazın.",
                lang, hint
            ),
        ))
        .evidence(ev);
    }
    Outcome::pass(ctx.t(
        format!("The page language is {}.", lang),
        format!("Sayfa dili: {}.", lang),
    ))
    .evidence(ev)
}

#[cfg(test)]
mod tests {
    use super::well_formed_bcp47 as ok;
    use crate::checks::test_util::run_on;
    use crate::vocab::Status;

    #[test]
    fn syntax() {
        for good in [
            "tr",
            "en-GB",
            "zh-Hant-TW",
            "es-419",
            "sr-Latn-RS",
            "de-CH-1901",
            "en-US-x-twain",
            "x-klingon",
            "zh-yue-HK",
            "en-a-bbb-x-a-ccc",
        ] {
            assert!(ok(good), "{good}");
        }
        for bad in [
            "en_US", "english-", "e", "123", "en--us", "en-x", "tr-TR-", "en-a", "turkish!",
        ] {
            assert!(!ok(bad), "{bad}");
        }
    }

    #[test]
    fn statuses() {
        assert_eq!(run_on(&super::CHECK, "<html><p>x", None).status, Status::Fail);
        assert_eq!(
            run_on(&super::CHECK, "<html lang=\" \"><p>x", None).status,
            Status::Fail
        );
        let o = run_on(&super::CHECK, "<html lang=\"en_US\"><p>x", None);
        assert_eq!(o.status, Status::Warn);
        assert!(o.message.contains("en-US"));
        assert_eq!(
            run_on(&super::CHECK, "<html lang=\"tr-TR\"><p>x", None).status,
            Status::Pass
        );
    }
}
