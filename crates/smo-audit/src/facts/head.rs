//! Head metadata facts: meta tags, link tags, Open Graph, X cards, JSON-LD.

use std::collections::BTreeMap;

use serde::Serialize;
use url::Url;

/// One `<meta>` tag as written (keys lower-cased).
#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MetaTag {
    pub name: Option<String>,
    pub property: Option<String>,
    pub http_equiv: Option<String>,
    pub itemprop: Option<String>,
    pub charset: Option<String>,
    /// `content` as written (entities decoded once by the parser); None when absent.
    /// An X card tag with no `content` but a `value` (`<meta name="twitter:site"
    /// value="@brand">`, which X reads) has the `value` here.
    pub content: Option<String>,
    /// The tag has `value=` and no `content=` (read as the content on X card
    /// tags only).
    #[serde(skip)]
    pub from_value: bool,
    /// The tag as written: its attributes in source order (values as the parser
    /// decoded them), for evidence.
    #[serde(skip)]
    pub written: String,
    pub in_head: bool,
    pub line: u32,
    /// Where the tag starts in the source text, in bytes; found only on
    /// pages longer than [`LOCATE_FROM`] (WhatsApp's 300 KB rule), else None.
    #[serde(skip)]
    pub offset: Option<usize>,
}

/// Pages longer than this (bytes) get their `<meta>` tags' byte offsets
/// (WhatsApp reads only the first 300 KB: see `platforms::WHATSAPP_READ_BYTES`).
pub const LOCATE_FROM: usize = 300 * 1024;

/// Find where each `<meta>` tag starts in the source text: the first `<meta`
/// past the previous tag found (comments, scripts and styles skipped) whose
/// tag text names its key, and that starts before the end of its line (the
/// parser gives the line a tag ends on). Tags are in source order, so the
/// text is read about once.
pub fn locate_metas(metas: &mut [MetaTag], source: &str) {
    let bytes = source.as_bytes();
    // Where each line ends (1-based lines: `line_ends[l]`), as far as needed.
    let last_line = metas.iter().map(|m| m.line).max().unwrap_or(0) as usize;
    let mut line_ends = vec![0usize];
    line_ends.extend(
        bytes
            .iter()
            .enumerate()
            .filter(|(_, b)| **b == b'\n')
            .map(|(i, _)| i)
            .take(last_line),
    );
    let mut cursor = 0usize;
    for m in metas.iter_mut() {
        let end = line_ends
            .get(m.line as usize)
            .copied()
            .unwrap_or(bytes.len())
            .max(cursor);
        let key = m.key().unwrap_or("").to_string();
        let mut at = cursor;
        while let Some(i) = next_meta(bytes, at, end) {
            let close = bytes[i..]
                .iter()
                .position(|b| *b == b'>')
                .map_or(bytes.len(), |e| i + e);
            if key.is_empty() || find_ci(&bytes[i..close], key.as_bytes()).is_some() {
                m.offset = Some(i);
                cursor = i + 5;
                break;
            }
            at = i + 5;
        }
    }
}

/// The next `<meta` that starts in `from..end`, outside comments, scripts
/// and styles.
fn next_meta(b: &[u8], mut i: usize, end: usize) -> Option<usize> {
    let at = |i: usize, s: &[u8]| b.get(i..i + s.len()).is_some_and(|w| w.eq_ignore_ascii_case(s));
    let past = |i: usize, s: &[u8]| find_ci(&b[i.min(b.len())..], s).map_or(b.len(), |e| i + e + s.len());
    while i < end {
        i += b[i..end].iter().position(|c| *c == b'<')?;
        if at(i, b"<meta") {
            return Some(i);
        } else if at(i, b"<!--") {
            i = past(i + 4, b"-->");
        } else if at(i, b"<script") {
            i = past(i + 7, b"</script");
        } else if at(i, b"<style") {
            i = past(i + 6, b"</style");
        } else {
            i += 1;
        }
    }
    None
}

/// The first place `needle` (lower-case ASCII) occurs in `hay`, ignoring ASCII case.
fn find_ci(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() || hay.len() < needle.len() {
        return None;
    }
    hay.windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
}

impl MetaTag {
    /// The key this tag declares: `property`, else `name` (lower-cased).
    pub fn key(&self) -> Option<&str> {
        self.property.as_deref().or(self.name.as_deref())
    }
    /// Content that is there and not only white space.
    pub fn has_text(&self) -> bool {
        self.content.as_deref().is_some_and(|c| !c.trim().is_empty())
    }
}

/// The first of some tags that has a text, else the first one (so an empty
/// duplicate never hides a real tag after it, and an empty tag alone is still seen).
pub fn first_with_text<'a>(mut tags: impl Iterator<Item = &'a MetaTag>) -> Option<&'a MetaTag> {
    let first = tags.next()?;
    if first.has_text() {
        return Some(first);
    }
    tags.find(|m| m.has_text()).or(Some(first))
}

/// The first value that is not only white space, else the first value.
fn first_text(v: &[String]) -> Option<&str> {
    v.iter()
        .find(|s| !s.trim().is_empty())
        .or(v.first())
        .map(String::as_str)
}

/// One `<link>` tag.
#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LinkTag {
    /// Lower-cased rel tokens.
    pub rel: Vec<String>,
    pub href: Option<String>,
    #[serde(skip)]
    pub abs: Option<Url>,
    #[serde(rename = "type")]
    pub type_: Option<String>,
    pub title: Option<String>,
    pub sizes: Option<String>,
    pub hreflang: Option<String>,
    pub in_head: bool,
    pub line: u32,
}

impl LinkTag {
    pub fn has_rel(&self, rel: &str) -> bool {
        self.rel.iter().any(|r| r == rel)
    }
}

/// One `og:image` (or `og:video` / `og:audio`) with the structured properties that follow it.
#[derive(Debug, Clone, Default, Serialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[cfg_attr(feature = "tsify", tsify(missing_as_null, hashmap_as_object))]
#[serde(rename_all = "camelCase")]
pub struct OgMedia {
    pub url: String,
    pub secure_url: Option<String>,
    #[serde(rename = "type")]
    pub type_: Option<String>,
    pub width: Option<String>,
    pub height: Option<String>,
    pub alt: Option<String>,
    pub line: u32,
}

impl OgMedia {
    pub fn width_px(&self) -> Option<u32> {
        self.width.as_deref().and_then(parse_px)
    }
    pub fn height_px(&self) -> Option<u32> {
        self.height.as_deref().and_then(parse_px)
    }
}

/// `1200`, ` 1200 `, `1200px` → 1200.
pub fn parse_px(s: &str) -> Option<u32> {
    let t = s.trim().trim_end_matches("px").trim();
    t.parse::<u32>().ok().or_else(|| {
        t.parse::<f64>()
            .ok()
            .filter(|f| *f >= 0.0 && *f < 1e9)
            .map(|f| f as u32)
    })
}

/// A JSON-LD block: parsed, or the parse error with its position in the page.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[cfg_attr(feature = "tsify", tsify(missing_as_null, hashmap_as_object))]
#[serde(rename_all = "camelCase")]
pub struct JsonLd {
    pub line: u32,
    #[serde(skip)]
    pub value: Option<serde_json::Value>,
    /// `@type` values found at the top level and in `@graph`.
    pub types: Vec<String>,
    pub error: Option<String>,
    /// Position of the error in the page (line, column), when invalid.
    pub error_line: Option<u32>,
    pub error_column: Option<u32>,
}

impl JsonLd {
    /// Every object of the block: the top level (or its array items) and `@graph` members.
    pub fn objects(&self) -> Vec<&serde_json::Map<String, serde_json::Value>> {
        let mut out = Vec::new();
        fn push<'a>(
            v: &'a serde_json::Value,
            out: &mut Vec<&'a serde_json::Map<String, serde_json::Value>>,
            depth: u8,
        ) {
            if depth > 3 {
                return;
            }
            match v {
                serde_json::Value::Array(a) => a.iter().for_each(|x| push(x, out, depth + 1)),
                serde_json::Value::Object(o) => {
                    out.push(o);
                    if let Some(g) = o.get("@graph") {
                        push(g, out, depth + 1);
                    }
                }
                _ => {}
            }
        }
        if let Some(v) = &self.value {
            push(v, &mut out, 0);
        }
        out
    }
}

/// `@type` as a list of strings (it may be a string or an array).
pub fn json_types(o: &serde_json::Map<String, serde_json::Value>) -> Vec<String> {
    match o.get("@type") {
        Some(serde_json::Value::String(s)) => vec![s.clone()],
        Some(serde_json::Value::Array(a)) => {
            a.iter().filter_map(|x| x.as_str().map(str::to_string)).collect()
        }
        _ => vec![],
    }
}

/// Head-level metadata of the page.
#[derive(Debug, Clone, Default, Serialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[cfg_attr(feature = "tsify", tsify(missing_as_null, hashmap_as_object))]
#[serde(rename_all = "camelCase")]
pub struct HeadFacts {
    /// Text of the first `<title>` (the first one with text, when an empty one
    /// comes first); None when there is none.
    pub title: Option<String>,
    #[serde(skip)]
    pub title_count: usize,
    #[serde(skip)]
    pub title_line: u32,
    /// `<html lang>` as written.
    pub html_lang: Option<String>,
    #[serde(skip)]
    pub base_href: Option<String>,
    /// The first `<meta name=description>` content that is not empty (else the
    /// first, empty one).
    pub description: Option<String>,
    /// Canonical URLs as written (all of them).
    pub canonicals: Vec<String>,
    /// Open Graph: property → values in page order (`og:*` and other `property=` prefixes
    /// such as `article:*`, `fb:*`, `profile:*`, whether in `property` or `name`).
    pub og: BTreeMap<String, Vec<String>>,
    /// X / Twitter card tags: name → values.
    pub twitter: BTreeMap<String, Vec<String>>,
    /// Structured `og:image` entries.
    pub og_images: Vec<OgMedia>,
    #[serde(skip)]
    pub og_videos: Vec<OgMedia>,
    #[serde(skip)]
    pub metas: Vec<MetaTag>,
    #[serde(skip)]
    pub links: Vec<LinkTag>,
    pub json_ld: Vec<JsonLd>,
    /// Microdata `itemtype` values with their lines.
    #[serde(skip)]
    pub itemtypes: Vec<(String, u32)>,
}

impl HeadFacts {
    /// The first value of an Open Graph property that is not empty (else the
    /// first, empty one): an empty duplicate does not hide a real tag.
    pub fn og_first(&self, prop: &str) -> Option<&str> {
        self.og.get(prop).and_then(|v| first_text(v))
    }
    /// As [`HeadFacts::og_first`], for X card tags.
    pub fn twitter_first(&self, name: &str) -> Option<&str> {
        self.twitter.get(name).and_then(|v| first_text(v))
    }
    /// The tag behind `og_first` / `twitter_first` / `description`: the first
    /// tag declaring `key` with a text, else the first declaring it.
    pub fn meta_first<'a>(&'a self, key: &'a str) -> Option<&'a MetaTag> {
        first_with_text(self.meta_key(key))
    }
    /// Meta tags with this `name` (lower-cased).
    pub fn meta_named<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a MetaTag> + 'a {
        self.metas.iter().filter(move |m| m.name.as_deref() == Some(name))
    }
    /// Meta tags that declare this key by `property` or `name`.
    pub fn meta_key<'a>(&'a self, key: &'a str) -> impl Iterator<Item = &'a MetaTag> + 'a {
        self.metas
            .iter()
            .filter(move |m| m.property.as_deref() == Some(key) || m.name.as_deref() == Some(key))
    }
    pub fn links_rel<'a>(&'a self, rel: &'a str) -> impl Iterator<Item = &'a LinkTag> + 'a {
        self.links.iter().filter(move |l| l.has_rel(rel))
    }
    /// The first canonical as an absolute http(s) URL, if it is one.
    pub fn canonical_abs(&self) -> Option<Url> {
        self.canonicals.first().and_then(|c| abs_http(c))
    }
    pub fn og_url_abs(&self) -> Option<Url> {
        self.og_first("og:url").and_then(abs_http)
    }
    /// Objects of all valid JSON-LD blocks.
    pub fn json_ld_objects(&self) -> impl Iterator<Item = &serde_json::Map<String, serde_json::Value>> {
        self.json_ld.iter().flat_map(|b| b.objects())
    }
}

/// Parse an absolute http(s) URL; None for relative or other schemes.
pub fn abs_http(s: &str) -> Option<Url> {
    let u = Url::parse(s.trim()).ok()?;
    matches!(u.scheme(), "http" | "https").then_some(u)
}
