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

use std::borrow::Cow;

use unicode_segmentation::UnicodeSegmentation;

use crate::text::is_squashed;

/// Abbreviations (lower-case, without the final dot) that do not end a sentence.
pub fn abbreviations(lang: &str) -> &'static [&'static str] {
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
pub fn dotted_ordinals(lang: &str) -> bool {
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
    strip_marks(text).into_owned()
}

/// [`strip_reference_marks`] without a copy when there is no "[" in the text.
fn strip_marks(text: &str) -> Cow<'_, str> {
    if !text.contains('[') {
        return Cow::Borrowed(text);
    }
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
    Cow::Owned(out)
}

/// Split one block of text into sentences (trimmed, non-empty).
pub fn sentences(text: &str, lang: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut scratch = Scratch::default();
    for_each_sentence(text, lang, &mut scratch, |s, has_words| {
        // A piece with no word in it (a lone "…" or "—") joins the sentence before it.
        if !has_words {
            if let Some(last) = out.last_mut() {
                last.push(' ');
                last.push_str(s);
                return;
            }
        }
        out.push(s.to_string());
    });
    out
}

/// Buffers reused from block to block.
#[derive(Default)]
pub(crate) struct Scratch {
    cats: Vec<(u32, Sb)>,
    bounds: Vec<usize>,
}

/// Calls `f(sentence, has_words)` for each sentence piece of one block, in order:
/// the text is cleaned of reference marks and squashed, cut at the UAX #29
/// sentence boundaries, and the cuts after abbreviations, initials and ordinals
/// are undone. `has_words` is false for a piece with no word in it (the caller
/// joins it to the sentence before, as [`sentences`] does).
pub(crate) fn for_each_sentence(
    text: &str,
    lang: &str,
    scratch: &mut Scratch,
    mut f: impl FnMut(&str, bool),
) {
    let stripped = strip_marks(text);
    let text = if is_squashed(&stripped) {
        stripped
    } else {
        Cow::Owned(crate::text::squash(&stripped))
    };
    let abbr = abbreviations(lang);
    sentence_bounds(&text, scratch);
    let mut start = 0usize;
    let mut emit = |s: &str| {
        let s = s.trim();
        if !s.is_empty() {
            f(s, has_word(s));
        }
    };
    for &end in &scratch.bounds {
        let cur = text.get(start..end).unwrap_or("");
        if !ends_sentence(cur.trim_end(), abbr, lang) {
            continue;
        }
        emit(cur);
        start = end;
    }
    emit(text.get(start..).unwrap_or(""));
}

/// Sentence_Break property values of UAX #29. Sep, CR, LF and OLetter never reach
/// the fast splitter: the text is squashed first, and a character of those (or
/// any other it does not know) sends the block to `unicode-segmentation`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sb {
    Any,
    Sp,
    Lower,
    Upper,
    Numeric,
    ATerm,
    STerm,
    Close,
    SContinue,
    /// Extend or Format: ignored after another character (SB5).
    Ignored,
}

/// [`sb_cat`] of an ASCII byte (None for the control characters, CR and LF).
const fn ascii_cat(c: u8) -> Option<Sb> {
    Some(match c {
        b'a'..=b'z' => Sb::Lower,
        b'A'..=b'Z' => Sb::Upper,
        b'0'..=b'9' => Sb::Numeric,
        b' ' | b'\t' | 0x0B | 0x0C => Sb::Sp,
        b'.' => Sb::ATerm,
        b'!' | b'?' => Sb::STerm,
        b'"' | b'\'' | b'(' | b')' | b'[' | b']' | b'{' | b'}' => Sb::Close,
        b',' | b'-' | b':' | b';' => Sb::SContinue,
        b'\n' | b'\r' => return None,
        c if c.is_ascii_control() => return None,
        0x80..=0xFF => return None,
        _ => Sb::Any,
    })
}

/// [`ascii_cat`] of every ASCII byte.
static ASCII_SB: [Option<Sb>; 128] = {
    let mut t = [None; 128];
    let mut i = 0;
    while i < 128 {
        t[i] = ascii_cat(i as u8);
        i += 1;
    }
    t
};

/// The Sentence_Break value of the characters the fast splitter knows: all of
/// ASCII, the letters of Latin-1, Latin Extended-A/B and Additional, Greek and
/// Cyrillic, and common quotes, dashes and combining marks. None for anything
/// else: the block then goes to `unicode-segmentation`. The values are those of
/// Unicode's SentenceBreakProperty.txt; `tests::fast_bounds_match_uax29`
/// checks every known character in many contexts against the crate.
fn sb_cat(c: char) -> Option<Sb> {
    if c.is_ascii() {
        return ASCII_SB[c as usize];
    }
    match c as u32 {
        0xA0 => Some(Sb::Sp),
        0xAB | 0xBB | 0x2018..=0x201F | 0x2039 | 0x203A => Some(Sb::Close),
        0xAD | 0x200B | 0x2060 | 0xFEFF | 0x0300..=0x036F | 0x200C | 0x200D => Some(Sb::Ignored),
        0x2013 | 0x2014 => Some(Sb::SContinue),
        0xA1..=0xA9 | 0xAC | 0xAE..=0xB4 | 0xB6..=0xB9 | 0xBC..=0xBF | 0xD7 | 0xF7 | 0x2022 | 0x2026 => {
            Some(Sb::Any)
        }
        0xC0..=0x24F | 0x386..=0x3FF | 0x400..=0x481 | 0x48A..=0x52F | 0x1E00..=0x1EFF
            if c.is_alphabetic() =>
        {
            match (c.is_lowercase(), c.is_uppercase()) {
                (true, false) => Some(Sb::Lower),
                (false, true) => Some(Sb::Upper),
                _ => None,
            }
        }
        _ => None,
    }
}

/// The byte offsets where UAX #29 puts a sentence boundary inside `text` (not
/// 0 nor the end), into `scratch.bounds`.
fn sentence_bounds(text: &str, scratch: &mut Scratch) {
    scratch.bounds.clear();
    scratch.cats.clear();
    // Without a terminator there is no boundary (SB11 is the only rule that
    // breaks once paragraph separators are gone).
    if !text
        .bytes()
        .any(|b| b == b'.' || b == b'!' || b == b'?' || b >= 0x80)
    {
        return;
    }
    if text.is_ascii() {
        // One byte per character, none of them Extend / Format.
        let b = text.as_bytes();
        if b.iter().any(|&c| ASCII_SB[usize::from(c)].is_none()) {
            return reference_bounds(text, scratch);
        }
        let cat = |i: usize| ASCII_SB[usize::from(b[i])].unwrap_or(Sb::Any);
        let next_term = |i: usize| {
            b[i..]
                .iter()
                .position(|&c| matches!(c, b'.' | b'!' | b'?'))
                .map_or(b.len(), |p| i + p)
        };
        return uax29_bounds(b.len(), cat, |i| i, next_term, &mut scratch.bounds);
    }
    let b = text.as_bytes();
    scratch.cats.reserve(b.len());
    let mut i = 0usize;
    while i < b.len() {
        // ASCII bytes (most of the text) are looked up without decoding.
        let (cat, len) = match b[i] {
            c if c.is_ascii() => (ASCII_SB[usize::from(c)], 1),
            _ => match text.get(i..).and_then(|r| r.chars().next()) {
                Some(c) => (sb_cat(c), c.len_utf8()),
                None => (None, 1),
            },
        };
        match cat {
            None => return reference_bounds(text, scratch),
            Some(Sb::Ignored) if i == 0 => return reference_bounds(text, scratch),
            Some(Sb::Ignored) => {}
            Some(cat) => scratch.cats.push((i as u32, cat)),
        }
        i += len;
    }
    let cats = &scratch.cats;
    let next_term = |i: usize| {
        cats[i..]
            .iter()
            .position(|c| matches!(c.1, Sb::ATerm | Sb::STerm))
            .map_or(cats.len(), |p| i + p)
    };
    uax29_bounds(
        cats.len(),
        |i| cats[i].1,
        |i| cats[i].0 as usize,
        next_term,
        &mut scratch.bounds,
    );
}

/// The rules SB6–SB11 over the values `cat(0..n)` of the characters (Extend /
/// Format already dropped, SB5), in one forward pass; `pos(i)` is the byte
/// offset of character `i`; `next_term(i)` is the first terminator (ATerm or
/// STerm) at or after `i`, or `n` (outside a terminator's context nothing else
/// matters, so the characters before it are skipped).
fn uax29_bounds(
    n: usize,
    cat: impl Fn(usize) -> Sb,
    pos: impl Fn(usize) -> usize,
    next_term: impl Fn(usize) -> usize,
    bounds: &mut Vec<usize>,
) {
    let is_term = |c: Sb| matches!(c, Sb::ATerm | Sb::STerm);
    let is_stop = |c: Sb| matches!(c, Sb::Upper | Sb::Lower | Sb::ATerm | Sb::STerm);
    // SB8 looks ahead for the next letter / terminator: `stop` is the first one
    // at or after some index j ≤ i, so it is also the first at or after i while
    // i ≤ stop (each character is looked at at most twice).
    let mut stop: Option<usize> = None;
    // After a terminator: (index of the terminator, Close seen, Sp seen).
    let mut ctx: Option<(usize, bool, bool)> = None;
    let mut i = 0usize;
    while i < n {
        if ctx.is_none() {
            i = next_term(i);
            if i >= n {
                break;
            }
        }
        let c = cat(i);
        if let Some((t, closes, spaces)) = ctx {
            let term = cat(t);
            let keep = if term == Sb::ATerm && !closes && !spaces && t + 1 == i {
                // SB6 ATerm × Numeric; SB7 (Upper | Lower) ATerm × Upper.
                c == Sb::Numeric || (c == Sb::Upper && t > 0 && matches!(cat(t - 1), Sb::Upper | Sb::Lower))
            } else {
                false
            };
            let keep = keep
                || (term == Sb::ATerm && {
                    // SB8 ATerm Close* Sp* × (¬(OLetter | Upper | Lower | SATerm))* Lower
                    let k = match stop {
                        Some(k) if k >= i => k,
                        _ => {
                            let mut k = i;
                            while k < n && !is_stop(cat(k)) {
                                k += 1;
                            }
                            stop = Some(k);
                            k
                        }
                    };
                    k < n && cat(k) == Sb::Lower
                })
                // SB8a SATerm Close* Sp* × (SContinue | SATerm)
                || matches!(c, Sb::SContinue | Sb::ATerm | Sb::STerm)
                // SB9 SATerm Close* × (Close | Sp); SB10 SATerm Close* Sp* × Sp
                || (!spaces && c == Sb::Close)
                || c == Sb::Sp;
            if !keep {
                bounds.push(pos(i)); // SB11
            }
        }
        ctx = if is_term(c) {
            Some((i, false, false))
        } else {
            match (ctx, c) {
                (Some((t, _, false)), Sb::Close) => Some((t, true, false)),
                (Some((t, c, _)), Sb::Sp) => Some((t, c, true)),
                _ => None,
            }
        };
        i += 1;
    }
}

/// The boundaries from `unicode-segmentation`, for text with characters the fast
/// splitter does not know.
fn reference_bounds(text: &str, scratch: &mut Scratch) {
    scratch.bounds.clear();
    scratch.cats.clear();
    let mut at = 0usize;
    for piece in text.split_sentence_bounds() {
        at += piece.len();
        if at < text.len() {
            scratch.bounds.push(at);
        }
    }
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
    // An ASCII token (outside Turkish / Azerbaijani, where "I" lower-cases to
    // "ı") is compared ignoring ASCII case, without a lower-cased copy.
    let abbreviated = if token.is_ascii() && !matches!(lang, "tr" | "az") {
        abbr.iter().any(|a| a.eq_ignore_ascii_case(token))
    } else {
        abbr.contains(&lowercase(token, lang).as_str())
    };
    if abbreviated {
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

/// Whether `text` holds a word (what `!words(text).is_empty()` says, without the list).
pub fn has_word(text: &str) -> bool {
    text.chars().any(is_word_char)
}

/// The words of a text: white-space separated tokens (dashes between spaces are
/// not words) stripped of outer punctuation. Apostrophe suffixes ("Türkiye'nin",
/// "2020'de") and hyphenated compounds ("e-posta") stay one word; each Chinese
/// or Japanese character counts as a word.
pub fn words(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for_each_word(text, |w| out.push(w));
    out
}

/// Calls `f` on each of the [`words`] of `text`, in order, without a list.
pub fn for_each_word<'a>(text: &'a str, mut f: impl FnMut(&'a str)) {
    if text.is_ascii() {
        return ascii_words(text, f);
    }
    for token in text.split(|c: char| c.is_whitespace() || is_word_separator(c)) {
        let t = token.trim_matches(|c: char| !is_word_char(c));
        if t.is_empty() {
            continue;
        }
        // Kana and ideographs are all at or above U+3040 (three UTF-8 bytes).
        if t.bytes().any(|b| b >= 0xE3) && t.chars().any(is_cjk) {
            // Each ideograph / kana is a word; other runs between them are one word each.
            let mut start: Option<usize> = None;
            for (i, c) in t.char_indices() {
                if is_cjk(c) {
                    if let Some(s) = start.take() {
                        trimmed(&t[s..i], &mut f);
                    }
                    f(&t[i..i + c.len_utf8()]);
                } else if start.is_none() {
                    start = Some(i);
                }
            }
            if let Some(s) = start {
                trimmed(&t[s..], &mut f);
            }
        } else {
            f(t);
        }
    }
}

/// The bytes [`ascii_words`] splits at: ASCII white space and `[](){}|/"`.
static ASCII_WORD_SEP: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = matches!(
            i as u8,
            b' ' | b'\t'
                | b'\n'
                | 0x0B
                | 0x0C
                | b'\r'
                | b'['
                | b']'
                | b'('
                | b')'
                | b'{'
                | b'}'
                | b'|'
                | b'/'
                | b'"'
        );
        i += 1;
    }
    t
};

/// [`for_each_word`] of ASCII text, on bytes: the same separators (ASCII white
/// space and `[](){}|/"`), the same trimming, no ideographs.
fn ascii_words<'a>(text: &'a str, mut f: impl FnMut(&'a str)) {
    let b = text.as_bytes();
    let sep = |c: u8| ASCII_WORD_SEP[usize::from(c)];
    let mut i = 0usize;
    while i < b.len() {
        let mut start = i;
        while i < b.len() && !sep(b[i]) {
            i += 1;
        }
        let mut end = i;
        i += 1;
        while start < end && !b[start].is_ascii_alphanumeric() {
            start += 1;
        }
        while end > start && !b[end - 1].is_ascii_alphanumeric() {
            end -= 1;
        }
        if let Some(w) = text.get(start..end).filter(|w| !w.is_empty()) {
            f(w);
        }
    }
}

fn trimmed<'a>(s: &'a str, f: &mut impl FnMut(&'a str)) {
    let s = s.trim_matches(|c: char| !is_word_char(c));
    if !s.is_empty() {
        f(s);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `ends_sentence` compares ASCII tokens ignoring ASCII case: that equals
    /// lower-casing them only while every abbreviation is lower-case.
    #[test]
    fn abbreviations_are_lower_case() {
        for lang in ["en", "tr", "de", "fr", "es", "it", "pt", "nl", "ru", "pl", "und"] {
            for a in abbreviations(lang) {
                assert_eq!(*a, a.to_lowercase(), "{lang}");
            }
        }
        assert!(!ends_sentence("Dr.", abbreviations("en"), "en"));
        assert!(!ends_sentence("see E.G.", abbreviations("en"), "en"));
        assert!(ends_sentence("end.", abbreviations("en"), "en"));
    }

    /// `is_squashed` says exactly when `squash` changes nothing.
    #[test]
    fn is_squashed_iff_squash_is_identity() {
        let cases = [
            "",
            " ",
            "a",
            "a b",
            "a  b",
            " a",
            "a ",
            "a\tb",
            "a\nb",
            "a\u{b}b",
            "a\u{c}b",
            "a\rb",
            "a\u{a0}b",
            "a\u{85}b",
            "a\u{2003}b",
            "a\u{3000}b",
            "ş ğ",
            "ş  ğ",
            "\u{200b}",
            "a\u{1c}b",
            "a \u{a0}b",
            "é",
            " é",
            "é ",
        ];
        for c in cases {
            assert_eq!(is_squashed(c), crate::text::squash(c) == c, "{c:?}");
        }
        // Every printable ASCII and Latin-1 character and the Unicode spaces, alone,
        // between letters and next to a space.
        for c in (0u32..0x250)
            .chain(0x2000..0x2030)
            .chain(0x1680..0x1690)
            .chain(0x2FF0..0x3010)
            .chain([0x205F, 0xFEFF])
            .filter_map(char::from_u32)
        {
            for t in [
                format!("{c}"),
                format!("a{c}b"),
                format!("a {c}b"),
                format!("a{c} b"),
            ] {
                assert_eq!(is_squashed(&t), crate::text::squash(&t) == t, "{t:?}");
            }
        }
    }

    /// The ASCII table is `ascii_cat`, and the char path agrees with it.
    #[test]
    fn ascii_table_matches_char_categories() {
        for b in 0u8..128 {
            assert_eq!(ASCII_SB[usize::from(b)], ascii_cat(b));
            assert_eq!(sb_cat(char::from(b)), ascii_cat(b));
        }
    }

    /// Every character the fast splitter knows, in many contexts, against
    /// `unicode-segmentation`; the corpus blocks are in `tests/oracles/readability.rs`.
    #[test]
    fn fast_bounds_match_uax29() {
        let known: Vec<char> = (0u32..0x2100)
            .chain(0xFEFF..0xFF00)
            .filter_map(char::from_u32)
            .filter(|&c| sb_cat(c).is_some())
            .collect();
        assert!(known.len() > 1000);
        let templates = [
            "{}. {}",
            "a.{}",
            "A.{}",
            "a. {}",
            "a. {}x",
            "x{}. a",
            "{}.{}",
            "a.) {}",
            "a? {}",
            "1.{}",
            "{}{}",
            "a. ({}) b",
            ". {}",
            "a.{}a",
            "a. {}. b",
            "Ab.{} c",
            "a.\u{ad}{}",
            "a.\u{301} {} b",
            "x ({}.) y",
            "a.\" {}",
            "a.\" ({}",
            "a. 1 {} b",
            "q.{}) x",
            "{}! {}",
            "A. {} B",
        ];
        let mut scratch = Scratch::default();
        let mut reference = Scratch::default();
        let mut fast = 0usize;
        for c in &known {
            for t in templates {
                let cs = c.to_string();
                let text = t.replace("{}", &cs);
                sentence_bounds(&text, &mut scratch);
                reference_bounds(&text, &mut reference);
                assert_eq!(
                    scratch.bounds, reference.bounds,
                    "{:?} (U+{:04X})",
                    text, *c as u32
                );
                fast += usize::from(!scratch.cats.is_empty());
            }
        }
        assert!(fast > known.len() * 10, "fast path used {fast} times");
    }

    #[test]
    fn fast_bounds_on_long_runs_stay_linear() {
        let mut s = Scratch::default();
        let mut r = Scratch::default();
        for text in [
            format!("a.{} b", ")".repeat(2_000)),
            format!("a. {}", ", ".repeat(2_000)),
        ] {
            sentence_bounds(&text, &mut s);
            reference_bounds(&text, &mut r);
            assert_eq!(s.bounds, r.bounds);
        }
        // The reference is quadratic on such runs; the fast splitter is not.
        let t = std::time::Instant::now();
        sentence_bounds(&format!("a.{} b", ")".repeat(500_000)), &mut s);
        assert!(t.elapsed().as_secs() < 5);
    }

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
