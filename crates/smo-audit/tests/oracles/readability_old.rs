//! The readability code as it was before the speed work (issue 10), kept
//! verbatim as the oracle the fast code is compared with on every corpus page
//! (`readability.rs` beside it). Only its paths changed when it moved out of
//! `src/readability/reference.rs`: it reads the engine's word lists through the
//! public API.

use smo_audit::readability::{Analysis, BlockKind, Paragraph, Section, Sentence, TextBlock};

use unicode_segmentation::UnicodeSegmentation;

// The word lists are data, not the algorithm under test: the oracle reads the
// live ones.
use smo_audit::readability::segment::{abbreviations, dotted_ordinals};

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
    let text = strip_reference_marks(text)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
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

/// Syllables in one word of language `lang` (ISO 639-1).
pub fn count(word: &str, lang: &str) -> u32 {
    let lower = lowercase(word, lang);
    let letters: Vec<char> = lower.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.is_empty() {
        return 1;
    }
    let n = match lang {
        "tr" | "az" => letters.iter().filter(|c| is_turkish_vowel(**c)).count() as u32,
        "ru" | "uk" | "be" | "bg" | "sr" | "mk" => {
            letters.iter().filter(|c| is_cyrillic_vowel(**c)).count() as u32
        }
        "es" | "pt" | "it" | "ca" | "gl" => romance(&letters, lang),
        "pl" => polish(&letters),
        "en" => english(&letters),
        "fr" => french(&letters),
        "nl" => groups(&letters, is_latin_vowel, true),
        _ if letters.iter().any(|c| is_cyrillic_vowel(*c)) => {
            letters.iter().filter(|c| is_cyrillic_vowel(**c)).count() as u32
        }
        _ => groups(&letters, is_latin_vowel, false),
    };
    n.max(1)
}

fn is_turkish_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'ı' | 'i' | 'o' | 'ö' | 'u' | 'ü' | 'â' | 'î' | 'û')
}

fn is_cyrillic_vowel(c: char) -> bool {
    matches!(
        c,
        'а' | 'е' | 'ё' | 'и' | 'о' | 'у' | 'ы' | 'э' | 'ю' | 'я' | 'і' | 'ї' | 'є'
    )
}

fn is_latin_vowel(c: char) -> bool {
    matches!(
        c,
        'a' | 'e'
            | 'i'
            | 'o'
            | 'u'
            | 'y'
            | 'à'
            | 'á'
            | 'â'
            | 'ã'
            | 'ä'
            | 'å'
            | 'æ'
            | 'è'
            | 'é'
            | 'ê'
            | 'ë'
            | 'ì'
            | 'í'
            | 'î'
            | 'ï'
            | 'ò'
            | 'ó'
            | 'ô'
            | 'õ'
            | 'ö'
            | 'ø'
            | 'ù'
            | 'ú'
            | 'û'
            | 'ü'
            | 'ý'
            | 'ÿ'
            | 'œ'
            | 'ą'
            | 'ę'
            | 'ě'
            | 'ů'
            | 'ő'
            | 'ű'
    )
}

/// Runs of vowels; with `diaeresis_splits`, ë / ï / ü inside a run start a new syllable.
fn groups(letters: &[char], is_vowel: fn(char) -> bool, diaeresis_splits: bool) -> u32 {
    let mut n = 0;
    let mut prev = false;
    for &c in letters {
        let v = is_vowel(c);
        if v && (!prev || (diaeresis_splits && matches!(c, 'ë' | 'ï' | 'ü'))) {
            n += 1;
        }
        prev = v;
    }
    n
}

/// Spanish, Italian, Portuguese, Catalan, Galician.
fn romance(letters: &[char], lang: &str) -> u32 {
    let accented_hiatus = matches!(lang, "es" | "pt" | "ca" | "gl");
    let is_vowel_at = |i: usize| -> bool {
        let c = letters[i];
        if c == 'y' {
            // "y" is a vowel unless a vowel follows ("mayo", "yo").
            return i + 1 >= letters.len() || !is_latin_vowel(letters[i + 1]);
        }
        is_latin_vowel(c)
    };
    let strong = |c: char| {
        matches!(
            c,
            'a' | 'e' | 'o' | 'á' | 'é' | 'ó' | 'à' | 'è' | 'ò' | 'â' | 'ê' | 'ô'
        )
    };
    let mut n = 0;
    let mut prev: Option<char> = None;
    for (i, &c) in letters.iter().enumerate() {
        if !is_vowel_at(i) {
            prev = None;
            continue;
        }
        match prev {
            None => n += 1,
            Some(p) => {
                let nasal_diphthong = lang == "pt" && matches!(p, 'ã' | 'õ');
                let hiatus = (strong(p) && strong(c) && !nasal_diphthong)
                    || (accented_hiatus && (matches!(c, 'í' | 'ú') || matches!(p, 'í' | 'ú')));
                if hiatus {
                    n += 1;
                }
            }
        }
        prev = Some(c);
    }
    n
}

/// French: vowel groups, a diaeresis starts a new syllable, and the final mute
/// "-e" / "-es" after a consonant is not pronounced ("grande", "tables"). The
/// verb ending "-ent" is left counted: it cannot be told from "moment" by spelling.
fn french(letters: &[char]) -> u32 {
    let mut n = groups(letters, is_latin_vowel, true);
    let len = letters.len();
    let consonant = |i: usize| !is_latin_vowel(letters[i]);
    let mute = (len >= 3 && letters[len - 1] == 'e' && consonant(len - 2))
        || (len >= 4 && letters[len - 2] == 'e' && letters[len - 1] == 's' && consonant(len - 3));
    if mute && n > 1 {
        n -= 1;
    }
    n
}

fn polish(letters: &[char]) -> u32 {
    let v = |c: char| matches!(c, 'a' | 'ą' | 'e' | 'ę' | 'i' | 'o' | 'ó' | 'u' | 'y');
    let mut n = 0;
    for (i, &c) in letters.iter().enumerate() {
        if v(c) {
            let softening = c == 'i' && letters.get(i + 1).is_some_and(|&d| v(d));
            if !softening {
                n += 1;
            }
        }
    }
    n
}

use smo_audit::readability::syllables::EN_EXCEPTIONS;

fn is_en_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y')
}

/// English by rule: see the module doc.
/// The exceptions as a map, built once (a linear scan per word and suffix was a
/// tenth of the whole audit on a long English page).
fn en_exceptions() -> &'static std::collections::HashMap<&'static str, u32> {
    static MAP: std::sync::OnceLock<std::collections::HashMap<&'static str, u32>> =
        std::sync::OnceLock::new();
    MAP.get_or_init(|| EN_EXCEPTIONS.iter().copied().collect())
}

fn english(letters: &[char]) -> u32 {
    let w: String = letters.iter().filter(|c| c.is_ascii_lowercase()).collect();
    if w.is_empty() {
        return groups(letters, is_latin_vowel, false);
    }
    let exceptions = en_exceptions();
    if let Some(n) = exceptions.get(w.as_str()) {
        return *n;
    }
    // Plural / past / 3rd-person forms of exceptions ("ideas", "created", "lives").
    for suffix in ["s", "es", "d", "ed"] {
        if let Some(stem) = w.strip_suffix(suffix) {
            if let Some(n) = exceptions.get(stem) {
                let extra = u32::from(suffix == "es" && stem.ends_with(['s', 'x', 'z', 'h']))
                    + u32::from(suffix.ends_with('d') && stem.ends_with(['t', 'd']));
                return n + extra;
            }
        }
    }
    let b = w.as_bytes();
    let len = b.len();
    let vowel = |i: usize| -> bool {
        let c = b[i] as char;
        // "y" starting a word or following a vowel is a consonant ("yes", "player").
        if c == 'y' {
            return i > 0 && !is_en_vowel(b[i - 1] as char);
        }
        is_en_vowel(c)
    };
    let mut n: i32 = 0;
    let mut prev = false;
    for i in 0..len {
        let v = vowel(i);
        if v && !prev {
            n += 1;
        }
        prev = v;
    }
    let consonant = |i: usize| !vowel(i);
    // Silent final -e ("make"), but not consonant + "le" ("table") nor "ee"/"ye".
    if len >= 3 && w.ends_with('e') && consonant(len - 2) {
        let le = w.ends_with("le") && len >= 3 && consonant(len - 3);
        if !le && n > 1 {
            n -= 1;
        }
    }
    // Silent -es ("makes"), except after s, x, z, ch, sh, ce, ge ("boxes", "places")
    // and consonant + "les" ("tables").
    if len >= 4 && w.ends_with("es") && consonant(len - 3) {
        let c = b[len - 3] as char;
        let sibilant = matches!(c, 's' | 'x' | 'z' | 'c' | 'g')
            || w.ends_with("ches")
            || w.ends_with("shes")
            || (c == 'l' && consonant(len - 4));
        if !sibilant && n > 1 {
            n -= 1;
        }
    }
    // Silent -ed ("jumped"), except after t / d ("wanted").
    if len >= 4 && w.ends_with("ed") && consonant(len - 3) && !matches!(b[len - 3], b't' | b'd') && n > 1 {
        n -= 1;
    }
    // Vowel pairs that are two syllables.
    for i in 1..len {
        let (p, c) = (b[i - 1], b[i]);
        let before = if i >= 2 { b[i - 2] } else { b' ' };
        let two = match (p, c) {
            (b'i', b'a') => !matches!(before, b'c' | b't' | b's' | b'x' | b'g'),
            (b'i', b'o') => !matches!(before, b'c' | b't' | b's' | b'x' | b'g'),
            (b'e', b'o') => !(i + 1 < len && b[i + 1] == b'u'),
            (b'u', b'a') | (b'u', b'o') => !matches!(before, b'q' | b'g'),
            (b'i', b'e') => i + 1 < len && b[i + 1] == b't',
            (b'i', b'i') | (b'i', b'u') => true,
            _ => false,
        };
        if two {
            n += 1;
        }
    }
    if w.ends_with("ism") {
        n += 1;
    }
    n.max(1) as u32
}

pub fn analyze(blocks: &[TextBlock], lang: &str) -> Analysis {
    let mut a = Analysis {
        lang: lang.to_string(),
        ..Default::default()
    };
    for b in blocks {
        let mut block_words = 0u32;
        for s in sentences(&b.text, lang) {
            let words = words(&s);
            if words.is_empty() {
                continue;
            }
            for w in &words {
                let syl = count(w, lang);
                a.counts.syllables += syl;
                a.counts.by_syllables[(syl as usize).min(6)] += 1;
                a.counts.letters += w.chars().filter(|c| c.is_alphanumeric()).count() as u32;
            }
            let n = words.len() as u32;
            a.counts.words += n;
            a.counts.sentences += 1;
            block_words += n;
            a.sentences.push(Sentence {
                text: s,
                words: n,
                line: b.line,
            });
        }
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
