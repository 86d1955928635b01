//! Navigation facts: what keeps a visitor from a social post on the site — menus,
//! breadcrumb trails, related / popular / latest blocks, site search, link texts,
//! crawlable anchors, fragments, the viewport, and page-weight signals.
//!
//! Works from the base walk (`body.blocks` with their anchors and first heading,
//! `body.anchors`, `body.forms`, `head.json_ld`, `head.itemtypes`) and the main
//! content marks (`Region::CONTENT` / `Region::BOILERPLATE`). Labels in many
//! languages come from `lexicon`.

use std::collections::HashSet;

use serde::Serialize;
use url::Url;

use super::lexicon::{self, MoreKind};
use super::{Facts, LinkKind, Loc, Region};
use crate::dom::Doc;

/// A navigation menu candidate.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Menu {
    /// `nav`, `role-navigation`, `header-list`, `menu-class`.
    pub source: &'static str,
    /// Distinct internal destinations linked from the menu.
    pub internal_links: usize,
    pub links: usize,
    pub in_footer: bool,
    pub selector: String,
    pub line: u32,
}

/// A breadcrumb trail.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Breadcrumb {
    /// `markup`, `json-ld` or `microdata`.
    pub source: &'static str,
    /// Items (links in markup, list elements in JSON-LD); 0 when unknown.
    pub items: usize,
    pub selector: String,
    pub line: u32,
}

/// A block of links to related, popular or latest content.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[cfg_attr(feature = "tsify", tsify(missing_as_null, hashmap_as_object))]
#[serde(rename_all = "camelCase")]
pub struct MoreBlock {
    pub kind: MoreKind,
    /// The heading / aria-label / class that named it.
    pub label: String,
    /// `label` (heading or aria-label in some language) or `class` (class/id word).
    pub found_by: &'static str,
    /// Distinct internal destinations (this page excluded).
    pub internal_links: usize,
    pub selector: String,
    pub line: u32,
}

/// A site-search control.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SearchBox {
    /// `role-search`, `type-search`, `get-form`.
    pub how: &'static str,
    pub selector: String,
    pub line: u32,
}

/// The viewport meta tag, parsed.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[cfg_attr(feature = "tsify", tsify(missing_as_null, hashmap_as_object))]
#[serde(rename_all = "camelCase")]
pub struct Viewport {
    pub content: String,
    pub line: u32,
    /// `user-scalable=no` (or 0).
    pub user_scalable_no: bool,
    pub maximum_scale: Option<f64>,
    pub device_width: bool,
}

/// Why an anchor is not a crawlable link.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Uncrawlable {
    NoHref,
    EmptyHref,
    HashOnly,
    Javascript,
    File,
}

#[derive(Debug, Clone, Default, Serialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[cfg_attr(feature = "tsify", tsify(missing_as_null, hashmap_as_object))]
#[serde(rename_all = "camelCase")]
pub struct NavFacts {
    /// Internal links of the best main menu (0 when none).
    pub nav_menu_links: usize,
    #[serde(skip)]
    pub menus: Vec<Menu>,
    /// Where breadcrumb trails were found (`markup`, `json-ld`, `microdata`).
    pub breadcrumb_sources: Vec<&'static str>,
    #[serde(skip)]
    pub breadcrumbs: Vec<Breadcrumb>,
    /// Related / popular / latest blocks.
    pub related_blocks: Vec<MoreBlock>,
    pub site_search: bool,
    #[serde(skip)]
    pub searches: Vec<SearchBox>,
    pub viewport: Option<Viewport>,
    /// Distinct internal destinations linked from the main content (this page excluded).
    pub internal_links_in_main: usize,
    /// Indices into `body.anchors` of the internal links in the main content (one per destination).
    #[serde(skip)]
    pub main_internal: Vec<usize>,
    /// Indices of links whose text says nothing ("click here", "devamı", ...).
    #[serde(skip)]
    pub empty_text_links: Vec<usize>,
    /// Anchors that are not crawlable links, with the reason.
    #[serde(skip)]
    pub uncrawlable: Vec<(usize, Uncrawlable)>,
    /// `href="#x"` with no element `id`/`name` x.
    #[serde(skip)]
    pub broken_fragments: Vec<usize>,
    /// Internal links with `target=_blank`.
    #[serde(skip)]
    pub internal_new_tab: Vec<usize>,
    /// Classic scripts in `<head>` without async / defer / module.
    pub render_blocking_scripts: usize,
    /// Stylesheets linked in `<head>` (they block rendering too; reported, not scored).
    pub head_stylesheets: usize,
    /// Visible images missing a width or height attribute.
    pub images_without_size: usize,
    #[serde(skip)]
    pub images_without_size_idx: Vec<usize>,
}

/// Distinct internal destinations among these anchors, leaving out the page itself.
fn distinct_internal(facts: &Facts, anchors: &[usize]) -> (usize, Vec<usize>) {
    let page = facts.page_url.as_ref().map(without_fragment);
    let mut seen: HashSet<&str> = HashSet::new();
    let mut keep = Vec::new();
    for &i in anchors {
        let Some(a) = facts.body.anchors.get(i) else {
            continue;
        };
        if a.kind != LinkKind::Internal || a.loc.region.has(Region::HIDDEN) {
            continue;
        }
        let key = match &a.abs {
            Some(u) => {
                let s = without_fragment(u);
                if page == Some(s) {
                    continue;
                }
                s
            }
            None => {
                let h = a.href.as_deref().unwrap_or("").trim();
                h.split('#').next().unwrap_or("")
            }
        };
        if seen.insert(key) {
            keep.push(i);
        }
    }
    (keep.len(), keep)
}

/// The URL without its fragment, as `set_fragment(None)` would serialize it: the
/// first `#` of a serialized URL starts the fragment (path and query escape theirs).
fn without_fragment(u: &Url) -> &str {
    let s = u.as_str();
    s.split('#').next().unwrap_or(s)
}

fn loc_of(l: &Loc) -> (String, u32) {
    (l.selector.clone(), l.line)
}

pub fn extract(doc: &Doc, facts: &Facts) -> NavFacts {
    let mut nav = NavFacts::default();
    let body = &facts.body;

    // Menus.
    for b in &body.blocks {
        let r = b.loc.region;
        let crumb =
            r.has(Region::BREADCRUMB) || b.aria_label.as_deref().is_some_and(lexicon::is_breadcrumb_label);
        if crumb || r.has(Region::HIDDEN) {
            continue;
        }
        let source = if b.tag == "nav" {
            "nav"
        } else if b.role.as_deref() == Some("navigation") {
            "role-navigation"
        } else if matches!(b.tag.as_str(), "ul" | "ol" | "menu")
            && r.has(Region::HEADER)
            && !r.has(Region::NAV)
        {
            "header-list"
        } else if matches!(b.tag.as_str(), "ul" | "div" | "menu")
            && !r.has(Region::NAV)
            && !r.has(Region::CONTENT)
            && [b.class.as_deref(), b.id.as_deref()]
                .into_iter()
                .flatten()
                .any(|v| {
                    let v = v.to_ascii_lowercase();
                    v.contains("menu") || v.contains("navbar") || v.contains("navigation")
                })
        {
            "menu-class"
        } else {
            continue;
        };
        let (internal, _) = distinct_internal(facts, &b.anchors);
        let (selector, line) = loc_of(&b.loc);
        nav.menus.push(Menu {
            source,
            internal_links: internal,
            links: b.anchors.len(),
            in_footer: r.has(Region::FOOTER),
            selector,
            line,
        });
    }
    nav.nav_menu_links = nav
        .menus
        .iter()
        .filter(|m| !m.in_footer)
        .map(|m| m.internal_links)
        .max()
        .unwrap_or(0);

    // Breadcrumbs: markup, JSON-LD, microdata.
    if let Some(b) = body.blocks.iter().find(|b| {
        !b.loc.region.has(Region::HIDDEN)
            && (b.loc.region.has(Region::BREADCRUMB)
                || b.aria_label.as_deref().is_some_and(lexicon::is_breadcrumb_label)
                || b.class.as_deref().is_some_and(lexicon::is_breadcrumb_label)
                || b.id.as_deref().is_some_and(lexicon::is_breadcrumb_label))
    }) {
        let (selector, line) = loc_of(&b.loc);
        nav.breadcrumbs.push(Breadcrumb {
            source: "markup",
            items: b.anchors.len(),
            selector,
            line,
        });
    } else if let Some(a) = body
        .anchors
        .iter()
        .find(|a| a.loc.region.has(Region::BREADCRUMB) && !a.loc.region.has(Region::HIDDEN))
    {
        let (selector, line) = loc_of(&a.loc);
        nav.breadcrumbs.push(Breadcrumb {
            source: "markup",
            items: body
                .anchors
                .iter()
                .filter(|x| x.loc.region.has(Region::BREADCRUMB))
                .count(),
            selector,
            line,
        });
    }
    'ld: for block in &facts.head.json_ld {
        for o in block.objects() {
            if super::json_types(o).iter().any(|t| t.ends_with("BreadcrumbList")) {
                let items = o
                    .get("itemListElement")
                    .and_then(|v| v.as_array())
                    .map(|a| a.len())
                    .unwrap_or(0);
                nav.breadcrumbs.push(Breadcrumb {
                    source: "json-ld",
                    items,
                    selector: "script[type=\"application/ld+json\"]".into(),
                    line: block.line,
                });
                break 'ld;
            }
        }
    }
    if let Some((_, line)) = facts
        .head
        .itemtypes
        .iter()
        .find(|(t, _)| t.trim_end_matches('/').ends_with("BreadcrumbList"))
    {
        nav.breadcrumbs.push(Breadcrumb {
            source: "microdata",
            items: 0,
            selector: "[itemtype$=\"BreadcrumbList\"]".into(),
            line: *line,
        });
    }
    nav.breadcrumb_sources = nav.breadcrumbs.iter().map(|b| b.source).collect();

    // Related / popular / latest blocks.
    let mut taken: Vec<&[usize]> = Vec::new();
    for b in &body.blocks {
        if b.loc.region.has(Region::HIDDEN)
            || b.loc.region.has(Region::COMMENTS)
            || !b
                .anchors
                .iter()
                .any(|i| body.anchors.get(*i).is_some_and(|a| a.kind == LinkKind::Internal))
        {
            continue;
        }
        // A label: aria-label, the block's first heading, or a heading right before it
        // (looked up only when the first two name nothing).
        let mut found: Option<(MoreKind, String, &'static str)> = None;
        for l in [b.aria_label.as_deref(), b.heading.as_deref()]
            .into_iter()
            .flatten()
        {
            if let Some(k) = lexicon::label_kind(l) {
                found = Some((k, l.to_string(), "label"));
                break;
            }
        }
        if found.is_none() {
            if let Some(l) = heading_before(doc, &b.loc) {
                if let Some(k) = lexicon::label_kind(&l) {
                    found = Some((k, l, "label"));
                }
            }
        }
        if found.is_none() {
            let class_id = format!(
                "{} {}",
                b.class.as_deref().unwrap_or(""),
                b.id.as_deref().unwrap_or("")
            );
            if !class_id.to_ascii_lowercase().contains("comment") {
                if let Some(k) = lexicon::class_kind(&class_id) {
                    found = Some((k, class_id.trim().to_string(), "class"));
                }
            }
        }
        let Some((kind, label, found_by)) = found else {
            continue;
        };
        // Nested blocks with the same links are one block.
        if taken.iter().any(|t| b.anchors.iter().all(|a| t.contains(a))) {
            continue;
        }
        let (internal, _) = distinct_internal(facts, &b.anchors);
        if internal == 0 {
            continue;
        }
        taken.push(&b.anchors);
        let (selector, line) = loc_of(&b.loc);
        nav.related_blocks.push(MoreBlock {
            kind,
            label: crate::text::truncate(&label, 80),
            found_by,
            internal_links: internal,
            selector,
            line,
        });
    }

    // Site search.
    for f in &body.forms {
        if f.loc.region.has(Region::HIDDEN) {
            continue;
        }
        let fields: Vec<&super::Field> = f.fields.iter().filter_map(|i| body.fields.get(*i)).collect();
        let how = if f.role.as_deref() == Some("search") {
            Some("role-search")
        } else if fields.iter().any(|x| x.type_ == "search") {
            Some("type-search")
        } else if f.method == "get"
            && fields.iter().any(|x| {
                !x.hidden
                    && matches!(x.type_.as_str(), "text" | "search" | "")
                    && x.name.as_deref().is_some_and(|n| {
                        lexicon::SEARCH_PARAMS.contains(&n.trim().to_ascii_lowercase().as_str())
                    })
            })
        {
            Some("get-form")
        } else {
            None
        };
        if let Some(how) = how {
            let (selector, line) = loc_of(&f.loc);
            nav.searches.push(SearchBox { how, selector, line });
        }
    }
    if nav.searches.is_empty() {
        if let Some(b) = body
            .blocks
            .iter()
            .find(|b| b.role.as_deref() == Some("search") && !b.loc.region.has(Region::HIDDEN))
        {
            let (selector, line) = loc_of(&b.loc);
            nav.searches.push(SearchBox {
                how: "role-search",
                selector,
                line,
            });
        } else if let Some(x) = body
            .fields
            .iter()
            .find(|x| x.type_ == "search" && !x.hidden && !x.loc.region.has(Region::HIDDEN))
        {
            let (selector, line) = loc_of(&x.loc);
            nav.searches.push(SearchBox {
                how: "type-search",
                selector,
                line,
            });
        }
    }
    nav.site_search = !nav.searches.is_empty();

    // Viewport.
    if let Some(m) = facts.head.meta_named("viewport").next() {
        let content = m.content.clone().unwrap_or_default();
        let mut vp = Viewport {
            content: content.clone(),
            line: m.line,
            user_scalable_no: false,
            maximum_scale: None,
            device_width: false,
        };
        for part in content.split([',', ';']) {
            let mut kv = part.splitn(2, '=');
            let k = kv.next().unwrap_or("").trim().to_ascii_lowercase();
            let v = kv.next().unwrap_or("").trim().to_ascii_lowercase();
            match k.as_str() {
                "user-scalable" => vp.user_scalable_no = matches!(v.as_str(), "no" | "0"),
                "maximum-scale" => vp.maximum_scale = v.parse::<f64>().ok().filter(|x| x.is_finite()),
                "width" => vp.device_width = v == "device-width",
                _ => {}
            }
        }
        nav.viewport = Some(vp);
    }

    // Internal links in the main content.
    if facts.main.main_node.is_some() {
        let in_main: Vec<usize> = body
            .anchors
            .iter()
            .enumerate()
            .filter(|(_, a)| a.loc.region.has(Region::CONTENT) && !a.loc.region.has(Region::BOILERPLATE))
            .map(|(i, _)| i)
            .collect();
        let (n, keep) = distinct_internal(facts, &in_main);
        nav.internal_links_in_main = n;
        nav.main_internal = keep;
    }

    // Per-anchor problems.
    let page_key = facts.page_url.as_ref().map(without_fragment);
    for (i, a) in body.anchors.iter().enumerate() {
        if a.loc.region.has(Region::HIDDEN) {
            continue;
        }
        let href = a.href.as_deref().unwrap_or("").trim();
        // Crawlable anchors.
        let reason = match a.kind {
            LinkKind::Missing if a.id.is_none() && a.name.is_none() => Some(Uncrawlable::NoHref),
            LinkKind::Empty => Some(Uncrawlable::EmptyHref),
            LinkKind::Javascript => Some(Uncrawlable::Javascript),
            LinkKind::Fragment if href == "#" => Some(Uncrawlable::HashOnly),
            LinkKind::Other if href.to_ascii_lowercase().starts_with("file:") => Some(Uncrawlable::File),
            _ => None,
        };
        if let Some(r) = reason {
            nav.uncrawlable.push((i, r));
        }
        // Fragments: `#x` (or this page's URL + `#x`) with no target.
        let frag = if a.kind == LinkKind::Fragment {
            href.strip_prefix('#').map(str::to_string)
        } else if let (Some(u), Some(p), true) = (&a.abs, &page_key, a.kind == LinkKind::Internal) {
            (u.fragment().is_some() && without_fragment(u) == *p)
                .then(|| u.fragment().unwrap_or("").to_string())
        } else {
            None
        };
        if let Some(f) = frag.filter(|f| !f.is_empty()) {
            let decoded = percent_decode(&f);
            let special = f.eq_ignore_ascii_case("top") || f.starts_with('!') || f.starts_with('/');
            if !special && !body.ids.contains_key(&f) && !body.ids.contains_key(&decoded) {
                nav.broken_fragments.push(i);
            }
        }
        // Link text.
        if matches!(a.kind, LinkKind::Internal | LinkKind::External) {
            let aria_ok = a
                .aria_label
                .as_deref()
                .map(str::trim)
                .is_some_and(|l| !l.is_empty() && !lexicon::is_empty_link_text(l));
            let shown = if a.text.trim().is_empty() {
                a.img_alt.as_deref().unwrap_or("")
            } else {
                a.text.as_str()
            };
            if !aria_ok && lexicon::is_empty_link_text(shown) {
                nav.empty_text_links.push(i);
            }
        }
        // Internal links opening a new tab.
        if a.kind == LinkKind::Internal
            && a.target
                .as_deref()
                .is_some_and(|t| t.trim().eq_ignore_ascii_case("_blank"))
            && !is_download(href)
        {
            nav.internal_new_tab.push(i);
        }
    }

    // Page weight.
    nav.render_blocking_scripts = body.scripts.iter().filter(|s| s.render_blocking()).count();
    nav.head_stylesheets = facts
        .head
        .links
        .iter()
        .filter(|l| l.in_head && l.has_rel("stylesheet"))
        .count();
    nav.images_without_size_idx = body
        .images
        .iter()
        .enumerate()
        .filter(|(_, im)| {
            !im.loc.region.has(Region::HIDDEN)
                && (im.width.as_deref().and_then(super::parse_px).is_none()
                    || im.height.as_deref().and_then(super::parse_px).is_none())
        })
        .map(|(i, _)| i)
        .collect();
    nav.images_without_size = nav.images_without_size_idx.len();
    nav
}

/// Documents people expect in a new tab (PDFs, archives, office files).
fn is_download(href: &str) -> bool {
    let path = href.split(['?', '#']).next().unwrap_or("").to_ascii_lowercase();
    [
        ".pdf", ".zip", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".csv", ".txt",
    ]
    .iter()
    .any(|e| path.ends_with(e))
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = |b: u8| (b as char).to_digit(16);
            if let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The text of a heading right before an element (its previous element sibling,
/// or its parent's when it is the first child), for `<h3>Related</h3><ul>…`.
fn heading_before(doc: &Doc, loc: &Loc) -> Option<String> {
    let node = doc.html.tree.get(loc.node)?;
    let prev = node
        .prev_siblings()
        .find(|s| s.value().is_element())
        .or_else(|| {
            node.parent()
                .and_then(|p| p.prev_siblings().find(|s| s.value().is_element()))
        })?;
    let e = prev.value().as_element()?;
    let is_heading = matches!(e.name(), "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
        || (matches!(e.name(), "p" | "div" | "span" | "strong" | "header")
            && e.attr("class").is_some_and(|c| {
                let c = c.to_ascii_lowercase();
                c.contains("title") || c.contains("heading")
            }));
    if !is_heading {
        return None;
    }
    let t = super::base::node_text(doc, prev.id(), 120);
    (!t.is_empty()).then_some(t)
}

#[cfg(test)]
mod tests {
    use crate::facts::lexicon::MoreKind;
    use crate::facts::test_util::facts;

    #[test]
    fn menu_breadcrumb_related_search_found() {
        let f = facts(
            r#"<html><head><meta name="viewport" content="width=device-width, initial-scale=1">
            <script type="application/ld+json">{"@type":"BreadcrumbList","itemListElement":[{},{}]}</script></head>
            <body><header><nav><a href="/">Home</a><a href="/blog">Blog</a><a href="/about">About</a></nav>
            <form role="search" action="/search"><input name="q"></form></header>
            <main><h1>T</h1><p>Text</p></main>
            <aside><h3>Ilgili yazılar</h3><ul><li><a href="/a">A</a><li><a href="/b">B</a><li><a href="/c">C</a></ul></aside>
            </body></html>"#,
            Some("https://example.com/blog/post"),
        );
        assert_eq!(f.nav.nav_menu_links, 3);
        assert_eq!(f.nav.breadcrumb_sources, ["json-ld"]);
        assert_eq!(f.nav.related_blocks.len(), 1);
        assert_eq!(f.nav.related_blocks[0].kind, MoreKind::Related);
        assert_eq!(f.nav.related_blocks[0].internal_links, 3);
        assert!(f.nav.site_search);
        assert!(f.nav.viewport.as_ref().is_some_and(|v| v.device_width));
    }

    #[test]
    fn percent_decoding_is_safe() {
        assert_eq!(super::percent_decode("a%20b"), "a b");
        assert_eq!(super::percent_decode("%"), "%");
        assert_eq!(super::percent_decode("%4"), "%4");
        assert_eq!(super::percent_decode("%C5%9F"), "ş");
    }
}
