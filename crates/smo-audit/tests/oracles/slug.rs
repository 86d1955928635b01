//! The fast paths of `smo_audit::text::slug` (`lower`, `fold`, `keyword_keys`)
//! against the plain functions they replaced (`mod plain` below, kept as the
//! oracle), on awkward words and the words of every corpus page's headings and
//! text blocks, in many languages.

use smo_audit::text::slug::{fold, keyword_keys, lower, text_words};

use crate::corpus;

/// The plain implementations the fast paths replaced, kept as the oracle (moved
/// from `src/text/slug.rs`; they call the live transliteration, stemmers and
/// Turkish consonant rule).
mod plain {
    use smo_audit::text::slug::{primary_lang, stemmer_for, translit, turkish_final_consonant};

    pub use smo_audit::text::slug::lower_chars as lower;

    pub fn fold(s: &str, lang: Option<&str>) -> String {
        translit(&lower(s, lang), lang).to_lowercase()
    }

    pub fn keyword_keys(word: &str, langs: &[&str]) -> Vec<String> {
        let mut keys: Vec<String> = Vec::with_capacity(1 + 2 * langs.len());
        let mut add = |k: String| {
            if !k.is_empty() && !keys.contains(&k) {
                keys.push(k);
            }
        };
        let first = langs.first().copied();
        add(fold(word, first));
        for &lang in langs {
            let l = primary_lang(lang);
            let low = lower(word, Some(&l));
            let folded = fold(word, Some(&l));
            let Some(st) = stemmer_for(&l) else {
                add(folded);
                continue;
            };
            let native = fold(&st.stem(&low), Some(&l));
            let ascii = st.stem(&folded).into_owned();
            if l == "tr" {
                add(turkish_final_consonant(native));
                add(turkish_final_consonant(ascii));
            } else {
                add(native);
                add(ascii);
            }
            add(folded);
        }
        keys
    }
}

/// Words of every corpus page's headings and text blocks, plus awkward ones.
fn corpus_words() -> Vec<String> {
    let mut words: Vec<String> = [
        "IŞIK",
        "İstanbul",
        "Iİıi",
        "ÄRZTE",
        "Größe",
        "Smørrebrød",
        "ΣΟΦΙΑ",
        "Щука",
        "東京",
        "DANIŞMANLIĞI",
        "Consulting",
        "I",
        "",
        "ﬁle",
        "ǅemal",
        "İ\u{307}",
        "IBM",
    ]
    .map(String::from)
    .to_vec();
    let mut seen = std::collections::HashSet::new();
    corpus::each_facts("slug corpus words", |_, f| {
        let texts = f.main.blocks.iter().map(|b| b.text.as_str()).take(40);
        for t in texts.chain(f.head.title.as_deref()) {
            for w in text_words(t) {
                if seen.insert(w.clone()) {
                    words.push(w);
                }
            }
        }
    });
    words
}

#[test]
fn fast_paths_equal_the_plain_functions() {
    let words = corpus_words();
    let lang_sets: [&[&str]; 9] = [
        &["en"],
        &["tr"],
        &["tr-TR", "en"],
        &["de-DE", "en"],
        &["en", "de"],
        &["ru"],
        &["el", "en"],
        &["xx"],
        &["az", "fr", "nb"],
    ];
    for w in &words {
        for lang in [None, Some("tr"), Some("de"), Some("az-AZ"), Some("en")] {
            assert_eq!(lower(w, lang), plain::lower(w, lang), "lower {w:?} {lang:?}");
            assert_eq!(fold(w, lang), plain::fold(w, lang), "fold {w:?} {lang:?}");
        }
        for langs in lang_sets {
            assert_eq!(
                keyword_keys(w, langs),
                plain::keyword_keys(w, langs),
                "keyword_keys {w:?} {langs:?}"
            );
        }
    }
    eprintln!("slug oracle: {} words identical", words.len());
}
