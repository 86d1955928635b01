//! The one parse: html5ever through scraper's tree, plus the source line of every
//! element (html5ever tracks it; scraper's own sink drops it, so we wrap the sink).

use std::borrow::Cow;
use std::cell::{Ref, RefCell};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use ego_tree::NodeId;
use html5ever::tendril::{StrTendril, TendrilSink};
use html5ever::tree_builder::{ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::{Attribute, QualName};
use scraper::html::HtmlTreeSink;
use scraper::Html;

/// Node id → line. Node ids are small distinct integers, so a multiply-shift hash
/// does; the default SipHash was a visible share of the parse.
type LineMap = IdMap<u32>;

/// A map keyed by node id with the cheap [`IdHasher`].
pub type IdMap<V> = HashMap<NodeId, V, BuildHasherDefault<IdHasher>>;
/// A set of node ids with the cheap [`IdHasher`].
pub type IdSet = std::collections::HashSet<NodeId, BuildHasherDefault<IdHasher>>;

/// Multiply-shift hashing for node ids (small distinct integers; not for
/// attacker-chosen keys, which node ids are not).
#[derive(Default)]
pub struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }
    fn write_usize(&mut self, n: usize) {
        self.0 = (self.0.rotate_left(5) ^ n as u64).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

/// A parsed page: the tree and the 1-based source line of each element.
pub struct Doc {
    pub html: Html,
    lines: LineMap,
}

impl Doc {
    /// Parse a whole document once.
    pub fn parse(text: &str) -> Doc {
        let sink = LineSink {
            inner: HtmlTreeSink::new(Html::new_document()),
            line: RefCell::new(1),
            lines: RefCell::new(LineMap::default()),
        };
        html5ever::driver::parse_document(sink, Default::default()).one(text)
    }

    /// The source line where an element starts (0 when unknown).
    pub fn line(&self, id: NodeId) -> u32 {
        self.lines.get(&id).copied().unwrap_or(0)
    }
}

struct LineSink {
    inner: HtmlTreeSink,
    line: RefCell<u64>,
    lines: RefCell<LineMap>,
}

impl TreeSink for LineSink {
    type Output = Doc;
    type Handle = NodeId;
    type ElemName<'a> = Ref<'a, QualName>;

    fn finish(self) -> Doc {
        Doc {
            html: self.inner.finish(),
            lines: self.lines.into_inner(),
        }
    }
    fn parse_error(&self, _msg: Cow<'static, str>) {}
    fn set_current_line(&self, line_number: u64) {
        *self.line.borrow_mut() = line_number;
    }
    fn get_document(&self) -> NodeId {
        self.inner.get_document()
    }
    fn elem_name<'a>(&'a self, target: &'a NodeId) -> Ref<'a, QualName> {
        self.inner.elem_name(target)
    }
    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, flags: ElementFlags) -> NodeId {
        let id = self.inner.create_element(name, attrs, flags);
        let line = u32::try_from(*self.line.borrow()).unwrap_or(u32::MAX);
        self.lines.borrow_mut().insert(id, line);
        id
    }
    fn create_comment(&self, text: StrTendril) -> NodeId {
        self.inner.create_comment(text)
    }
    fn create_pi(&self, target: StrTendril, data: StrTendril) -> NodeId {
        self.inner.create_pi(target, data)
    }
    fn append(&self, parent: &NodeId, child: NodeOrText<NodeId>) {
        self.inner.append(parent, child)
    }
    fn append_based_on_parent_node(
        &self,
        element: &NodeId,
        prev_element: &NodeId,
        child: NodeOrText<NodeId>,
    ) {
        self.inner
            .append_based_on_parent_node(element, prev_element, child)
    }
    fn append_doctype_to_document(&self, name: StrTendril, public_id: StrTendril, system_id: StrTendril) {
        self.inner.append_doctype_to_document(name, public_id, system_id)
    }
    fn mark_script_already_started(&self, node: &NodeId) {
        self.inner.mark_script_already_started(node)
    }
    fn pop(&self, node: &NodeId) {
        self.inner.pop(node)
    }
    fn get_template_contents(&self, target: &NodeId) -> NodeId {
        self.inner.get_template_contents(target)
    }
    fn same_node(&self, x: &NodeId, y: &NodeId) -> bool {
        self.inner.same_node(x, y)
    }
    fn set_quirks_mode(&self, mode: QuirksMode) {
        self.inner.set_quirks_mode(mode)
    }
    fn append_before_sibling(&self, sibling: &NodeId, new_node: NodeOrText<NodeId>) {
        self.inner.append_before_sibling(sibling, new_node)
    }
    fn add_attrs_if_missing(&self, target: &NodeId, attrs: Vec<Attribute>) {
        self.inner.add_attrs_if_missing(target, attrs)
    }
    fn remove_from_parent(&self, target: &NodeId) {
        self.inner.remove_from_parent(target)
    }
    fn reparent_children(&self, node: &NodeId, new_parent: &NodeId) {
        self.inner.reparent_children(node, new_parent)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use scraper::Selector;

    #[test]
    fn lines_are_recorded() {
        let doc = Doc::parse("<html>\n<head>\n<title>x</title>\n</head>\n<body>\n\n<p id=a>hi</p></body>");
        let sel = Selector::parse("p").unwrap();
        let p = doc.html.select(&sel).next().unwrap();
        assert_eq!(doc.line(p.id()), 7);
        let sel = Selector::parse("title").unwrap();
        let t = doc.html.select(&sel).next().unwrap();
        assert_eq!(doc.line(t.id()), 3);
    }
}
