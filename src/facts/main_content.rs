//! Main content detection: the element that holds the page's own content, and
//! its text as blocks (paragraphs, headings, list items) for readability.
//!
//! Interface used by readability and navigation checks:
//! - `MainFacts::blocks`: the main text in reading order, one entry per block element;
//! - `Region::CONTENT` / `Region::BOILERPLATE` set on recorded elements.
//!
//! The first version takes `<main>`, `role=main`, or a lone `<article>`, else the
//! body without header / nav / footer / aside. (The main-content issue replaces it
//! with a scoring detector; the interface stays.)

use ego_tree::iter::Edge;
use ego_tree::NodeId;
use scraper::node::Node;
use serde::Serialize;

use super::base::attr;
use super::{Facts, Region};
use crate::dom::Doc;
use crate::text::squash;

/// What kind of block a piece of main text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum BlockKind {
    Paragraph,
    /// A heading with its level (1–6).
    Heading,
    ListItem,
    Quote,
    /// Table cells, captions, preformatted text, loose text.
    Other,
}

/// One block of main text.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TextBlock {
    pub kind: BlockKind,
    /// Heading level for headings, else 0.
    pub level: u8,
    pub text: String,
    pub line: u32,
}

#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MainFacts {
    /// How the main content was found: `main`, `article`, `role-main`, `body`, ...; null when no body.
    pub main_method: Option<&'static str>,
    /// CSS selector of the main content element.
    pub main_selector: Option<String>,
    /// Words in the main text.
    pub main_words: usize,
    /// The main text blocks in reading order.
    #[serde(skip)]
    pub blocks: Vec<TextBlock>,
    #[serde(skip)]
    pub main_node: Option<NodeId>,
}

impl MainFacts {
    /// The whole main text, blocks joined by blank lines.
    pub fn text(&self) -> String {
        self.blocks
            .iter()
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

const SKIP_ELEMENTS: &[&str] = &[
    "script", "style", "template", "noscript", "nav", "header", "footer", "aside", "form", "button",
    "select", "textarea", "svg", "iframe", "object",
];

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
                _ if main.is_none() && attr(e, "role") == Some("main") => main = Some((n.id(), "role-main")),
                _ => {}
            }
        }
    }
    let chosen = main
        .or_else(|| (articles.len() == 1).then(|| (articles[0], "article")))
        .or_else(|| body.map(|b| (b, "body")));
    let Some((node, method)) = chosen else {
        return MainFacts::default();
    };
    let blocks = collect_blocks(doc, node, method == "body");
    let main_words = blocks.iter().map(|b| b.text.split_whitespace().count()).sum();
    // Mark recorded elements inside the main content.
    let ancestors_contain = |id: NodeId| -> bool {
        let mut cur = html.tree.get(id);
        while let Some(n) = cur {
            if n.id() == node {
                return true;
            }
            cur = n.parent();
        }
        false
    };
    let boiler = Region::HEADER | Region::NAV | Region::FOOTER | Region::ASIDE | Region::COMMENTS;
    let mark = |loc: &mut super::Loc| {
        if loc.region.0 & boiler != 0 {
            loc.region.0 |= Region::BOILERPLATE;
        } else if ancestors_contain(loc.node) {
            loc.region.0 |= Region::CONTENT;
        }
    };
    facts.body.anchors.iter_mut().for_each(|a| mark(&mut a.loc));
    facts.body.images.iter_mut().for_each(|a| mark(&mut a.loc));
    facts.body.embeds.iter_mut().for_each(|a| mark(&mut a.loc));
    facts.body.headings.iter_mut().for_each(|a| mark(&mut a.loc));
    facts.body.forms.iter_mut().for_each(|a| mark(&mut a.loc));
    let selector = facts
        .body
        .blocks
        .iter()
        .find(|b| b.loc.node == node)
        .map(|b| b.loc.selector.clone())
        .or_else(|| {
            html.tree
                .get(node)
                .and_then(|n| n.value().as_element())
                .map(|e| e.name().to_string())
        });
    MainFacts {
        main_method: Some(method),
        main_selector: selector,
        main_words,
        blocks,
        main_node: Some(node),
    }
}

/// Text blocks under `root`, breaking at block elements, skipping boilerplate.
pub fn collect_blocks(doc: &Doc, root: NodeId, skip_boilerplate: bool) -> Vec<TextBlock> {
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
                        let skip = matches!(
                            name,
                            "script" | "style" | "template" | "noscript" | "svg" | "select" | "textarea"
                        ) || (skip_boilerplate && SKIP_ELEMENTS.contains(&name))
                            || attr(e, "hidden").is_some()
                            || attr(e, "aria-hidden") == Some("true");
                        if skip && n.id() != root {
                            skip_depth = Some(depth);
                            continue;
                        }
                        if BLOCK_ELEMENTS.contains(&name) {
                            flush(&mut cur, cur_kind, cur_level, cur_line, &mut blocks);
                            cur_line = doc.line(n.id());
                            (cur_kind, cur_level) = match name {
                                "p" => (BlockKind::Paragraph, 0),
                                "li" | "dd" | "dt" => (BlockKind::ListItem, 0),
                                "blockquote" => (BlockKind::Quote, 0),
                                h if h.len() == 2 && h.starts_with('h') => {
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
                        if BLOCK_ELEMENTS.contains(&e.name()) {
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
    use crate::checks::test_util::facts;

    #[test]
    fn main_element_wins_and_blocks_split() {
        let f = facts(
            "<body><nav><a href=/a>Menu</a></nav><main><h1>Title</h1><p>One two\nthree.</p><ul><li>Item</li></ul></main><footer>c</footer></body>",
            None,
        );
        assert_eq!(f.main.main_method, Some("main"));
        let texts: Vec<&str> = f.main.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, ["Title", "One two three.", "Item"]);
        assert_eq!(f.main.main_words, 5);
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
}
