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

/// The number of words in a segment: letters-only tokens (split on
/// separators and camelCase), so `11e4` or `fni0fha6` are not words.
fn word_count(segment: &str) -> usize {
    let mut n = 0;
    crate::text::slug::for_each_slug_word(strip_extension(segment), |w| {
        if w.chars().all(char::is_alphabetic) {
            n += 1;
        }
    });
    n
}

/// True when a segment is an id, or mostly ids with at most one word around
/// them (`00202e76-cd73-11e4-8730-4f473416e759_story`, `article-12345678`).
pub fn is_id_segment(segment: &str) -> bool {
    // Without an ASCII digit (and no `%` that could decode to one) only a
    // UUID-shaped value with four hyphens could be an id: the other id forms,
    // id tokens and years all need digits. Most slugs end here.
    if !segment.bytes().any(|b| b.is_ascii_digit() || b == b'%')
        && segment.bytes().filter(|&b| b == b'-').count() < 4
    {
        return false;
    }
    is_id_segment_full(segment)
}

/// [`is_id_segment`] without its digit-free shortcut: the full rules it must
/// agree with.
pub fn is_id_segment_full(segment: &str) -> bool {
    if is_id_like(segment) {
        return true;
    }
    let tokens = split_slug(strip_extension(segment));
    let hex_id = |t: &str| {
        t.chars().count() >= 8
            && t.chars().all(|c| c.is_ascii_hexdigit())
            && t.chars().any(|c| c.is_ascii_digit())
    };
    // Dates are readable numbers (`2017_01_01_archive`, `2005-afp`).
    let year = |t: &str| t.len() == 4 && t.parse::<u32>().is_ok_and(|y| (1900..=2100).contains(&y));
    let has_words = tokens.iter().any(|t| t.chars().all(char::is_alphabetic));
    if has_words
        && tokens.iter().any(|t| year(t))
        && tokens
            .iter()
            .filter(|t| t.chars().any(|c| c.is_ascii_digit()))
            .all(|t| year(t) || (t.len() <= 2 && t.chars().all(|c| c.is_ascii_digit())))
    {
        return false;
    }
    let (mut id_chars, mut word_chars, mut words, mut ids) = (0, 0, 0, 0);
    for t in &tokens {
        let n = t.chars().count();
        if is_id_like(t) || hex_id(t) {
            id_chars += n;
            ids += 1;
        } else if t.chars().all(char::is_alphabetic) {
            word_chars += n;
            words += 1;
        }
    }
    ids > 0 && words <= 1 && id_chars > word_chars
}

/// Generic document names that say nothing about the page (`index.html`).
fn is_generic_document(segment: &str) -> bool {
    extension(segment).is_some()
        && matches!(
            strip_extension(segment).to_ascii_lowercase().as_str(),
            "index" | "default"
        )
}

/// A date archive (`/2021/12/`, `/2021/12/07/`) or a numbered listing page
/// (`/page/2/`): numbers, but readable ones.
fn is_dated_or_paged(segs: &[&str]) -> bool {
    let num = |s: &str| s.parse::<u32>().ok();
    let n = segs.len();
    if n >= 2
        && num(segs[n - 1]).is_some()
        && matches!(
            segs[n - 2].to_ascii_lowercase().as_str(),
            "page" | "sayfa" | "seite" | "pagina" | "strona"
        )
    {
        return true;
    }
    // Trailing year[/month[/day]] after non-numeric folders.
    let first_num = segs.iter().rposition(|s| num(s).is_none()).map_or(0, |i| i + 1);
    let tail = &segs[first_num..];
    if tail.is_empty() || tail.len() > 3 {
        return false;
    }
    let year = tail[0].len() == 4 && num(tail[0]).is_some_and(|y| (1900..=2100).contains(&y));
    let month = tail
        .get(1)
        .is_none_or(|m| m.len() == 2 && num(m).is_some_and(|m| (1..=12).contains(&m)));
    let day = tail
        .get(2)
        .is_none_or(|d| d.len() == 2 && num(d).is_some_and(|d| (1..=31).contains(&d)));
    year && month && day
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
    // A descriptive segment: two or more words, not an id or a script.
    let descriptive = segs
        .iter()
        .any(|s| !is_id_segment(s) && !is_script_name(s) && word_count(s) >= 2);
    let last_is_script = last.is_some_and(is_script_name);
    if let Some(p) = id_param(url) {
        if segs.is_empty() || last_is_script || !descriptive && last.is_none_or(|l| word_count(l) == 0) {
            return Readable::IdOnly(format!("?{p}"));
        }
    }
    if let Some(l) = last {
        if is_id_segment(l) && !descriptive && !is_dated_or_paged(&segs) {
            return Readable::IdOnly(format!("/{}", percent_decode(l)));
        }
    }
    if let Some(s) = segs.iter().find(|s| is_script_name(s)) {
        return Readable::ScriptName(percent_decode(s));
    }
    Readable::Words
}

/// The slug: the last path segment when it is words; past trailing ids, script
/// names and `index.html`, the nearest descriptive (2+ words) segment
/// (`/questions/123/how-to-share`, `/how-to-share/2`). Extension stripped,
/// decoded. None on the root path or when the page is named by an id only.
pub fn slug(url: &Url) -> Option<String> {
    let segs = segments(url);
    for (i, s) in segs.iter().rev().enumerate() {
        if is_id_segment(s) || is_script_name(s) || is_generic_document(s) {
            continue;
        }
        let words = word_count(s);
        let is_last = i == 0 || segs.iter().rev().take(i).all(|t| is_generic_document(t));
        if (is_last && words > 0) || words >= 2 {
            return Some(percent_decode(strip_extension(s)));
        }
        if !is_last {
            return None;
        }
    }
    None
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
            "https://example.com/world/00202e76-cd73-11e4-8730-4f473416e759_story.html",
            "https://example.com/news/article-12345678",
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
        assert_eq!(r("https://example.com/2021/12/"), Readable::Words);
        assert_eq!(r("https://example.com/blog/2021/12/07/"), Readable::Words);
        assert_eq!(r("https://example.com/blog/page/2/"), Readable::Words);
        assert_eq!(r("https://example.com/shop/shoe-123"), Readable::Words);
        assert_eq!(r("https://example.com/2017_01_01_archive.html"), Readable::Words);
        assert!(matches!(
            r("https://example.com/201701/t20170103_9005167.htm"),
            Readable::IdOnly(_)
        ));
        assert!(matches!(r("https://example.com/2021/13/"), Readable::IdOnly(_)));
    }

    #[test]
    fn slug_skips_ids_and_extensions() {
        let u = Url::parse("https://example.com/questions/123/how-to-share.html").expect("url");
        assert_eq!(slug(&u).as_deref(), Some("how-to-share"));
        assert_eq!(slug_words(&u), ["how", "to", "share"]);
        let u = Url::parse("https://example.com/blog/ba%C5%9Fl%C4%B1k/").expect("url");
        assert_eq!(slug(&u).as_deref(), Some("başlık"));
        assert_eq!(slug(&Url::parse("https://example.com/").expect("url")), None);
        let s = |u: &str| slug(&Url::parse(u).expect("url"));
        assert_eq!(s("https://e.com/articles/318674.php"), None);
        assert_eq!(s("https://e.com/how-to-share/2"), Some("how-to-share".into()));
        assert_eq!(
            s("https://e.com/2015/03/birth-lottery/index.html"),
            Some("birth-lottery".into())
        );
        assert_eq!(s("https://e.com/contact/index.html"), Some("contact".into()));
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

    /// The digit-free shortcut of `is_id_segment` answers as the full rules do
    /// (on every corpus page's links: `tests/oracles/url_segments.rs`).
    #[test]
    fn id_segment_shortcut_equals_the_full_rules() {
        let segs = [
            "abcdefab-abcd-abcd-abcd-abcdefabcdef",
            "some-article-title",
            "ProMax",
            "a-b-c-d-e",
            "%31%32%33",
            "café-ünlü",
            "",
            "-",
            "index.html",
            "deadbeefdeadbeef",
            "x1",
            "2017_01_01_archive",
        ];
        for s in segs {
            assert_eq!(is_id_segment(s), is_id_segment_full(s), "{s:?}");
        }
    }
}
