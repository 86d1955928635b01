//! Small text helpers shared by facts, checks and renderers.

pub mod find;
pub mod near;
mod nfkd;
#[cfg(feature = "nfkd-table")]
mod nfkd_table;
pub mod slug;
pub mod stopwords;
pub use find::contains_short;
pub use nfkd::{set_host as set_nfkd_host, HostNfkd};

/// The bytes that may start a white-space character (Unicode `White_Space`):
/// the ASCII ones (tab, LF, VT, FF, CR, space) and the lead bytes of the non-ASCII
/// ones (0xC2: U+0085, U+00A0; 0xE1: U+1680; 0xE2: U+2000–U+205F; 0xE3: U+3000).
/// Every other byte is part of a character that is not white space.
static WS_LEAD: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 256 {
        let c = i as u8;
        t[i] = matches!(
            c,
            b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | 0xC2 | 0xE1 | 0xE2 | 0xE3
        );
        i += 1;
    }
    t
};

/// Collapse runs of white space (Unicode `White_Space`) to one space and trim.
pub fn squash(s: &str) -> String {
    // Copies whole runs of text at once: a run may hold single ASCII spaces between
    // words, since those stay as they are. Hot: every text block and link text, so
    // the bytes that cannot start white space ([`WS_LEAD`]) are skipped in a tight loop.
    let b = s.as_bytes();
    let is_ascii_ws = |c: u8| c.is_ascii_whitespace() || c == 0x0B;
    let mut out = String::with_capacity(s.len());
    let flush = |out: &mut String, run: &str| {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(run);
    };
    let mut start: Option<usize> = None;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if !WS_LEAD[usize::from(c)] {
            start.get_or_insert(i);
            i += 1;
            while i < b.len() && !WS_LEAD[usize::from(b[i])] {
                i += 1;
            }
            continue;
        }
        let (ws, len) = if c.is_ascii() {
            (true, 1)
        } else {
            match s.get(i..).and_then(|r| r.chars().next()) {
                Some(ch) => (ch.is_whitespace(), ch.len_utf8()),
                None => (false, 1),
            }
        };
        if ws {
            if let Some(st) = start {
                if c == b' ' && b.get(i + 1).is_some_and(|&n| n.is_ascii() && !is_ascii_ws(n)) {
                    i += 1;
                    continue;
                }
                flush(&mut out, s.get(st..i).unwrap_or(""));
                start = None;
            }
        } else if start.is_none() {
            start = Some(i);
        }
        i += len;
    }
    if let Some(st) = start {
        flush(&mut out, s.get(st..).unwrap_or(""));
    }
    out
}

/// Whether [`squash`] would give `s` back unchanged: no white space
/// but single ASCII spaces between other characters (the text blocks of the main
/// content are squashed already, so most need no copy).
pub(crate) fn is_squashed(s: &str) -> bool {
    let b = s.as_bytes();
    if b.first() == Some(&b' ') || b.last() == Some(&b' ') {
        return false;
    }
    let mut i = 0usize;
    while i < b.len() {
        // Skip the bytes that cannot matter in one tight loop.
        while i < b.len() && !WS_LEAD[usize::from(b[i])] {
            i += 1;
        }
        let Some(&c) = b.get(i) else { break };
        if c == b' ' {
            if b.get(i + 1) == Some(&b' ') {
                return false;
            }
        } else if c < 0x80 {
            return false; // ASCII white space other than the space
        } else if s
            .get(i..)
            .and_then(|r| r.chars().next())
            .is_some_and(char::is_whitespace)
        {
            // Non-ASCII white space (U+0085, U+00A0, U+1680, U+2000–U+3000).
            return false;
        }
        i += 1;
    }
    true
}

/// The number of words of a [`squash`]ed text (`s.split_whitespace().count()`):
/// its only white space is single ASCII spaces between words.
pub fn squashed_word_count(s: &str) -> usize {
    if s.is_empty() {
        0
    } else {
        s.bytes().filter(|&b| b == b' ').count() + 1
    }
}

/// Length in characters (what platforms count), not bytes.
pub fn char_len(s: &str) -> usize {
    s.chars().count()
}

/// Cut to at most `max` characters, adding `…` when cut.
pub fn truncate(s: &str, max: usize) -> String {
    // At most `max` bytes is at most `max` characters.
    if s.len() <= max || s.chars().count() <= max {
        return s.to_string();
    }
    // The first `max - 1` characters, copied as one slice.
    let end = s
        .char_indices()
        .nth(max.saturating_sub(1))
        .map_or(s.len(), |(i, _)| i);
    let kept = s.get(..end).unwrap_or(s).trim_end();
    let mut out = String::with_capacity(kept.len() + '…'.len_utf8());
    out.push_str(kept);
    out.push('…');
    out
}

/// The words of `s`: `s.split(char::is_whitespace)` without the empty pieces, with
/// ASCII bytes classified without decoding them.
fn words(s: &str) -> impl Iterator<Item = &str> {
    let b = s.as_bytes();
    // (is white space, byte length) of the character at `i`, a char boundary.
    let at = move |i: usize| -> (bool, usize) {
        let c = b[i];
        if c.is_ascii() {
            (matches!(c, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' '), 1)
        } else {
            match s.get(i..).and_then(|r| r.chars().next()) {
                Some(ch) => (ch.is_whitespace(), ch.len_utf8()),
                None => (false, 1),
            }
        }
    };
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < b.len() {
            let (ws, len) = at(i);
            if !ws {
                break;
            }
            i += len;
        }
        if i >= b.len() {
            return None;
        }
        let start = i;
        while i < b.len() {
            let (ws, len) = at(i);
            if ws {
                break;
            }
            i += len;
        }
        s.get(start..i)
    })
}

/// A short, single-line snippet of untrusted text for evidence (never markup-injected: renderers escape).
pub fn snippet(s: &str) -> String {
    const MAX: usize = 160;
    // Text that is squashed already (evidence sentences and paragraphs) is only
    // cut; longer text takes the one pass below, which stops early.
    if s.len() <= 4 * MAX && is_squashed(s) {
        return truncate(s, MAX);
    }
    // Same as `truncate(&squash(s), MAX)` in one pass that stops as soon as the
    // result is known to be cut (evidence is often a whole script or page text).
    let mut out = String::with_capacity(s.len().min(MAX * 2));
    // Characters in `out`; whole words are copied at once.
    let mut chars = 0usize;
    for word in words(s) {
        if !out.is_empty() {
            out.push(' ');
            chars += 1;
        }
        let n = if word.is_ascii() {
            word.len()
        } else {
            word.chars().count()
        };
        if chars + n > MAX {
            // Enough to know the result is cut (only MAX - 1 characters are kept).
            let take = MAX + 1 - chars;
            let end = word.char_indices().nth(take).map_or(word.len(), |(i, _)| i);
            out.push_str(word.get(..end).unwrap_or(word));
            chars += take;
            break;
        }
        out.push_str(word);
        chars += n;
    }
    if chars <= MAX {
        return out;
    }
    let keep = if out.len() == chars {
        MAX - 1 // all ASCII
    } else {
        out.char_indices().nth(MAX - 1).map_or(out.len(), |(i, _)| i)
    };
    out.truncate(keep);
    let trimmed = out.trim_end().len();
    out.truncate(trimmed);
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_split_on_unicode_white_space() {
        for s in [
            "",
            "   ",
            "one",
            " a  b\tc\n\x0bd\x0ce\r f ",
            "x\u{a0}y\u{3000}z\u{2028}w\u{85}v",
            "çok güzel  日本語\u{1c}x",
        ] {
            let want: Vec<&str> = s.split(char::is_whitespace).filter(|w| !w.is_empty()).collect();
            assert_eq!(words(s).collect::<Vec<_>>(), want, "{s:?}");
        }
    }
    #[test]
    fn snippet_one_pass_matches_squash_then_truncate() {
        let long = "word ".repeat(50);
        let short = "a bc ".repeat(70);
        let mixed = "é a\tşğ ".repeat(50);
        let cases = [
            "",
            "   ",
            " a \n b ",
            long.as_str(),
            "ş ğ ü\u{a0}x\u{2003}y",
            short.as_str(),
            mixed.as_str(),
        ];
        for base in cases {
            for extra in ["", " tail", "\n\n\u{2028}", "çok-uzun-kelime-ile-biten-metin"] {
                for pad in [0usize, 1, 150, 155, 158, 159, 160, 161, 200] {
                    let s = format!("{}{}{}", "x".repeat(pad), base, extra);
                    assert_eq!(snippet(&s), truncate(&squash(&s), 160), "{:?}", s);
                    let s = format!("{} {}{}", "é".repeat(pad), base, extra);
                    assert_eq!(snippet(&s), truncate(&squash(&s), 160), "{:?}", s);
                }
            }
        }
    }

    /// `truncate` against its plain definition on chars.
    #[test]
    fn truncate_matches_definition() {
        let plain = |s: &str, max: usize| -> String {
            if s.chars().count() <= max {
                return s.to_string();
            }
            let out: String = s.chars().take(max.saturating_sub(1)).collect();
            format!("{}…", out.trim_end())
        };
        for s in [
            "",
            "a",
            "abc def",
            "şğü İı x",
            "a   b\u{a0}c",
            "東京は大きい。とても",
            "ab \u{2003}",
        ] {
            for max in 0..12 {
                assert_eq!(truncate(s, max), plain(s, max), "{s:?} {max}");
            }
        }
    }

    #[test]
    fn squash_and_truncate() {
        assert_eq!(squash("  a \n\t b  "), "a b");
        assert_eq!(truncate("abcdef", 4), "abc…");
        assert_eq!(truncate("abc", 4), "abc");
        assert_eq!(char_len("şğü"), 3);
        assert_eq!(squash("\u{a0}x\u{2003} y\n"), "x y");
    }

    #[test]
    fn squashed_word_count_is_split_whitespace() {
        for s in [
            "",
            " ",
            "a",
            "  a \n\t b  ",
            "\u{a0}x\u{2003} y\n",
            "ş ğ ü — x",
            "a\u{3000}b c",
        ] {
            let t = squash(s);
            assert_eq!(squashed_word_count(&t), t.split_whitespace().count(), "{s:?}");
        }
    }

    /// The plain definition `squash` must agree with.
    fn squash_ref(s: &str) -> String {
        s.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn squash_matches_definition() {
        let cases = [
            "",
            " ",
            "a",
            " a",
            "a ",
            "a b",
            "a  b",
            " a b c ",
            "a\tb",
            "a \tb",
            "a\u{b}b",
            "a \u{b}b",
            "x\u{a0}y",
            "x \u{a0}y",
            "x\u{3000} y",
            "ş ğ  ü",
            "a b\u{2028}",
            "\u{85}a\u{85}",
            "  héllo   wörld \n\n",
            "a b c d e f",
            "a\r\nb",
            "a \u{200b} b",
            "é é",
        ];
        for c in cases {
            assert_eq!(squash(c), squash_ref(c), "{:?}", c);
        }
    }

    #[test]
    fn snippet_is_truncate_of_squash() {
        let long = "word  ".repeat(100);
        let cases = [
            "",
            "   ",
            " a  b ",
            &long,
            &"ş".repeat(170),
            &"x ".repeat(80),
            &"x ".repeat(81),
            &format!("{} {}", "a".repeat(159), "b"),
            &format!("{}   \n\t{}", "a".repeat(160), "b".repeat(10)),
        ];
        for c in cases {
            assert_eq!(snippet(c), truncate(&squash(c), 160), "{:?}", c);
        }
    }
}

/// Decode `%XX` escapes (`%C5%9F` → `ş`); invalid UTF-8 becomes U+FFFD and bad
/// escapes are kept as written. The one copy used by the catalogue, slugs and site checks.
pub fn percent_decode(s: &str) -> String {
    if !s.contains('%') {
        return s.to_string();
    }
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            let hex = |x: u8| (x as char).to_digit(16);
            if let (Some(h), Some(l)) = (hex(b[i + 1]), hex(b[i + 2])) {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod percent_tests {
    #[test]
    fn percent_decode() {
        assert_eq!(super::percent_decode("sosyal%20medya%C5%9F"), "sosyal medyaş");
        assert_eq!(super::percent_decode("100%"), "100%");
        assert_eq!(super::percent_decode("%zz%41"), "%zzA");
        assert_eq!(super::percent_decode("%FF"), "\u{FFFD}");
    }
}
