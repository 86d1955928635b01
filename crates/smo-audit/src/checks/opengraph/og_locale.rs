//! `og-locale`: the language and territory of the card text.

use super::common::first_ev;
use crate::checks::{Category, Check, Ctx, Outcome, RuleDoc, Text};

pub static CHECK: Check = Check {
    id: "og-locale",
    category: Category::Opengraph,
    weight: 1,
    title: Text {
        en: "Open Graph locale",
        tr: "Open Graph dil bölgesi",
    },
    help: Text {
        en: "Add <meta property=\"og:locale\" content=\"tr_TR\"> matching <html lang> (language_TERRITORY, with an underscore).",
        tr: "<html lang> ile uyumlu <meta property=\"og:locale\" content=\"tr_TR\"> ekleyin (dil_BÖLGE, alt çizgiyle).",
    },
    doc: RuleDoc {
        what: "Reads the first `og:locale`. Warn: missing; malformed (not `ll_CC`: a 2–3 letter lower-case language, an underscore, a 2-letter upper-case territory, e.g. `tr_TR`); or its language (or, when `<html lang>` names one, its territory) disagrees with `<html lang>`. Pass otherwise.",
        why: "Facebook assumes en_US without og:locale and uses the locale to pick the right translation of a card; a locale that contradicts the page language sends the card to the wrong audience.",
        fix: "Write og:locale as language_TERRITORY (tr_TR, en_US, de_DE) and keep it in line with <html lang>.",
        example: "<html lang=\"tr\">\n<meta property=\"og:locale\" content=\"tr_TR\">",
        sources: &[
            "https://ogp.me/#optional (og:locale, format language_TERRITORY, default en_US)",
            "https://developers.facebook.com/docs/sharing/webmasters/localization/",
        ],
    },
    params: &[],
    run: crate::checks::Run::Page(run),
};

/// `ll_CC` (language 2–3 lower-case letters, territory 2 upper-case letters).
pub fn well_formed(s: &str) -> bool {
    let Some((l, c)) = s.split_once('_') else {
        return false;
    };
    (2..=3).contains(&l.len())
        && l.bytes().all(|b| b.is_ascii_lowercase())
        && c.len() == 2
        && c.bytes().all(|b| b.is_ascii_uppercase())
}

/// A suggested og:locale for a `<html lang>` value (`tr` → `tr_TR`, `en-GB` → `en_GB`).
pub fn locale_for_lang(lang: &str) -> Option<String> {
    let mut parts = lang.trim().split(['-', '_']);
    let l = parts.next()?.to_ascii_lowercase();
    if !(2..=3).contains(&l.len()) || !l.bytes().all(|b| b.is_ascii_lowercase()) {
        return None;
    }
    if let Some(r) = parts.find(|p| p.len() == 2 && p.bytes().all(|b| b.is_ascii_alphabetic())) {
        return Some(format!("{}_{}", l, r.to_ascii_uppercase()));
    }
    let region = match l.as_str() {
        "en" => "US",
        "tr" => "TR",
        "de" => "DE",
        "fr" => "FR",
        "es" => "ES",
        "it" => "IT",
        "pt" => "BR",
        "nl" => "NL",
        "ru" => "RU",
        "pl" => "PL",
        "sv" => "SE",
        "da" => "DK",
        "nb" | "no" => "NO",
        "fi" => "FI",
        "cs" => "CZ",
        "el" => "GR",
        "ja" => "JP",
        "ko" => "KR",
        "zh" => "CN",
        "ar" => "AR",
        "he" => "IL",
        "fa" => "IR",
        "uk" => "UA",
        "az" => "AZ",
        "hu" => "HU",
        "ro" => "RO",
        "bg" => "BG",
        "id" => "ID",
        "vi" => "VN",
        "th" => "TH",
        "hi" => "IN",
        _ => return None,
    };
    let l = if l == "no" { "nb".to_string() } else { l };
    Some(format!("{}_{}", l, region))
}

fn run(ctx: &Ctx) -> Outcome {
    let h = &ctx.facts.head;
    let ev = first_ev(h, "og:locale");
    let Some(loc) = h.og_first("og:locale").map(str::trim).filter(|s| !s.is_empty()) else {
        return Outcome::warn(ctx.t(
            "No og:locale: Facebook assumes en_US.",
            "og:locale yok: Facebook en_US varsayar.",
        ))
        .evidence_all(ev);
    };
    if !well_formed(loc) {
        let hint = locale_for_lang(loc).unwrap_or_else(|| "tr_TR".into());
        return Outcome::warn(ctx.t(
            format!(
                "og:locale {:?} is not in the language_TERRITORY form (e.g. {}).",
                loc, hint
            ),
            format!(
                "og:locale {:?} dil_BÖLGE biçiminde değil (örneğin {}).",
                loc, hint
            ),
        ))
        .evidence_all(ev);
    }
    let (ol, oc) = loc.split_once('_').unwrap_or((loc, ""));
    if let Some(lang) = h.html_lang.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        let mut parts = lang.split(['-', '_']);
        let hl = parts.next().unwrap_or("").to_ascii_lowercase();
        let hr = parts
            .find(|p| p.len() == 2 && p.bytes().all(|b| b.is_ascii_alphabetic()))
            .map(str::to_ascii_uppercase);
        let lang_differs = hl != ol && !(hl == "no" && ol == "nb");
        if lang_differs || hr.as_deref().is_some_and(|r| r != oc) {
            return Outcome::warn(ctx.t(
                format!("og:locale {} disagrees with <html lang=\"{}\">.", loc, lang),
                format!("og:locale {} ile <html lang=\"{}\"> uyuşmuyor.", loc, lang),
            ))
            .evidence_all(ev)
            .detail("htmlLang", lang);
        }
    }
    Outcome::pass(ctx.t(format!("og:locale is {}.", loc), format!("og:locale: {}.", loc))).evidence_all(ev)
}

#[cfg(test)]
mod tests {
    use crate::checks::test_util::run_on;
    use crate::vocab::Status;

    fn run(html: &str) -> crate::checks::Outcome {
        run_on(&super::CHECK, html, None)
    }

    #[test]
    fn missing_or_malformed_warns() {
        assert_eq!(run("<title>x</title>").status, Status::Warn);
        for bad in ["tr-TR", "tr", "TR_tr", "english"] {
            let o = run(&format!(r#"<meta property="og:locale" content="{bad}">"#));
            assert_eq!(o.status, Status::Warn, "{bad}");
            assert!(o.message.contains("language_TERRITORY"), "{bad}");
        }
    }

    #[test]
    fn disagreeing_with_html_lang_warns() {
        let o = run(r#"<html lang="tr"><head><meta property="og:locale" content="en_US">"#);
        assert_eq!(o.status, Status::Warn);
        assert!(o.message.contains("disagrees"));
        let o = run(r#"<html lang="en-GB"><head><meta property="og:locale" content="en_US">"#);
        assert_eq!(o.status, Status::Warn);
    }

    #[test]
    fn good_passes() {
        assert_eq!(
            run(r#"<html lang="tr"><head><meta property="og:locale" content="tr_TR">"#).status,
            Status::Pass
        );
        assert_eq!(
            run(r#"<html lang="en-us"><head><meta property="og:locale" content="en_US">"#).status,
            Status::Pass
        );
        assert_eq!(
            run(r#"<meta property="og:locale" content="de_DE">"#).status,
            Status::Pass
        );
    }

    #[test]
    fn locale_from_lang() {
        assert_eq!(super::locale_for_lang("tr").as_deref(), Some("tr_TR"));
        assert_eq!(super::locale_for_lang("en-gb").as_deref(), Some("en_GB"));
        assert_eq!(super::locale_for_lang("xx"), None);
        assert_eq!(super::locale_for_lang("12"), None);
    }
}
