//! The single walk over the parsed tree, and link resolution.

use std::collections::HashMap;

use ego_tree::iter::Edge;
use ego_tree::NodeId;
use scraper::node::Node;
use serde::Serialize;
use url::Url;

use super::head::*;
use crate::dom::Doc;
use crate::text::find::contains_ignore_ascii_case as contains_ci;
use crate::text::squash;

/// Page regions an element sits in (bit flags, from its ancestors).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Region(pub u32);

impl Region {
    pub const HEAD: u32 = 1;
    pub const HEADER: u32 = 1 << 1;
    pub const NAV: u32 = 1 << 2;
    pub const FOOTER: u32 = 1 << 3;
    pub const ASIDE: u32 = 1 << 4;
    /// Inside `<main>` or `role=main`.
    pub const MAIN: u32 = 1 << 5;
    pub const ARTICLE: u32 = 1 << 6;
    pub const FORM: u32 = 1 << 7;
    /// Inside an element whose id/class names comments (`#comments`, `.comment-list`, `#respond`, ...).
    pub const COMMENTS: u32 = 1 << 8;
    /// Inside `<template>` or `<noscript>`: not shown to a normal visitor.
    pub const HIDDEN: u32 = 1 << 9;
    pub const BUTTON: u32 = 1 << 10;
    /// Inside the detected main content (set by main-content detection).
    pub const CONTENT: u32 = 1 << 11;
    /// Inside boilerplate (header, nav, footer, aside, comments, consent banners, share bars;
    /// set by main-content detection).
    pub const BOILERPLATE: u32 = 1 << 12;
    /// Inside an element whose role/class/aria-label names a breadcrumb trail.
    pub const BREADCRUMB: u32 = 1 << 13;

    pub fn has(self, flag: u32) -> bool {
        self.0 & flag != 0
    }
}

/// Where an element is: source line, a short CSS selector, its regions, its tree node.
#[derive(Debug, Clone, Serialize)]
pub struct Loc {
    pub line: u32,
    pub selector: String,
    pub region: Region,
    #[serde(skip)]
    pub node: NodeId,
}

/// How an `<a href>` is classified.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum LinkKind {
    Internal,
    External,
    /// `#id` on this page.
    Fragment,
    Mailto,
    Tel,
    Javascript,
    /// `href=""` or only white space.
    Empty,
    /// No `href` attribute at all.
    Missing,
    /// Another scheme (`sms:`, `whatsapp:`, `file:`, `data:`, ...).
    Other,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Anchor {
    pub href: Option<String>,
    #[serde(skip)]
    pub abs: Option<Url>,
    pub kind: LinkKind,
    /// Visible text, white space collapsed.
    pub text: String,
    pub aria_label: Option<String>,
    pub title: Option<String>,
    /// `alt` of images inside the link.
    pub img_alt: Option<String>,
    pub rel: Vec<String>,
    pub target: Option<String>,
    pub id: Option<String>,
    pub name: Option<String>,
    pub class: Option<String>,
    pub onclick: Option<String>,
    /// `data-*` attributes (name without `data-`, value).
    pub data: Vec<(String, String)>,
    pub loc: Loc,
}

impl Anchor {
    /// Accessible name: aria-label, text, image alt, title.
    pub fn accessible_name(&self) -> Option<&str> {
        fn nonempty(s: &Option<String>) -> Option<&str> {
            s.as_deref().map(str::trim).filter(|s| !s.is_empty())
        }
        nonempty(&self.aria_label)
            .or_else(|| Some(self.text.as_str()).filter(|t| !t.is_empty()))
            .or_else(|| nonempty(&self.img_alt))
            .or_else(|| nonempty(&self.title))
    }
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Image {
    /// `src`, or a lazy-loading `data-src` / `data-lazy-src` when `src` is a placeholder.
    pub src: Option<String>,
    #[serde(skip)]
    pub abs: Option<Url>,
    /// None when the attribute is absent; Some("") for decorative images.
    pub alt: Option<String>,
    pub width: Option<String>,
    pub height: Option<String>,
    pub srcset: Option<String>,
    pub role: Option<String>,
    pub aria_hidden: bool,
    pub class: Option<String>,
    pub loc: Loc,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Script {
    pub src: Option<String>,
    #[serde(skip)]
    pub abs: Option<Url>,
    #[serde(rename = "type")]
    pub type_: Option<String>,
    pub is_async: bool,
    pub defer: bool,
    pub id: Option<String>,
    /// Inline code (empty for external scripts).
    #[serde(skip)]
    pub inline: String,
    pub loc: Loc,
}

impl Script {
    /// A classic script that blocks rendering: in `<head>`, external, no async/defer/module.
    pub fn render_blocking(&self) -> bool {
        self.loc.region.has(Region::HEAD)
            && self.src.is_some()
            && !self.is_async
            && !self.defer
            && !matches!(self.type_.as_deref().map(str::to_ascii_lowercase).as_deref(), Some(t) if t == "module" || (!t.is_empty() && !t.contains("javascript") && t != "text/ecmascript"))
    }
}

/// `<iframe>`, `<video>`, `<audio>`, `<embed>`, `<object>`, `<source>`.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Embed {
    pub tag: String,
    pub src: Option<String>,
    #[serde(skip)]
    pub abs: Option<Url>,
    pub title: Option<String>,
    pub class: Option<String>,
    pub id: Option<String>,
    pub data: Vec<(String, String)>,
    pub loc: Loc,
}

/// A form control (`input`, `textarea`, `select`, `button` inside forms are in `buttons`).
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Field {
    pub tag: String,
    #[serde(rename = "type")]
    pub type_: String,
    pub name: Option<String>,
    pub id: Option<String>,
    pub class: Option<String>,
    pub placeholder: Option<String>,
    pub autocomplete: Option<String>,
    pub aria_label: Option<String>,
    pub value: Option<String>,
    /// Hidden by `type=hidden`, `hidden`, `aria-hidden`, or inline `display:none`.
    pub hidden: bool,
    /// Index into `BodyFacts::forms` of the enclosing form.
    pub form: Option<usize>,
    pub loc: Loc,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Form {
    pub action: Option<String>,
    pub method: String,
    pub id: Option<String>,
    pub class: Option<String>,
    pub role: Option<String>,
    pub name: Option<String>,
    pub aria_label: Option<String>,
    pub data: Vec<(String, String)>,
    /// Indices into `BodyFacts::fields`.
    pub fields: Vec<usize>,
    pub loc: Loc,
}

/// `<button>`, `<input type=button|submit|image>`, or `[role=button]`.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Button {
    pub tag: String,
    pub text: String,
    pub aria_label: Option<String>,
    pub title: Option<String>,
    pub id: Option<String>,
    pub class: Option<String>,
    pub onclick: Option<String>,
    pub data: Vec<(String, String)>,
    pub form: Option<usize>,
    pub loc: Loc,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Heading {
    pub level: u8,
    pub text: String,
    pub id: Option<String>,
    pub loc: Loc,
}

/// A container element that may be a navigation block: `<nav>`, `role=navigation`,
/// `<header>`, `<footer>`, `<aside>`, `<ul>`/`<ol>`, `<section>`, `<div>` with class/id/aria.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Block {
    pub tag: String,
    pub id: Option<String>,
    pub class: Option<String>,
    pub role: Option<String>,
    pub aria_label: Option<String>,
    /// Indices into `BodyFacts::anchors` inside this block.
    pub anchors: Vec<usize>,
    /// Text of the first heading inside the block, if any.
    pub heading: Option<String>,
    pub loc: Loc,
}

/// Elements of the body (and scripts anywhere), recorded by the one walk.
#[derive(Debug, Clone, Default)]
pub struct BodyFacts {
    pub anchors: Vec<Anchor>,
    pub images: Vec<Image>,
    pub scripts: Vec<Script>,
    pub embeds: Vec<Embed>,
    pub forms: Vec<Form>,
    pub fields: Vec<Field>,
    pub buttons: Vec<Button>,
    pub headings: Vec<Heading>,
    pub blocks: Vec<Block>,
    /// Element ids and `<a name>` values → first line.
    pub ids: HashMap<String, u32>,
    /// Class tokens (lower-cased) → (count, first line).
    pub classes: HashMap<String, (u32, u32)>,
    /// `data-*` attribute names (without `data-`, lower-cased) → (first value, first line).
    pub data_attrs: HashMap<String, (String, u32)>,
    /// Custom element names (with a hyphen, or a namespace prefix such as `fb:comments`,
    /// `g:plusone`) → first line, e.g. `share-button`, `app-root`.
    pub custom_tags: HashMap<String, u32>,
    /// Visible text characters in the body (outside script/style/template/noscript).
    pub text_chars: usize,
    pub element_count: usize,
    pub max_depth: usize,
    /// App-shell roots (`#root`, `#app`, `#__next`, `<app-root>`, ...) with no content.
    pub empty_roots: Vec<(String, u32)>,
}

const MAX_TEXT: usize = 400;
const MAX_INLINE_SCRIPT: usize = 200_000;

struct Frame<'a> {
    region: Region,
    /// Selector segment for this element (written out only when a record needs it).
    seg: Seg<'a>,
    /// Children tag counts, for `:nth-of-type`.
    child_tags: TagCounts<'a>,
    block: Option<usize>,
    is_element: bool,
}

/// Counts of child tag names: a short list (most parents have a few distinct child
/// tags, and no allocation per child), a map once a parent has many.
#[derive(Default)]
struct TagCounts<'a> {
    few: Vec<(&'a str, u32)>,
    many: Option<HashMap<&'a str, u32>>,
}

impl<'a> TagCounts<'a> {
    fn bump(&mut self, tag: &'a str) -> u32 {
        if let Some(m) = self.many.as_mut() {
            let c = m.entry(tag).or_insert(0);
            *c += 1;
            return *c;
        }
        if let Some((_, c)) = self.few.iter_mut().find(|(t, _)| *t == tag) {
            *c += 1;
            return *c;
        }
        if self.few.len() < 16 {
            self.few.push((tag, 1));
            return 1;
        }
        let mut m: HashMap<&'a str, u32> = self.few.drain(..).collect();
        m.insert(tag, 1);
        self.many = Some(m);
        1
    }
}

/// An attribute value by name: the same answer as `Element::attr` (no namespace, no
/// prefix), but a plain scan of the few attributes an element has instead of
/// interning the name as an atom and binary-searching on every call (it was a tenth
/// of the audit's time).
pub(crate) fn attr<'a>(e: &'a scraper::node::Element, name: &str) -> Option<&'a str> {
    e.attrs
        .iter()
        .find(|(q, _)| q.prefix.is_none() && q.ns.is_empty() && &*q.local == name)
        .map(|(_, v)| &**v)
}

/// An attribute value by its interned name: the same answer as [`attr`], comparing
/// atoms (one integer) instead of the names' text. Use through `la!(e, "name")`,
/// which interns the name at compile time (a name html5ever does not know does not
/// compile: use [`attr`] for those).
pub(crate) fn attr_named<'a>(e: &'a scraper::node::Element, name: &html5ever::LocalName) -> Option<&'a str> {
    e.attrs
        .iter()
        .find(|(q, _)| q.local == *name && q.prefix.is_none() && q.ns == html5ever::ns!())
        .map(|(_, v)| &**v)
}

/// `attr_named` with the name interned at compile time.
macro_rules! la {
    ($e:expr, $name:tt) => {
        $crate::facts::base::attr_named($e, &html5ever::local_name!($name))
    };
}
pub(crate) use la;

/// A tag as written, `<meta name="x" value="y">`: every attribute it has, with
/// the values the parser read. The parser keeps no attribute order, so the key
/// attributes come first, then `content` / `value`, then the rest by name.
fn written_tag(tag: &str, e: &scraper::node::Element) -> String {
    const FIRST: [&str; 7] = [
        "name",
        "property",
        "http-equiv",
        "itemprop",
        "charset",
        "content",
        "value",
    ];
    let rank = |q: &html5ever::QualName| {
        if q.prefix.is_none() {
            FIRST.iter().position(|k| *k == &*q.local).unwrap_or(FIRST.len())
        } else {
            FIRST.len()
        }
    };
    let mut attrs: Vec<_> = e.attrs.iter().collect();
    attrs.sort_by_key(|(q, _)| rank(q));
    let mut s = format!("<{tag}");
    for (q, v) in attrs {
        s.push(' ');
        if let Some(p) = &q.prefix {
            s.push_str(p);
            s.push(':');
        }
        s.push_str(&q.local);
        s.push_str("=\"");
        s.push_str(&v.replace('"', "&quot;"));
        s.push('"');
    }
    s.push('>');
    s
}

fn attr_s(e: &scraper::node::Element, name: &str) -> Option<String> {
    attr(e, name).map(|s| s.to_string())
}

fn data_attrs(e: &scraper::node::Element) -> Vec<(String, String)> {
    e.attrs()
        .filter_map(|(k, v)| {
            k.strip_prefix("data-")
                .map(|k| (k.to_ascii_lowercase(), v.to_string()))
        })
        .collect()
}

/// Text of a node's descendants, skipping script/style/template; bounded.
pub fn node_text(doc: &Doc, id: NodeId, max: usize) -> String {
    let Some(node) = doc.html.tree.get(id) else {
        return String::new();
    };
    let mut out = String::new();
    let mut skip_depth: Option<usize> = None;
    let mut depth = 0usize;
    // Bounded: a pathological element (thousands of empty descendants) costs at most this many steps.
    for edge in node.traverse().take(20_000) {
        match edge {
            Edge::Open(n) => {
                depth += 1;
                if let Node::Element(e) = n.value() {
                    if skip_depth.is_none()
                        && matches!(e.name(), "script" | "style" | "template" | "noscript")
                    {
                        skip_depth = Some(depth);
                    }
                    if matches!(
                        e.name(),
                        "br" | "p" | "div" | "li" | "td" | "th" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6"
                    ) {
                        out.push(' ');
                    }
                } else if let Node::Text(t) = n.value() {
                    if skip_depth.is_none() {
                        out.push_str(t);
                        if out.len() > max * 4 {
                            break;
                        }
                    }
                }
            }
            Edge::Close(_) => {
                if skip_depth == Some(depth) {
                    skip_depth = None;
                }
                depth -= 1;
            }
        }
    }
    let s = squash(&out);
    if s.chars().count() > max {
        s.chars().take(max).collect()
    } else {
        s
    }
}

/// The attributes the walk reads on every element, found in one scan.
#[derive(Default, Clone, Copy)]
struct CommonAttrs<'a> {
    id: Option<&'a str>,
    class: Option<&'a str>,
    role: Option<&'a str>,
    aria_label: Option<&'a str>,
    itemtype: Option<&'a str>,
}

impl<'a> CommonAttrs<'a> {
    fn of(e: &'a scraper::node::Element) -> Self {
        let mut c = CommonAttrs::default();
        use html5ever::local_name;
        for (q, v) in e.attrs.iter() {
            if q.prefix.is_some() || q.ns != html5ever::ns!() {
                continue;
            }
            // Atom compares (integers), not the names' text.
            let l = &q.local;
            let slot = if *l == local_name!("id") {
                &mut c.id
            } else if *l == local_name!("class") {
                &mut c.class
            } else if *l == local_name!("role") {
                &mut c.role
            } else if *l == local_name!("aria-label") {
                &mut c.aria_label
            } else if *l == local_name!("itemtype") {
                &mut c.itemtype
            } else {
                continue;
            };
            *slot = Some(&**v);
        }
        c
    }
}

fn is_comments_marker(id: Option<&str>, class: Option<&str>) -> bool {
    const MARKERS: &[&str] = &[
        "comments",
        "comment-list",
        "commentlist",
        "respond",
        "comments-area",
        "comment-respond",
        "disqus_thread",
        "yorumlar",
    ];
    let check = |s: &str| {
        s.split(char::is_whitespace)
            .any(|t| MARKERS.iter().any(|m| t.eq_ignore_ascii_case(m)))
    };
    id.is_some_and(check) || class.is_some_and(check)
}

fn is_breadcrumb_marker(ca: &CommonAttrs<'_>) -> bool {
    let has = |v: Option<&str>| v.is_some_and(|s| contains_ci(s, "breadcrumb") || contains_ci(s, "crumbs"));
    has(ca.class) || has(ca.id) || has(ca.aria_label) || has(ca.itemtype)
}

/// What a selector segment is made of: `tag#id`, or `tag.class:nth-of-type(n)`.
#[derive(Clone, Copy, Default)]
struct Seg<'a> {
    tag: &'a str,
    /// A usable id: the selector restarts here.
    id: Option<&'a str>,
    class: Option<&'a str>,
    nth: u32,
}

impl<'a> Seg<'a> {
    fn of(tag: &'a str, ca: &CommonAttrs<'a>, nth: u32) -> Seg<'a> {
        let id = ca
            .id
            .filter(|i| !i.is_empty() && i.len() < 60 && !i.contains(char::is_whitespace));
        let class = ca
            .class
            .and_then(|c| c.split_whitespace().next())
            .filter(|c| c.len() < 40);
        Seg { tag, id, class, nth }
    }

    fn anchored(&self) -> bool {
        self.id.is_some()
    }

    fn is_empty(&self) -> bool {
        self.tag.is_empty() && self.id.is_none() && self.class.is_none() && self.nth <= 1
    }

    fn write(&self, s: &mut String) {
        s.push_str(self.tag);
        if let Some(id) = self.id {
            s.push('#');
            css_ident_into(s, id);
            return;
        }
        if let Some(c) = self.class {
            s.push('.');
            css_ident_into(s, c);
        }
        if self.nth > 1 {
            s.push_str(":nth-of-type(");
            push_u32(s, self.nth);
            s.push(')');
        }
    }

    /// Whether the written segment contains `#` (an id, or a `#` in the tag or class).
    fn has_hash(&self) -> bool {
        self.id.is_some() || self.tag.contains('#') || self.class.is_some_and(|c| c.contains('#'))
    }
}

/// Appends a number in decimal (what `write!` does, without the formatting machinery).
fn push_u32(s: &mut String, n: u32) {
    let mut buf = [0u8; 10];
    let mut i = buf.len();
    let mut n = n;
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for &d in &buf[i..] {
        s.push(char::from(d));
    }
}

/// The bytes an identifier keeps as they are: ASCII letters and digits, `-`, `_`
/// and every byte of a non-ASCII character.
static IDENT_BYTE: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        t[i] = b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || !b.is_ascii();
        i += 1;
    }
    t
};

/// Appends `s` escaped as a CSS identifier.
fn css_ident_into(out: &mut String, s: &str) {
    // Most names need no escape: copy them whole.
    if !s.starts_with(|c: char| c.is_ascii_digit()) && s.bytes().all(|b| IDENT_BYTE[usize::from(b)]) {
        out.push_str(s);
        return;
    }
    for (i, c) in s.chars().enumerate() {
        if c.is_ascii_alphanumeric() || c == '-' || c == '_' || !c.is_ascii() {
            if i == 0 && c.is_ascii_digit() {
                out.push_str("\\3");
                out.push(c);
                out.push(' ');
            } else {
                out.push(c);
            }
        } else {
            out.push('\\');
            out.push(c);
        }
    }
}

/// The element's selector: its own segment after at most three ancestors' (up to the
/// nearest one with an id), or its own alone when that names an id.
fn build_selector(stack: &[Frame], own: &Seg<'_>) -> String {
    let mut out = String::with_capacity(64);
    if own.has_hash() {
        own.write(&mut out);
        return out;
    }
    let mut up: [Option<&Seg<'_>>; 3] = [None; 3];
    let mut n = 0;
    for f in stack.iter().rev() {
        if !f.is_element || f.seg.is_empty() {
            continue;
        }
        if n >= 3 {
            break;
        }
        up[n] = Some(&f.seg);
        n += 1;
        if f.seg.anchored() {
            break;
        }
    }
    for seg in up[..n].iter().rev().flatten() {
        seg.write(&mut out);
        out.push_str(" > ");
    }
    own.write(&mut out);
    out
}

const BLOCK_TAGS: &[&str] = &[
    "nav", "header", "footer", "aside", "ul", "ol", "section", "div", "menu", "table",
];

/// The one walk. Records head metadata and body elements.
pub fn walk(doc: &Doc) -> (HeadFacts, BodyFacts) {
    let mut head = HeadFacts::default();
    let mut body = BodyFacts::default();
    let mut stack: Vec<Frame> = Vec::with_capacity(64);
    // Open anchors / buttons / forms / blocks (indices), innermost last.
    let mut form_stack: Vec<usize> = Vec::new();
    let mut open_blocks: Vec<usize> = Vec::new();
    let mut text_skip = 0usize;
    let mut in_title = false;

    for edge in doc.html.tree.root().traverse() {
        match edge {
            Edge::Open(node) => {
                let parent_region = stack.last().map(|f| f.region).unwrap_or_default();
                match node.value() {
                    Node::Element(e) => {
                        body.element_count += 1;
                        let tag = e.name();
                        let nth = match stack.last_mut() {
                            Some(p) => p.child_tags.bump(tag),
                            None => 1,
                        };
                        let mut region = parent_region;
                        let ca = CommonAttrs::of(e);
                        let role = ca.role.map(str::to_ascii_lowercase);
                        match tag {
                            "head" => region.0 |= Region::HEAD,
                            "header" => region.0 |= Region::HEADER,
                            "nav" => region.0 |= Region::NAV,
                            "footer" => region.0 |= Region::FOOTER,
                            "aside" => region.0 |= Region::ASIDE,
                            "main" => region.0 |= Region::MAIN,
                            "article" => region.0 |= Region::ARTICLE,
                            "form" => region.0 |= Region::FORM,
                            "template" | "noscript" => region.0 |= Region::HIDDEN,
                            "button" => region.0 |= Region::BUTTON,
                            _ => {}
                        }
                        match role.as_deref() {
                            Some("navigation") => region.0 |= Region::NAV,
                            Some("main") => region.0 |= Region::MAIN,
                            Some("banner") => region.0 |= Region::HEADER,
                            Some("contentinfo") => region.0 |= Region::FOOTER,
                            Some("complementary") => region.0 |= Region::ASIDE,
                            Some("button") => region.0 |= Region::BUTTON,
                            _ => {}
                        }
                        if is_comments_marker(ca.id, ca.class) {
                            region.0 |= Region::COMMENTS;
                        }
                        if is_breadcrumb_marker(&ca) {
                            region.0 |= Region::BREADCRUMB;
                        }
                        let seg = Seg::of(tag, &ca, nth);
                        let line = doc.line(node.id());
                        let depth = stack.len();
                        if depth > body.max_depth {
                            body.max_depth = depth;
                        }
                        let mk_loc = |stack: &[Frame]| Loc {
                            line,
                            selector: build_selector(stack, &seg),
                            region,
                            node: node.id(),
                        };
                        // Marker indexes.
                        // (Look up with the borrowed key first: no allocation for a
                        // key already seen.)
                        if let Some(id) = ca.id {
                            if !body.ids.contains_key(id) {
                                body.ids.insert(id.to_string(), line);
                            }
                        }
                        if let Some(class) = ca.class {
                            for t in class.split_whitespace() {
                                let key = ascii_lower(t);
                                match body.classes.get_mut(key.as_ref()) {
                                    Some(ent) => ent.0 += 1,
                                    None => {
                                        body.classes.insert(key.into_owned(), (1, line));
                                    }
                                }
                            }
                        }
                        for (k, v) in e.attrs() {
                            if let Some(k) = k.strip_prefix("data-") {
                                let key = ascii_lower(k);
                                if !body.data_attrs.contains_key(key.as_ref()) {
                                    body.data_attrs
                                        .insert(key.into_owned(), (v.chars().take(300).collect(), line));
                                }
                            }
                        }
                        if tag.contains('-') || tag.contains(':') {
                            body.custom_tags.entry(tag.to_string()).or_insert(line);
                        }
                        if let Some(it) = ca.itemtype {
                            for t in it.split_whitespace() {
                                head.itemtypes.push((t.to_string(), line));
                            }
                        }
                        let mut block_idx = None;
                        match tag {
                            "html" => {
                                head.html_lang = la!(e, "lang")
                                    .map(str::to_string)
                                    .or_else(|| attr_s(e, "xml:lang"));
                            }
                            "title" if !region.has(Region::HIDDEN) && !in_svg(&stack) => {
                                head.title_count += 1;
                                // An empty first <title> does not hide a later one with text.
                                if head.title.as_deref().is_none_or(|t| t.trim().is_empty()) {
                                    head.title = Some(String::new());
                                    head.title_line = line;
                                    in_title = true;
                                }
                            }
                            "base" if head.base_href.is_none() => {
                                head.base_href = la!(e, "href").map(str::to_string);
                            }
                            "meta" => {
                                let lower = |n: &str| attr(e, n).map(|s| s.trim().to_ascii_lowercase());
                                let m = MetaTag {
                                    name: lower("name"),
                                    property: lower("property"),
                                    http_equiv: lower("http-equiv"),
                                    itemprop: lower("itemprop"),
                                    charset: la!(e, "charset").map(str::to_string),
                                    // X reads `value=` on its card tags when `content=` is
                                    // missing; nothing else does.
                                    content: la!(e, "content")
                                        .or_else(|| {
                                            let key = attr(e, "name").or_else(|| attr(e, "property"))?;
                                            let x = key
                                                .trim()
                                                .get(..8)
                                                .is_some_and(|p| p.eq_ignore_ascii_case("twitter:"));
                                            x.then(|| la!(e, "value")).flatten()
                                        })
                                        .map(str::to_string),
                                    from_value: la!(e, "content").is_none() && la!(e, "value").is_some(),
                                    written: written_tag("meta", e),
                                    in_head: region.has(Region::HEAD),
                                    line,
                                    offset: None,
                                };
                                head.metas.push(m);
                            }
                            "link" => {
                                let l = LinkTag {
                                    rel: la!(e, "rel")
                                        .map(|r| r.split_whitespace().map(str::to_ascii_lowercase).collect())
                                        .unwrap_or_default(),
                                    href: la!(e, "href").map(str::to_string),
                                    abs: None,
                                    type_: la!(e, "type").map(|s| s.trim().to_ascii_lowercase()),
                                    title: la!(e, "title").map(str::to_string),
                                    sizes: la!(e, "sizes").map(str::to_string),
                                    hreflang: la!(e, "hreflang").map(str::to_string),
                                    in_head: region.has(Region::HEAD),
                                    line,
                                };
                                head.links.push(l);
                            }
                            "script" => {
                                let inline = node_raw_text(node, MAX_INLINE_SCRIPT);
                                let type_ = la!(e, "type").map(|s| s.trim().to_ascii_lowercase());
                                if type_.as_deref() == Some("application/ld+json") {
                                    head.json_ld.push(parse_json_ld(&inline, line));
                                }
                                body.scripts.push(Script {
                                    src: la!(e, "src").map(str::to_string),
                                    abs: None,
                                    type_,
                                    is_async: la!(e, "async").is_some(),
                                    defer: la!(e, "defer").is_some(),
                                    id: ca.id.map(str::to_string),
                                    inline,
                                    loc: mk_loc(&stack),
                                });
                            }
                            "a" | "area" => {
                                let text = node_text(doc, node.id(), MAX_TEXT);
                                let img_alt = node
                                    .descendants()
                                    .filter_map(|d| d.value().as_element())
                                    .filter(|d| d.name() == "img")
                                    .filter_map(|d| la!(d, "alt"))
                                    .map(squash)
                                    .find(|a| !a.is_empty());
                                if let Some(n) = la!(e, "name") {
                                    body.ids.entry(n.to_string()).or_insert(line);
                                }
                                let idx = body.anchors.len();
                                for &b in &open_blocks {
                                    body.blocks[b].anchors.push(idx);
                                }
                                body.anchors.push(Anchor {
                                    href: la!(e, "href").map(str::to_string),
                                    abs: None,
                                    kind: LinkKind::Missing,
                                    text,
                                    aria_label: ca.aria_label.map(str::to_string),
                                    title: la!(e, "title").map(str::to_string),
                                    img_alt,
                                    rel: la!(e, "rel")
                                        .map(|r| r.split_whitespace().map(str::to_ascii_lowercase).collect())
                                        .unwrap_or_default(),
                                    target: la!(e, "target").map(str::to_string),
                                    id: ca.id.map(str::to_string),
                                    name: la!(e, "name").map(str::to_string),
                                    class: ca.class.map(str::to_string),
                                    onclick: la!(e, "onclick").map(str::to_string),
                                    data: data_attrs(e),
                                    loc: mk_loc(&stack),
                                });
                            }
                            "img" => {
                                let src = la!(e, "src")
                                    .map(str::to_string)
                                    .filter(|s| !s.trim().is_empty() && !s.starts_with("data:"))
                                    .or_else(|| attr_s(e, "data-src"))
                                    .or_else(|| attr_s(e, "data-lazy-src"))
                                    .or_else(|| la!(e, "src").map(str::to_string));
                                body.images.push(Image {
                                    src,
                                    abs: None,
                                    alt: la!(e, "alt").map(str::to_string),
                                    width: la!(e, "width").map(str::to_string),
                                    height: la!(e, "height").map(str::to_string),
                                    srcset: la!(e, "srcset").map(str::to_string),
                                    role: ca.role.map(str::to_string),
                                    aria_hidden: la!(e, "aria-hidden") == Some("true"),
                                    class: ca.class.map(str::to_string),
                                    loc: mk_loc(&stack),
                                });
                            }
                            "iframe" | "video" | "audio" | "embed" | "object" | "source" => {
                                let src = la!(e, "src")
                                    .map(str::to_string)
                                    .or_else(|| attr_s(e, "data-src"))
                                    .or_else(|| la!(e, "data").map(str::to_string));
                                body.embeds.push(Embed {
                                    tag: tag.to_string(),
                                    src,
                                    abs: None,
                                    title: la!(e, "title").map(str::to_string),
                                    class: ca.class.map(str::to_string),
                                    id: ca.id.map(str::to_string),
                                    data: data_attrs(e),
                                    loc: mk_loc(&stack),
                                });
                            }
                            "form" => {
                                let idx = body.forms.len();
                                body.forms.push(Form {
                                    action: la!(e, "action").map(str::to_string),
                                    method: la!(e, "method").unwrap_or("get").trim().to_ascii_lowercase(),
                                    id: ca.id.map(str::to_string),
                                    class: ca.class.map(str::to_string),
                                    role: role.clone(),
                                    name: la!(e, "name").map(str::to_string),
                                    aria_label: ca.aria_label.map(str::to_string),
                                    data: data_attrs(e),
                                    fields: vec![],
                                    loc: mk_loc(&stack),
                                });
                                form_stack.push(idx);
                            }
                            "input" | "textarea" | "select" => {
                                let type_ = if tag == "input" {
                                    la!(e, "type").unwrap_or("text").trim().to_ascii_lowercase()
                                } else {
                                    tag.to_string()
                                };
                                let form = form_stack.last().copied();
                                if tag == "input"
                                    && matches!(type_.as_str(), "button" | "submit" | "image" | "reset")
                                {
                                    body.buttons.push(Button {
                                        tag: format!("input[type={}]", type_),
                                        text: la!(e, "value").map(squash).unwrap_or_default(),
                                        aria_label: ca.aria_label.map(str::to_string),
                                        title: la!(e, "title").map(str::to_string),
                                        id: ca.id.map(str::to_string),
                                        class: ca.class.map(str::to_string),
                                        onclick: la!(e, "onclick").map(str::to_string),
                                        data: data_attrs(e),
                                        form,
                                        loc: mk_loc(&stack),
                                    });
                                }
                                let style_hidden = la!(e, "style").is_some_and(|s| {
                                    let s = s.replace(' ', "").to_ascii_lowercase();
                                    s.contains("display:none") || s.contains("visibility:hidden")
                                });
                                let fidx = body.fields.len();
                                body.fields.push(Field {
                                    tag: tag.to_string(),
                                    hidden: type_ == "hidden"
                                        || la!(e, "hidden").is_some()
                                        || la!(e, "aria-hidden") == Some("true")
                                        || style_hidden,
                                    type_,
                                    name: la!(e, "name").map(str::to_string),
                                    id: ca.id.map(str::to_string),
                                    class: ca.class.map(str::to_string),
                                    placeholder: la!(e, "placeholder").map(str::to_string),
                                    autocomplete: la!(e, "autocomplete").map(str::to_string),
                                    aria_label: ca.aria_label.map(str::to_string),
                                    value: la!(e, "value").map(str::to_string),
                                    form,
                                    loc: mk_loc(&stack),
                                });
                                if let Some(f) = form {
                                    body.forms[f].fields.push(fidx);
                                }
                            }
                            "button" => {
                                body.buttons.push(Button {
                                    tag: "button".into(),
                                    text: node_text(doc, node.id(), MAX_TEXT),
                                    aria_label: ca.aria_label.map(str::to_string),
                                    title: la!(e, "title").map(str::to_string),
                                    id: ca.id.map(str::to_string),
                                    class: ca.class.map(str::to_string),
                                    onclick: la!(e, "onclick").map(str::to_string),
                                    data: data_attrs(e),
                                    form: form_stack.last().copied(),
                                    loc: mk_loc(&stack),
                                });
                            }
                            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" if !region.has(Region::HIDDEN) => {
                                let level = tag.as_bytes()[1] - b'0';
                                let text = node_text(doc, node.id(), MAX_TEXT);
                                for &b in &open_blocks {
                                    if body.blocks[b].heading.is_none() {
                                        body.blocks[b].heading = Some(text.clone());
                                    }
                                }
                                body.headings.push(Heading {
                                    level,
                                    text,
                                    id: ca.id.map(str::to_string),
                                    loc: mk_loc(&stack),
                                });
                            }
                            _ => {}
                        }
                        if role.as_deref() == Some("button") && tag != "button" && tag != "a" {
                            body.buttons.push(Button {
                                tag: tag.to_string(),
                                text: node_text(doc, node.id(), MAX_TEXT),
                                aria_label: ca.aria_label.map(str::to_string),
                                title: la!(e, "title").map(str::to_string),
                                id: ca.id.map(str::to_string),
                                class: ca.class.map(str::to_string),
                                onclick: la!(e, "onclick").map(str::to_string),
                                data: data_attrs(e),
                                form: form_stack.last().copied(),
                                loc: mk_loc(&stack),
                            });
                        }
                        if BLOCK_TAGS.contains(&tag) || role.as_deref() == Some("navigation") {
                            let interesting = tag != "div" && tag != "section" && tag != "table"
                                || ca.id.is_some()
                                || ca.class.is_some()
                                || ca.aria_label.is_some()
                                || role.is_some();
                            if interesting && !region.has(Region::HEAD) {
                                let idx = body.blocks.len();
                                body.blocks.push(Block {
                                    tag: tag.to_string(),
                                    id: ca.id.map(str::to_string),
                                    class: ca.class.map(str::to_string),
                                    role: role.clone(),
                                    aria_label: ca.aria_label.map(str::to_string),
                                    anchors: vec![],
                                    heading: None,
                                    loc: mk_loc(&stack),
                                });
                                open_blocks.push(idx);
                                block_idx = Some(idx);
                            }
                        }
                        // App-shell roots.
                        let shell_id = ca.id.is_some_and(|i| {
                            matches!(
                                i,
                                "root"
                                    | "app"
                                    | "__next"
                                    | "__nuxt"
                                    | "___gatsby"
                                    | "svelte"
                                    | "app-root"
                                    | "main-app"
                            )
                        });
                        if (shell_id || tag == "app-root") && !region.has(Region::HEAD) && node_is_empty(node)
                        {
                            let label = if tag == "app-root" {
                                tag.to_string()
                            } else {
                                format!("{}#{}", tag, ca.id.unwrap_or(""))
                            };
                            body.empty_roots.push((label, line));
                        }
                        if matches!(tag, "script" | "style" | "template" | "noscript") {
                            text_skip += 1;
                        }
                        stack.push(Frame {
                            region,
                            seg,
                            child_tags: TagCounts::default(),
                            block: block_idx,
                            is_element: true,
                        });
                    }
                    Node::Text(t) => {
                        if in_title {
                            if let Some(title) = head.title.as_mut() {
                                if title.len() < 4096 {
                                    title.push_str(t);
                                }
                            }
                        } else if text_skip == 0 && !parent_region.has(Region::HEAD) {
                            body.text_chars += trimmed_char_count(t);
                        }
                        stack.push(Frame {
                            region: parent_region,
                            seg: Seg::default(),
                            child_tags: TagCounts::default(),
                            block: None,
                            is_element: false,
                        });
                    }
                    _ => {
                        stack.push(Frame {
                            region: parent_region,
                            seg: Seg::default(),
                            child_tags: TagCounts::default(),
                            block: None,
                            is_element: false,
                        });
                    }
                }
            }
            Edge::Close(node) => {
                let frame = stack.pop();
                if let Node::Element(e) = node.value() {
                    match e.name() {
                        "title" => in_title = false,
                        "form" => {
                            form_stack.pop();
                        }
                        "script" | "style" | "template" | "noscript" => {
                            text_skip = text_skip.saturating_sub(1)
                        }
                        _ => {}
                    }
                    if let Some(b) = frame.and_then(|f| f.block) {
                        if open_blocks.last() == Some(&b) {
                            open_blocks.pop();
                        }
                    }
                }
            }
        }
    }
    if let Some(t) = head.title.as_mut() {
        *t = squash(t);
    }
    let description = first_with_text(head.meta_named("description")).and_then(|m| m.content.clone());
    head.description = description;
    build_og(&mut head);
    for l in &head.links {
        if l.has_rel("canonical") {
            if let Some(h) = &l.href {
                head.canonicals.push(h.trim().to_string());
            }
        }
    }
    (head, body)
}

/// `s.to_ascii_lowercase()`, borrowed when it is already lower-case.
fn ascii_lower(s: &str) -> std::borrow::Cow<'_, str> {
    if s.bytes().any(|b| b.is_ascii_uppercase()) {
        std::borrow::Cow::Owned(s.to_ascii_lowercase())
    } else {
        std::borrow::Cow::Borrowed(s)
    }
}

/// `t.trim().chars().count()`, skipping ASCII white space by bytes first (text
/// nodes are often long runs of indentation).
fn trimmed_char_count(t: &str) -> usize {
    let b = t.as_bytes();
    let ws = |c: &u8| c.is_ascii_whitespace() || *c == 0x0B;
    let start = b.iter().position(|c| !ws(c)).unwrap_or(b.len());
    let end = b.iter().rposition(|c| !ws(c)).map_or(start, |p| p + 1);
    // `start`/`end` sit next to ASCII bytes, so they are char boundaries.
    t.get(start..end.max(start))
        .map_or(0, |m| m.trim().chars().count())
}

fn in_svg(stack: &[Frame]) -> bool {
    stack.iter().any(|f| f.is_element && f.seg.tag.starts_with("svg"))
}

fn node_is_empty(node: ego_tree::NodeRef<'_, Node>) -> bool {
    node.descendants().skip(1).all(|d| match d.value() {
        Node::Text(t) => t.trim().is_empty(),
        Node::Element(e) => matches!(e.name(), "script" | "noscript" | "style" | "template"),
        _ => true,
    }) || node.children().all(|c| match c.value() {
        Node::Text(t) => t.trim().is_empty(),
        Node::Comment(_) => true,
        Node::Element(e) => matches!(e.name(), "noscript" | "script"),
        _ => true,
    })
}

fn node_raw_text(node: ego_tree::NodeRef<'_, Node>, max: usize) -> String {
    let mut s = String::new();
    for c in node.children() {
        if let Node::Text(t) = c.value() {
            s.push_str(t);
            if s.len() > max {
                let mut cut = max;
                while !s.is_char_boundary(cut) {
                    cut -= 1;
                }
                s.truncate(cut);
                break;
            }
        }
    }
    s
}

/// Parse one JSON-LD block; on error keep the message and its position in the page.
pub fn parse_json_ld(text: &str, script_line: u32) -> JsonLd {
    // Strip HTML comment wrappers and CDATA sometimes left around JSON-LD.
    let trimmed = text
        .trim()
        .trim_start_matches("<!--")
        .trim_end_matches("-->")
        .trim()
        .trim_start_matches("//<![CDATA[")
        .trim_end_matches("//]]>")
        .trim()
        .trim_start_matches("<![CDATA[")
        .trim_end_matches("]]>")
        .trim();
    if text.len() >= MAX_INLINE_SCRIPT {
        return JsonLd {
            line: script_line,
            value: None,
            types: vec![],
            error: Some(format!(
                "the block is larger than {} bytes and was not parsed",
                MAX_INLINE_SCRIPT
            )),
            error_line: Some(script_line),
            error_column: None,
        };
    }
    match serde_json::from_str::<serde_json::Value>(trimmed) {
        Ok(v) => {
            let mut b = JsonLd {
                line: script_line,
                value: Some(v),
                types: vec![],
                error: None,
                error_line: None,
                error_column: None,
            };
            let mut types: Vec<String> = b.objects().iter().flat_map(|o| json_types(o)).collect();
            types.dedup();
            b.types = types;
            b
        }
        Err(e) => {
            // serde_json lines are 1-based within the block; the block text starts on the script's line.
            let lead_newlines = text[..text.find(trimmed.get(..1).unwrap_or("")).unwrap_or(0)]
                .matches('\n')
                .count() as u32;
            JsonLd {
                line: script_line,
                value: None,
                types: vec![],
                error: Some(e.to_string()),
                error_line: Some(script_line + lead_newlines + (e.line() as u32).saturating_sub(1)),
                error_column: Some(e.column() as u32),
            }
        }
    }
}

/// Build the Open Graph and Twitter maps and structured og:image entries.
fn build_og(head: &mut HeadFacts) {
    let mut current_image: Option<usize> = None;
    let mut current_video: Option<usize> = None;
    for m in &head.metas {
        let Some(content) = m.content.clone() else {
            continue;
        };
        let content = content.trim().to_string();
        // Open Graph: property= (or name= used by mistake) with a known OG prefix.
        let og_key = m
            .property
            .as_deref()
            .filter(|p| !p.starts_with("twitter:"))
            .or(m.name.as_deref().filter(|n| is_og_prefixed(n)));
        if let Some(k) = og_key {
            if is_og_prefixed(k) {
                head.og.entry(k.to_string()).or_default().push(content.clone());
                match k {
                    "og:image" | "og:image:url" => {
                        // og:image:url right after og:image names the same image.
                        if k == "og:image:url"
                            && current_image.is_some_and(|i| head.og_images[i].url == content)
                        {
                            continue;
                        }
                        // An empty og:image names no image (and its properties no image either).
                        if content.is_empty() {
                            current_image = None;
                            continue;
                        }
                        head.og_images.push(OgMedia {
                            url: content.clone(),
                            line: m.line,
                            ..Default::default()
                        });
                        current_image = Some(head.og_images.len() - 1);
                    }
                    "og:image:secure_url"
                    | "og:image:type"
                    | "og:image:width"
                    | "og:image:height"
                    | "og:image:alt" => {
                        let i = match current_image {
                            Some(i) => i,
                            None => continue,
                        };
                        let img = &mut head.og_images[i];
                        let slot = match k {
                            "og:image:secure_url" => &mut img.secure_url,
                            "og:image:type" => &mut img.type_,
                            "og:image:width" => &mut img.width,
                            "og:image:height" => &mut img.height,
                            _ => &mut img.alt,
                        };
                        if slot.is_none() {
                            *slot = Some(content.clone());
                        }
                    }
                    "og:video" | "og:video:url" => {
                        if content.is_empty() {
                            current_video = None;
                            continue;
                        }
                        head.og_videos.push(OgMedia {
                            url: content.clone(),
                            line: m.line,
                            ..Default::default()
                        });
                        current_video = Some(head.og_videos.len() - 1);
                    }
                    "og:video:width" | "og:video:height" | "og:video:type" | "og:video:secure_url" => {
                        if let Some(i) = current_video {
                            let v = &mut head.og_videos[i];
                            let slot = match k {
                                "og:video:width" => &mut v.width,
                                "og:video:height" => &mut v.height,
                                "og:video:type" => &mut v.type_,
                                _ => &mut v.secure_url,
                            };
                            if slot.is_none() {
                                *slot = Some(content.clone());
                            }
                        }
                    }
                    _ => {}
                }
                continue;
            }
        }
        let tw_key = m
            .name
            .as_deref()
            .filter(|n| n.starts_with("twitter:"))
            .or(m.property.as_deref().filter(|p| p.starts_with("twitter:")));
        if let Some(k) = tw_key {
            head.twitter.entry(k.to_string()).or_default().push(content);
        }
    }
}

/// Prefixes of the Open Graph protocol and its vertical namespaces.
pub fn is_og_prefixed(k: &str) -> bool {
    [
        "og:",
        "article:",
        "fb:",
        "profile:",
        "book:",
        "music:",
        "video:",
        "product:",
        "business:",
        "place:",
        "al:",
    ]
    .iter()
    .any(|p| k.starts_with(p))
}

/// Normalize a host for same-site comparison (lower-case, no `www.`).
pub fn site_host(u: &Url) -> Option<String> {
    u.host_str()
        .map(|h| h.trim_start_matches("www.").to_ascii_lowercase())
}

/// Resolve every URL against the base and classify links.
pub fn resolve(head: &mut HeadFacts, body: &mut BodyFacts, base: Option<&Url>, page: Option<&Url>) {
    let page_host = page.or(base).and_then(site_host);
    let join = |href: &str| -> Option<Url> {
        let h = href.trim();
        if h.is_empty() {
            return None;
        }
        match base {
            Some(b) => b.join(h).ok(),
            None => Url::parse(h).ok(),
        }
    };
    for l in head.links.iter_mut() {
        l.abs = l.href.as_deref().and_then(join);
    }
    for a in body.anchors.iter_mut() {
        let Some(href) = a.href.as_deref() else {
            a.kind = LinkKind::Missing;
            continue;
        };
        let h = href.trim();
        let scheme_is = |p: &str| h.get(..p.len()).is_some_and(|s| s.eq_ignore_ascii_case(p));
        a.kind = if h.is_empty() {
            LinkKind::Empty
        } else if h.starts_with('#') {
            LinkKind::Fragment
        } else if scheme_is("javascript:") {
            LinkKind::Javascript
        } else if scheme_is("mailto:") {
            LinkKind::Mailto
        } else if scheme_is("tel:") {
            LinkKind::Tel
        } else {
            let abs = join(h);
            // `Url::parse(h)` only where the answer depends on it (URL parsing is
            // most of this function's cost).
            let kind = match &abs {
                Some(u) if matches!(u.scheme(), "http" | "https") => match (&page_host, site_host(u)) {
                    (Some(ph), Some(uh)) => {
                        if *ph == uh {
                            LinkKind::Internal
                        } else {
                            LinkKind::External
                        }
                    }
                    _ if !(h.starts_with("//") || Url::parse(h).is_ok()) => LinkKind::Internal,
                    _ => LinkKind::External,
                },
                Some(_) => LinkKind::Other,
                None if base.is_none() || Url::parse(h).is_err() => {
                    // No base URL: a relative path is internal.
                    if !h.contains(':') || h.starts_with('/') {
                        LinkKind::Internal
                    } else {
                        LinkKind::Other
                    }
                }
                None => LinkKind::Other,
            };
            a.abs = abs;
            kind
        };
    }
    for i in body.images.iter_mut() {
        i.abs = i.src.as_deref().and_then(join);
    }
    for s in body.scripts.iter_mut() {
        s.abs = s.src.as_deref().and_then(join);
    }
    for e in body.embeds.iter_mut() {
        e.abs = e.src.as_deref().and_then(join);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn push_u32_is_decimal() {
        for n in [0, 1, 9, 10, 99, 100, 12345, u32::MAX] {
            let mut s = String::from("x");
            push_u32(&mut s, n);
            assert_eq!(s, format!("x{n}"));
        }
    }

    #[test]
    fn seg_has_hash_matches_its_text() {
        let ca = |id: Option<&'static str>, class: Option<&'static str>| CommonAttrs {
            id,
            class,
            ..Default::default()
        };
        for (tag, id, class) in [
            ("div", None, None),
            ("div", Some("main"), None),
            ("div", None, Some("a#b c")),
            ("a#b", None, Some("x")),
            ("p", Some("has space"), Some("c")),
            ("li", None, Some("1st")),
        ] {
            for nth in [1, 3] {
                let seg = Seg::of(tag, &ca(id, class), nth);
                let mut s = String::new();
                seg.write(&mut s);
                assert_eq!(seg.has_hash(), s.contains('#'), "{s}");
            }
        }
    }

    #[test]
    fn trimmed_char_count_matches_trim() {
        for t in [
            "",
            "   ",
            " a ",
            "\n\t şğ \u{a0}",
            "\u{a0}\u{a0}",
            "x\u{3000} ",
            " \u{b} y \u{b}",
            "é",
        ] {
            assert_eq!(trimmed_char_count(t), t.trim().chars().count(), "{:?}", t);
        }
    }

    #[test]
    fn attr_matches_scraper() {
        let doc = Doc::parse(
            r##"<div id=a CLASS="b c" data-x=1 role=""><svg><a xlink:href="#q" href="#h"></a></svg></div>"##,
        );
        for n in doc.html.tree.root().descendants() {
            if let Node::Element(e) = n.value() {
                for name in ["id", "class", "data-x", "role", "href", "xlink:href", "missing"] {
                    assert_eq!(attr(e, name), e.attr(name), "{} on {}", name, e.name());
                }
            }
        }
    }
}
