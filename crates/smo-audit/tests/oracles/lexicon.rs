//! The indexed lexicon matchers (`smo_audit::facts::lexicon`) against the plain
//! implementations they replaced (`mod plain` below, kept as the oracle): every
//! table entry in many disguises, and the labels, link texts, classes and ids of
//! every page of ../shared/corpus/readability.

use smo_audit::facts::lexicon::{
    class_kind, fold, is_breadcrumb_label, is_empty_link_text, label_kind, normalize, BLOCK_CLASS_WORDS,
    BREADCRUMB_LABELS, EMPTY_LINK_TEXT, LATEST, POPULAR, RELATED,
};

use crate::corpus;

/// The plain implementations the indexed matchers replaced, kept as the oracle
/// for the equivalence tests (moved from `src/facts/lexicon.rs`; they read the
/// live tables and the live `is_trimmed`).
mod plain {
    use smo_audit::facts::lexicon::{
        self, MoreKind, BLOCK_CLASS_WORDS, BREADCRUMB_LABELS, EMPTY_LINK_TEXT, LATEST, POPULAR, RELATED,
    };

    pub fn is_breadcrumb_label(s: &str) -> bool {
        let f = fold_old(s);
        BREADCRUMB_LABELS.iter().any(|(_, list)| {
            list.iter()
                .any(|w| f.contains(w) || (w.contains('ı') && f.contains(&fold_old(w))))
        })
    }

    /// Lower-case with the Turkish dotted / dotless i folded to `i`, so "İLGİLİ",
    /// "ılgılı" and "ilgili" compare equal.
    pub fn fold_old(s: &str) -> String {
        let mut out = String::with_capacity(s.len());
        for c in s.chars() {
            match c {
                'İ' | 'I' | 'ı' => out.push('i'),
                '\u{307}' => {}
                c => out.extend(c.to_lowercase()),
            }
        }
        out
    }

    /// Lower-case, trim white space, punctuation and arrows around a phrase.
    pub fn normalize(s: &str) -> String {
        let lower = smo_audit::text::squash(&fold_old(s));
        lower.trim_matches(lexicon::is_trimmed).to_string()
    }

    /// Whether a link text says nothing about where it leads (in any listed language).
    pub fn is_empty_link_text(text: &str) -> bool {
        // The longest phrase is well under 40 characters.
        if text.len() > 160 || text.chars().count() > 40 {
            return false;
        }
        let n = normalize(text);
        !n.is_empty()
            && EMPTY_LINK_TEXT.iter().any(|(_, list)| {
                list.iter()
                    .any(|w| *w == n || (w.contains('ı') && fold_old(w) == n))
            })
    }

    /// The label tables folded once (entries hold Turkish `ı`, which `fold` maps to `i`).
    fn folded(kind: MoreKind) -> &'static [String] {
        use std::sync::OnceLock;
        static CACHE: OnceLock<[Vec<String>; 3]> = OnceLock::new();
        let all = CACHE.get_or_init(|| {
            let f = |t: &[(&str, &[&str])]| -> Vec<String> {
                t.iter()
                    .flat_map(|(_, l)| l.iter().map(|w| fold_old(w)))
                    .collect()
            };
            [f(RELATED), f(POPULAR), f(LATEST)]
        });
        match kind {
            MoreKind::Related => &all[0],
            MoreKind::Popular => &all[1],
            MoreKind::Latest => &all[2],
        }
    }

    fn label_in(kind: MoreKind, lower: &str) -> bool {
        folded(kind).iter().any(|w| contains_phrase(lower, w))
    }

    /// `phrase` occurs in `hay` at word boundaries (both already lower-case).
    /// Scripts without spaces (CJK) match anywhere.
    fn contains_phrase(hay: &str, phrase: &str) -> bool {
        let mut from = 0;
        while let Some(pos) = hay.get(from..).and_then(|h| h.find(phrase)) {
            let start = from + pos;
            let end = start + phrase.len();
            let before_ok = hay[..start]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric());
            let after_ok = hay[end..].chars().next().is_none_or(|c| !c.is_alphanumeric());
            let cjk = phrase.chars().any(|c| (c as u32) >= 0x3000);
            if cjk || (before_ok && after_ok) {
                return true;
            }
            from = end;
        }
        false
    }

    /// Which kind of "keep reading" block a heading or label names, if any.
    pub fn label_kind(label: &str) -> Option<MoreKind> {
        let lower = smo_audit::text::squash(&fold_old(label));
        if lower.is_empty() || lower.chars().count() > 80 {
            return None;
        }
        [MoreKind::Related, MoreKind::Popular, MoreKind::Latest]
            .into_iter()
            .find(|k| label_in(*k, &lower))
    }

    /// Which kind of block a class / id value names, if any.
    pub fn class_kind(class_or_id: &str) -> Option<MoreKind> {
        let lower = class_or_id.to_ascii_lowercase();
        BLOCK_CLASS_WORDS
            .iter()
            .find(|(w, _)| lower.contains(w))
            .map(|(_, k)| *k)
    }
}

/// Strings to compare the matchers on: every table entry in many disguises.
fn synthetic() -> Vec<String> {
    let mut words: Vec<&str> = Vec::new();
    for table in [RELATED, POPULAR, LATEST, EMPTY_LINK_TEXT, BREADCRUMB_LABELS] {
        for (_, list) in table {
            words.extend(list.iter());
        }
    }
    words.extend(BLOCK_CLASS_WORDS.iter().map(|(w, _)| *w));
    let mut out = Vec::new();
    for (i, w) in words.iter().enumerate() {
        let next = words[(i * 7 + 3) % words.len()];
        for s in [
            w.to_string(),
            w.to_uppercase(),
            w.replace('i', "İ").replace('ı', "I"),
            format!("  {w} »"),
            format!("→ {w}…"),
            format!("{w}s"),
            format!("x{w}"),
            format!("more {w}"),
            format!("{w} and {next}"),
            format!("{next}-{w}"),
            format!("{w}{next}"),
            format!("sidebar {w}_widget"),
            w.replace(' ', "  "),
            w.replace(' ', "-"),
        ] {
            out.push(s);
        }
    }
    out.extend(["", " ", "ab ab", "xab ab ab", "İ\u{307}", "ǅ", "ΣΑΣ", "\u{0}"].map(String::from));
    out
}

/// Labels, link texts, classes and ids of every corpus page.
fn corpus_strings() -> Option<Vec<String>> {
    let mut out = Vec::new();
    let found = corpus::each_facts("lexicon oracle", |_, f| {
        for a in &f.body.anchors {
            out.push(a.text.clone());
            out.extend(
                [&a.aria_label, &a.img_alt, &a.title, &a.class, &a.id]
                    .into_iter()
                    .flatten()
                    .cloned(),
            );
        }
        for b in &f.body.blocks {
            out.extend(
                [&b.aria_label, &b.heading, &b.class, &b.id]
                    .into_iter()
                    .flatten()
                    .cloned(),
            );
        }
        out.extend(f.body.headings.iter().map(|h| h.text.clone()));
        out.extend(
            f.main
                .blocks
                .iter()
                .map(|b| smo_audit::text::truncate(&b.text, 100)),
        );
    });
    found.then_some(out)
}

fn assert_same_as_plain(strings: &[String]) {
    for s in strings {
        assert_eq!(fold(s), plain::fold_old(s), "fold {s:?}");
        assert_eq!(normalize(s), plain::normalize(s), "normalize {s:?}");
        assert_eq!(label_kind(s), plain::label_kind(s), "label_kind {s:?}");
        assert_eq!(class_kind(s), plain::class_kind(s), "class_kind {s:?}");
        assert_eq!(
            is_empty_link_text(s),
            plain::is_empty_link_text(s),
            "is_empty_link_text {s:?}"
        );
        assert_eq!(
            is_breadcrumb_label(s),
            plain::is_breadcrumb_label(s),
            "is_breadcrumb_label {s:?}"
        );
    }
}

#[test]
fn indexed_matchers_equal_the_plain_ones_on_table_variants() {
    let strings = synthetic();
    assert!(strings.len() > 5000);
    assert_same_as_plain(&strings);
}

#[test]
fn indexed_matchers_equal_the_plain_ones_on_the_corpus() {
    let Some(strings) = corpus_strings() else {
        return;
    };
    assert!(strings.len() > 10_000, "{} strings", strings.len());
    assert_same_as_plain(&strings);
    eprintln!("lexicon oracle: {} corpus strings identical", strings.len());
}
