//! Main content detection: the element that holds the page's own content, its
//! text as blocks (paragraphs, headings, list items) for readability, and the
//! article's headline.
//!
//! Interface used by readability and navigation checks:
//! - `MainFacts::blocks`: the main text in reading order, one entry per block element
//!   (the headline kept at `headline_block` for the structure checks);
//! - `MainFacts::text()` / `scored_blocks()`: the text we score, without the headline;
//! - `headline` (the article's `<h1>`), `main_words`, `main_method`,
//!   `main_selector`, `main_node`; `shown` (`facts.mainText`, `facts.headline` in
//!   the report) with the `include_text` option only;
//! - `Region::CONTENT` / `Region::BOILERPLATE` set on recorded elements.
//!
//! First, the elements that hold most of the page's paragraph text (three
//! quarters, or half with under 1,000 characters elsewhere), counted with nothing
//! but scripts and hidden elements left out: the chain of wrappers down to the
//! article. They are never left out for a tag, role, class or id, so one token
//! (`modal-enabled`, `entry themeform share`), a page-wide `<form>` or an unclosed
//! `<header>` cannot drop the article.
//!
//! Detection, in order:
//! 1. `<main>` or `role=main`, when it holds a real share of the page's text
//!    (at least a quarter of the text outside boilerplate, or 500 characters);
//! 2. a lone `<article>` under the same rule;
//! 3. a scorer in the spirit of Mozilla Readability: every paragraph-like element
//!    (`p`, `pre`, `td`, loose text in a `div`) of 25+ characters scores
//!    1 + commas + one point per 100 characters (at most 3); its five nearest
//!    ancestors share that score (full, half, then a third per level), each
//!    ancestor starting from a tag weight (div +5, lists −3, headings −5) and a
//!    class/id weight (±25 for words like `article`/`content` or
//!    `comment`/`sidebar`); scores are scaled by (1 − link density). The best
//!    candidate may move up to a parent that holds several near-best candidates or
//!    scores higher; siblings scoring ≥ 20 % of it (or long, link-poor paragraphs)
//!    join it; when the result holds under 60 % of the paragraph text and an
//!    ancestor with few links holds 1.6 times as much, the ancestor is taken (an
//!    article cut into step or section boxes). Unlikely regions (menus, sidebars,
//!    comments, share bars, cookie banners, ...) are left out first; when that
//!    leaves under 500 characters the scorer runs again with them in;
//! 4. the body without boilerplate when nothing scores.
//!
//! Class and id tokens are judged as words: a token's first or last `-`/`_` part
//! must be the marker (`share-bar`, `post-comments`), "commentary" is not
//! "comment", AEM's `cmp-*` components are not consent banners, state and layout
//! tokens (`modal-enabled`, `menu-open`, `layout-right-sidebar`, `has-sidebar`)
//! name no region, ids made of a heading's words are anchors, and a content word
//! among the tokens (`entry`, `post`, `article`, `content`) wins.
//!
//! Inside the chosen content, [`prune`] judges each block on its own content
//! (Readability's "clean conditionally"): link lists before the first or after
//! the last real paragraph, blocks opened by a "Related" / "Most popular" / "You
//! may also like" / "Das könnte Sie auch interessieren" label (the lexicon's
//! labels, `facts::lexicon`, in en, tr, de, fr, es, it, pt, nl, pl, ru, …) and the
//! list after such a heading, bylines and datelines, photo credits, and widgets of
//! short labels without sentences (player controls). A block holding half the
//! content or more always stays. Paywall prompts and lone "Advertisement" labels
//! leave as text blocks (`lexicon::is_page_furniture`).
//!
//! Boilerplate: `<nav>`, page-level `<header>`, `<footer>`, `<aside>`, forms,
//! comments, cookie / consent banners, share bars and ad widgets (by class or
//! id), hidden elements and navigation-like ARIA roles.
//!
//! `scripts/eval-main` measures the result against the shared corpus with the
//! article-extraction-benchmark's shingle precision / recall / F1, next to
//! Mozilla Readability and trafilatura.
//!
//! Everything runs over the already parsed tree with iterative traversals and a
//! map of per-element text statistics: a few linear passes, no recursion.

use ego_tree::iter::Edge;
use ego_tree::{NodeId, NodeRef};
use scraper::node::{Element, Node};
use serde::Serialize;

use super::base::la;
use super::lexicon;
use super::{Facts, Region};
use crate::dom::{Doc, IdMap, IdSet};
use crate::text::squash;

pub use crate::readability::blocks::{BlockKind, TextBlock};

#[derive(Debug, Clone, Default, Serialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[cfg_attr(feature = "tsify", tsify(missing_as_null, hashmap_as_object))]
#[serde(rename_all = "camelCase")]
pub struct MainFacts {
    /// How the main content was found: `main`, `role-main`, `article`, `scored`, `body`; null when no body.
    pub main_method: Option<&'static str>,
    /// CSS selector of the main content element.
    pub main_selector: Option<String>,
    /// Words in the main text.
    pub main_words: usize,
    /// The main text blocks in reading order (bylines left out; the headline kept,
    /// at `headline_block`, for the structure checks).
    #[serde(skip)]
    pub blocks: Vec<TextBlock>,
    /// Which block is the headline (left out of the text scored for readability).
    #[serde(skip)]
    pub headline_block: Option<usize>,
    /// The article's headline: its `<h1>` (the main content's, else the page's
    /// first outside navigation), white space collapsed.
    #[serde(skip)]
    pub headline: Option<String>,
    /// With the `include_text` option: the headline and the text we scored.
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "tsify", tsify(type = "Partial<ShownText>"))]
    pub shown: Option<ShownText>,
    /// The main content element (the best candidate when scored).
    #[serde(skip)]
    pub main_node: Option<NodeId>,
    /// Every element whose text is main content: `main_node` and, when scored,
    /// the siblings that joined it (document order).
    #[serde(skip)]
    pub main_nodes: Vec<NodeId>,
}

/// The text shown in the report with the `include_text` option.
#[derive(Debug, Clone, Default, Serialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[cfg_attr(feature = "tsify", tsify(missing_as_null, hashmap_as_object))]
#[serde(rename_all = "camelCase")]
pub struct ShownText {
    /// The article's headline (null when the page has no `<h1>`).
    pub headline: Option<String>,
    /// The main text we scored, blocks joined by blank lines.
    pub main_text: String,
}

impl MainFacts {
    /// The text scored for readability: the blocks without the headline.
    pub fn scored_blocks(&self) -> impl Iterator<Item = &TextBlock> {
        self.blocks
            .iter()
            .enumerate()
            .filter(|(i, _)| Some(*i) != self.headline_block)
            .map(|(_, b)| b)
    }

    /// The main text we score, blocks joined by blank lines (headline left out).
    pub fn text(&self) -> String {
        self.scored_blocks()
            .map(|b| b.text.as_str())
            .collect::<Vec<_>>()
            .join("\n\n")
    }
}

const BLOCK_ELEMENTS: &[&str] = &[
    "p",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "td",
    "th",
    "dd",
    "dt",
    "figcaption",
    "caption",
    "div",
    "section",
    "article",
    "main",
    "ul",
    "ol",
    "table",
    "tr",
    "br",
    "hr",
    "header",
    "footer",
    "aside",
    "nav",
    "form",
    "figure",
    "details",
    "summary",
    "address",
];

/// Elements whose subtree is never text (or never main text).
fn never_text(name: &str) -> bool {
    matches!(
        name,
        "script"
            | "style"
            | "template"
            | "noscript"
            | "svg"
            | "select"
            | "textarea"
            | "iframe"
            | "object"
            | "head"
    )
}

/// A `<form>` right under `<body>` wraps the whole page (ASP.NET WebForms and
/// similar): it is layout, not a boilerplate form.
fn wrapper_form(n: NodeRef<'_, Node>) -> bool {
    n.value().as_element().is_some_and(|e| e.name() == "form")
        && n.parent()
            .and_then(|p| p.value().as_element().map(|pe| pe.name() == "body"))
            .unwrap_or(false)
}

/// Tags that are boilerplate by themselves (page-level `header` handled apart).
fn boilerplate_tag(name: &str) -> bool {
    matches!(name, "nav" | "footer" | "aside" | "form" | "button" | "dialog")
}

/// Class / id words of boilerplate regions: cookie and consent banners, share
/// bars, comments, breadcrumbs, sidebars, pop-ups, ads. Matched per token part by
/// [`marker_part`] (which spells the list out by first letter; a test holds the two equal).
#[cfg(test)]
const BOILERPLATE_MARKERS: &[&str] = &[
    "cookie",
    "consent",
    "gdpr",
    "cmpbox",
    "onetrust",
    "outbrain",
    "taboola",
    "cookiebot",
    "share",
    "sharing",
    "social",
    "addtoany",
    "a2a",
    "sharethis",
    "shareaholic",
    "comment",
    "disqus",
    "respond",
    "yorum",
    "breadcrumb",
    "sidebar",
    "popup",
    "modal",
    "newsletter",
    "advert",
    "sponsor",
    "skiplink",
];

/// Readability's "unlikely candidate" words (class + id, substring).
const UNLIKELY: &[&str] = &[
    "-ad-",
    "ai2html",
    "banner",
    "breadcrumbs",
    "combx",
    "comment",
    "community",
    "cover-wrap",
    "disqus",
    "extra",
    "footer",
    "gdpr",
    "header",
    "legends",
    "menu",
    "related",
    "remark",
    "replies",
    "rss",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "social",
    "sponsor",
    "supplemental",
    "ad-break",
    "agegate",
    "pagination",
    "pager",
    "popup",
    "yom-remote",
    "cookie",
    "consent",
    "share",
];
/// Words that rescue an unlikely candidate.
const MAYBE: &[&str] = &[
    "and", "article", "body", "column", "content", "main", "mathjax", "shadow",
];
const POSITIVE: &[&str] = &[
    "article",
    "body",
    "content",
    "entry",
    "hentry",
    "h-entry",
    "main",
    "page",
    "pagination",
    "post",
    "text",
    "blog",
    "story",
];
const NEGATIVE: &[&str] = &[
    "-ad-",
    "hidden",
    "banner",
    "combx",
    "comment",
    "com-",
    "contact",
    "footer",
    "gdpr",
    "masthead",
    "media",
    "meta",
    "outbrain",
    "promo",
    "related",
    "scroll",
    "share",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "sponsor",
    "shopping",
    "tags",
    "widget",
];

fn any_in(hay: &str, words: &[&str]) -> bool {
    words.iter().any(|w| hay.contains(w))
}

/// Lower-cased `class` + `id`.
fn class_id(e: &Element) -> String {
    let mut s = String::new();
    if let Some(c) = la!(e, "class") {
        s.push_str(&c.to_ascii_lowercase());
    }
    s.push(' ');
    if let Some(i) = la!(e, "id") {
        s.push_str(&i.to_ascii_lowercase());
    }
    s
}

/// Whether an element's class or id names a boilerplate region. A token counts
/// when a marker is the whole token, or its first or last `-`/`_` part ("share-bar",
/// "cookie-notice", "post-comments"), so layout words such as
/// "two-col-sidebar-right" or "has-sidebar" do not hide the content they wrap.
pub fn is_boilerplate_marked(e: &Element) -> bool {
    let tokens = la!(e, "class")
        .into_iter()
        .chain(la!(e, "id").filter(|i| !heading_slug(i)))
        .flat_map(|s| s.split_whitespace());
    for t in tokens {
        let t: std::borrow::Cow<'_, str> = if t.bytes().any(|b| b.is_ascii_uppercase()) {
            t.to_ascii_lowercase().into()
        } else {
            t.into()
        };
        // On bytes: the separators are ASCII.
        let is_sep = |c: &u8| *c == b'-' || *c == b'_';
        let tb = t.as_bytes();
        let (Some(first), Some(last)) = (
            tb.split(is_sep).find(|p| !p.is_empty()),
            tb.rsplit(is_sep).find(|p| !p.is_empty()),
        ) else {
            continue;
        };
        // (A marker is one word, so a token that is a marker is its own first part.)
        if !(marker_part(first) || marker_part(last)) {
            continue;
        }
        if t.len() > 60
            || ["content", "article", "body", "main", "entry", "post-text"]
                .iter()
                .any(|w| crate::text::contains_short(&t, w))
            || ["has-", "no-", "with-", "without-", "is-"]
                .iter()
                .any(|p| t.starts_with(p))
            || state_or_layout(first, last)
        {
            continue;
        }
        return true;
    }
    false
}

/// A token that states how the page is laid out or what state it is in, not what
/// the element is: `modal-enabled`, `menu-open`, `layout-right-sidebar`,
/// `page-sidebar-left`, `template-sidebar`, `col-sidebar` wrap the whole page.
fn state_or_layout(first: &[u8], last: &[u8]) -> bool {
    const STATE: &[&str] = &[
        "enabled",
        "disabled",
        "open",
        "opened",
        "closed",
        "active",
        "visible",
        "shown",
        "on",
        "off",
        "loaded",
        "ready",
        "layout",
        "mode",
        "supported",
    ];
    const LAYOUT: &[&str] = &[
        "layout", "template", "theme", "col", "cols", "grid", "l", "two", "three", "one", "full", "wrap",
        "wrapper",
    ];
    STATE.iter().any(|w| last == w.as_bytes()) || LAYOUT.iter().any(|w| first == w.as_bytes())
}

/// An id made from a heading's words (`sharing-with-a-single-developer`, as
/// documentation generators write them): an anchor, not a region's name.
fn heading_slug(id: &str) -> bool {
    id.split(['-', '_']).filter(|p| !p.is_empty()).count() >= 4
}

/// Lower-cased parts of the class and id tokens (split at white space, `-`, `_`).
fn id_parts(e: &Element) -> Vec<String> {
    la!(e, "class")
        .into_iter()
        .chain(la!(e, "id").filter(|i| !heading_slug(i)))
        .flat_map(|s| s.split(|c: char| c.is_whitespace() || c == '-' || c == '_'))
        .filter(|p| !p.is_empty())
        .map(str::to_ascii_lowercase)
        .collect()
}

/// Readability's "unlikely candidate" test, judged on whole class/id parts: a part
/// that starts or ends with an unlikely word ("comments", "sidebarwidget",
/// "postfooter"), unless a part names content ("article", "entry", "post", ...).
fn unlikely_by_class(e: &Element) -> bool {
    let parts = id_parts(e);
    let unlikely = parts.iter().any(|p| {
        (p == "ad" || p == "ads")
            || UNLIKELY.iter().any(|w| {
                let w = w.trim_matches('-');
                w.len() > 2
                    && (p.starts_with(w) || (w.len() >= 5 && p.ends_with(w)))
                    && !(w == "comment" && (p.starts_with("commentar") || p.starts_with("commentator")))
            })
    });
    unlikely
        && !parts.iter().any(|p| {
            MAYBE.contains(&p.as_str()) || ["entry", "post", "story", "text", "hentry"].contains(&p.as_str())
        })
        && !(parts.len() >= 2 && state_or_layout(parts[0].as_bytes(), parts[parts.len() - 1].as_bytes()))
}

/// Whether one part of a class/id token names boilerplate: a marker of
/// [`BOILERPLATE_MARKERS`], or starts with one of its markers longer than four
/// letters. Dispatches on the first letter (this runs for every class token).
fn marker_part(p: &[u8]) -> bool {
    let starts = |ms: &[&str]| ms.iter().any(|m| p.starts_with(m.as_bytes()));
    match p.first() {
        Some(b'a') => p == b"a2a" || starts(&["addtoany", "advert"]),
        Some(b'b') => starts(&["breadcrumb"]),
        // "commentary" and "commentator" are content; AEM's `cmp-*` are components.
        Some(b'c') => {
            starts(&["cookie", "consent", "cmpbox"])
                || (starts(&["comment"]) && !starts(&["commentar", "commentator"]))
        }
        Some(b'd') => starts(&["disqus"]),
        Some(b'g') => p == b"gdpr",
        Some(b'm') => starts(&["modal"]),
        Some(b'n') => starts(&["newsletter"]),
        Some(b'o') => starts(&["onetrust", "outbrain"]),
        Some(b't') => starts(&["taboola"]),
        Some(b'p') => starts(&["popup"]),
        Some(b'r') => starts(&["respond"]),
        Some(b's') => starts(&["share", "sharing", "social", "sidebar", "sponsor", "skiplink"]),
        Some(b'y') => starts(&["yorum"]),
        _ => false,
    }
}

fn is_hidden(e: &Element) -> bool {
    use html5ever::local_name;
    // One scan of the attributes, comparing interned names.
    e.attrs.iter().any(|(q, v)| {
        if q.prefix.is_some() || q.ns != html5ever::ns!() {
            return false;
        }
        let l = &q.local;
        if *l == local_name!("hidden") {
            true
        } else if *l == local_name!("aria-hidden") {
            &**v == "true"
        } else if *l == local_name!("style") {
            let s = v.replace(' ', "").to_ascii_lowercase();
            s.contains("display:none") || s.contains("visibility:hidden")
        } else {
            false
        }
    })
}

fn boiler_role(e: &Element) -> bool {
    matches!(
        la!(e, "role").map(str::to_ascii_lowercase).as_deref(),
        Some(
            "menu"
                | "menubar"
                | "complementary"
                | "navigation"
                | "alert"
                | "alertdialog"
                | "dialog"
                | "banner"
                | "contentinfo"
        )
    )
}

fn class_weight(e: &Element) -> f64 {
    let mut w = 0.0;
    for v in [la!(e, "class"), la!(e, "id")].into_iter().flatten() {
        let v = v.to_ascii_lowercase();
        if any_in(&v, NEGATIVE) {
            w -= 25.0;
        }
        if any_in(&v, POSITIVE) {
            w += 25.0;
        }
    }
    w
}

fn tag_weight(name: &str) -> f64 {
    match name {
        "div" => 5.0,
        "pre" | "td" | "blockquote" => 3.0,
        "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
        _ => 0.0,
    }
}

fn is_comma(c: char) -> bool {
    matches!(
        c,
        ',' | '\u{060C}'
            | '\u{FE50}'
            | '\u{FE10}'
            | '\u{FE11}'
            | '\u{2E41}'
            | '\u{2E34}'
            | '\u{2E32}'
            | '\u{FF0C}'
            | '、'
    )
}

/// Text statistics of one element (characters with white space collapsed).
#[derive(Debug, Clone, Copy, Default)]
struct Stats {
    /// All text inside.
    total: u32,
    /// Text inside links.
    link: u32,
    commas: u32,
    /// Text not inside a nested block element (loose text).
    own: u32,
    own_commas: u32,
    /// Paragraph text inside: `p`/`pre`/`td` text and loose text of blocks.
    ptext: u32,
}

impl Stats {
    fn link_density(&self) -> f64 {
        if self.total == 0 {
            0.0
        } else {
            self.link as f64 / self.total as f64
        }
    }
}

fn is_block(name: &str) -> bool {
    BLOCK_ELEMENTS.contains(&name)
}

/// What a pass over the page leaves out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// Only what is never text (scripts, styles, hidden elements).
    All,
    /// Also boilerplate by tag or role (nav, footer, aside, forms, page header).
    Loose,
    /// Also boilerplate and unlikely regions by class or id.
    Strict,
}

/// Why a subtree is left out of the text statistics. An element in `keep` (it
/// holds most of the page's paragraph text) is never left out for its tag, role,
/// class or id: one token or an unclosed `<header>` must not drop the article.
fn excluded(n: NodeRef<'_, Node>, e: &Element, mode: Mode, in_article: bool, keep: &IdSet) -> bool {
    let name = e.name();
    if wrapper_form(n) {
        return false;
    }
    if never_text(name) || is_hidden(e) {
        return true;
    }
    if mode == Mode::All
        || keep.contains(&n.id())
        || matches!(name, "body" | "main" | "article" | "a" | "html")
    {
        return false;
    }
    let strict = mode == Mode::Strict;
    if boilerplate_tag(name) || (name == "header" && !in_article) || boiler_role(e) {
        return true;
    }
    if strict && (la!(e, "class").is_some() || la!(e, "id").is_some()) {
        let ci = class_id(e);
        if ci.trim().is_empty() {
            return false;
        }
        if unlikely_by_class(e) || is_boilerplate_marked(e) {
            return true;
        }
    }
    false
}

/// One pass over `root`: per-element stats, and the paragraphs to score.
/// A paragraph to score: its node, text length and commas.
type Para = (NodeId, u32, u32);

/// A text's length in characters with each run of white space counted as one
/// (a leading run not at all), and its commas (any script's).
fn squashed_len_and_commas(t: &str) -> (u32, u32) {
    let mut len = 0u32;
    let mut commas = 0u32;
    let mut space = true;
    if t.is_ascii() {
        // Most text nodes: bytes are characters, no decoding.
        for &b in t.as_bytes() {
            if b.is_ascii_whitespace() || b == 0x0b {
                len += u32::from(!space);
                space = true;
            } else {
                len += 1;
                space = false;
                commas += u32::from(b == b',');
            }
        }
        return (len, commas);
    }
    for c in t.chars() {
        if c.is_whitespace() {
            if !space {
                len += 1;
            }
            space = true;
        } else {
            len += 1;
            space = false;
            if c == ',' || (!c.is_ascii() && is_comma(c)) {
                commas += 1;
            }
        }
    }
    (len, commas)
}

fn gather(root: NodeRef<'_, Node>, mode: Mode, keep: &IdSet) -> (IdMap<Stats>, Vec<Para>) {
    struct Frame {
        id: NodeId,
        st: Stats,
        block: bool,
        link: bool,
        /// Paragraph-like: scores with its whole text.
        para: bool,
        article: bool,
    }
    let mut stats: IdMap<Stats> = IdMap::default();
    let mut paras: Vec<Para> = Vec::new();
    let mut stack: Vec<Frame> = Vec::with_capacity(64);
    let mut skip_depth: Option<usize> = None;
    let mut depth = 0usize;
    let mut article_depth = 0usize;
    for edge in root.traverse() {
        match edge {
            Edge::Open(n) => {
                depth += 1;
                if skip_depth.is_some() {
                    continue;
                }
                match n.value() {
                    Node::Element(e) => {
                        let name = e.name();
                        if n.id() != root.id() && excluded(n, e, mode, article_depth > 0, keep) {
                            skip_depth = Some(depth);
                            continue;
                        }
                        let article = matches!(name, "article" | "main");
                        if article {
                            article_depth += 1;
                        }
                        stack.push(Frame {
                            id: n.id(),
                            st: Stats::default(),
                            block: is_block(name),
                            link: name == "a",
                            para: matches!(name, "p" | "pre" | "td"),
                            article,
                        });
                    }
                    Node::Text(t) => {
                        let (len, commas) = squashed_len_and_commas(t);
                        if let Some(f) = stack.last_mut() {
                            f.st.total += len;
                            f.st.own += len;
                            f.st.commas += commas;
                            f.st.own_commas += commas;
                            if f.link {
                                f.st.link += len;
                            }
                        }
                    }
                    _ => {}
                }
            }
            Edge::Close(n) => {
                if skip_depth == Some(depth) {
                    skip_depth = None;
                } else if skip_depth.is_none() && matches!(n.value(), Node::Element(_)) {
                    if let Some(f) = stack.pop() {
                        if f.article {
                            article_depth = article_depth.saturating_sub(1);
                        }
                        let mut st = f.st;
                        if f.link {
                            st.link = st.total;
                        }
                        if f.para && st.total >= 25 {
                            paras.push((f.id, st.total, st.commas));
                        } else if !f.para && f.block && st.own >= 25 {
                            paras.push((f.id, st.own, st.own_commas));
                        }
                        if f.para {
                            st.ptext = st.total.saturating_sub(st.link);
                        } else if f.block && st.own >= 25 {
                            st.ptext += st.own;
                        }
                        if let Some(p) = stack.last_mut() {
                            p.st.ptext += st.ptext;
                            p.st.total += st.total;
                            p.st.link += st.link;
                            p.st.commas += st.commas;
                            if !f.block {
                                p.st.own += st.own;
                                p.st.own_commas += st.own_commas;
                            }
                        }
                        stats.insert(f.id, st);
                    }
                }
                depth -= 1;
            }
        }
    }
    (stats, paras)
}

/// The scorer: returns the selected nodes (best candidate first) and their text length.
fn score(doc: &Doc, body: NodeId, mode: Mode, keep: &IdSet) -> Option<(Vec<NodeId>, u32)> {
    let tree = &doc.html.tree;
    let body_ref = tree.get(body)?;
    let (stats, paras) = gather(body_ref, mode, keep);
    let mut scores: IdMap<f64> = IdMap::default();
    let mut order: Vec<NodeId> = Vec::new();
    for &(id, len, commas) in &paras {
        let content = 1.0 + commas as f64 + ((len / 100).min(3)) as f64;
        // A paragraph that is itself a container (loose text in a div) scores itself first.
        let start = tree.get(id)?;
        let self_is_container = !matches!(
            start.value().as_element().map(|e| e.name()),
            Some("p" | "pre" | "td")
        );
        let mut level = 0usize;
        let mut cur = if self_is_container {
            Some(start)
        } else {
            start.parent()
        };
        while let Some(a) = cur {
            if level >= 5 {
                break;
            }
            let Some(e) = a.value().as_element() else { break };
            let entry = scores.entry(a.id()).or_insert_with(|| {
                order.push(a.id());
                tag_weight(e.name()) + class_weight(e)
            });
            let divider = match level {
                0 => 1.0,
                1 => 2.0,
                l => l as f64 * 3.0,
            };
            *entry += content / divider;
            if a.id() == body {
                break;
            }
            level += 1;
            cur = a.parent();
        }
    }
    let scaled = |id: NodeId, s: f64| -> f64 {
        let ld = stats.get(&id).map(Stats::link_density).unwrap_or(0.0);
        s * (1.0 - ld)
    };
    let mut final_scores: IdMap<f64> = IdMap::with_capacity_and_hasher(scores.len(), Default::default());
    for id in &order {
        final_scores.insert(*id, scaled(*id, scores[id]));
    }
    let mut ranked: Vec<(NodeId, f64)> = order.iter().map(|id| (*id, final_scores[id])).collect();
    ranked.sort_by(|a, b| b.1.partial_cmp(&a.1).unwrap_or(std::cmp::Ordering::Equal));
    let (mut top, top_score) = *ranked.first()?;
    if top_score <= 0.0 {
        return None;
    }
    let is_ancestor = |anc: NodeId, of: NodeId| -> bool {
        let mut c = tree.get(of).and_then(|n| n.parent());
        while let Some(n) = c {
            if n.id() == anc {
                return true;
            }
            c = n.parent();
        }
        false
    };
    // A parent holding three or more near-best candidates is the better pick.
    let alternatives: Vec<NodeId> = ranked
        .iter()
        .skip(1)
        .take(4)
        .filter(|(id, s)| *s >= top_score * 0.75 && !is_ancestor(*id, top) && !is_ancestor(top, *id))
        .map(|(id, _)| *id)
        .collect();
    if alternatives.len() >= 3 {
        let mut p = tree.get(top).and_then(|n| n.parent());
        while let Some(n) = p {
            if n.id() == body {
                break;
            }
            if alternatives.iter().filter(|a| is_ancestor(n.id(), **a)).count() >= 3 {
                top = n.id();
                break;
            }
            p = n.parent();
        }
    }
    // Walk up while a parent scores higher (ancestors share the paragraphs' score).
    let mut last = final_scores.get(&top).copied().unwrap_or(top_score);
    let threshold = last / 3.0;
    let mut p = tree.get(top).and_then(|n| n.parent());
    while let Some(n) = p {
        if n.id() == body {
            break;
        }
        let Some(&ps) = final_scores.get(&n.id()) else {
            p = n.parent();
            continue;
        };
        if ps < threshold {
            break;
        }
        if ps > last {
            top = n.id();
            break;
        }
        last = ps;
        p = n.parent();
    }
    // An only child says nothing: take its parent.
    while let Some(parent) = tree.get(top).and_then(|n| n.parent()) {
        if parent.id() == body || parent.value().as_element().is_none() {
            break;
        }
        if parent.children().filter(|c| c.value().is_element()).count() == 1 {
            top = parent.id();
        } else {
            break;
        }
    }
    let top_final = final_scores.get(&top).copied().unwrap_or(top_score);
    // Siblings that belong to the same content.
    let mut nodes = vec![];
    let mut total = 0u32;
    let top_class = tree.get(top).and_then(|n| {
        n.value()
            .as_element()
            .and_then(|e| la!(e, "class"))
            .map(str::to_string)
    });
    let siblings: Vec<NodeRef<'_, Node>> = match tree.get(top).and_then(|n| n.parent()) {
        Some(parent) if top != body => parent.children().filter(|c| c.value().is_element()).collect(),
        _ => tree.get(top).into_iter().collect(),
    };
    let threshold = (top_final * 0.2).max(10.0);
    for s in siblings {
        let id = s.id();
        let Some(st) = stats.get(&id) else { continue };
        let join = if id == top {
            true
        } else {
            let mut bonus = 0.0;
            if let (Some(tc), Some(sc)) = (
                top_class.as_deref(),
                s.value().as_element().and_then(|e| la!(e, "class")),
            ) {
                if !tc.is_empty() && tc == sc {
                    bonus = top_final * 0.2;
                }
            }
            let sc = final_scores.get(&id).copied();
            let by_score = sc.is_some_and(|v| v + bonus >= threshold);
            let is_p = s.value().as_element().is_some_and(|e| e.name() == "p");
            by_score || (is_p && st.total > 80 && st.link_density() < 0.25)
        };
        if join {
            nodes.push(id);
            total += st.total;
        }
    }
    if nodes.is_empty() {
        nodes.push(top);
        total = stats.get(&top).map(|s| s.total).unwrap_or(0);
    }
    // The choice holds a small part of the page's paragraph text while an ancestor
    // holds much more (an article cut into step or section boxes): the ancestor is
    // the article. Judged on content: paragraph text and link density.
    let ptext = |id: &NodeId| stats.get(id).map(|s| s.ptext).unwrap_or(0);
    let body_p = ptext(&body);
    let mut best_p: u32 = nodes.iter().map(ptext).sum();
    if best_p * 5 < body_p * 3 {
        let mut best = None;
        let mut a = tree.get(top).and_then(|n| n.parent());
        while let Some(n) = a {
            if n.id() == body {
                break;
            }
            if let Some(st) = stats.get(&n.id()) {
                if st.ptext * 5 >= best_p * 8 && st.link_density() < 0.33 {
                    best = Some(n.id());
                    best_p = st.ptext;
                }
            }
            a = n.parent();
        }
        if let Some(b) = best {
            nodes = vec![b];
            top = b;
            total = stats.get(&b).map(|s| s.total).unwrap_or(0);
        }
    }
    // Best candidate first, the rest in document order.
    if let Some(pos) = nodes.iter().position(|n| *n == top) {
        let t = nodes.remove(pos);
        nodes.insert(0, t);
    }
    Some((nodes, total))
}

pub fn extract(doc: &Doc, facts: &mut Facts) -> MainFacts {
    let html = &doc.html;
    let mut main: Option<(NodeId, &'static str)> = None;
    let mut articles = Vec::new();
    let mut body = None;
    for n in html.tree.root().descendants() {
        if let Node::Element(e) = n.value() {
            match e.name() {
                "main" if main.is_none() => main = Some((n.id(), "main")),
                "article" => articles.push(n.id()),
                "body" if body.is_none() => body = Some(n.id()),
                _ if main.is_none() && la!(e, "role").is_some_and(|r| r.eq_ignore_ascii_case("main")) => {
                    main = Some((n.id(), "role-main"))
                }
                _ => {}
            }
        }
    }
    let Some(body) = body else {
        return MainFacts::default();
    };
    // Articles that are not teasers inside sidebars / footers / navigation.
    let articles: Vec<NodeId> = articles
        .into_iter()
        .filter(|a| {
            let mut c = html.tree.get(*a).and_then(|n| n.parent());
            while let Some(n) = c {
                if let Some(e) = n.value().as_element() {
                    if matches!(e.name(), "aside" | "footer" | "nav") {
                        return false;
                    }
                }
                c = n.parent();
            }
            true
        })
        .collect();
    // The elements that hold most of the page's paragraph text (the chain of
    // wrappers down to the article): never dropped for a tag or a class token.
    let keep: IdSet = html
        .tree
        .get(body)
        .map(|b| {
            let all = gather(b, Mode::All, &IdSet::default()).0;
            let body_p = all.get(&body).map(|s| s.ptext).unwrap_or(0);
            all.iter()
                .filter(|(_, st)| {
                    // Most of it, and without it too little would be left for an article.
                    body_p >= 200
                        && st.link_density() < 0.5
                        && (st.ptext * 4 >= body_p * 3 || (st.ptext * 2 > body_p && body_p - st.ptext < 1000))
                })
                .map(|(id, _)| *id)
                .collect()
        })
        .unwrap_or_default();
    let lengths = html
        .tree
        .get(body)
        .map(|b| gather(b, Mode::Loose, &keep).0)
        .unwrap_or_default();
    let len_of = |id: NodeId| lengths.get(&id).map(|s| s.total).unwrap_or(0);
    let body_len = len_of(body);
    let substantial = |id: NodeId| {
        let l = len_of(id);
        l >= 500 || l * 4 >= body_len
    };
    let chosen: (Vec<NodeId>, &'static str) = if let Some((m, method)) = main.filter(|(m, _)| substantial(*m))
    {
        (vec![m], method)
    } else if let Some(a) = (articles.len() == 1)
        .then(|| articles[0])
        .filter(|a| substantial(*a))
    {
        (vec![a], "article")
    } else {
        let strict = score(doc, body, Mode::Strict, &keep);
        let best = match strict {
            Some((n, len)) if len >= 500 => Some(n),
            other => {
                let loose = score(doc, body, Mode::Loose, &keep);
                match (other, loose) {
                    (Some((a, la)), Some((b, lb))) => Some(if lb > la { b } else { a }),
                    (a, b) => a.or(b).map(|x| x.0),
                }
            }
        };
        match best {
            Some(nodes) if nodes.first() != Some(&body) => (nodes, "scored"),
            _ => (vec![body], "body"),
        }
    };
    let (nodes, method) = chosen;
    let node = nodes[0];
    let mut in_order = nodes.clone();
    // Document order for the text.
    if in_order.len() > 1 {
        let pos: IdMap<usize> = html
            .tree
            .root()
            .descendants()
            .enumerate()
            .filter(|(_, n)| in_order.contains(&n.id()))
            .map(|(i, n)| (n.id(), i))
            .collect();
        in_order.sort_by_key(|n| pos.get(n).copied().unwrap_or(usize::MAX));
    }
    let drop = prune(doc, &in_order, &lengths, &keep);
    let mut blocks = Vec::new();
    for n in &in_order {
        blocks.extend(collect_blocks_in(doc, *n, true, &keep, &drop));
    }
    blocks.retain(|b| !lexicon::is_page_furniture(&b.text));
    let og_title = facts
        .head
        .og
        .get("og:title")
        .and_then(|v| v.first())
        .map(String::as_str);
    let headline = headline(doc, body, &in_order, [facts.head.title.as_deref(), og_title]);
    // The headline is a fact of its own, not text to read.
    let headline_block = headline.as_ref().and_then(|h| {
        blocks
            .iter()
            .take(8)
            .position(|b| b.kind == BlockKind::Heading && b.level == 1 && b.text == *h)
    });
    let main_words = blocks
        .iter()
        .enumerate()
        .filter(|(i, _)| Some(*i) != headline_block)
        .map(|(_, b)| crate::text::squashed_word_count(&b.text))
        .sum();
    mark_regions(doc, facts, &in_order, &keep);
    let selector = facts
        .body
        .blocks
        .iter()
        .find(|b| b.loc.node == node)
        .map(|b| b.loc.selector.clone())
        .or_else(|| {
            html.tree.get(node).and_then(|n| n.value().as_element()).map(|e| {
                let mut s = e.name().to_string();
                if let Some(id) = la!(e, "id").filter(|i| !i.trim().is_empty()) {
                    s.push('#');
                    s.push_str(id.trim());
                } else if let Some(c) = la!(e, "class").and_then(|c| c.split_whitespace().next()) {
                    s.push('.');
                    s.push_str(c);
                }
                s
            })
        });
    MainFacts {
        main_method: Some(method),
        main_selector: selector,
        main_words,
        blocks,
        headline,
        headline_block,
        shown: None,
        main_node: Some(node),
        main_nodes: in_order,
    }
}

/// Blocks inside the main content that are not the article (Readability's
/// "clean conditionally", judged on the element's own content): link lists, "Related"
/// / "Most popular" / "You may also like" blocks (a heading of the lexicon, in the
/// languages of [`lexicon::label_kind`]) with the list after such a heading, bylines
/// and datelines, photo credits, and widgets of short labels without paragraphs
/// (player controls). An element of `keep` or holding half the main text stays.
fn prune(doc: &Doc, roots: &[NodeId], stats: &IdMap<Stats>, keep: &IdSet) -> IdSet {
    let tree = &doc.html.tree;
    let mut drop = IdSet::default();
    let text_of = |n: NodeRef<'_, Node>| -> String {
        let mut t = String::new();
        for d in n.descendants() {
            if let Some(x) = d.value().as_text() {
                t.push_str(x);
                if t.len() > 400 {
                    break;
                }
            }
        }
        squash(&t)
    };
    for &root in roots {
        let Some(root_ref) = tree.get(root) else { continue };
        let root_total = stats.get(&root).map(|s| s.total).unwrap_or(0);
        // Where the article's prose runs: from the first to the last paragraph of
        // 100+ characters with few links (positions in the traversal). A link list
        // between them (a list of sources, of fixed bugs) is content.
        let (mut first_p, mut last_p) = (usize::MAX, 0usize);
        for (i, edge) in root_ref.traverse().enumerate() {
            if let Edge::Close(n) = edge {
                if n.value().as_element().is_some_and(|e| e.name() == "p")
                    && stats
                        .get(&n.id())
                        .is_some_and(|s| s.total >= 100 && s.link_density() < 0.3)
                {
                    first_p = first_p.min(i);
                    last_p = i;
                }
            }
        }
        let mut it = root_ref.traverse().enumerate();
        while let Some((pos, edge)) = it.next() {
            let Edge::Open(n) = edge else { continue };
            if n.id() == root {
                continue;
            }
            let Some(e) = n.value().as_element() else { continue };
            let Some(st) = stats.get(&n.id()) else { continue };
            if keep.contains(&n.id()) || st.total * 2 > root_total {
                continue;
            }
            let name = e.name();
            let container = matches!(
                name,
                "div" | "section" | "ul" | "ol" | "table" | "header" | "figure" | "form" | "dl" | "aside"
            );
            let heading = matches!(name, "h2" | "h3" | "h4" | "h5" | "h6");
            let gone;
            let outside_prose = pos < first_p || pos > last_p;
            if container && st.total > 0 && st.commas < 10 && st.link_density() > 0.5 && outside_prose {
                // A list of links: menus, tags, teasers.
                gone = true;
            } else if container
                && st.total < 2000
                && first_heading(n).is_some_and(|h| lexicon::label_kind(&h).is_some())
            {
                // Opens with "Related" / "Most popular" / "You may also like" ...
                gone = st.link_density() > 0.2 || st.ptext * 2 < st.total || st.total < 600;
            } else if heading && st.total < 80 && lexicon::label_kind(&text_of(n)).is_some() {
                // Such a heading, and the list right after it.
                gone = true;
                if let Some(next) = n.next_siblings().find(|s| s.value().is_element()) {
                    let ns = stats.get(&next.id()).copied().unwrap_or_default();
                    let listy = next
                        .value()
                        .as_element()
                        .is_some_and(|x| matches!(x.name(), "ul" | "ol"));
                    if !keep.contains(&next.id())
                        && (listy || ns.link_density() > 0.3)
                        && ns.total * 2 <= root_total
                    {
                        drop.insert(next.id());
                    }
                }
            } else {
                // A byline or photo credit; a media player, gallery or carousel; or a
                // widget of short labels (player controls).
                gone = (st.total < 200 && byline_or_credit(e))
                    || (container && media_widget(e, st))
                    || (matches!(name, "div" | "section" | "form")
                        && st.ptext < 25
                        && st.total < 600
                        && short_labels(n, stats));
            }
            if gone {
                drop.insert(n.id());
                // Skip the subtree.
                for (_, edge) in it.by_ref() {
                    if let Edge::Close(c) = edge {
                        if c.id() == n.id() {
                            break;
                        }
                    }
                }
            }
        }
    }
    drop
}

/// The text of the first heading inside `n` (among its first elements).
fn first_heading(n: NodeRef<'_, Node>) -> Option<String> {
    let h = n
        .descendants()
        .skip(1)
        .filter(|d| d.value().is_element())
        .take(6)
        .find(|d| {
            d.value()
                .as_element()
                .is_some_and(|e| matches!(e.name(), "h1" | "h2" | "h3" | "h4" | "h5" | "h6"))
        })?;
    let t: String = h
        .descendants()
        .filter_map(|d| d.value().as_text())
        .map(|t| &**t)
        .collect();
    Some(squash(&t))
}

/// A byline, dateline or photo credit by its markup: `rel=author`,
/// `itemprop=author|datePublished`, or a class/id part such as `byline`, `author`,
/// `dateline`, `timestamp`, `credit`, `copyright` (`post-meta`, `entry-meta` too).
fn byline_or_credit(e: &Element) -> bool {
    if la!(e, "rel").is_some_and(|r| r.eq_ignore_ascii_case("author"))
        || la!(e, "itemprop").is_some_and(|p| matches!(p, "author" | "datePublished" | "dateModified"))
    {
        return true;
    }
    let parts = id_parts(e);
    parts.iter().any(|p| {
        matches!(
            p.as_str(),
            "byline"
                | "bylines"
                | "author"
                | "authors"
                | "dateline"
                | "timestamp"
                | "pubdate"
                | "credit"
                | "credits"
                | "copyright"
                | "photographer"
        )
    }) || (parts.iter().any(|p| p == "meta")
        && parts
            .iter()
            .any(|p| matches!(p.as_str(), "post" | "entry" | "article")))
}

/// A media player (its menus and captions settings), a photo gallery, slideshow
/// or carousel, by a class/id part, when it holds little paragraph text.
fn media_widget(e: &Element, st: &Stats) -> bool {
    id_parts(e).iter().any(|p| {
        (matches!(p.as_str(), "player" | "videoplayer" | "vjs" | "jwplayer") && st.ptext * 2 < st.total)
            || matches!(p.as_str(), "gallery" | "slideshow" | "carousel")
    })
}

/// A widget of short labels and no sentences: four or more text blocks of under
/// 20 characters on average (player controls, option lists).
fn short_labels(n: NodeRef<'_, Node>, stats: &IdMap<Stats>) -> bool {
    let (mut count, mut chars) = (0u32, 0u32);
    for d in n.descendants().skip(1) {
        if let Some(e) = d.value().as_element() {
            if is_block(e.name()) {
                if let Some(st) = stats.get(&d.id()) {
                    if st.own > 0 {
                        count += 1;
                        chars += st.own;
                    }
                }
            }
        }
    }
    count >= 4 && chars < 20 * count
}

/// The article's headline: the first `<h1>` in the main content; else, of the
/// page's `<h1>`s outside navigation, footers and asides, the first that the
/// `<title>` or `og:title` holds (or that holds them: a logo's `<h1>` does not),
/// else the first; its text with white space collapsed, None when empty.
fn headline(doc: &Doc, body: NodeId, main: &[NodeId], titles: [Option<&str>; 2]) -> Option<String> {
    let tree = &doc.html.tree;
    // The first `max` non-empty `<h1>` texts under `root`.
    let h1s = |root: NodeId, max: usize| -> Vec<String> {
        let mut found = Vec::new();
        let Some(r) = tree.get(root) else { return found };
        let mut skip_depth: Option<usize> = None;
        let mut depth = 0usize;
        for edge in r.traverse() {
            match edge {
                Edge::Open(n) => {
                    depth += 1;
                    if skip_depth.is_some() {
                        continue;
                    }
                    let Some(e) = n.value().as_element() else { continue };
                    if never_text(e.name()) || is_hidden(e) || matches!(e.name(), "nav" | "footer" | "aside")
                    {
                        skip_depth = Some(depth);
                    } else if e.name() == "h1" {
                        let t: String = n
                            .descendants()
                            .filter_map(|d| d.value().as_text())
                            .map(|t| &**t)
                            .collect();
                        let t = squash(&t);
                        if !t.is_empty() {
                            found.push(t);
                            if found.len() >= max {
                                return found;
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
        found
    };
    if let Some(h) = main.iter().find_map(|m| h1s(*m, 1).pop()) {
        return Some(h);
    }
    let all = h1s(body, 10);
    let titles: Vec<String> = titles
        .iter()
        .flatten()
        .map(|t| squash(t).to_lowercase())
        .collect();
    all.iter()
        .find(|h| {
            let h = h.to_lowercase();
            h.chars().count() >= 8
                && titles
                    .iter()
                    .any(|t| !t.is_empty() && (t.contains(&h) || h.contains(t.as_str())))
        })
        .or(all.first())
        .cloned()
}

/// Set `Region::CONTENT` / `Region::BOILERPLATE` on every recorded element.
fn mark_regions(doc: &Doc, facts: &mut Facts, content: &[NodeId], keep: &IdSet) {
    let tree = &doc.html.tree;
    let content: IdSet = content.iter().copied().collect();
    // Boilerplate roots by class/id (cookie banners, share bars, ...) and roles.
    let mut boiler_roots = IdSet::default();
    for n in tree.root().descendants() {
        if let Some(e) = n.value().as_element() {
            if !matches!(e.name(), "body" | "html" | "main" | "article")
                && !keep.contains(&n.id())
                && (is_boilerplate_marked(e) || boiler_role(e))
            {
                boiler_roots.insert(n.id());
            }
        }
    }
    let classify = |loc: &mut super::Loc| {
        let mut in_content = false;
        let mut in_boiler = false;
        let mut cur = tree.get(loc.node);
        while let Some(n) = cur {
            if content.contains(&n.id()) {
                in_content = true;
                break;
            }
            if boiler_roots.contains(&n.id()) {
                in_boiler = true;
            }
            cur = n.parent();
        }
        let r = loc.region;
        let tag_boiler = r.has(Region::NAV | Region::ASIDE | Region::COMMENTS | Region::FOOTER)
            || (r.has(Region::HEADER) && !in_content);
        if in_boiler || tag_boiler || r.has(Region::HIDDEN) {
            loc.region.0 |= Region::BOILERPLATE;
        } else if in_content {
            loc.region.0 |= Region::CONTENT;
        }
    };
    facts.body.anchors.iter_mut().for_each(|a| classify(&mut a.loc));
    facts.body.images.iter_mut().for_each(|a| classify(&mut a.loc));
    facts.body.embeds.iter_mut().for_each(|a| classify(&mut a.loc));
    facts.body.headings.iter_mut().for_each(|a| classify(&mut a.loc));
    facts.body.forms.iter_mut().for_each(|a| classify(&mut a.loc));
    facts.body.blocks.iter_mut().for_each(|a| classify(&mut a.loc));
}

/// Text blocks under `root`, breaking at block elements; with `skip_boilerplate`,
/// navigation, page-level headers, footers, asides, forms, hidden elements and
/// boilerplate-marked regions (cookie banners, share bars, comments) are left out.
pub fn collect_blocks(doc: &Doc, root: NodeId, skip_boilerplate: bool) -> Vec<TextBlock> {
    collect_blocks_in(doc, root, skip_boilerplate, &IdSet::default(), &IdSet::default())
}

/// [`collect_blocks`], never skipping an element of `keep` as boilerplate and
/// always skipping the elements of `drop`.
fn collect_blocks_in(
    doc: &Doc,
    root: NodeId,
    skip_boilerplate: bool,
    keep: &IdSet,
    drop: &IdSet,
) -> Vec<TextBlock> {
    let Some(root_ref) = doc.html.tree.get(root) else {
        return vec![];
    };
    let mut blocks = Vec::new();
    let mut cur = String::new();
    let mut cur_kind = BlockKind::Other;
    let mut cur_level = 0u8;
    let mut cur_line = 0u32;
    let mut skip_depth: Option<usize> = None;
    let mut depth = 0usize;
    // Inside <article>/<main> (the root counts): their <header> is content.
    let root_is_article = root_ref
        .value()
        .as_element()
        .is_some_and(|e| matches!(e.name(), "article" | "main") || la!(e, "role") == Some("main"));
    let mut article_depth = 0usize;
    let flush = |cur: &mut String, kind: BlockKind, level: u8, line: u32, blocks: &mut Vec<TextBlock>| {
        let t = squash(cur);
        if !t.is_empty() {
            blocks.push(TextBlock {
                kind,
                level,
                text: t,
                line,
            });
        }
        cur.clear();
    };
    for edge in root_ref.traverse() {
        match edge {
            Edge::Open(n) => {
                depth += 1;
                if skip_depth.is_some() {
                    continue;
                }
                match n.value() {
                    Node::Element(e) => {
                        let name = e.name();
                        let skip = never_text(name)
                            || is_hidden(e)
                            || drop.contains(&n.id())
                            || (skip_boilerplate
                                && !keep.contains(&n.id())
                                && !matches!(name, "main" | "article" | "a")
                                && !wrapper_form(n)
                                && (boilerplate_tag(name)
                                    || boiler_role(e)
                                    || is_boilerplate_marked(e)
                                    || (name == "header" && article_depth == 0 && !root_is_article)));
                        if skip && n.id() != root {
                            skip_depth = Some(depth);
                            continue;
                        }
                        if name == "article" || name == "main" {
                            article_depth += 1;
                        }
                        if is_block(name) {
                            flush(&mut cur, cur_kind, cur_level, cur_line, &mut blocks);
                            cur_line = doc.line(n.id());
                            (cur_kind, cur_level) = match name {
                                "p" => (BlockKind::Paragraph, 0),
                                "li" | "dd" | "dt" => (BlockKind::ListItem, 0),
                                "blockquote" => (BlockKind::Quote, 0),
                                h if h.len() == 2 && h.starts_with('h') && h != "hr" => {
                                    (BlockKind::Heading, h.as_bytes()[1].wrapping_sub(b'0'))
                                }
                                _ => (BlockKind::Other, 0),
                            };
                        }
                    }
                    Node::Text(t) => {
                        if cur.is_empty() && cur_line == 0 {
                            cur_line = n.parent().map(|p| doc.line(p.id())).unwrap_or(0);
                        }
                        cur.push_str(t);
                    }
                    _ => {}
                }
            }
            Edge::Close(n) => {
                if skip_depth == Some(depth) {
                    skip_depth = None;
                } else if skip_depth.is_none() {
                    if let Node::Element(e) = n.value() {
                        if e.name() == "article" || e.name() == "main" {
                            article_depth = article_depth.saturating_sub(1);
                        }
                        if is_block(e.name()) {
                            flush(&mut cur, cur_kind, cur_level, cur_line, &mut blocks);
                            cur_kind = BlockKind::Other;
                            cur_level = 0;
                        }
                    }
                }
                depth -= 1;
            }
        }
    }
    flush(&mut cur, cur_kind, cur_level, cur_line, &mut blocks);
    blocks
}

#[cfg(test)]
mod tests {

    /// The ASCII fast path of `squashed_len_and_commas` counts as the
    /// character walk does (vertical tab and form feed are white space).
    #[test]
    fn squashed_len_ascii_path_matches_the_char_walk() {
        for t in [
            "",
            " ",
            "a, b,c",
            "  lead\x0btab\x0cff\r\n end ",
            "x\u{a0}y, é",
            "a,,  ,b",
        ] {
            let (mut len, mut commas, mut space) = (0u32, 0u32, true);
            for c in t.chars() {
                if c.is_whitespace() {
                    len += u32::from(!space);
                    space = true;
                } else {
                    len += 1;
                    space = false;
                    commas += u32::from(c == ',' || (!c.is_ascii() && super::is_comma(c)));
                }
            }
            assert_eq!(super::squashed_len_and_commas(t), (len, commas), "{t:?}");
        }
    }
    use crate::facts::test_util::facts;

    #[test]
    fn marker_part_is_the_marker_list() {
        use super::{marker_part, BOILERPLATE_MARKERS};
        let listed = |p: &str| {
            BOILERPLATE_MARKERS
                .iter()
                .any(|m| p == *m || (m.len() > 4 && p.starts_with(m)))
        };
        let mut words: Vec<String> = vec![String::new(), "x".into(), "content".into(), "a2".into()];
        for m in BOILERPLATE_MARKERS {
            words.push(m.to_string());
            words.push(format!("{m}s"));
            words.push(format!("x{m}"));
            words.push(m[..m.len() - 1].to_string());
        }
        for w in &words {
            assert_eq!(marker_part(w.as_bytes()), listed(w), "{w:?}");
        }
    }
    use crate::facts::Region;

    #[test]
    fn main_element_wins_and_blocks_split() {
        let f = facts(
            "<body><nav><a href=/a>Menu</a></nav><main><h1>Title</h1><p>One two\nthree.</p><ul><li>Item</li></ul></main><footer>c</footer></body>",
            None,
        );
        assert_eq!(f.main.main_method, Some("main"));
        let texts: Vec<&str> = f.main.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, ["Title", "One two three.", "Item"]);
        // The headline is a fact; the text we score leaves it out.
        assert_eq!(f.main.headline.as_deref(), Some("Title"));
        assert_eq!(f.main.text(), "One two three.\n\nItem");
        assert_eq!(f.main.main_words, 4);
    }

    #[test]
    fn body_fallback_skips_boilerplate() {
        let f = facts(
            "<body><header>Logo</header><p>Body text here.</p><footer>foot</footer></body>",
            None,
        );
        assert_eq!(f.main.main_method, Some("body"));
        assert_eq!(f.main.text(), "Body text here.");
    }

    const PARA: &str = "This paragraph is long enough to count, with commas, clauses, and enough words to score well in the detector.";

    #[test]
    fn scorer_finds_the_article_div_without_main_or_article() {
        let html = format!(
            r#"<body><div id="menu"><a href="/a">A</a> <a href="/b">B</a></div>
            <div class="sidebar"><p>{PARA}</p></div>
            <div id="wrap"><div class="post-content"><p>{PARA}</p><p>{PARA}</p><p>{PARA} <a href="/x">x</a></p></div>
            <div class="cookie-banner"><p>We use cookies, and you can choose which ones, in the settings of this site.</p></div></div></body>"#
        );
        let f = facts(&html, None);
        assert_eq!(f.main.main_method, Some("scored"));
        assert!(f
            .main
            .main_selector
            .as_deref()
            .is_some_and(|s| s.ends_with("div.post-content")));
        assert_eq!(f.main.blocks.len(), 3);
        assert!(!f.main.text().contains("cookies"));
        let a = f
            .body
            .anchors
            .iter()
            .find(|a| a.href.as_deref() == Some("/x"))
            .unwrap();
        assert!(a.loc.region.has(Region::CONTENT));
        let m = f
            .body
            .anchors
            .iter()
            .find(|a| a.href.as_deref() == Some("/a"))
            .unwrap();
        assert!(!m.loc.region.has(Region::CONTENT));
    }

    #[test]
    fn near_empty_main_falls_back_to_scoring() {
        let html = format!(
            r#"<body><main><p>Hi</p></main><div class="entry"><p>{PARA}</p><p>{PARA}</p><p>{PARA}</p></div></body>"#
        );
        let f = facts(&html, None);
        assert_eq!(f.main.main_method, Some("scored"));
        assert!(f.main.main_words > 50);
    }

    #[test]
    fn share_bar_and_comments_are_boilerplate_article_header_is_content() {
        let html = format!(
            r#"<body><header><a href="/">Logo</a></header><article><header><h1>Title</h1></header><p>{PARA}</p>
            <div class="share-buttons"><a href="https://www.facebook.com/sharer/sharer.php?u=x">Share</a></div></article>
            <div id="comments"><a href="/u">user</a></div></body>"#
        );
        let f = facts(&html, None);
        assert_eq!(f.main.main_method, Some("article"));
        assert_eq!(f.main.headline.as_deref(), Some("Title"));
        assert!(f.main.blocks[0].text.starts_with("Title"));
        assert!(!f.main.text().contains("Share"));
        let share = f.body.anchors.iter().find(|a| a.text == "Share").unwrap();
        assert!(share.loc.region.has(Region::BOILERPLATE));
        let logo = f.body.anchors.iter().find(|a| a.text == "Logo").unwrap();
        assert!(logo.loc.region.has(Region::BOILERPLATE));
        let h1 = f.body.headings.iter().find(|h| h.level == 1).unwrap();
        assert!(h1.loc.region.has(Region::CONTENT));
    }

    #[test]
    fn layout_classes_naming_a_sidebar_do_not_hide_content() {
        let html = format!(
            r#"<body><div role="main"><div class="panel-two-col-sidebar-right-mix"><p>{PARA}</p></div></div></body>"#
        );
        let f = facts(&html, None);
        assert_eq!(f.main.main_method, Some("role-main"));
        assert!(f.main.main_words > 10);
    }

    #[test]
    fn page_wide_form_wrapper_is_not_boilerplate() {
        let html = format!(
            r#"<body><form id="form1" method="post"><div class="post"><p>{PARA}</p><p>{PARA}</p></div></form></body>"#
        );
        let f = facts(&html, None);
        assert!(f.main.main_words > 30, "{:?}", f.main.main_method);
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let html = format!("<body>{}<p>{PARA}</p></body>", "<div>".repeat(3_000));
        let f = facts(&html, None);
        assert!(f.main.main_words > 0);
    }
}
