//! Derived facts: the suggested slug, and the language the URL checks use for
//! stop words and stemming.

use serde::Serialize;

use super::{Facts, Region};
use crate::options::Options;
use crate::text::slug::{primary_lang, slugify};
use crate::text::stopwords::is_stop_word;

#[derive(Debug, Clone, Default, Serialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[cfg_attr(feature = "tsify", tsify(missing_as_null, hashmap_as_object))]
#[serde(rename_all = "camelCase")]
pub struct SuggestFacts {
    /// A clean, transliterated, hyphenated slug built from the title.
    pub suggested_slug: Option<String>,
    /// Where the slug's words came from: `og:title`, `h1` or `title`.
    pub suggested_slug_source: Option<&'static str>,
    /// Language for slug stop words and stemming (BCP 47 primary tag): the
    /// `--language` option, else `<html lang>`, else detected from the titles.
    #[serde(skip)]
    pub slug_language: Option<String>,
}

/// At most this many words / characters in a suggested slug.
pub const MAX_SLUG_WORDS: usize = 6;
pub const MAX_SLUG_CHARS: usize = 60;

/// Separators between a title and a site name (`Title | Brand`, `Title - Brand`).
const TITLE_SEPARATORS: &[&str] = &[" | ", " - ", " – ", " — ", " · ", " :: ", " » ", " // ", " ~ "];

/// The first level-1 heading outside navigation, header chrome, asides and footers.
pub fn first_h1(facts: &Facts) -> Option<&str> {
    let skip = Region::NAV | Region::ASIDE | Region::FOOTER | Region::HIDDEN;
    facts
        .body
        .headings
        .iter()
        .filter(|h| h.level == 1 && !h.text.trim().is_empty())
        .find(|h| h.loc.region.0 & skip == 0)
        .or_else(|| {
            facts
                .body
                .headings
                .iter()
                .find(|h| h.level == 1 && !h.text.trim().is_empty())
        })
        .map(|h| h.text.trim())
}

/// A title without its site-name part: the part equal to `og:site_name` is
/// dropped; else, when separators split it, the longest part is kept.
pub fn strip_site_name(title: &str, site_name: Option<&str>) -> String {
    let t = title.trim();
    let Some(sep) = TITLE_SEPARATORS.iter().find(|s| t.contains(**s)) else {
        return t.to_string();
    };
    let parts: Vec<&str> = t.split(sep).map(str::trim).filter(|p| !p.is_empty()).collect();
    if parts.len() < 2 {
        return t.to_string();
    }
    if let Some(site) = site_name.map(str::trim).filter(|s| !s.is_empty()) {
        let kept: Vec<&str> = parts
            .iter()
            .copied()
            .filter(|p| !p.eq_ignore_ascii_case(site) && p.to_lowercase() != site.to_lowercase())
            .collect();
        if !kept.is_empty() && kept.len() < parts.len() {
            return kept.join(sep.trim_matches(' ')).trim().to_string();
        }
    }
    parts
        .iter()
        .copied()
        .max_by_key(|p| p.chars().count())
        .unwrap_or(t)
        .to_string()
}

/// The language for slug analysis (see [`SuggestFacts::slug_language`]).
pub fn slug_language(facts: &Facts, opts: &Options) -> Option<String> {
    if let Some(l) = opts
        .language
        .as_deref()
        .map(primary_lang)
        .filter(|l| !l.is_empty())
    {
        return Some(l);
    }
    if let Some(l) = facts.readability_language() {
        return Some(l);
    }
    let mut text = String::new();
    for t in [
        facts.head.og_first("og:title"),
        first_h1(facts),
        facts.head.title.as_deref(),
    ]
    .into_iter()
    .flatten()
    {
        text.push_str(t);
        text.push_str(". ");
    }
    if let Some(d) = &facts.head.description {
        text.push_str(d);
    }
    let info = whatlang::detect(&text)?;
    if !info.is_reliable() {
        return None;
    }
    let code = match info.lang() {
        whatlang::Lang::Eng => "en",
        whatlang::Lang::Tur => "tr",
        whatlang::Lang::Deu => "de",
        whatlang::Lang::Fra => "fr",
        whatlang::Lang::Spa => "es",
        whatlang::Lang::Ita => "it",
        whatlang::Lang::Por => "pt",
        whatlang::Lang::Nld => "nl",
        whatlang::Lang::Rus => "ru",
        whatlang::Lang::Ukr => "uk",
        whatlang::Lang::Bul => "bg",
        whatlang::Lang::Ell => "el",
        whatlang::Lang::Pol => "pl",
        whatlang::Lang::Ces => "cs",
        whatlang::Lang::Ron => "ro",
        whatlang::Lang::Swe => "sv",
        whatlang::Lang::Dan => "da",
        whatlang::Lang::Fin => "fi",
        whatlang::Lang::Hun => "hu",
        _ => return None,
    };
    Some(code.to_string())
}

/// `U.S.` → `US.`, `e.g.` → `eg.`: dots between single letters dropped, so
/// initialisms stay one slug word.
fn join_initialisms(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if c == '.' && i >= 1 {
            let prev_single = chars[i - 1].is_alphabetic() && (i < 2 || !chars[i - 2].is_alphanumeric());
            let prev_in_run = i >= 2 && chars[i - 1].is_alphabetic() && chars[i - 2] == '.';
            let next_letter = chars.get(i + 1).is_some_and(|n| n.is_alphabetic());
            if (prev_single || prev_in_run) && next_letter {
                continue;
            }
        }
        out.push(c);
    }
    out
}

/// A slug for a title: folded to ASCII, stop words out when at least three
/// words remain, at most `MAX_SLUG_WORDS` words and `MAX_SLUG_CHARS` characters.
pub fn slug_for_title(title: &str, lang: Option<&str>) -> Option<String> {
    // Slugify the whole title (runs of Chinese or Thai letters stay together),
    // then split into words.
    let words: Vec<String> = slugify(&join_initialisms(title), lang)
        .split('-')
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect();
    if words.is_empty() {
        return None;
    }
    let is_stop = |w: &str| is_stop_word(w, lang.unwrap_or("en"));
    let content: Vec<String> = words.iter().filter(|w| !is_stop(w)).cloned().collect();
    let chosen = if content.len() >= 3 { content } else { words };
    let mut out = String::new();
    for (i, w) in chosen.iter().enumerate() {
        if i >= MAX_SLUG_WORDS {
            break;
        }
        let extra = w.chars().count() + usize::from(!out.is_empty());
        if !out.is_empty() && out.chars().count() + extra > MAX_SLUG_CHARS {
            break;
        }
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(w);
    }
    // A single very long word: cut at the limit on a character boundary.
    if out.chars().count() > MAX_SLUG_CHARS {
        out = out.chars().take(MAX_SLUG_CHARS).collect();
    }
    let out = out.trim_matches('-').to_string();
    (!out.is_empty()).then_some(out)
}

pub fn extract(facts: &Facts, opts: &Options) -> SuggestFacts {
    let lang = slug_language(facts, opts);
    let site = facts.head.og_first("og:site_name");
    let source = [
        ("og:title", facts.head.og_first("og:title")),
        ("h1", first_h1(facts)),
        ("title", facts.head.title.as_deref()),
    ]
    .into_iter()
    .find_map(|(name, t)| t.map(str::trim).filter(|t| !t.is_empty()).map(|t| (name, t)));
    // The home page and profiles keep their address: no slug to suggest.
    let keeps_address = matches!(
        facts.kind,
        crate::vocab::PageKind::Home | crate::vocab::PageKind::Profile
    );
    let (slug, from) = match source {
        Some(_) if keeps_address => (None, None),
        Some((name, t)) => {
            let t = strip_site_name(t, site);
            (slug_for_title(&t, lang.as_deref()), Some(name))
        }
        None => (None, None),
    };
    SuggestFacts {
        suggested_slug_source: slug.as_ref().and(from),
        suggested_slug: slug,
        slug_language: lang,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::test_util::facts;

    #[test]
    fn site_name_is_stripped() {
        assert_eq!(
            strip_site_name("Sosyal Medya Danışmanlığı | Ajans", None),
            "Sosyal Medya Danışmanlığı"
        );
        assert_eq!(
            strip_site_name("Brand - How we share posts", Some("Brand")),
            "How we share posts"
        );
        assert_eq!(strip_site_name("A - B - Brand", Some("brand")), "A-B");
        assert_eq!(strip_site_name("COVID-19 tips", None), "COVID-19 tips");
    }

    #[test]
    fn turkish_title_slug() {
        let f = facts(
            r#"<html lang="tr"><head><title>Sosyal Medya Danışmanlığı Nedir ve Nasıl Seçilir? | Ajans</title></head><body></body></html>"#,
            None,
        );
        assert_eq!(
            f.suggest.suggested_slug.as_deref(),
            Some("sosyal-medya-danismanligi-nedir-secilir")
        );
        assert_eq!(f.suggest.suggested_slug_source, Some("title"));
        let json = serde_json::to_value(&f).expect("json");
        assert_eq!(json["suggestedSlug"], "sosyal-medya-danismanligi-nedir-secilir");
    }

    #[test]
    fn og_title_wins_and_limits_apply() {
        let f = facts(
            r#"<html lang="en"><head><meta property="og:title" content="The Ten Best Ways to Grow Your Small Shop With Social Media Marketing in Twenty Twenty-Five"><title>x</title></head><body><h1>Other</h1></body></html>"#,
            None,
        );
        let s = f.suggest.suggested_slug.expect("slug");
        assert_eq!(s, "ten-best-ways-grow-small-shop");
        assert_eq!(f.suggest.suggested_slug_source, Some("og:title"));
        assert!(s.split('-').count() <= MAX_SLUG_WORDS && s.len() <= MAX_SLUG_CHARS);
    }

    #[test]
    fn short_titles_keep_stop_words_and_h1_is_used() {
        let f = facts(r#"<html lang="en"><body><h1>About us</h1></body></html>"#, None);
        assert_eq!(f.suggest.suggested_slug.as_deref(), Some("about-us"));
        assert_eq!(f.suggest.suggested_slug_source, Some("h1"));
        let f = facts("<html><body><p>no title</p></body></html>", None);
        assert_eq!(f.suggest.suggested_slug, None);
        assert_eq!(
            slug_for_title(&"x".repeat(100), None).map(|s| s.len()),
            Some(MAX_SLUG_CHARS)
        );
        assert_eq!(
            slug_for_title("Привет мир", Some("ru")).as_deref(),
            Some("privet-mir")
        );
        assert_eq!(slug_for_title("!!!", None), None);
        assert_eq!(
            slug_for_title("Strained U.S.-Israeli ties", Some("en")).as_deref(),
            Some("strained-us-israeli-ties")
        );
        assert_eq!(
            slug_for_title("Node.js tips", Some("en")).as_deref(),
            Some("node-js-tips")
        );
        assert_eq!(
            slug_for_title("新竹尖石 美樹營地", None).as_deref(),
            Some("新竹尖石-美樹營地")
        );
    }
}
