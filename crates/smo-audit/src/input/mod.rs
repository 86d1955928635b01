//! Bytes → text. Charset sniffing in the order the HTML standard uses:
//! BOM, a given transport content type, `<meta charset>` / `http-equiv`
//! content-type in the first 1024 bytes, then a UTF-8 validity guess, then a
//! charset `<meta>` later in the head (the parser's "change the encoding": one
//! re-decode, never over a BOM or a transport charset), then windows-1252 (the
//! web's default for legacy pages).
//!
//! The labels, BOMs and names come from `encoding_rs` (the WHATWG Encoding
//! Standard's tables). Decoding a legacy (non-UTF-8) encoding takes its
//! mapping tables, about 100 KiB gzipped in the WebAssembly module: they are
//! behind the default cargo feature `encoding-tables`, which the native CLI
//! keeps. A build without it decodes legacy pages through a host decoder set
//! with [`set_legacy_decoder`] (the npm package: the JavaScript host's
//! `TextDecoder`, which implements every WHATWG encoding).

use std::borrow::Cow;
use std::sync::OnceLock;

use encoding_rs::Encoding;

/// A decoder for a legacy encoding: the WHATWG name of the encoding (e.g.
/// `windows-1254`, `Shift_JIS`, `UTF-16LE`) and the page bytes without a BOM;
/// gives the text and whether malformed sequences were replaced with U+FFFD
/// (as the Encoding Standard's decode with replacement does), or `None` when the
/// host cannot decode this encoding.
pub type LegacyDecoder = fn(encoding: &'static str, bytes: &[u8]) -> Option<(String, bool)>;

static LEGACY_DECODER: OnceLock<LegacyDecoder> = OnceLock::new();

/// Decode legacy encodings with `decoder` from now on (once per process; a
/// later call is ignored). Without it the engine uses its own tables (feature
/// `encoding-tables`), or refuses a legacy page when built without them.
pub fn set_legacy_decoder(decoder: LegacyDecoder) {
    let _ = LEGACY_DECODER.set(decoder);
}

/// Decode `bytes` (no BOM handling) as `enc`: UTF-8 and the replacement
/// encoding here, every other encoding by the host decoder or the tables.
fn decode_as<'a>(enc: &'static Encoding, bytes: &'a [u8]) -> Result<(Cow<'a, str>, bool), InputError> {
    if enc == encoding_rs::UTF_8 {
        // Valid UTF-8 (most pages) is checked by `from_utf8`, which skips ASCII a
        // word at a time; `from_utf8_lossy` walks it in chunks byte by byte
        // (about 7 instructions a byte).
        if let Ok(s) = std::str::from_utf8(bytes) {
            return Ok((Cow::Borrowed(s), false));
        }
        return Ok(match String::from_utf8_lossy(bytes) {
            Cow::Borrowed(s) => (Cow::Borrowed(s), false),
            owned => (owned, true),
        });
    }
    if enc == encoding_rs::REPLACEMENT {
        // The Encoding Standard's replacement decoder: one U+FFFD for any input.
        return Ok(if bytes.is_empty() {
            (Cow::Borrowed(""), false)
        } else {
            (Cow::Borrowed("\u{FFFD}"), true)
        });
    }
    if let Some(decoder) = LEGACY_DECODER.get() {
        return decoder(enc.name(), bytes)
            .map(|(text, had_errors)| (Cow::Owned(text), had_errors))
            .ok_or(InputError::NoDecoder { encoding: enc.name() });
    }
    builtin_decode(enc, bytes)
}

#[cfg(feature = "encoding-tables")]
fn builtin_decode<'a>(enc: &'static Encoding, bytes: &'a [u8]) -> Result<(Cow<'a, str>, bool), InputError> {
    Ok(enc.decode_without_bom_handling(bytes))
}

#[cfg(not(feature = "encoding-tables"))]
fn builtin_decode(enc: &'static Encoding, _bytes: &[u8]) -> Result<(Cow<'static, str>, bool), InputError> {
    Err(InputError::NoDecoder { encoding: enc.name() })
}

/// Default upper bound for one page's bytes (10 MB).
pub const DEFAULT_MAX_BYTES: usize = 10 * 1024 * 1024;

/// The decoded page text and how the encoding was found. The text borrows the
/// input when it is valid UTF-8 as it stands (most pages): no copy.
#[derive(Debug, Clone)]
pub struct Decoded<'a> {
    pub text: Cow<'a, str>,
    /// WHATWG encoding name, e.g. `UTF-8`, `windows-1254`.
    pub encoding: &'static str,
    /// `bom`, `content-type`, `meta`, `utf8-over-meta`, `utf8-guess`, `late-meta` or `default`.
    pub source: &'static str,
    /// True when malformed byte sequences were replaced with U+FFFD.
    pub had_errors: bool,
}

/// Default nesting limit for container elements (see [`check_nesting`]).
pub const DEFAULT_MAX_DEPTH: usize = 5_000;

/// Input errors: each message tells the user what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InputError {
    TooLarge {
        size: usize,
        limit: usize,
    },
    Binary,
    /// Nothing but white space.
    Empty,
    /// Text without a single tag: not an HTML page.
    NoMarkup,
    TooDeep {
        depth: usize,
        limit: usize,
        line: usize,
    },
    /// One element with more attributes than [`MAX_ATTRIBUTES`] (html5ever checks
    /// each new attribute against all earlier ones: quadratic, 100,000 took 23 s).
    TooManyAttributes {
        limit: usize,
        line: usize,
    },
    /// A legacy encoding this build cannot decode (built without the
    /// `encoding-tables` feature and the host decoder does not know it).
    NoDecoder {
        encoding: &'static str,
    },
}

/// Attributes allowed on one element; real pages stay far below a hundred.
pub const MAX_ATTRIBUTES: usize = 1_000;

impl std::fmt::Display for InputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            InputError::TooLarge { size, limit } => write!(
                f,
                "the input is {} bytes, over the limit of {} bytes; raise it with --max-bytes if this page is really that large",
                size, limit
            ),
            InputError::TooDeep { depth, limit, line } => write!(
                f,
                "elements are nested more than {} levels deep (at least {} by line {}); browsers flatten anything past 512 levels, so this is almost surely broken or hostile markup — fix the unclosed tags",
                limit, depth, line
            ),
            InputError::TooManyAttributes { limit, line } => write!(
                f,
                "an element on line {} has more than {} attributes; this is broken or hostile markup — fix the tag",
                line, limit
            ),
            InputError::Binary => write!(
                f,
                "the input does not look like HTML (it holds binary data); give the page's HTML source"
            ),
            InputError::NoDecoder { encoding } => write!(
                f,
                "the page is encoded in {}, which this build cannot decode (no decoder for it here); convert the page to UTF-8",
                encoding
            ),
            InputError::Empty => write!(f, "the input is empty; give the page's HTML source"),
            InputError::NoMarkup => write!(
                f,
                "the input holds no HTML tag (plain text?); give the page's HTML source"
            ),
        }
    }
}

impl std::error::Error for InputError {}

/// Decode page bytes to text. `content_type` is an HTTP `Content-Type` value when known.
pub fn decode<'a>(
    bytes: &'a [u8],
    content_type: Option<&str>,
    max_bytes: usize,
) -> Result<Decoded<'a>, InputError> {
    if bytes.len() > max_bytes {
        return Err(InputError::TooLarge {
            size: bytes.len(),
            limit: max_bytes,
        });
    }
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let (text, had_errors) = decode_as(enc, &bytes[bom_len..])?;
        return Ok(finish(text, enc, "bom", had_errors));
    }
    if looks_binary(bytes) {
        return Err(InputError::Binary);
    }

    if let Some(enc) = content_type.and_then(charset_from_content_type) {
        let (text, had_errors) = decode_as(enc, bytes)?;
        return Ok(finish(text, enc, "content-type", had_errors));
    }
    if let Some(enc) = sniff_meta(&bytes[..bytes.len().min(1024)]) {
        // A page saved by a browser is re-encoded as UTF-8 but keeps its old
        // `<meta charset>`. Bytes that are valid UTF-8 and hold multi-byte
        // sequences are (almost) never legacy-encoded text, so UTF-8 wins then.
        if enc != encoding_rs::UTF_8 && !bytes.is_ascii() {
            if let Ok(s) = std::str::from_utf8(bytes) {
                return Ok(finish(
                    Cow::Borrowed(s),
                    encoding_rs::UTF_8,
                    "utf8-over-meta",
                    false,
                ));
            }
        }
        let (text, had_errors) = decode_as(enc, bytes)?;
        return Ok(finish(text, enc, "meta", had_errors));
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        return Ok(finish(Cow::Borrowed(s), encoding_rs::UTF_8, "utf8-guess", false));
    }
    // No declaration in the first 1,024 bytes and not UTF-8: the encoding is a
    // tentative guess, and a browser that meets a charset `<meta>` further on
    // re-decodes the page with it (HTML's "change the encoding"). Once: the
    // late declaration is looked for in the bytes, before any decoding.
    if let Some(enc) = late_meta(bytes) {
        let (text, had_errors) = decode_as(enc, bytes)?;
        return Ok(finish(text, enc, "late-meta", had_errors));
    }
    let enc = encoding_rs::WINDOWS_1252;
    let (text, had_errors) = decode_as(enc, bytes)?;
    Ok(finish(text, enc, "default", had_errors))
}

/// How far into a page a late charset `<meta>` is looked for (it belongs in
/// the head; a page whose head is longer than this is not waited for).
const LATE_META_SCAN: usize = 256 * 1024;

/// A charset `<meta>` after the first 1,024 bytes and before `<body` (or the
/// scan limit), outside comments, scripts and styles, as the tree builder would
/// meet it in the head. The HTML standard's substitutions apply (UTF-16 → UTF-8,
/// x-user-defined → windows-1252).
fn late_meta(bytes: &[u8]) -> Option<&'static Encoding> {
    let end = bytes.len().min(LATE_META_SCAN);
    let b = &bytes[..end];
    let mut i = 0;
    while let Some(lt) = b[i..].iter().position(|&c| c == b'<').map(|p| p + i) {
        let rest = &b[lt..];
        let starts = |w: &[u8]| rest.len() >= w.len() && rest[..w.len()].eq_ignore_ascii_case(w);
        if starts(b"<!--") {
            i = find(b, lt + 4, b"-->").map_or(end, |p| p + 3);
        } else if starts(b"<script") || starts(b"<style") {
            let name: &[u8] = if starts(b"<script") { b"script" } else { b"style" };
            i = find_close_tag(b, lt + 1, name).unwrap_or(end);
        } else if starts(b"<body") {
            return None;
        } else if starts(b"<meta") {
            let close = b[lt..].iter().position(|&c| c == b'>').map_or(end, |p| lt + p);
            if lt >= 1024 {
                if let Some(enc) = sniff_meta(&b[lt..(close + 1).min(end)]) {
                    return Some(enc);
                }
            }
            i = close;
        } else {
            i = lt + 1;
        }
        if i >= end {
            break;
        }
    }
    None
}

fn finish<'a>(
    text: Cow<'a, str>,
    enc: &'static Encoding,
    source: &'static str,
    had_errors: bool,
) -> Decoded<'a> {
    Decoded {
        text,
        encoding: enc.name(),
        source,
        had_errors,
    }
}

/// Many NUL bytes in the first 4 KB: not a text page (UTF-16 without BOM is rare on the web).
/// NUL bytes, or C0 control bytes other than white space (which no text
/// encoding of an HTML page uses), in the first 4 KB: over 1 in 10 NULs or
/// 1 in 20 controls.
fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(4096)];
    let nuls = head.iter().filter(|&&b| b == 0).count();
    let controls = head
        .iter()
        .filter(|&&b| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c | 0x1b)) || b == 0x7f)
        .count();
    (nuls > 8 && nuls * 10 > head.len()) || (controls > 8 && controls * 20 > head.len())
}

/// A page to audit must hold something and some markup: empty input and
/// plain text are refused (never scored). A UTF-16 page (with its BOM) is
/// let through: its bytes interleave NULs.
pub fn require_markup(bytes: &[u8], max_bytes: usize) -> Result<(), InputError> {
    // Too large or binary: `decode` says so.
    if bytes.len() > max_bytes || looks_binary(bytes) {
        return Ok(());
    }
    if matches!(Encoding::for_bom(bytes), Some((e, _)) if e != encoding_rs::UTF_8) {
        return Ok(());
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(InputError::Empty);
    }
    if !has_tag(bytes) {
        return Err(InputError::NoMarkup);
    }
    Ok(())
}

/// Whether the bytes hold a tag, a comment or a doctype anywhere (`<` then a
/// letter, `/`, `!` or `?`): every encoding a page may declare without a BOM
/// is ASCII-compatible.
fn has_tag(bytes: &[u8]) -> bool {
    bytes
        .windows(2)
        .any(|w| w[0] == b'<' && (w[1].is_ascii_alphabetic() || matches!(w[1], b'/' | b'!' | b'?')))
}

/// `text/html; charset=windows-1254` → windows-1254.
pub fn charset_from_content_type(ct: &str) -> Option<&'static Encoding> {
    let lower = ct.to_ascii_lowercase();
    let idx = lower.find("charset")?;
    let rest = lower[idx + 7..].trim_start();
    let rest = rest.strip_prefix('=')?.trim_start();
    let rest = rest.trim_start_matches(['"', '\'']);
    let end = rest
        .find(|c: char| c == ';' || c == '"' || c == '\'' || c.is_whitespace())
        .unwrap_or(rest.len());
    label_to_encoding(&rest[..end])
}

fn label_to_encoding(label: &str) -> Option<&'static Encoding> {
    let enc = Encoding::for_label(label.trim().as_bytes())?;
    // The HTML standard: a meta-declared UTF-16 means UTF-8; x-user-defined means windows-1252.
    if enc == encoding_rs::UTF_16LE || enc == encoding_rs::UTF_16BE {
        return Some(encoding_rs::UTF_8);
    }
    if enc == encoding_rs::X_USER_DEFINED {
        return Some(encoding_rs::WINDOWS_1252);
    }
    Some(enc)
}

/// A light version of the HTML standard's prescan: find `<meta charset=...>` or
/// `<meta http-equiv=content-type content="...charset=...">` in the head bytes.
fn sniff_meta(head: &[u8]) -> Option<&'static Encoding> {
    let text: String = head.iter().map(|&b| (b as char).to_ascii_lowercase()).collect();
    let mut pos = 0;
    while let Some(i) = text[pos..].find("<meta") {
        let start = pos + i;
        let end = text[start..].find('>').map(|e| start + e).unwrap_or(text.len());
        let tag = &text[start..end];
        if let Some(ci) = tag.find("charset") {
            let after = tag[ci + 7..].trim_start();
            if let Some(v) = after.strip_prefix('=') {
                let v = v.trim_start().trim_start_matches(['"', '\'']);
                let stop = v
                    .find(|c: char| c == '"' || c == '\'' || c == ';' || c == '/' || c.is_whitespace())
                    .unwrap_or(v.len());
                if let Some(enc) = label_to_encoding(&v[..stop]) {
                    return Some(enc);
                }
            }
        }
        pos = end.max(start + 5);
        if pos >= text.len() {
            break;
        }
    }
    None
}

/// Container elements that need an explicit end tag and nest freely. Elements with
/// implied end tags (p, li, td, option, ...) are not counted.
/// `NESTING.contains(&name)` as a `match` (the compiler dispatches on length first).
fn is_nesting(name: &str) -> bool {
    matches!(
        name,
        "div"
            | "span"
            | "section"
            | "article"
            | "main"
            | "aside"
            | "nav"
            | "header"
            | "footer"
            | "ul"
            | "ol"
            | "table"
            | "blockquote"
            | "form"
            | "figure"
            | "details"
            | "fieldset"
            | "em"
            | "strong"
            | "b"
            | "i"
            | "u"
            | "font"
            | "small"
            | "big"
            | "center"
            | "label"
            | "q"
            | "sub"
            | "sup"
            | "mark"
            | "abbr"
            | "cite"
            | "code"
    )
}

#[cfg_attr(not(test), allow(dead_code))]
const NESTING: &[&str] = &[
    "div",
    "span",
    "section",
    "article",
    "main",
    "aside",
    "nav",
    "header",
    "footer",
    "ul",
    "ol",
    "table",
    "blockquote",
    "form",
    "figure",
    "details",
    "fieldset",
    "em",
    "strong",
    "b",
    "i",
    "u",
    "font",
    "small",
    "big",
    "center",
    "label",
    "q",
    "sub",
    "sup",
    "mark",
    "abbr",
    "cite",
    "code",
];

/// A cheap pre-scan (one pass, no tree) for pathological nesting. html5ever's tree
/// builder scans its stack of open elements on many start tags, so a page nested
/// 100,000 deep costs it billions of steps; such a page is refused with a clear error
/// before parsing. Comments and raw-text elements (script, style, textarea, title)
/// are skipped.
pub fn check_nesting(text: &str, limit: usize) -> Result<(), InputError> {
    let b = text.as_bytes();
    let mut depth: usize = 0;
    let mut i = 0;
    // The next `>` at or after some position, remembered so that a page full of
    // unclosed tags costs one scan, not one per tag (that was quadratic).
    let mut next_gt: Option<Option<usize>> = None;
    while let Some(off) = b.get(i..).and_then(|r| memchr::memchr(b'<', r)) {
        i += off + 1;
        if b[i..].starts_with(b"!--") {
            match find(b, i + 3, b"-->") {
                Some(e) => i = e + 3,
                None => break,
            }
            continue;
        }
        let closing = b.get(i) == Some(&b'/');
        let start = if closing { i + 1 } else { i };
        let mut end = start;
        while end < b.len() && end - start < 12 && b[end].is_ascii_alphanumeric() {
            end += 1;
        }
        if end == start {
            continue;
        }
        // Lower-cased name in a stack buffer (at most 12 ASCII bytes).
        let mut buf = [0u8; 12];
        let n = end - start;
        for (d, s) in buf.iter_mut().zip(&b[start..end]) {
            *d = s.to_ascii_lowercase();
        }
        let name = std::str::from_utf8(&buf[..n]).unwrap_or("");
        let mut tag_end = end;
        if !closing {
            let (attrs, te) = scan_attributes(b, end, MAX_ATTRIBUTES);
            tag_end = te;
            if attrs > MAX_ATTRIBUTES {
                let line = text[..i].matches('\n').count() + 1;
                return Err(InputError::TooManyAttributes {
                    limit: MAX_ATTRIBUTES,
                    line,
                });
            }
            // Nothing inside the tag (quoted values included) starts another tag;
            // skipping it also keeps the whole scan linear.
            if !is_nesting(name) {
                i = tag_end.max(i);
                if matches!(name, "script" | "style" | "textarea" | "title" | "xmp") {
                    match find_close_tag(b, i, name.as_bytes()) {
                        Some(e) => i = e + 2 + n,
                        None => break,
                    }
                }
                continue;
            }
        }
        if !closing && matches!(name, "script" | "style" | "textarea" | "title" | "xmp") {
            match find_close_tag(b, end, name.as_bytes()) {
                Some(e) => i = e + 2 + n,
                None => break,
            }
            continue;
        }
        if !is_nesting(name) {
            continue;
        }
        if closing {
            depth = depth.saturating_sub(1);
        } else {
            let gt = match next_gt {
                Some(Some(g)) if g >= end => Some(g),
                Some(None) => None,
                _ => {
                    let g = memchr::memchr(b'>', &b[end..]).map(|p| end + p);
                    next_gt = Some(g);
                    g
                }
            };
            i = tag_end.max(i);
            if gt.is_some_and(|g| g > 0 && b[g - 1] == b'/') {
                continue;
            }
            depth += 1;
            if depth > limit {
                let line = text[..i].matches('\n').count() + 1;
                return Err(InputError::TooDeep { depth, limit, line });
            }
        }
    }
    Ok(())
}

/// Counts the attributes of a start tag whose name ends at `from`, the way the HTML
/// tokenizer reads them, stopping once past `limit`. Returns (count, index after
/// the tag's `>` or the end of input).
fn scan_attributes(b: &[u8], from: usize, limit: usize) -> (usize, usize) {
    let ws = |c: u8| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0C);
    let mut i = from;
    let mut count = 0;
    // Rest of the tag name.
    while i < b.len() && !ws(b[i]) && b[i] != b'/' && b[i] != b'>' {
        i += 1;
    }
    loop {
        while i < b.len() && (ws(b[i]) || b[i] == b'/') {
            i += 1;
        }
        if i >= b.len() {
            return (count, b.len());
        }
        if b[i] == b'>' {
            return (count, i + 1);
        }
        // Attribute name (its first character may be `=`).
        count += 1;
        if count > limit {
            return (count, i);
        }
        i += 1;
        while i < b.len() && !ws(b[i]) && !matches!(b[i], b'/' | b'>' | b'=') {
            i += 1;
        }
        while i < b.len() && ws(b[i]) {
            i += 1;
        }
        if i < b.len() && b[i] == b'=' {
            i += 1;
            while i < b.len() && ws(b[i]) {
                i += 1;
            }
            match b.get(i) {
                Some(&q) if q == b'"' || q == b'\'' => {
                    i = memchr::memchr(q, &b[i + 1..]).map_or(b.len(), |p| i + 1 + p + 1);
                }
                Some(_) => {
                    while i < b.len() && !ws(b[i]) && b[i] != b'>' {
                        i += 1;
                    }
                }
                None => {}
            }
        }
    }
}

/// First `needle` at or after `from`.
fn find(hay: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    memchr::memmem::find(hay.get(from..)?, needle).map(|p| from + p)
}

/// First `</name` (name compared ASCII case-insensitively) at or after `from`.
fn find_close_tag(hay: &[u8], from: usize, name: &[u8]) -> Option<usize> {
    let mut i = from;
    while let Some(p) = memchr::memchr(b'<', hay.get(i..)?) {
        let at = i + p;
        if hay.get(at + 1) == Some(&b'/')
            && hay
                .get(at + 2..at + 2 + name.len())
                .is_some_and(|w| w.eq_ignore_ascii_case(name))
        {
            return Some(at);
        }
        i = at + 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attribute_limit() {
        let many = format!("<p>\n<div {}>x</div>", "a ".repeat(MAX_ATTRIBUTES + 1));
        let e = check_nesting(&many, 100).unwrap_err();
        assert!(
            matches!(e, InputError::TooManyAttributes { line: 2, .. }),
            "{:?}",
            e
        );
        let fine = format!("<div {}>x</div>", "a=\"<b c d>\" ".repeat(MAX_ATTRIBUTES));
        assert!(check_nesting(&fine, 100).is_ok());
        assert_eq!(scan_attributes(b"<a href='x>y' b=c d>", 2, 10), (3, 20));
        assert_eq!(scan_attributes(b"<a =x>", 2, 10), (1, 6));
    }

    #[test]
    fn nesting_match_is_the_list() {
        for n in NESTING {
            assert!(is_nesting(n), "{}", n);
        }
        for n in ["p", "li", "br", "script", "divx", ""] {
            assert!(!is_nesting(n), "{}", n);
        }
    }

    #[test]
    fn nesting_limit() {
        let deep = "<div>".repeat(100);
        assert!(check_nesting(&deep, 50).is_err());
        assert!(check_nesting(&deep, 100).is_ok());
        // Closed elements, comments and scripts do not count.
        let flat = "<div></div>".repeat(1000) + "<!-- <div><div> --><script>'<div><div>'</script>";
        assert!(check_nesting(&flat, 1).is_ok());
        // Self-closing and implied-end elements do not count.
        assert!(check_nesting(&"<p>x<li>y<br/><span/>".repeat(500), 5).is_ok());
        let e = check_nesting(&format!("<p>\n{}", "<span>".repeat(10)), 5).unwrap_err();
        assert!(matches!(e, InputError::TooDeep { line: 2, .. }), "{:?}", e);
    }

    #[test]
    fn utf8_bom() {
        let d = decode(b"\xEF\xBB\xBF<p>\xC5\x9F</p>", None, DEFAULT_MAX_BYTES).unwrap();
        assert_eq!(d.text, "<p>ş</p>");
        assert_eq!(d.source, "bom");
    }

    #[test]
    fn turkish_windows_1254_meta() {
        // "Danışmanlık" in windows-1254: ı = 0xFD, ş = 0xFE
        let mut b =
            b"<html><head><meta charset=\"windows-1254\"></head><body>Dan\xFD\xFEmanl\xFDk</body>".to_vec();
        let d = decode(&b, None, DEFAULT_MAX_BYTES).unwrap();
        assert!(d.text.contains("Danışmanlık"), "{}", d.text);
        assert_eq!(d.encoding, "windows-1254");
        // ISO-8859-9 maps to windows-1254 in the WHATWG encoding standard
        b = b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-9\"><p>\xFE\xF0</p>"
            .to_vec();
        let d = decode(&b, None, DEFAULT_MAX_BYTES).unwrap();
        assert!(d.text.contains("şğ"), "{}", d.text);
        assert_eq!(d.source, "meta");
    }

    #[test]
    fn saved_utf8_page_with_stale_meta() {
        // Saved as UTF-8, still declaring gb2312: the declared charset would garble it.
        let b = "<meta charset=gb2312><p>中文 şğ</p>".as_bytes();
        let d = decode(b, None, DEFAULT_MAX_BYTES).unwrap();
        assert!(d.text.contains("中文 şğ"), "{}", d.text);
        assert_eq!(d.source, "utf8-over-meta");
        // Real windows-1254 bytes are not valid UTF-8: the meta is followed.
        let d = decode(
            b"<meta charset=windows-1254><p>\xFE\xF0</p>",
            None,
            DEFAULT_MAX_BYTES,
        )
        .unwrap();
        assert_eq!(d.source, "meta");
    }

    #[test]
    fn content_type_wins_over_meta() {
        let b = b"<meta charset=utf-8><p>\xFD</p>";
        let d = decode(b, Some("text/html; charset=iso-8859-9"), DEFAULT_MAX_BYTES).unwrap();
        assert!(d.text.contains('ı'));
        assert_eq!(d.source, "content-type");
    }

    #[test]
    fn utf8_guess_and_fallback() {
        let d = decode("<p>çğü</p>".as_bytes(), None, DEFAULT_MAX_BYTES).unwrap();
        assert_eq!(d.source, "utf8-guess");
        let d = decode(b"<p>caf\xE9</p>", None, DEFAULT_MAX_BYTES).unwrap();
        assert_eq!(d.text, "<p>café</p>");
        assert_eq!(d.source, "default");
    }

    #[test]
    fn limits_and_binary() {
        let err = decode(&[b'a'; 100], None, 10).unwrap_err();
        assert!(matches!(err, InputError::TooLarge { size: 100, limit: 10 }));
        assert!(err.to_string().contains("--max-bytes"));
        let bin = vec![0u8; 2000];
        assert_eq!(
            decode(&bin, None, DEFAULT_MAX_BYTES).unwrap_err(),
            InputError::Binary
        );
    }

    #[test]
    fn utf16_meta_means_utf8() {
        let d = decode(b"<meta charset=utf-16><p>x</p>", None, DEFAULT_MAX_BYTES).unwrap();
        assert_eq!(d.encoding, "UTF-8");
    }

    /// A page in `label` whose charset `<meta>` comes after more than 1,024 bytes
    /// of head (a long style block), then the title.
    fn late_meta_page(label: &str, title: &str) -> Vec<u8> {
        let enc = Encoding::for_label(label.as_bytes()).unwrap();
        let css = ".rule-with-a-long-name { color: #333; margin: 0 auto; }\n".repeat(30);
        assert!(css.len() > 1024);
        let html = format!(
            "<!doctype html><html><head><style>{css}</style><!-- <meta charset=koi8-r> --><meta http-equiv=\"Content-Type\" content=\"text/html; charset={label}\"><title>{title}</title></head><body><p>{title}</p></body></html>"
        );
        let (bytes, _, unmappable) = enc.encode(&html);
        assert!(!unmappable);
        bytes.into_owned()
    }

    #[test]
    fn late_meta_windows_1250() {
        let title = "Žluťoučký kůň úpěl ďábelské ódy";
        let bytes = late_meta_page("windows-1250", title);
        let d = decode(&bytes, None, DEFAULT_MAX_BYTES).unwrap();
        assert_eq!((d.encoding, d.source), ("windows-1250", "late-meta"));
        assert!(d.text.contains(&format!("<title>{title}</title>")));
    }

    #[test]
    fn late_meta_gb2312() {
        let title = "中文网页标题";
        let bytes = late_meta_page("gb2312", title);
        let d = decode(&bytes, None, DEFAULT_MAX_BYTES).unwrap();
        assert_eq!((d.encoding, d.source), ("GBK", "late-meta"));
        assert!(d.text.contains(&format!("<title>{title}</title>")));
    }

    #[test]
    fn late_meta_bounds() {
        let bytes = late_meta_page("windows-1250", "Žluťoučký kůň");
        // A transport charset or a BOM wins: no re-decode.
        let d = decode(&bytes, Some("text/html; charset=windows-1252"), DEFAULT_MAX_BYTES).unwrap();
        assert_eq!((d.encoding, d.source), ("windows-1252", "content-type"));
        let mut bom = b"\xEF\xBB\xBF".to_vec();
        bom.extend_from_slice(&bytes);
        assert_eq!(decode(&bom, None, DEFAULT_MAX_BYTES).unwrap().source, "bom");
        // A meta in the body, in a comment or in a script is not the page's declaration.
        let pad = " ".repeat(1100);
        for late in [
            "</head><body><meta charset=windows-1250>",
            "<!-- <meta charset=windows-1250> -->",
            "<script>document.write('<meta charset=windows-1250>')</script>",
        ] {
            let page = format!("<html><head>{pad}{late}<title>\u{e9}</title>");
            let page = encoding_rs::WINDOWS_1252.encode(&page).0.into_owned();
            let d = decode(&page, None, DEFAULT_MAX_BYTES).unwrap();
            assert_eq!((d.encoding, d.source), ("windows-1252", "default"), "{late}");
        }
        // UTF-16 named late means UTF-8, x-user-defined means windows-1252.
        let page = [
            format!("<html><head>{pad}<meta charset=utf-16><title>").as_bytes(),
            b"\xE9</title>",
        ]
        .concat();
        let d = decode(&page, None, DEFAULT_MAX_BYTES).unwrap();
        assert_eq!((d.encoding, d.source), ("UTF-8", "late-meta"));
        let page = [
            format!("<html><head>{pad}<meta charset=x-user-defined><title>").as_bytes(),
            b"\xE9</title>",
        ]
        .concat();
        let d = decode(&page, None, DEFAULT_MAX_BYTES).unwrap();
        assert_eq!((d.encoding, d.source), ("windows-1252", "late-meta"));
        // Valid UTF-8 stays UTF-8 whatever a late meta says (a page saved by a browser).
        let page = format!("<html><head>{pad}<meta charset=windows-1250><title>Žluťoučký</title>");
        let d = decode(page.as_bytes(), None, DEFAULT_MAX_BYTES).unwrap();
        assert_eq!(d.source, "utf8-guess");
    }
}
