//! The fast readability code against the code it replaced (`readability_old.rs`,
//! kept verbatim) on every text block of every page of
//! ../shared/corpus/readability, in every language with its own rules: identical
//! sentences, words, syllables, letters, paragraphs and sections.

use smo_audit::readability::{self, segment, syllables, TextBlock};

use crate::corpus;
use crate::readability_old as old;

const LANGS: &[&str] = &[
    "en", "tr", "de", "fr", "es", "pt", "it", "pl", "ru", "nl", "ca", "az", "und", "ja",
];

fn corpus_blocks() -> Option<Vec<(String, Vec<TextBlock>)>> {
    let mut out = Vec::new();
    let found = corpus::each_facts("readability oracle", |name, f| {
        out.push((name.to_string(), f.main.blocks));
    });
    found.then_some(out)
}

#[test]
fn fast_analysis_equals_reference_on_corpus() {
    let Some(pages) = corpus_blocks() else {
        return;
    };
    assert!(pages.len() >= 100, "only {} corpus pages", pages.len());
    let mut words = 0u64;
    for (name, blocks) in &pages {
        for lang in LANGS {
            let new = readability::analyze(blocks, lang);
            let old = old::analyze(blocks, lang);
            assert_eq!(new.counts, old.counts, "{name} in {lang}");
            assert_eq!(new.sentences, old.sentences, "{name} in {lang}");
            assert_eq!(new.paragraphs, old.paragraphs, "{name} in {lang}");
            assert_eq!(new.sections, old.sections, "{name} in {lang}");
            words += u64::from(new.counts.words);
        }
    }
    eprintln!(
        "oracle: {} pages x {} languages, {} words: identical",
        pages.len(),
        LANGS.len(),
        words
    );
}

#[test]
fn fast_words_and_syllables_equal_reference() {
    let odd = [
        "İı̇̇ İstanbul'un ÇĞÖŞÜ'leri ΣΟΦΟΣ Οδυσσεύς",
        "東京は大きい。とても大きい！abc東def",
        "[12]x [en] [Note] ]1[ e-posta 2020'de — «mot» ǅemal ǈ",
        "ĲSSELMEER ŉ ﬁnal ﬂow Straße ÀÉÎÕÜ ẞ",
        "a\u{b}b\u{1c}c  (x) [y]{z}|w/v \"q\" -- --a- 'b' ... 3.5 U.S. e.g. x\ty\rz\u{c}w _u_ ~",
    ];
    let long = "Supercalifragilisticexpialidocious".repeat(3);
    for lang in LANGS {
        for t in odd.iter().copied().chain([long.as_str()]) {
            assert_eq!(segment::words(t), old::words(t), "{t}");
            assert_eq!(
                segment::sentences(t, lang),
                old::sentences(t, lang),
                "{t} in {lang}"
            );
            for w in segment::words(t) {
                assert_eq!(syllables::count(w, lang), old::count(w, lang), "{w} in {lang}");
            }
        }
    }
}
