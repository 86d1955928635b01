//! The `<loc>` entries of a sitemap (sitemaps.org XML): page URLs of a
//! `<urlset>`, or the sitemaps of a `<sitemapindex>`. A pure function over
//! text: fetching (and decompressing) is the face's.

/// What one sitemap file lists.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SitemapLocs {
    /// True for a sitemap index: `locs` are sitemaps, not pages.
    pub index: bool,
    /// The `<loc>` values, entities decoded, trimmed, in order (at most the
    /// limit given to [`parse`]).
    pub locs: Vec<String>,
}

/// Read the `<loc>` entries of sitemap XML, at most `max` of them. Never
/// fails: text that is not a sitemap gives no entries.
pub fn parse(text: &str, max: usize) -> SitemapLocs {
    let lower = text.to_ascii_lowercase();
    let index = lower.contains("<sitemapindex");
    let mut locs = Vec::new();
    let mut at = 0;
    while locs.len() < max {
        let Some(open) = lower[at..].find("<loc").map(|i| at + i) else {
            break;
        };
        // `<loc>` or `<loc attr…>`, not `<location>`.
        let after = &lower[open + 4..];
        if !(after.starts_with('>') || after.starts_with(char::is_whitespace)) {
            at = open + 4;
            continue;
        }
        let Some(gt) = lower[open..].find('>').map(|i| open + i + 1) else {
            break;
        };
        let Some(close) = lower[gt..].find("</loc").map(|i| gt + i) else {
            break;
        };
        let raw = text[gt..close].trim();
        let raw = raw
            .strip_prefix("<![CDATA[")
            .and_then(|r| r.strip_suffix("]]>"))
            .unwrap_or(raw)
            .trim();
        if !raw.is_empty() {
            locs.push(decode(raw));
        }
        at = close + 5;
    }
    SitemapLocs { index, locs }
}

/// The five XML entities and numeric character references.
fn decode(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let end = rest.find(';').filter(|&e| e <= 10);
        let ent = end.map(|e| &rest[1..e]);
        let ch = match ent {
            Some("amp") => Some('&'),
            Some("lt") => Some('<'),
            Some("gt") => Some('>'),
            Some("quot") => Some('"'),
            Some("apos") => Some('\''),
            Some(n) if n.starts_with("#x") || n.starts_with("#X") => {
                u32::from_str_radix(&n[2..], 16).ok().and_then(char::from_u32)
            }
            Some(n) if n.starts_with('#') => n[1..].parse().ok().and_then(char::from_u32),
            _ => None,
        };
        match (ch, end) {
            (Some(c), Some(e)) => {
                out.push(c);
                rest = &rest[e + 1..];
            }
            _ => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urlset_locs_in_order_with_entities_and_cdata() {
        let x = r#"<?xml version="1.0"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc> https://e.com/a?x=1&amp;y=2 </loc><lastmod>2024-01-01</lastmod></url>
  <url><LOC><![CDATA[https://e.com/b]]></LOC></url>
  <url><location>no</location><loc></loc></url>
</urlset>"#;
        let s = parse(x, 100);
        assert!(!s.index);
        assert_eq!(s.locs, vec!["https://e.com/a?x=1&y=2", "https://e.com/b"]);
        assert_eq!(parse(x, 1).locs.len(), 1, "bounded");
    }

    #[test]
    fn index_and_junk() {
        let x = "<sitemapindex><sitemap><loc>https://e.com/s1.xml</loc></sitemap></sitemapindex>";
        let s = parse(x, 10);
        assert!(s.index);
        assert_eq!(s.locs, vec!["https://e.com/s1.xml"]);
        assert_eq!(parse("<html>not a sitemap <loc>", 10).locs.len(), 0);
        assert_eq!(decode("&#x41;&#66;&bogus;&"), "AB&bogus;&");
    }
}
