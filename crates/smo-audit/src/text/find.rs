//! Substring search for short haystacks.
//!
//! `str::contains` builds a Two-Way searcher for every call, which costs more
//! than the search itself when the haystack is a class name or a short label and
//! the needles are a list of marker words checked one after another.

/// Whether `needle` occurs in `hay`: a plain byte-window comparison, fast for
/// haystacks of a few dozen bytes. Same answer as `hay.contains(needle)`.
pub fn contains_short(hay: &str, needle: &str) -> bool {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    match n.len() {
        0 => true,
        len if len > h.len() => false,
        len => {
            let first = n[0];
            h.windows(len).any(|w| w[0] == first && w == n)
        }
    }
}

/// Whether `needle` occurs in `hay`, ignoring ASCII case; no allocation.
pub fn contains_ignore_ascii_case(hay: &str, needle: &str) -> bool {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    n.is_empty() || h.windows(n.len()).any(|w| w.eq_ignore_ascii_case(n))
}

#[cfg(test)]
mod tests {
    use super::{contains_ignore_ascii_case, contains_short};

    #[test]
    fn ignore_case_agrees_with_lowercased_contains() {
        for (h, n) in [
            ("Site-HEADER", "header"),
            ("Cookie", "cookiebot"),
            ("abc", ""),
            ("ŞAHİN-Nav", "nav"),
        ] {
            assert_eq!(
                contains_ignore_ascii_case(h, n),
                h.to_ascii_lowercase().contains(&n.to_ascii_lowercase()),
                "{:?} in {:?}",
                n,
                h
            );
        }
    }

    #[test]
    fn agrees_with_str_contains() {
        let hays = [
            "",
            "a",
            "site-header",
            "cookie_banner",
            "ÇAĞRI-paylaş",
            "aaab",
            "ababc",
        ];
        let needles = [
            "",
            "a",
            "header",
            "cookie",
            "paylaş",
            "ş",
            "aab",
            "abc",
            "xyz",
            "site-header-x",
        ];
        for h in hays {
            for n in needles {
                assert_eq!(contains_short(h, n), h.contains(n), "{:?} in {:?}", n, h);
            }
        }
    }
}
