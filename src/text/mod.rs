//! Small text helpers shared by facts, checks and renderers.

mod nfkd;
mod nfkd_table;
pub mod slug;
pub mod stopwords;

/// Collapse runs of white space to one space and trim.
pub fn squash(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            space = true;
        } else {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push(c);
        }
    }
    out
}

/// Length in characters (what platforms count), not bytes.
pub fn char_len(s: &str) -> usize {
    s.chars().count()
}

/// Cut to at most `max` characters, adding `…` when cut.
pub fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
    out = out.trim_end().to_string();
    out.push('…');
    out
}

/// A short, single-line snippet of untrusted text for evidence (never markup-injected: renderers escape).
pub fn snippet(s: &str) -> String {
    truncate(&squash(s), 160)
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn squash_and_truncate() {
        assert_eq!(squash("  a \n\t b  "), "a b");
        assert_eq!(truncate("abcdef", 4), "abc…");
        assert_eq!(truncate("abc", 4), "abc");
        assert_eq!(char_len("şğü"), 3);
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
