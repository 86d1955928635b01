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
    ev_line(
        &format!("meta[{}=\"{}\"]", attr, key),
        meta_snippet(attr, key, m.content.as_deref().unwrap_or("")),
        m.line,
    )
}

/// Evidence for the first meta tag declaring `key`.
pub fn first_ev(head: &HeadFacts, key: &str) -> Option<Evidence> {
    head.meta_key(key).next().map(meta_ev)
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
