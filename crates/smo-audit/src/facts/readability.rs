//! Readability facts: the language of the text and the readability analysis of
//! the main content (`facts.readability` in the report).
//!
//! Language used for text analysis: the `--language` option, else `<html lang>`,
//! else `og:locale`, else a `Content-Language` meta, else the language detected in
//! the main text (whatlang). The detected language is always recorded with its
//! confidence so `lang-match` can compare it with the declared one.

use serde::Serialize;

use super::Facts;
use crate::dom::Doc;
use crate::options::Options;
use crate::readability::{self, lang, Analysis, Score};
use crate::text::truncate;

/// How many longest sentences / paragraphs the facts keep as evidence.
const TOP: usize = 3;

#[derive(Debug, Clone, Default, Serialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[cfg_attr(feature = "tsify", tsify(missing_as_null, hashmap_as_object))]
#[serde(rename_all = "camelCase")]
pub struct ReadabilityFacts {
    pub readability: ReadabilitySummary,
    /// The full analysis (sentences, paragraphs, sections) for the checks.
    #[serde(skip)]
    pub analysis: Analysis,
    /// The main formula's result, when the language has one and there is text.
    #[serde(skip)]
    pub main_score: Option<Score>,
    /// Whether the language came from the `--language` option.
    #[serde(skip)]
    pub forced: bool,
}

/// An English / Turkish label.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[cfg_attr(feature = "tsify", tsify(missing_as_null, hashmap_as_object))]
pub struct Label {
    pub en: &'static str,
    pub tr: &'static str,
}

/// One formula's figures.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[cfg_attr(feature = "tsify", tsify(missing_as_null, hashmap_as_object))]
#[serde(rename_all = "camelCase")]
pub struct FormulaScore {
    pub formula: &'static str,
    pub name: &'static str,
    /// "ease" (0–100, higher is easier) or "grade" (higher is harder).
    pub scale: &'static str,
    /// Clamped to the formula's range, one decimal.
    pub score: f64,
    /// Before clamping, two decimals.
    pub raw_score: f64,
    pub band: &'static str,
    pub band_label: Label,
}

/// A sentence or paragraph quoted as evidence.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[cfg_attr(feature = "tsify", tsify(missing_as_null, hashmap_as_object))]
#[serde(rename_all = "camelCase")]
pub struct TextSpan {
    pub text: String,
    pub words: u32,
    pub line: u32,
}

#[derive(Debug, Clone, Default, Serialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[cfg_attr(feature = "tsify", tsify(missing_as_null, hashmap_as_object))]
#[serde(rename_all = "camelCase")]
pub struct ReadabilitySummary {
    /// The language the text was analysed in (ISO 639-1), null when unknown.
    pub language: Option<String>,
    /// `option`, `html-lang`, `og:locale`, `content-language` or `detected`.
    pub language_source: Option<&'static str>,
    /// The page's own declaration (`<html lang>`, else og:locale, else Content-Language).
    pub declared_language: Option<String>,
    pub declared_source: Option<&'static str>,
    /// Detected from the main text (whatlang).
    pub detected_language: Option<String>,
    /// Detection confidence 0–1 (two decimals).
    pub detected_confidence: Option<f64>,
    pub detected_reliable: bool,
    /// The main formula's id and name (null when none is known for the language).
    pub formula: Option<&'static str>,
    pub formula_name: Option<&'static str>,
    pub score: Option<f64>,
    pub raw_score: Option<f64>,
    pub band: Option<&'static str>,
    pub band_label: Option<Label>,
    /// Every formula known for the language, main one first.
    pub scores: Vec<FormulaScore>,
    /// 10 words or fewer: no score is given.
    pub not_enough_text: bool,
    pub words: u32,
    pub sentences: u32,
    pub syllables: u32,
    pub paragraphs: usize,
    pub avg_sentence_length: f64,
    pub avg_syllables_per_word: f64,
    /// A sentence is long above this many words (per language).
    pub long_sentence_limit: u32,
    pub long_sentences: usize,
    /// Share 0–1 of sentences above the limit.
    pub long_sentence_share: f64,
    pub longest_sentences: Vec<TextSpan>,
    pub longest_paragraphs: Vec<TextSpan>,
    /// The most words between two subheadings.
    pub longest_section_words: u32,
}

fn round(x: f64, places: i32) -> f64 {
    let m = 10f64.powi(places);
    let r = (x * m).round() / m;
    if r.is_finite() {
        r
    } else {
        0.0
    }
}

/// The page's own language declaration and where it came from.
fn declared(facts: &Facts) -> Option<(String, &'static str)> {
    if let Some(l) = facts.head.html_lang.as_deref().and_then(lang::primary_tag) {
        return Some((l, "html-lang"));
    }
    if let Some(l) = facts.head.og_first("og:locale").and_then(lang::primary_tag) {
        return Some((l, "og:locale"));
    }
    facts
        .head
        .metas
        .iter()
        .find(|m| {
            m.http_equiv
                .as_deref()
                .is_some_and(|h| h.eq_ignore_ascii_case("content-language"))
        })
        .and_then(|m| m.content.as_deref())
        .and_then(|c| c.split(',').next())
        .and_then(lang::primary_tag)
        .map(|l| (l, "content-language"))
}

pub fn extract(_doc: &Doc, facts: &Facts, opts: &Options) -> ReadabilityFacts {
    let declared = declared(facts);
    // The text we score: the main text without the headline (bylines are left
    // out of the blocks already); the headline still opens the first section.
    let forced = opts.language.as_deref().and_then(lang::primary_tag);
    // Detection confirms the language the text is read in on a sample first.
    let expected = forced.as_deref().or(declared.as_ref().map(|d| d.0.as_str()));
    let detected = lang::detect_confirming(
        &text_head(facts.main.scored_blocks(), lang::DETECT_CHARS),
        expected,
    );
    let (language, source) = if let Some(l) = &forced {
        (Some(l.clone()), Some("option"))
    } else if let Some((l, s)) = &declared {
        (Some(l.clone()), Some(*s))
    } else if let Some(d) = &detected {
        (Some(d.lang.clone()), Some("detected"))
    } else {
        (None, None)
    };
    let analysis = readability::analyze_without(
        &facts.main.blocks,
        language.as_deref().unwrap_or("und"),
        facts.main.headline_block,
    );
    let not_enough = analysis.not_enough_text();
    let scores = if not_enough { vec![] } else { analysis.scores() };
    let main_score = scores.first().cloned();
    let limit = readability::sentence_limit(&analysis.lang);
    let c = analysis.counts;

    let mut longest: Vec<&readability::Sentence> = analysis.sentences.iter().collect();
    longest.sort_by_key(|b| std::cmp::Reverse(b.words));
    let mut longest_p: Vec<&readability::Paragraph> = analysis.paragraphs.iter().collect();
    longest_p.sort_by_key(|b| std::cmp::Reverse(b.words));

    let summary = ReadabilitySummary {
        language,
        language_source: source,
        declared_language: declared.as_ref().map(|d| d.0.clone()),
        declared_source: declared.as_ref().map(|d| d.1),
        detected_language: detected.as_ref().map(|d| d.lang.clone()),
        detected_confidence: detected.as_ref().map(|d| round(d.confidence, 2)),
        detected_reliable: detected.as_ref().is_some_and(|d| d.reliable),
        formula: formula_of(&analysis).map(|f| f.id),
        formula_name: formula_of(&analysis).map(|f| f.name),
        score: main_score.as_ref().map(|s| round(s.score, 1)),
        raw_score: main_score.as_ref().map(|s| round(s.raw, 2)),
        band: main_score.as_ref().map(|s| s.band.id),
        band_label: main_score.as_ref().map(|s| Label {
            en: s.band.en,
            tr: s.band.tr,
        }),
        scores: scores
            .iter()
            .map(|s| FormulaScore {
                formula: s.formula.id,
                name: s.formula.name,
                scale: match s.formula.scale {
                    readability::Scale::Ease => "ease",
                    readability::Scale::Grade => "grade",
                },
                score: round(s.score, 1),
                raw_score: round(s.raw, 2),
                band: s.band.id,
                band_label: Label {
                    en: s.band.en,
                    tr: s.band.tr,
                },
            })
            .collect(),
        not_enough_text: not_enough,
        words: c.words,
        sentences: c.sentences,
        syllables: c.syllables,
        paragraphs: analysis.paragraphs.len(),
        avg_sentence_length: round(c.asl(), 2),
        avg_syllables_per_word: round(c.asw(), 2),
        long_sentence_limit: limit.words,
        long_sentences: analysis.long_sentences(),
        long_sentence_share: round(analysis.long_sentence_share(), 3),
        longest_sentences: longest
            .iter()
            .take(TOP)
            .map(|s| TextSpan {
                text: truncate(&s.text, 300),
                words: s.words,
                line: s.line,
            })
            .collect(),
        longest_paragraphs: longest_p
            .iter()
            .take(TOP)
            .map(|p| TextSpan {
                text: truncate(&p.text, 300),
                words: p.words,
                line: p.line,
            })
            .collect(),
        longest_section_words: analysis.sections.iter().map(|s| s.words).max().unwrap_or(0),
    };
    ReadabilityFacts {
        readability: summary,
        analysis,
        main_score,
        forced: forced.is_some(),
    }
}

/// The start of the main text as `MainFacts::text` joins it, with at least
/// `chars` characters when there are that many: detection reads no more, so the
/// rest is not copied.
fn text_head<'a>(
    blocks: impl IntoIterator<Item = &'a crate::facts::main_content::TextBlock>,
    chars: usize,
) -> String {
    let mut out = String::new();
    let mut n = 0usize;
    for b in blocks {
        if n >= chars {
            break;
        }
        if !out.is_empty() {
            out.push_str("\n\n");
            n += 2;
        }
        out.push_str(&b.text);
        n += b.text.chars().count();
    }
    out
}

fn formula_of(a: &Analysis) -> Option<&'static readability::Formula> {
    readability::formulas::for_language(&a.lang).first().copied()
}

#[cfg(test)]
mod tests {
    use crate::facts::test_util::facts;

    #[test]
    fn language_sources_in_order() {
        let f = facts("<html lang=tr-TR><body><p>Merhaba dünya.</p></body></html>", None);
        assert_eq!(f.readability.readability.language.as_deref(), Some("tr"));
        assert_eq!(f.readability.readability.language_source, Some("html-lang"));
        let f = facts(
            "<head><meta property=og:locale content=de_DE></head><body><p>Hallo Welt.</p></body>",
            None,
        );
        assert_eq!(f.readability.readability.language_source, Some("og:locale"));
        let f = facts(
            "<head><meta http-equiv=Content-Language content=\"fr, en\"></head><body><p>Bonjour.</p></body>",
            None,
        );
        assert_eq!(f.readability.readability.language.as_deref(), Some("fr"));
        let f = facts(
            "<body><p>Bu sayfa sosyal medya paylaşımlarını artırmak için hazırlanmış kısa bir rehberdir ve herkes okuyabilir.</p></body>",
            None,
        );
        assert_eq!(f.readability.readability.language.as_deref(), Some("tr"));
        assert_eq!(f.readability.readability.language_source, Some("detected"));
        assert_eq!(f.readability_language().as_deref(), Some("tr"));
    }

    #[test]
    fn option_overrides_and_summary_serializes() {
        let opts = crate::options::Options {
            language: Some("en".into()),
            ..Default::default()
        };
        let f = crate::facts::from_bytes(
            b"<html lang=tr><body><p>This is a short text. It has two sentences and some more words in it.</p></body></html>",
            &opts,
        )
        .unwrap();
        let r = &f.readability.readability;
        assert_eq!(r.language.as_deref(), Some("en"));
        assert_eq!(r.language_source, Some("option"));
        assert_eq!(r.declared_language.as_deref(), Some("tr"));
        assert_eq!(r.formula, Some("flesch"));
        assert_eq!(r.words, 15);
        assert_eq!(r.sentences, 2);
        assert!(r.score.is_some());
        let json = serde_json::to_value(&f).unwrap();
        assert_eq!(json["readability"]["formula"], "flesch");
        assert!(json["readability"]["longestSentences"][0]["line"].is_number());
    }

    #[test]
    fn text_head_is_a_prefix_long_enough() {
        use crate::facts::main_content::{BlockKind, TextBlock};
        let block = |t: &str| TextBlock {
            kind: BlockKind::Paragraph,
            level: 0,
            text: t.to_string(),
            line: 1,
        };
        let blocks = [block("şşş"), block("ab"), block("cdef"), block("gh")];
        let full = "şşş\n\nab\n\ncdef\n\ngh";
        for chars in 0..20 {
            let head = super::text_head(&blocks, chars);
            assert!(full.starts_with(&head), "{chars}");
            assert!(head.chars().count() >= chars.min(full.chars().count()), "{chars}");
        }
        assert_eq!(super::text_head(&blocks, 1000), full);
    }

    #[test]
    fn not_enough_text_has_no_score() {
        let f = facts(
            "<html lang=en><body><p>Too short to score.</p></body></html>",
            None,
        );
        assert!(f.readability.readability.not_enough_text);
        assert!(f.readability.readability.score.is_none());
    }
}
