//! Helpers shared by the opengraph checks (evidence for head tags as written).

use crate::checks::Evidence;
use crate::checks::{ev_line, meta_snippet};
use crate::facts::{HeadFacts, MetaTag};

/// The attribute a meta tag used for its key (`property` or `name`).
pub fn key_attr(m: &MetaTag) -> &'static str {
    if m.property.is_some() {
        "property"
    } else {
        "name"
    }
}

/// Evidence for one meta tag, as written, with its line.
pub fn meta_ev(m: &MetaTag) -> Evidence {
    let attr = key_attr(m);
    let key = m.key().unwrap_or("");
    // The tag as the page wrote it (`value=` stays `value=`); rebuilt only for
    // facts made without the source tag.
    let snippet = if m.written.is_empty() {
        meta_snippet(attr, key, m.content.as_deref().unwrap_or(""))
    } else {
        m.written.clone()
    };
    ev_line(&format!("meta[{}=\"{}\"]", attr, key), snippet, m.line)
}

/// Evidence for the tag behind a key's value: the first declaring it with a
/// text (an empty duplicate before it does not hide it), else the first.
pub fn first_ev(head: &HeadFacts, key: &str) -> Option<Evidence> {
    head.meta_first(key).map(meta_ev)
}

/// The first non-empty trimmed value of a meta key (og map or twitter map).
pub fn first_value<'a>(head: &'a HeadFacts, key: &str) -> Option<&'a str> {
    let v = if key.starts_with("twitter:") {
        head.twitter.get(key)
    } else {
        head.og.get(key)
    };
    v.and_then(|v| v.iter().map(|s| s.trim()).find(|s| !s.is_empty()))
}

/// Whether the image URL names an SVG file (by extension or declared type).
pub fn is_svg(url: &str, type_: Option<&str>) -> bool {
    let path = url.split(['?', '#']).next().unwrap_or("").to_ascii_lowercase();
    path.ends_with(".svg")
        || path.ends_with(".svgz")
        || path.starts_with("data:image/svg")
        || type_.is_some_and(|t| t.trim().eq_ignore_ascii_case("image/svg+xml"))
}
