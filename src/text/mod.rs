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
