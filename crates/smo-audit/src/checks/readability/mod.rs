//! Readability (category weight 15): scored on the page's main text, in the
//! page's language (see `facts/readability.rs` and `src/readability/`).

use super::{ev_line, Check, Ctx};
use crate::checks::Evidence;
use crate::facts::readability::ReadabilitySummary;
use crate::i18n::Locale;

pub mod content_length;
pub mod heading_structure;
pub mod image_alt;
pub mod lang_match;
pub mod paragraph_length;
pub mod readability_score;
pub mod sentence_length;
pub mod subheadings;

pub static CHECKS: &[&Check] = &[
    &readability_score::CHECK,
    &sentence_length::CHECK,
    &paragraph_length::CHECK,
    &subheadings::CHECK,
    &heading_structure::CHECK,
    &content_length::CHECK,
    &image_alt::CHECK,
    &lang_match::CHECK,
];

pub(crate) fn summary<'a>(ctx: &Ctx<'a>) -> &'a ReadabilitySummary {
    &ctx.facts.readability.readability
}

/// A number with one decimal, with a decimal comma in Turkish.
pub(crate) fn num(ctx: &Ctx, x: f64) -> String {
    let s = format!("{:.1}", x);
    match ctx.locale {
        Locale::Tr => s.replace('.', ","),
        Locale::En => s,
    }
}

/// A percentage (share 0–1) without decimals, "%25" in Turkish.
pub(crate) fn pct(ctx: &Ctx, share: f64) -> String {
    let p = (share * 100.0).round() as i64;
    match ctx.locale {
        Locale::Tr => format!("%{}", p),
        Locale::En => format!("{} %", p),
    }
}

/// Evidence pointing at a stretch of main text.
pub(crate) fn ev_text(text: &str, words: u32, line: u32, ctx: &Ctx) -> Evidence {
    // Only the locale's label is formatted (this runs for every evidence sentence).
    let label = match ctx.locale {
        Locale::En => format!("{} words", words),
        Locale::Tr => format!("{} kelime", words),
    };
    ev_line(&label, text, line)
}

/// English and Turkish names of a language tag, for messages.
pub(crate) fn lang_name(tag: &str, locale: Locale) -> String {
    let (en, tr) = match tag {
        "en" => ("English", "İngilizce"),
        "tr" => ("Turkish", "Türkçe"),
        "de" => ("German", "Almanca"),
        "fr" => ("French", "Fransızca"),
        "es" => ("Spanish", "İspanyolca"),
        "it" => ("Italian", "İtalyanca"),
        "pt" => ("Portuguese", "Portekizce"),
        "nl" => ("Dutch", "Felemenkçe"),
        "ru" => ("Russian", "Rusça"),
        "pl" => ("Polish", "Lehçe"),
        "sv" => ("Swedish", "İsveççe"),
        "ar" => ("Arabic", "Arapça"),
        "az" => ("Azerbaijani", "Azerbaycan Türkçesi"),
        "zh" => ("Chinese", "Çince"),
        "ja" => ("Japanese", "Japonca"),
        "el" => ("Greek", "Yunanca"),
        "uk" => ("Ukrainian", "Ukraynaca"),
        _ => return tag.to_string(),
    };
    format!("{} ({})", locale.pick(en, tr), tag)
}
