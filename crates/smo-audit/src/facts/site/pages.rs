//! The page summaries of a site, kept compact: every string of every summary
//! goes into one text buffer (the same-site URLs, tags and profile names once
//! each, whatever the number of pages naming them), and each page is a
//! fixed-size row of string ids and spans of small link records. A summary
//! costs its text plus about 60 bytes of row and 12 bytes a link, so a site of
//! a million pages fits in a few hundred MB (a `Vec<PageSummary>` took about
//! 3 KB a page). Serialized as the list of [`PageSummary`] it holds, so the JSON
//! report (and `smo-audit merge`, which reads it back) is unchanged.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hash, Hasher};

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::{PageSummary, Ref};

/// The id of an absent string (`None`).
const NONE: u32 = u32::MAX;

/// A run of records in one of the pools.
#[derive(Debug, Clone, Copy, Default)]
struct Span {
    start: u32,
    len: u32,
}

impl Span {
    fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.start as usize + self.len as usize
    }
}

/// One page: string ids and spans.
#[derive(Debug, Clone, Copy)]
struct Row {
    path: u32,
    url: u32,
    title: u32,
    og_title: u32,
    description: u32,
    og_description: u32,
    refs: Span,
    og_images: Span,
    profiles: Span,
    noindex: bool,
}

/// A same-site reference: URL and tag ids, line.
#[derive(Debug, Clone, Copy)]
struct LinkRec {
    url: u32,
    line: u32,
    tag: u32,
}

/// A profile link: network and handle ids, line.
#[derive(Debug, Clone, Copy)]
struct ProfileRec {
    net: u32,
    handle: u32,
    line: u32,
}

/// The 64-bit hash the compact stores key strings by (deterministic, so a
/// run's order never depends on it).
pub(crate) fn str_hash(s: &str) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    s.hash(&mut h);
    h.finish()
}

/// A hasher for keys that are already hashes.
#[derive(Default)]
struct Prehashed(u64);

impl Hasher for Prehashed {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(*b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// The page summaries of a site, compact (see the module's text).
#[derive(Default, Clone)]
pub struct Pages {
    rows: Vec<Row>,
    links: Vec<LinkRec>,
    images: Vec<LinkRec>,
    profiles: Vec<ProfileRec>,
    /// Every string, one after the other; string `i` ends at `ends[i]`.
    text: String,
    ends: Vec<u64>,
    /// The strings kept once (URLs, tags, networks, handles) by hash, while
    /// pages are added; dropped by [`Pages::compact`] (later strings are then
    /// kept as they come, which only costs room).
    shared: HashMap<u64, u32, BuildHasherDefault<Prehashed>>,
}

impl std::fmt::Debug for Pages {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl PartialEq for Pages {
    fn eq(&self, other: &Pages) -> bool {
        self.len() == other.len() && self.iter().eq(other.iter())
    }
}

impl Pages {
    /// How many pages.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    fn str(&self, id: u32) -> &str {
        if id == NONE {
            return "";
        }
        let i = id as usize;
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        &self.text[start..self.ends[i] as usize]
    }

    fn opt(&self, id: u32) -> Option<&str> {
        (id != NONE).then(|| self.str(id))
    }

    /// A string kept as it comes (its own copy).
    fn add(&mut self, s: &str) -> u32 {
        self.text.push_str(s);
        self.ends.push(self.text.len() as u64);
        u32::try_from(self.ends.len() - 1).unwrap_or(NONE - 1)
    }

    /// A string kept once for all the pages that name it.
    fn shared(&mut self, s: &str) -> u32 {
        let h = str_hash(s);
        match self.shared.get(&h) {
            Some(&id) if self.str(id) == s => id,
            // Another string of the same hash (or the table dropped): its own copy.
            Some(_) => self.add(s),
            None => {
                let id = self.add(s);
                self.shared.insert(h, id);
                id
            }
        }
    }

    fn add_opt(&mut self, s: Option<&str>, same_as: Option<(&str, u32)>) -> u32 {
        match (s, same_as) {
            (None, _) => NONE,
            (Some(s), Some((t, id))) if s == t && id != NONE => id,
            (Some(s), _) => self.add(s),
        }
    }

    fn span(start: usize, end: usize) -> Span {
        Span {
            start: u32::try_from(start).unwrap_or(u32::MAX),
            len: u32::try_from(end - start).unwrap_or(0),
        }
    }

    /// Add a page's summary at the end.
    pub fn push(&mut self, s: &PageSummary) {
        let path = self.add(&s.path);
        let url = self.shared(&s.url);
        let title = self.add_opt(s.title.as_deref(), None);
        let og_title = self.add_opt(s.og_title.as_deref(), s.title.as_deref().map(|t| (t, title)));
        let description = self.add_opt(s.description.as_deref(), None);
        let og_description = self.add_opt(
            s.og_description.as_deref(),
            s.description.as_deref().map(|t| (t, description)),
        );
        let start = self.links.len();
        for r in &s.refs {
            let rec = LinkRec {
                url: self.shared(&r.url),
                line: r.line,
                tag: self.shared(&r.tag),
            };
            self.links.push(rec);
        }
        let refs = Self::span(start, self.links.len());
        let start = self.images.len();
        for (u, line) in &s.og_images {
            let rec = LinkRec {
                url: self.shared(u),
                line: *line,
                tag: NONE,
            };
            self.images.push(rec);
        }
        let og_images = Self::span(start, self.images.len());
        let start = self.profiles.len();
        for (net, handle, line) in &s.profiles {
            let rec = ProfileRec {
                net: self.shared(net),
                handle: self.shared(handle),
                line: *line,
            };
            self.profiles.push(rec);
        }
        let profiles = Self::span(start, self.profiles.len());
        self.rows.push(Row {
            path,
            url,
            title,
            og_title,
            description,
            og_description,
            refs,
            og_images,
            profiles,
            noindex: s.noindex,
        });
    }

    /// Done adding (for now): the table that keeps shared strings once is
    /// dropped and the pools fit to their size.
    pub fn compact(&mut self) {
        self.shared = HashMap::default();
        self.rows.shrink_to_fit();
        self.links.shrink_to_fit();
        self.images.shrink_to_fit();
        self.profiles.shrink_to_fit();
    }

    /// Page `i` (panics out of range, as slice indexing does).
    pub fn get(&self, i: usize) -> PageView<'_> {
        PageView {
            pages: self,
            row: &self.rows[i],
        }
    }

    /// The pages, in order, read in place.
    pub fn views(&self) -> impl ExactSizeIterator<Item = PageView<'_>> + '_ {
        self.rows.iter().map(move |row| PageView { pages: self, row })
    }

    /// The pages, in order, each as its own [`PageSummary`].
    pub fn iter(&self) -> impl ExactSizeIterator<Item = PageSummary> + '_ {
        self.views().map(|v| v.to_summary())
    }

    /// Keep only the pages `keep` says yes to (their strings stay in the
    /// buffer).
    pub fn retain(&mut self, mut keep: impl FnMut(PageView<'_>) -> bool) {
        let rows = std::mem::take(&mut self.rows);
        let kept: Vec<Row> = rows
            .into_iter()
            .filter(|row| keep(PageView { pages: self, row }))
            .collect();
        self.rows = kept;
    }

    /// Every page as its own summary, in order.
    pub fn into_summaries(self) -> Vec<PageSummary> {
        self.iter().collect()
    }
}

impl Extend<PageSummary> for Pages {
    fn extend<T: IntoIterator<Item = PageSummary>>(&mut self, iter: T) {
        for s in iter {
            self.push(&s);
        }
    }
}

impl FromIterator<PageSummary> for Pages {
    fn from_iter<T: IntoIterator<Item = PageSummary>>(iter: T) -> Pages {
        let mut p = Pages::default();
        p.extend(iter);
        p
    }
}

impl From<Vec<PageSummary>> for Pages {
    fn from(v: Vec<PageSummary>) -> Pages {
        v.into_iter().collect()
    }
}

impl Serialize for Pages {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter())
    }
}

impl<'de> Deserialize<'de> for Pages {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Pages, D::Error> {
        let v = Vec::<PageSummary>::deserialize(d)?;
        let mut p: Pages = v.into();
        p.compact();
        Ok(p)
    }
}

/// One page of [`Pages`], read in place.
#[derive(Clone, Copy)]
pub struct PageView<'a> {
    pages: &'a Pages,
    row: &'a Row,
}

/// A same-site reference of a [`PageView`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RefView<'a> {
    pub url: &'a str,
    pub line: u32,
    /// `a`, `img`, `script`, `link`, `og:image`.
    pub tag: &'a str,
}

impl<'a> PageView<'a> {
    pub fn path(&self) -> &'a str {
        self.pages.str(self.row.path)
    }
    pub fn url(&self) -> &'a str {
        self.pages.str(self.row.url)
    }
    pub fn title(&self) -> Option<&'a str> {
        self.pages.opt(self.row.title)
    }
    pub fn og_title(&self) -> Option<&'a str> {
        self.pages.opt(self.row.og_title)
    }
    pub fn description(&self) -> Option<&'a str> {
        self.pages.opt(self.row.description)
    }
    pub fn og_description(&self) -> Option<&'a str> {
        self.pages.opt(self.row.og_description)
    }
    pub fn noindex(&self) -> bool {
        self.row.noindex
    }
    /// Links (and asset references) to the same host.
    pub fn refs(&self) -> impl ExactSizeIterator<Item = RefView<'a>> + 'a {
        let pages = self.pages;
        pages.links[self.row.refs.range()].iter().map(move |r| RefView {
            url: pages.str(r.url),
            line: r.line,
            tag: pages.str(r.tag),
        })
    }
    /// og:image URLs as written, with their lines.
    pub fn og_images(&self) -> impl ExactSizeIterator<Item = (&'a str, u32)> + 'a {
        let pages = self.pages;
        pages.images[self.row.og_images.range()]
            .iter()
            .map(move |r| (pages.str(r.url), r.line))
    }
    /// Links to social profiles: (network, handle, line).
    pub fn profiles(&self) -> impl ExactSizeIterator<Item = (&'a str, &'a str, u32)> + 'a {
        let pages = self.pages;
        pages.profiles[self.row.profiles.range()]
            .iter()
            .map(move |r| (pages.str(r.net), pages.str(r.handle), r.line))
    }

    /// The page's summary as its own value.
    pub fn to_summary(&self) -> PageSummary {
        PageSummary {
            path: self.path().to_string(),
            url: self.url().to_string(),
            title: self.title().map(str::to_string),
            og_title: self.og_title().map(str::to_string),
            description: self.description().map(str::to_string),
            og_description: self.og_description().map(str::to_string),
            refs: self
                .refs()
                .map(|r| Ref {
                    url: r.url.to_string(),
                    line: r.line,
                    tag: r.tag.to_string(),
                })
                .collect(),
            og_images: self.og_images().map(|(u, l)| (u.to_string(), l)).collect(),
            profiles: self
                .profiles()
                .map(|(n, h, l)| (n.to_string(), h.to_string(), l))
                .collect(),
            noindex: self.noindex(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn summary(i: usize) -> PageSummary {
        PageSummary {
            path: format!("p/{}.html", i),
            url: format!("https://example.com/p/{}.html", i),
            title: Some(format!("Title {}", i % 3)),
            og_title: Some(format!("Title {}", i % 3)),
            description: i.is_multiple_of(2).then(|| "A description".to_string()),
            og_description: Some("Other".into()),
            refs: (0..i % 4)
                .map(|k| Ref {
                    url: format!("https://example.com/p/{}.html", k),
                    line: k as u32 + 1,
                    tag: if k.is_multiple_of(2) {
                        "a".into()
                    } else {
                        "img".into()
                    },
                })
                .collect(),
            og_images: vec![("/og.png".into(), 3)],
            profiles: vec![("x".into(), format!("h{}", i % 2), 9)],
            noindex: i.is_multiple_of(5),
        }
    }

    #[test]
    fn pages_give_back_what_they_were_given() {
        let all: Vec<PageSummary> = (0..20).map(summary).collect();
        let mut p: Pages = all.clone().into();
        assert_eq!(p.len(), 20);
        assert_eq!(p.iter().collect::<Vec<_>>(), all);
        assert_eq!(p.get(3).refs().count(), 3);
        assert_eq!(p.get(2).description(), Some("A description"));
        assert_eq!(p.get(1).description(), None);
        p.compact();
        p.push(&summary(21));
        assert_eq!(p.get(20).to_summary(), summary(21));
        p.retain(|v| !v.noindex());
        assert_eq!(p.len(), 17);
        assert!(p.views().all(|v| !v.noindex()));
    }

    #[test]
    fn pages_serialize_as_the_list_of_summaries() {
        let all: Vec<PageSummary> = (0..7).map(summary).collect();
        let p: Pages = all.clone().into();
        let a = serde_json::to_string_pretty(&p).unwrap();
        assert_eq!(a, serde_json::to_string_pretty(&all).unwrap());
        let back: Pages = serde_json::from_str(&a).unwrap();
        assert_eq!(back, p);
        let empty = Pages::default();
        assert_eq!(serde_json::to_string_pretty(&empty).unwrap(), "[]");
    }

    #[test]
    fn a_shared_string_is_kept_once() {
        let mut p = Pages::default();
        for i in 0..100 {
            p.push(&summary(i));
        }
        let once = p.text.len();
        // Each page adds only its own path and title (shared URLs, tags and handles once).
        assert!(once < 100 * 60, "{} bytes", once);
    }
}
