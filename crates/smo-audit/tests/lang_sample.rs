//! Language detection confirms the declared language on a sample
//! (`readability::lang::detect_confirming`): over the real pages of the corpus
//! it must name the same language, with the same reliability, as detection on
//! the first `DETECT_CHARS` characters of the main text. Prints how many pages
//! the sample settled.

#[path = "support/corpus.rs"]
mod corpus;

use smo_audit::readability::lang;

#[test]
fn sample_gives_the_full_detection_language_on_the_corpus() {
    let (mut declared, mut settled, mut other_confidence, mut differ) = (0usize, 0usize, 0usize, Vec::new());
    corpus::each_facts("lang_sample", |name, facts| {
        let r = &facts.readability.readability;
        let text = facts.main.text();
        let full = lang::detect(&text);
        // Every language the page could be read in: its declaration, and each
        // language whatlang knows as a forced `--language` on the same text.
        let mut expected: Vec<String> = r.declared_language.iter().cloned().collect();
        expected.extend(["en", "tr", "de", "fr", "es", "ja", "ru"].map(String::from));
        for exp in &expected {
            let sampled = lang::detect_confirming(&text, Some(exp));
            let key = |d: &Option<lang::Detected>| d.as_ref().map(|d| (d.lang.clone(), d.reliable));
            if key(&sampled) != key(&full) {
                differ.push(format!("{name} (expecting {exp}): {:?} vs {:?}", sampled, full));
            }
        }
        if let Some(d) = &r.declared_language {
            declared += 1;
            let sample: String = text.chars().take(lang::CONFIRM_CHARS).collect();
            settled += usize::from(
                text.chars().count() > lang::CONFIRM_CHARS
                    && lang::detect(&sample).is_some_and(|s| s.reliable && lang::same_language(&s.lang, d)),
            );
            // The sample settled it (its own confidence): the one deliberate change.
            other_confidence += usize::from(lang::detect_confirming(&text, Some(d)) != full);
        }
    });
    eprintln!(
        "lang_sample: {declared} pages declare a language; the sample settled {settled}; on {other_confidence} its confidence differs from the full detection's"
    );
    assert!(differ.is_empty(), "{}", differ.join("\n"));
}
