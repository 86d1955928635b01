//! URL rules shared by the `urls` checks, `link-urls` and site mode: is an
//! address readable (words) or does it name the page by an id only; which
//! segment is the slug; which query parameters are tracking or session ids.

use url::Url;

use crate::text::slug::{percent_decode, split_slug};

/// How readable an address is (the `url-readable` rules).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Readable {
    /// The path names the page with words.
    Words,
    /// A server script name in the path (`index.php`, `page.aspx`); the segment.
    ScriptName(String),
    /// The page is named by an id only (`?p=123`, `/node/4711`, a hash, a UUID);
    /// the part that is the id.
    IdOnly(String),
}

/// Extensions of server scripts that leak into addresses.
const SCRIPT_EXT: &[&str] = &[
    "php", "php3", "php4", "php5", "phtml", "asp", "aspx", "ashx", "jsp", "jspx", "cgi", "pl", "cfm", "do",
    "action", "dll", "exe", "nsf",
];

/// Extensions of static pages (not a problem, stripped before reading words).
const PAGE_EXT: &[&str] = &["html", "htm", "shtml", "xhtml"];

/// Extensions of files that are not pages (skipped by `link-urls`).
pub const ASSET_EXT: &[&str] = &[
    "pdf", "jpg", "jpeg", "png", "gif", "webp", "avif", "svg", "ico", "zip", "gz", "rar", "7z", "mp3", "mp4",
    "m4a", "webm", "ogg", "wav", "mov", "avi", "css", "js", "mjs", "json", "xml", "rss", "atom", "txt",
    "csv", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "epub", "woff", "woff2", "ttf", "otf",
    "dmg", "apk",
];

/// Query parameters that carry the page's id.
const ID_PARAMS: &[&str] = &[
    "p",
    "id",
    "page_id",
    "pageid",
    "post",
    "post_id",
    "postid",
    "pid",
    "nid",
    "aid",
    "cid",
    "tid",
    "uid",
    "item",
    "itemid",
    "item_id",
    "article",
    "articleid",
    "article_id",
    "product",
    "productid",
    "product_id",
    "story_fbid",
    "topic",
    "showtopic",
    "thread",
    "threadid",
    "t",
    "f",
    "docid",
    "doc_id",
    "content_id",
    "contentid",
    "newsid",
    "news_id",
    "catid",
    "cat_id",
    "option",
    "view",
    "itemno",
    "no",
    "idx",
];

/// The extension of a path segment, lower-cased (`Page.ASPX` → `aspx`).
pub fn extension(segment: &str) -> Option<String> {
    let (stem, ext) = segment.rsplit_once('.')?;
    if stem.is_empty() || ext.is_empty() || !ext.chars().all(|c| c.is_ascii_alphanumeric()) {
        return None;
    }
    Some(ext.to_ascii_lowercase())
}

/// True for a segment that ends in a server script extension.
pub fn is_script_name(segment: &str) -> bool {
    extension(segment).is_some_and(|e| SCRIPT_EXT.contains(&e.as_str()))
}

/// True when an address points at a file that is not a page (PDF, image, ...).
pub fn is_asset(url: &Url) -> bool {
    segments(url)
        .last()
        .and_then(|s| extension(s))
        .is_some_and(|e| ASSET_EXT.contains(&e.as_str()))
}

/// The non-empty path segments, as written (percent-encoded).
pub fn segments(url: &Url) -> Vec<&str> {
    url.path_segments()
        .map(|s| s.filter(|x| !x.is_empty()).collect())
        .unwrap_or_default()
}

/// A segment without a static-page or script extension (`post.html` → `post`).
pub fn strip_extension(segment: &str) -> &str {
    match (segment.rsplit_once('.'), extension(segment)) {
        (Some((stem, _)), Some(e)) if PAGE_EXT.contains(&e.as_str()) || SCRIPT_EXT.contains(&e.as_str()) => {
            stem
        }
        _ => segment,
    }
}

/// True when a path segment is an id rather than words: digits only, a UUID,
/// 12+ hex digits, or a random-looking token (8+ characters mixing digits and
/// letters with frequent case / digit changes, like `dQw4w9WgXcQ`).
pub fn is_id_like(segment: &str) -> bool {
    let s = percent_decode(strip_extension(segment));
    let s = s.trim();
    if s.is_empty() {
        return false;
    }
    let n = s.chars().count();
    if s.chars().all(|c| c.is_ascii_digit()) {
        return true;
    }
    // UUID 8-4-4-4-12.
    let parts: Vec<&str> = s.split('-').collect();
    if parts.len() == 5
        && parts.iter().map(|p| p.len()).eq([8usize, 4, 4, 4, 12])
        && parts.iter().all(|p| p.chars().all(|c| c.is_ascii_hexdigit()))
    {
        return true;
    }
    // Long hex (hashes, Mongo ids), with at least one digit.
    if n >= 12 && s.chars().all(|c| c.is_ascii_hexdigit()) && s.chars().any(|c| c.is_ascii_digit()) {
        return true;
    }
    // Random tokens: no separators, letters and digits, many class changes.
    if n >= 8
        && s.chars().all(|c| c.is_ascii_alphanumeric())
        && s.chars().any(|c| c.is_ascii_digit())
        && s.chars().any(|c| c.is_ascii_alphabetic())
    {
        let class = |c: char| {
            if c.is_ascii_digit() {
                0
            } else if c.is_ascii_uppercase() {
                1
            } else {
                2
            }
        };
        let chars: Vec<char> = s.chars().collect();
        // Upper → lower is ordinary capitalisation (`ProMax`), not a change.
        let changes = chars
            .windows(2)
            .filter(|w| class(w[0]) != class(w[1]) && !(class(w[0]) == 1 && class(w[1]) == 2))
            .count();
        let digits = chars.iter().filter(|c| c.is_ascii_digit()).count();
        if changes * 10 >= n * 4 || digits * 10 >= n * 4 {
            return true;
        }
    }
    false
}

/// The number of words in a segment (split on separators and camelCase).
fn word_count(segment: &str) -> usize {
    split_slug(strip_extension(segment))
        .iter()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .count()
}

/// The id query parameter of an address, if any (`p=123`).
pub fn id_param(url: &Url) -> Option<String> {
    url.query_pairs()
        .find(|(k, v)| ID_PARAMS.contains(&k.to_ascii_lowercase().as_str()) && !v.trim().is_empty())
        .map(|(k, v)| format!("{k}={v}"))
}

/// The `url-readable` rules for one address.
pub fn readable(url: &Url) -> Readable {
    let segs = segments(url);
    let last = segs.last().copied();
    // A page path without words: only ids, script names and one-word folders.
    let descriptive = segs
        .iter()
        .any(|s| !is_id_like(s) && !is_script_name(s) && word_count(s) >= 2);
    let last_is_script = last.is_some_and(is_script_name);
    if let Some(p) = id_param(url) {
        if segs.is_empty() || last_is_script || !descriptive && last.is_none_or(|l| word_count(l) == 0) {
            return Readable::IdOnly(format!("?{p}"));
        }
    }
    if let Some(l) = last {
        if is_id_like(l) && !descriptive {
            return Readable::IdOnly(format!("/{}", percent_decode(l)));
        }
    }
    if let Some(s) = segs.iter().find(|s| is_script_name(s)) {
        return Readable::ScriptName(percent_decode(s));
    }
    Readable::Words
}

/// The slug: the last path segment that is words (ids and script names
/// skipped, extension stripped), decoded. None on the root path.
pub fn slug(url: &Url) -> Option<String> {
    segments(url)
        .iter()
        .rev()
        .find(|s| !is_id_like(s) && !is_script_name(s) && word_count(s) > 0)
        .map(|s| percent_decode(strip_extension(s)))
}

/// The slug's words as written (see [`split_slug`]).
pub fn slug_words(url: &Url) -> Vec<String> {
    slug(url).map(|s| split_slug(&s)).unwrap_or_default()
}

/// Tracking parameters (campaign tags and click ids).
pub fn is_tracking_param(key: &str) -> bool {
    let k = key.to_ascii_lowercase();
    k.starts_with("utm_")
        || matches!(
            k.as_str(),
            "fbclid"
                | "gclid"
                | "gclsrc"
                | "dclid"
                | "gbraid"
                | "wbraid"
                | "msclkid"
                | "yclid"
                | "twclid"
                | "ttclid"
                | "igshid"
                | "li_fat_id"
                | "mc_cid"
                | "mc_eid"
                | "_ga"
                | "_gl"
                | "_hsenc"
                | "_hsmi"
                | "mkt_tok"
                | "srsltid"
        )
}

/// Session-id parameters.
pub fn is_session_param(key: &str) -> bool {
    let k = key.to_ascii_lowercase();
    matches!(
        k.as_str(),
        "jsessionid"
            | "phpsessid"
            | "sid"
            | "sessionid"
            | "session_id"
            | "sessid"
            | "cfid"
            | "cftoken"
            | "zenid"
            | "oscsid"
    ) || k.starts_with("aspsessionid")
}

/// Session ids and tracking parameters in an address (including `;jsessionid=`
/// path parameters), as `key` strings.
pub fn bad_params(url: &Url) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for (k, _) in url.query_pairs() {
        if (is_tracking_param(&k) || is_session_param(&k)) && !out.iter().any(|o| o.eq_ignore_ascii_case(&k))
        {
            out.push(k.into_owned());
        }
    }
    let path = url.path().to_ascii_lowercase();
    for p in ["jsessionid", "phpsessid", "sid"] {
        if path.contains(&format!(";{p}=")) && !out.iter().any(|o| o.eq_ignore_ascii_case(p)) {
            out.push(p.to_string());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(u: &str) -> Readable {
        readable(&Url::parse(u).expect("url"))
    }

    #[test]
    fn id_only_addresses() {
        for u in [
            "https://example.com/?p=123",
            "https://example.com/index.php?id=5",
            "https://www.facebook.com/profile.php?id=100004",
            "https://example.com/node/4711",
            "https://example.com/products/4711",
            "https://example.com/p/8f14e45fceea167a5a36dedd",
            "https://example.com/item/123e4567-e89b-12d3-a456-426614174000",
            "https://example.com/v/dQw4w9WgXcQ",
            "https://example.com/a1b2c3d4e5",
            "https://example.com/viewtopic.php?t=42",
        ] {
            assert!(matches!(r(u), Readable::IdOnly(_)), "{u}: {:?}", r(u));
        }
    }

    #[test]
    fn script_names_and_words() {
        assert_eq!(
            r("https://example.com/index.php/blog/my-post"),
            Readable::ScriptName("index.php".into())
        );
        assert_eq!(
            r("https://example.com/contact.aspx"),
            Readable::ScriptName("contact.aspx".into())
        );
        assert_eq!(
            r("https://example.com/blog/sosyal-medya-danismanligi"),
            Readable::Words
        );
        assert_eq!(
            r("https://example.com/questions/123/how-to-share"),
            Readable::Words
        );
        assert_eq!(r("https://example.com/how-to-share/2"), Readable::Words);
        assert_eq!(r("https://example.com/blog/my-post?id=5"), Readable::Words);
        assert_eq!(r("https://example.com/iPhone15ProMax"), Readable::Words);
        assert_eq!(r("https://example.com/about.html"), Readable::Words);
        assert_eq!(r("https://example.com/"), Readable::Words);
    }

    #[test]
    fn slug_skips_ids_and_extensions() {
        let u = Url::parse("https://example.com/questions/123/how-to-share.html").expect("url");
        assert_eq!(slug(&u).as_deref(), Some("how-to-share"));
        assert_eq!(slug_words(&u), ["how", "to", "share"]);
        let u = Url::parse("https://example.com/blog/ba%C5%9Fl%C4%B1k/").expect("url");
        assert_eq!(slug(&u).as_deref(), Some("başlık"));
        assert_eq!(slug(&Url::parse("https://example.com/").expect("url")), None);
    }

    #[test]
    fn tracking_and_session() {
        let u = Url::parse("https://e.com/a;jsessionid=AB12?utm_source=x&fbclid=1&PHPSESSID=9&q=1&s=shoes")
            .expect("url");
        assert_eq!(
            bad_params(&u),
            ["utm_source", "fbclid", "PHPSESSID", "jsessionid"]
        );
        assert!(is_asset(
            &Url::parse("https://e.com/files/Guide.PDF").expect("url")
        ));
        assert!(!is_asset(&Url::parse("https://e.com/guide").expect("url")));
    }
}
