//! Segmentation: sentences and words, per language.
//!
//! Sentences start from the Unicode sentence boundaries of UAX #29
//! (<https://www.unicode.org/reports/tr29/#Sentence_Boundaries>, via
//! `unicode-segmentation`), then undo the breaks UAX #29 makes after
//! abbreviations ("Dr.", "e.g.", "vb.", "örn.", "z. B."), single-letter initials
//! and, in languages that write ordinals with a dot ("3. madde", "am 3. Oktober"),
//! after short numbers. Callers pass one block (paragraph, heading, list item) at
//! a time, so block elements always end a sentence and source newlines never do
//! (the text is squashed first).

use unicode_segmentation::UnicodeSegmentation;

/// Abbreviations (lower-case, without the final dot) that do not end a sentence.
fn abbreviations(lang: &str) -> &'static [&'static str] {
    match lang {
        "en" => &[
            "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "vs", "e.g", "i.e", "inc", "ltd", "co",
            "corp", "no", "nos", "approx", "fig", "figs", "dept", "est", "jan", "feb", "mar", "apr", "jun",
            "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ave", "gen", "col", "lt", "sgt", "rev",
            "vol", "p", "pp", "ca", "cf", "al", "u.s", "u.k", "a.m", "p.m",
        ],
        "tr" => &[
            "vb", "vs", "örn", "dr", "prof", "doç", "yrd", "av", "bkz", "bk", "yy", "sn", "tel", "no", "md",
            "st", "mah", "cad", "sok", "s", "krş", "vd", "age", "hz", "alb", "yb", "org", "gen", "ltd",
            "şti", "a.ş", "uzm", "öğr", "gör", "müh", "apt", "blv", "mad",
        ],
        "de" => &[
            "z.b", "usw", "bzw", "ca", "d.h", "dr", "prof", "nr", "vgl", "ggf", "evtl", "inkl", "u.a", "s",
            "str", "hr", "fr", "bspw", "sog", "jh", "abs", "bd", "dipl", "ing", "u.ä", "o.ä", "z.t", "mio",
            "mrd",
        ],
        "fr" => &[
            "m", "mme", "mlle", "mm", "dr", "pr", "p.ex", "cf", "env", "av", "ex", "vol", "chap", "ibid",
            "st", "ste", "p", "éd", "n°",
        ],
        "es" => &[
            "sr", "sra", "srta", "dr", "dra", "ud", "uds", "p.ej", "pág", "núm", "aprox", "ej", "av",
            "ee.uu", "sto", "sta", "lic", "ing", "p", "vol", "cap", "dña", "d",
        ],
        "it" => &[
            "sig", "sigg", "sig.ra", "dott", "prof", "ecc", "es", "pag", "p.es", "ca", "n", "avv", "ing",
            "arch", "geom", "on", "vol", "cap",
        ],
        "pt" => &[
            "sr", "sra", "dr", "dra", "ex", "p.ex", "pág", "av", "n", "prof", "profa", "vol", "cap",
        ],
        "nl" => &[
            "dhr", "mevr", "dr", "prof", "bijv", "bv", "enz", "d.w.z", "o.a", "nr", "ca", "m.b.t", "zgn",
            "mr", "ir", "ing", "blz", "jl",
        ],
        "ru" => &[
            "г", "гг", "т.е", "т.д", "т.п", "др", "пр", "см", "стр", "им", "ул", "д", "рис", "тыс", "млн",
            "млрд", "руб", "проф", "в", "вв", "т.к", "н.э", "обл", "р", "ст",
        ],
        "pl" => &[
            "np", "itp", "itd", "dr", "prof", "m.in", "tj", "tzw", "ok", "godz", "nr", "ul", "r", "wg",
            "cdn", "mgr", "inż", "str", "tys", "zł", "ang", "tzn", "pl", "al", "ks", "św",
        ],
        _ => &["dr", "prof", "e.g", "i.e", "vs", "no", "nr", "st"],
    }
}

/// Languages that write ordinal numbers with a dot ("3. madde", "12. Mai").
fn dotted_ordinals(lang: &str) -> bool {
    matches!(
        lang,
        "tr" | "de"
            | "pl"
            | "cs"
            | "sk"
            | "hu"
            | "fi"
            | "da"
            | "no"
            | "nb"
            | "nn"
            | "sl"
            | "hr"
            | "sr"
            | "bs"
            | "et"
            | "lv"
            | "is"
            | "fo"
    )
}

/// Remove editorial marks that are not prose: citation numbers and language
/// tags in square brackets ("[12]", "[en]", "[a]").
pub fn strip_reference_marks(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let close = after.find(']').filter(|&c| {
            let inner = &after[..c];
            let n = inner.chars().count();
            n > 0
                && (inner.chars().all(|ch| ch.is_ascii_digit())
                    || (n <= 3 && inner.chars().all(|ch| ch.is_alphabetic())))
        });
        match close {
            Some(c) => rest = &after[c + 1..],
            None => {
                out.push('[');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Split one block of text into sentences (trimmed, non-empty).
pub fn sentences(text: &str, lang: &str) -> Vec<String> {
    let text = crate::text::squash(&strip_reference_marks(text));
    let abbr = abbreviations(lang);
    let mut out: Vec<String> = Vec::new();
    let mut cur = String::new();
    for piece in text.split_sentence_bounds() {
        cur.push_str(piece);
        if !ends_sentence(cur.trim_end(), abbr, lang) {
            continue;
        }
        let s = cur.trim();
        if !s.is_empty() {
            out.push(s.to_string());
        }
        cur.clear();
    }
    let s = cur.trim();
    if !s.is_empty() {
        out.push(s.to_string());
    }
    // A piece with no word in it (a lone "…" or "—") joins the sentence before it.
    let mut merged: Vec<String> = Vec::with_capacity(out.len());
    for s in out {
        if words(&s).is_empty() {
            if let Some(last) = merged.last_mut() {
                last.push(' ');
                last.push_str(&s);
                continue;
            }
        }
        merged.push(s);
    }
    merged
}

/// Whether a UAX #29 break after `s` (trimmed) is a real sentence end.
fn ends_sentence(s: &str, abbr: &[&str], lang: &str) -> bool {
    let Some(before_dot) = s.strip_suffix('.') else {
        return true;
    };
    if before_dot.ends_with('.') {
        return true; // an ellipsis "..."
    }
    let token = before_dot
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"' || c == '«' || c == '“')
        .next()
        .unwrap_or("");
    if token.is_empty() {
        return true;
    }
    let lower = lowercase(token, lang);
    if abbr.contains(&lower.as_str()) {
        return false;
    }
    let mut chars = token.chars();
    // A single letter: an initial ("J. R. R. Tolkien") or part of "z. B.".
    if let (Some(c), None) = (chars.next(), chars.next()) {
        if c.is_alphabetic() {
            return false;
        }
    }
    // "3. madde", "am 12. Mai": a short number with a dot is an ordinal.
    if dotted_ordinals(lang) && token.len() <= 3 && token.chars().all(|c| c.is_ascii_digit()) {
        return false;
    }
    true
}

/// Lower-case with the Turkish and Azerbaijani dotted / dotless i (I→ı, İ→i).
pub fn lowercase(s: &str, lang: &str) -> String {
    if matches!(lang, "tr" | "az") {
        let mut out = String::with_capacity(s.len());
        for c in s.chars() {
            match c {
                'I' => out.push('ı'),
                'İ' => out.push('i'),
                _ => out.extend(c.to_lowercase()),
            }
        }
        out
    } else {
        s.to_lowercase()
    }
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF      // Hiragana, Katakana
        | 0x3400..=0x4DBF    // CJK Extension A
        | 0x4E00..=0x9FFF    // CJK Unified Ideographs
        | 0xF900..=0xFAFF    // CJK Compatibility Ideographs
        | 0x20000..=0x2FFFF) // further extensions
}

/// Characters that separate words even without spaces around them
/// ("nektarları[değiştir]", "and/or", "«mot»").
fn is_word_separator(c: char) -> bool {
    matches!(
        c,
        '—' | '–' | '[' | ']' | '(' | ')' | '{' | '}' | '|' | '/' | '«' | '»' | '"' | '“' | '”' | '„' | '…'
    )
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// The words of a text: white-space separated tokens (dashes between spaces are
/// not words) stripped of outer punctuation. Apostrophe suffixes ("Türkiye'nin",
/// "2020'de") and hyphenated compounds ("e-posta") stay one word; each Chinese
/// or Japanese character counts as a word.
pub fn words(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for token in text.split(|c: char| c.is_whitespace() || is_word_separator(c)) {
        let t = token.trim_matches(|c: char| !is_word_char(c));
        if t.is_empty() {
            continue;
        }
        if t.chars().any(is_cjk) {
            // Each ideograph / kana is a word; other runs between them are one word each.
            let mut start: Option<usize> = None;
            for (i, c) in t.char_indices() {
                if is_cjk(c) {
                    if let Some(s) = start.take() {
                        push_trimmed(&mut out, &t[s..i]);
                    }
                    out.push(&t[i..i + c.len_utf8()]);
                } else if start.is_none() {
                    start = Some(i);
                }
            }
            if let Some(s) = start {
                push_trimmed(&mut out, &t[s..]);
            }
        } else {
            out.push(t);
        }
    }
    out
}

fn push_trimmed<'a>(out: &mut Vec<&'a str>, s: &'a str) {
    let s = s.trim_matches(|c: char| !is_word_char(c));
    if !s.is_empty() {
        out.push(s);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abbreviations_do_not_split() {
        let s = sentences("Dr. Smith came, e.g. on Monday. Then he left.", "en");
        assert_eq!(s, ["Dr. Smith came, e.g. on Monday.", "Then he left."]);
        let s = sentences(
            "Örn. kitap, dergi vb. yayınlar. Prof. Dr. Ayşe Yılmaz geldi.",
            "tr",
        );
        assert_eq!(
            s,
            ["Örn. kitap, dergi vb. yayınlar.", "Prof. Dr. Ayşe Yılmaz geldi."]
        );
        let s = sentences("Das ist z. B. ein Test. Noch einer.", "de");
        assert_eq!(s, ["Das ist z. B. ein Test.", "Noch einer."]);
    }

    #[test]
    fn ordinals_decimals_ellipses_quotes() {
        assert_eq!(sentences("Bu 3. madde. Bu 4. Madde ise yeni.", "tr").len(), 2);
        assert_eq!(sentences("Wir treffen uns am 3. Oktober. Gut.", "de").len(), 2);
        assert_eq!(sentences("It costs 3.5 euros. Cheap.", "en").len(), 2);
        assert_eq!(sentences("Wait... what? Yes.", "en"), ["Wait... what?", "Yes."]);
        assert_eq!(sentences("He said \"Go.\" Then he went.", "en").len(), 2);
        assert_eq!(sentences("Why? Because! Fine.", "en").len(), 3);
    }

    #[test]
    fn reference_marks_are_not_words() {
        assert_eq!(
            strip_reference_marks("Grin[en] wrote it[12][13]. [Note] [x"),
            "Grin wrote it. [Note] [x"
        );
        assert_eq!(sentences("Lists, tables, etc. Then more.", "en").len(), 2);
    }

    #[test]
    fn newlines_do_not_split() {
        assert_eq!(
            sentences("This is one\nsentence over\nthree lines.", "en").len(),
            1
        );
    }

    #[test]
    fn word_rules() {
        assert_eq!(
            words("Türkiye'nin e-posta adresi 2020'de — değişti."),
            ["Türkiye'nin", "e-posta", "adresi", "2020'de", "değişti"]
        );
        assert_eq!(words("«Bonjour», dit-il…"), ["Bonjour", "dit-il"]);
        assert_eq!(words("東京は大きい"), ["東", "京", "は", "大", "き", "い"]);
        assert!(words(" – … ").is_empty());
        assert_eq!(
            words("nektarları[değiştir | kaynağı]"),
            ["nektarları", "değiştir", "kaynağı"]
        );
    }

    #[test]
    fn turkish_lowercase() {
        assert_eq!(lowercase("IĞDIR İZMİR", "tr"), "ığdır izmir");
        assert_eq!(lowercase("IN", "en"), "in");
    }
}
