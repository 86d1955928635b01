//! Readability analysis: pure functions over the main text blocks.
//!
//! - [`segment`]: sentences (UAX #29 + per-language abbreviations, ordinals) and words;
//! - [`syllables`]: syllable counting by rule per language;
//! - [`formulas`]: the per-language formulas with their sources and bands;
//! - [`lang`]: declared and detected language.
//!
//! Every block (paragraph, heading, list item, quote, cell) is segmented on its
//! own, so block elements always end a sentence and source newlines never do.

pub mod blocks;
pub mod formulas;
pub mod lang;
pub mod segment;
pub mod syllables;

pub use blocks::{BlockKind, TextBlock};
pub use formulas::{Band, Counts, Formula, Scale};

/// At this many words or fewer a score says nothing ("not enough text").
pub const MIN_WORDS: u32 = 10;

/// One sentence of the main text.
#[derive(Debug, Clone, PartialEq)]
pub struct Sentence {
    pub text: String,
    pub words: u32,
    /// Source line of the block it is in.
    pub line: u32,
}

/// One paragraph-like block (paragraph, quote, loose text; not headings or list items).
#[derive(Debug, Clone, PartialEq)]
pub struct Paragraph {
    pub text: String,
    pub words: u32,
    pub line: u32,
}

/// The text between two headings.
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    /// The heading that opens it (None before the first heading).
    pub heading: Option<String>,
    /// Line of the heading, or of the first block.
    pub line: u32,
    pub words: u32,
}

/// Counts and units of a text in one language.
#[derive(Debug, Clone, Default)]
pub struct Analysis {
    pub lang: String,
    pub counts: Counts,
    pub sentences: Vec<Sentence>,
    pub paragraphs: Vec<Paragraph>,
    pub sections: Vec<Section>,
}

/// One formula's result.
#[derive(Debug, Clone)]
pub struct Score {
    pub formula: &'static Formula,
    /// The formula's value before clamping.
    pub raw: f64,
    /// Clamped to the formula's range.
    pub score: f64,
    pub band: &'static Band,
}

/// Analyse main text blocks in language `lang` (ISO 639-1; any other value gets
/// the generic rules).
pub fn analyze(blocks: &[TextBlock], lang: &str) -> Analysis {
    analyze_without(blocks, lang, None)
}

/// [`analyze`], with block `headline` (the page's headline) opening a section
/// but left out of the text scored: no sentences, no words.
pub fn analyze_without(blocks: &[TextBlock], lang: &str, headline: Option<usize>) -> Analysis {
    let mut a = Analysis {
        lang: lang.to_string(),
        ..Default::default()
    };
    let rules = syllables::Rules::for_language(lang);
    let mut scratch = segment::Scratch::default();
    let mut memo = WordMemo::new();
    for (i, b) in blocks.iter().enumerate() {
        if Some(i) == headline {
            a.sections.push(Section {
                heading: Some(b.text.clone()),
                line: b.line,
                words: 0,
            });
            continue;
        }
        let mut block_words = 0u32;
        let mut block_sentences = 0usize;
        let counts = &mut a.counts;
        let sentences = &mut a.sentences;
        segment::for_each_sentence(&b.text, lang, &mut scratch, |s, has_words| {
            if !has_words {
                // Joins the sentence before it in the block (dropped when none).
                if block_sentences > 0 {
                    if let Some(last) = sentences.last_mut() {
                        last.text.push(' ');
                        last.text.push_str(s);
                    }
                }
                return;
            }
            let mut n = 0u32;
            segment::for_each_word(s, |w| {
                n += 1;
                let (syl, letters) = memo.get(w, rules);
                counts.syllables += syl;
                counts.by_syllables[(syl as usize).min(6)] += 1;
                counts.letters += letters;
            });
            counts.words += n;
            counts.sentences += 1;
            block_words += n;
            block_sentences += 1;
            sentences.push(Sentence {
                text: s.to_string(),
                words: n,
                line: b.line,
            });
        });
        match b.kind {
            BlockKind::Heading => a.sections.push(Section {
                heading: Some(b.text.clone()),
                line: b.line,
                words: 0,
            }),
            kind => {
                if a.sections.is_empty() {
                    a.sections.push(Section {
                        heading: None,
                        line: b.line,
                        words: 0,
                    });
                }
                if let Some(last) = a.sections.last_mut() {
                    last.words += block_words;
                }
                if kind != BlockKind::ListItem && block_words > 0 {
                    a.paragraphs.push(Paragraph {
                        text: b.text.clone(),
                        words: block_words,
                        line: b.line,
                    });
                }
            }
        }
    }
    a
}

/// The syllables and letters (letters and digits) of one word.
fn word_counts(w: &str, rules: syllables::Rules) -> (u32, u32) {
    let letters = if w.is_ascii() {
        w.bytes().filter(u8::is_ascii_alphanumeric).count()
    } else {
        w.chars().filter(|c| c.is_alphanumeric()).count()
    };
    (syllables::count_with(w, rules), letters as u32)
}

/// [`word_counts`] remembered for the short words of one analysis in a
/// direct-mapped table: words repeat ("the", "and", "of"), and a hit costs a key
/// and a compare instead of the syllable rules. A word that lands on a taken slot
/// replaces it, so no text makes the table slower than counting every word.
struct WordMemo {
    /// (the word's bytes, zero-padded; its length + 1, 0 for an empty slot; counts).
    slots: Vec<([u8; MEMO_KEY], u8, (u32, u32))>,
}

/// Words up to this many bytes are remembered.
const MEMO_KEY: usize = 16;
/// Slots in the table (a power of two).
const MEMO_SLOTS: usize = 1024;

impl WordMemo {
    fn new() -> Self {
        WordMemo {
            slots: vec![([0; MEMO_KEY], 0, (0, 0)); MEMO_SLOTS],
        }
    }

    fn get(&mut self, w: &str, rules: syllables::Rules) -> (u32, u32) {
        let b = w.as_bytes();
        if b.len() > MEMO_KEY {
            return word_counts(w, rules);
        }
        let mut key = [0u8; MEMO_KEY];
        key[..b.len()].copy_from_slice(b);
        let tag = b.len() as u8 + 1;
        let lo = u64::from_le_bytes(key[..8].try_into().unwrap_or_default());
        let hi = u64::from_le_bytes(key[8..].try_into().unwrap_or_default());
        let h = (lo ^ hi.rotate_left(29) ^ u64::from(tag)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        let slot = &mut self.slots[(h >> 54) as usize & (MEMO_SLOTS - 1)];
        if slot.1 == tag && slot.0 == key {
            return slot.2;
        }
        let counts = word_counts(w, rules);
        *slot = (key, tag, counts);
        counts
    }
}

impl Analysis {
    /// Whether there is too little text for a score.
    pub fn not_enough_text(&self) -> bool {
        self.counts.words <= MIN_WORDS
    }

    /// The language's formulas, main one first; empty when none is known.
    pub fn scores(&self) -> Vec<Score> {
        formulas::for_language(&self.lang)
            .iter()
            .map(|f| {
                let raw = f.raw(&self.counts);
                let score = f.clamp(raw);
                Score {
                    formula: f,
                    raw,
                    score,
                    band: f.band(score),
                }
            })
            .collect()
    }

    /// Sentences over the language's limit.
    pub fn long_sentences(&self) -> usize {
        let limit = sentence_limit(&self.lang).words;
        self.sentences.iter().filter(|s| s.words > limit).count()
    }

    /// Share (0–1) of sentences over the language's limit.
    pub fn long_sentence_share(&self) -> f64 {
        if self.sentences.is_empty() {
            return 0.0;
        }
        self.long_sentences() as f64 / self.sentences.len() as f64
    }
}

/// Yoast's published sentence-length rule for a language: a sentence is long
/// over `words`; good up to `good` share of long sentences, ok up to `ok`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SentenceLimit {
    pub words: u32,
    pub good: f64,
    pub ok: f64,
}

/// Yoast SEO sentence length per language
/// (<https://yoast.com/help/sentence-length-check/>, yoastseo `config/content`):
/// 20 words; 15 for Russian and Hebrew; 25 for Spanish, Italian, Portuguese,
/// Catalan, Persian; Turkish 15 words with 20 % / 25 %; Polish 20 words with
/// 15 % / 20 %; elsewhere 25 % / 30 %.
pub fn sentence_limit(lang: &str) -> SentenceLimit {
    match lang {
        "ru" | "he" => SentenceLimit {
            words: 15,
            good: 0.25,
            ok: 0.30,
        },
        "es" | "it" | "pt" | "ca" | "fa" => SentenceLimit {
            words: 25,
            good: 0.25,
            ok: 0.30,
        },
        "tr" => SentenceLimit {
            words: 15,
            good: 0.20,
            ok: 0.25,
        },
        "pl" => SentenceLimit {
            words: 20,
            good: 0.15,
            ok: 0.20,
        },
        _ => SentenceLimit {
            words: 20,
            good: 0.25,
            ok: 0.30,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn block(kind: BlockKind, text: &str, line: u32) -> TextBlock {
        TextBlock {
            kind,
            level: if kind == BlockKind::Heading { 2 } else { 0 },
            text: text.to_string(),
            line,
        }
    }

    /// Hand-counted Turkish text: 2 sentences, 9 words, 19 syllables.
    #[test]
    fn hand_counted_turkish() {
        let blocks = [block(
            BlockKind::Paragraph,
            "Kitap okumak çok güzel bir alışkanlıktır. Her gün okuyun.",
            3,
        )];
        let a = analyze(&blocks, "tr");
        // ki-tap(2) o-ku-mak(3) çok(1) gü-zel(2) bir(1) a-lış-kan-lık-tır(5) her(1) gün(1) o-ku-yun(3) = 19 syllables, 9 words
        assert_eq!(a.counts.words, 9);
        assert_eq!(a.counts.sentences, 2);
        assert_eq!(a.counts.syllables, 19);
        let s = &a.scores()[0];
        assert_eq!(s.formula.id, "atesman");
        // 198.825 − 40.175·19/9 − 2.610·4.5 = 198.825 − 84.8139 − 11.745 = 102.266 → clamped to 100
        assert!((s.raw - 102.266).abs() < 0.01, "{}", s.raw);
        assert_eq!(s.score, 100.0);
        assert_eq!(s.band.tr, "çok kolay");
    }

    #[test]
    fn headings_and_list_items_are_their_own_sentences() {
        let blocks = [
            block(BlockKind::Heading, "A heading without a dot", 1),
            block(BlockKind::Paragraph, "First sentence here. Second one", 2),
            block(BlockKind::ListItem, "an item", 3),
        ];
        let a = analyze(&blocks, "en");
        assert_eq!(a.counts.sentences, 4);
        assert_eq!(a.paragraphs.len(), 1);
        assert_eq!(a.sections.len(), 1);
        assert_eq!(a.sections[0].words, 7);
        assert_eq!(a.counts.words, 12);
        assert!(!a.not_enough_text());
    }

    #[test]
    fn odd_input_does_not_panic() {
        let long_word = "x".repeat(100_000);
        let odd = [
            "",
            "...",
            "?!?!",
            "[",
            "[[[]]]",
            "]1[",
            "a.b.c.d.e.",
            "مرحبا بالعالم. هذا نص.",
            "שלום עולם. זה טקסט.",
            "東京は大きい。とても大きい！",
            "İı̇̇ İstanbul'un ÇĞÖŞÜ'leri.",
            "\u{200b}\u{feff}\u{0301}. \u{0301}a",
            long_word.as_str(),
        ];
        for lang in ["en", "tr", "ru", "es", "fr", "pl", "de", "und"] {
            for t in odd {
                let a = analyze(&[block(BlockKind::Paragraph, t, 1)], lang);
                assert!(a.counts.sentences <= a.counts.words.max(1));
                for s in a.scores() {
                    assert!(s.score.is_finite() && s.score >= s.formula.min && s.score <= s.formula.max);
                }
            }
        }
        let ja = analyze(
            &[block(BlockKind::Paragraph, "東京は大きい。とても大きい！", 1)],
            "ja",
        );
        assert_eq!(ja.counts.sentences, 2);
    }

    #[test]
    fn unknown_language_has_no_formula() {
        let a = analyze(&[block(BlockKind::Paragraph, "Det här är en mening.", 1)], "sv");
        assert!(a.scores().is_empty());
        assert_eq!(a.counts.words, 5);
    }
}
