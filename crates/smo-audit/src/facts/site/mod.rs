//! What the site checks need from one page, kept after its DOM is gone (in the
//! compact [`Pages`]: its text and about 60 bytes, plus 12 a link), and what
//! they need from the other files of the site.
//! Both are serialized in the site report so `smo-audit merge` can recompute the
//! site checks from shards.

pub mod crawl;
pub mod pages;
pub mod robots;
pub mod sitemap;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use url::Url;

use crate::facts::base::LinkKind;
use crate::facts::Facts;
pub use pages::{PageView, Pages, RefView};

/// A reference from a page to a URL of the same site, with its source line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ref {
    pub url: String,
    pub line: u32,
    /// `a`, `img`, `script`, `link`, `og:image`.
    pub tag: String,
}

/// The per-page facts the site checks use.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct PageSummary {
    /// Path relative to the site root (or the crawled URL).
    pub path: String,
    /// The address the page is served at (base URL + path, or the crawled URL).
    pub url: String,
    pub title: Option<String>,
    pub og_title: Option<String>,
    pub description: Option<String>,
    pub og_description: Option<String>,
    /// Links (and asset references) to the same host, fragments removed.
    pub refs: Vec<Ref>,
    /// og:image URLs as written, with their lines.
    pub og_images: Vec<(String, u32)>,
    /// Links to social profiles: (network, handle, line).
    pub profiles: Vec<(String, String, u32)>,
    /// The page asks not to be indexed (robots noindex): not an orphan problem.
    pub noindex: bool,
}

/// A non-HTML file of the site: its size and, for images, the real dimensions.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct FileInfo {
    pub size: u64,
    pub width: Option<u32>,
    pub height: Option<u32>,
    /// `png`, `jpeg`, `gif`, `webp`, `svg`, ... (from the bytes, else the extension).
    pub format: Option<String>,
}

impl FileInfo {
    /// Size and image dimensions from the first bytes of a file (no full decode).
    pub fn from_bytes(path: &str, size: u64, head: &[u8]) -> FileInfo {
        let mut info = FileInfo {
            size,
            ..Default::default()
        };
        if let Ok(t) = imagesize::image_type(head) {
            info.format = Some(format!("{:?}", t).to_ascii_lowercase());
            if let Ok(d) = imagesize::blob_size(head) {
                info.width = u32::try_from(d.width).ok();
                info.height = u32::try_from(d.height).ok();
            }
        }
        if info.format.is_none() {
            let ext = path.rsplit('.').next().unwrap_or("").to_ascii_lowercase();
            if ext == "svg" || ext == "svgz" {
                info.format = Some("svg".into());
            }
        }
        info
    }
}

/// Everything the site checks read: page summaries, files, the site's address.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct SiteData {
    /// The public base URL (or a placeholder host when none was given).
    pub base_url: String,
    /// True when the base URL was given (false: `https://site.invalid/`).
    pub base_given: bool,
    /// The pages' summaries, compact (serialized as a list of [`PageSummary`]).
    pub pages: Pages,
    /// Non-HTML files by path relative to the root.
    pub files: BTreeMap<String, FileInfo>,
    /// The text of robots.txt, when the site has one.
    pub robots_txt: Option<String>,
    /// False when the input has no file tree (an upload of pages only): the
    /// checks that need files skip.
    pub has_files: bool,
    /// A crawl: only URLs that answered with an error are known to be missing.
    pub crawled: bool,
    /// Crawl: same-site URLs that answered 4xx / 5xx or failed.
    pub missing: Vec<String>,
    /// Crawl: why each failed URL failed (absent for folders).
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub failures: BTreeMap<String, crawl::Failure>,
    /// A folder: the folder as given, relative to where the audit ran when it
    /// is inside it (CI file paths are `root/path`); `merge` keeps it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub root: Option<String>,
    /// A shard run: which shard of how many (`merge` checks they are all
    /// there, once each).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shard: Option<Shard>,
    /// Pages that could not be audited (empty, not HTML, too large, too
    /// deep...): never scored, listed by every format.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub unreadable: Vec<Unreadable>,
}

/// A page that could not be audited, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[cfg_attr(feature = "tsify", tsify(missing_as_null, hashmap_as_object))]
pub struct Unreadable {
    /// The page's path (as its label).
    pub path: String,
    /// Why, in words the user can act on.
    pub reason: String,
}

/// Shard `index` (1-based) of `total`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[cfg_attr(feature = "tsify", tsify(missing_as_null, hashmap_as_object))]
pub struct Shard {
    pub index: u32,
    pub total: u32,
}

impl SiteData {
    /// The file a URL names: one kept under the URL itself (a crawl keys
    /// fetched files by URL), else the file at its path below the base URL.
    pub fn file_at(&self, u: &Url) -> Option<&FileInfo> {
        let mut u = u.clone();
        u.set_fragment(None);
        if let Some(f) = self.files.get(u.as_str()) {
            return Some(f);
        }
        let base = Url::parse(&self.base_url).ok()?;
        self.files.get(rel_path(&base, &u)?.as_str())
    }

    /// What the site's files say of the images this page's previews show
    /// (their bytes and pixels), for [`crate::facts::previews::extract_with`].
    pub fn preview_images(&self, facts: &Facts) -> Vec<crate::options::ImageInfo> {
        let mut out: Vec<crate::options::ImageInfo> = Vec::new();
        for p in facts.previews.previews.all() {
            let Some(url) = p.image.as_deref() else { continue };
            if out.iter().any(|i| i.url == url) {
                continue;
            }
            let Some(f) = Url::parse(url).ok().and_then(|u| self.file_at(&u)) else {
                continue;
            };
            out.push(crate::options::ImageInfo {
                url: url.to_string(),
                bytes: Some(f.size),
                width: f.width,
                height: f.height,
            });
        }
        out
    }
}

/// The path of a same-site URL relative to the base URL, percent-decoded
/// (None for another host or a path outside the base's).
pub fn rel_path(base: &Url, u: &Url) -> Option<String> {
    if !same_host_port(u, base) {
        return None;
    }
    let bp = base.path();
    let bp = if bp.ends_with('/') {
        bp.to_string()
    } else {
        format!("{}/", bp)
    };
    let p = u.path();
    let rel = if p.len() + 1 == bp.len() && bp.starts_with(p) {
        ""
    } else {
        p.strip_prefix(bp.as_str())?
    };
    Some(crate::text::percent_decode(rel))
}

/// Whether two URLs name the same host and port (the one same-site rule of the
/// summaries, the site checks and the crawl policy).
pub fn same_host_port(a: &Url, b: &Url) -> bool {
    a.host_str() == b.host_str() && a.port_or_known_default() == b.port_or_known_default()
}

/// Placeholder base when none is given, so links still resolve between pages.
pub const PLACEHOLDER_BASE: &str = "https://site.invalid/";

/// A social profile link: (network, lower-case handle) when the URL names a
/// profile, by the catalog's profile rules (the same as the page checks use).
pub fn profile_of(u: &Url) -> Option<(String, String)> {
    crate::catalog::profile_from_url(u).map(|p| (p.network.to_string(), p.handle.to_lowercase()))
}

/// URL without its fragment.
fn defrag(mut u: Url) -> String {
    u.set_fragment(None);
    u.to_string()
}

/// Build the summary of one page from its facts. `page_url` is the address the
/// page is served at (its links resolve against it, or against `<base href>`).
pub fn summarize(path: &str, page_url: &Url, facts: &Facts) -> PageSummary {
    let resolve_base = facts
        .head
        .base_href
        .as_deref()
        .and_then(|b| page_url.join(b).ok())
        .unwrap_or_else(|| page_url.clone());
    let same_host = |u: &Url| same_host_port(u, page_url);
    let mut refs = Vec::new();
    let mut profiles = Vec::new();
    let push = |raw: &str, line: u32, tag: &str, refs: &mut Vec<Ref>| {
        let raw = raw.trim();
        if raw.is_empty() || raw.starts_with('#') || raw.contains("{{") || raw.contains("%7B%7B") {
            return;
        }
        if let Ok(u) = resolve_base.join(raw) {
            if matches!(u.scheme(), "http" | "https") && same_host(&u) {
                refs.push(Ref {
                    url: defrag(u),
                    line,
                    tag: tag.to_string(),
                });
            }
        }
    };
    for a in &facts.body.anchors {
        let Some(href) = a.href.as_deref() else { continue };
        match a.kind {
            LinkKind::Internal | LinkKind::External => {}
            _ => continue,
        }
        if let Ok(u) = resolve_base.join(href.trim()) {
            if !same_host(&u) {
                if let Some((net, h)) = profile_of(&u) {
                    profiles.push((net, h, a.loc.line));
                }
                continue;
            }
        }
        push(href, a.loc.line, "a", &mut refs);
    }
    for img in &facts.body.images {
        if let Some(src) = img.src.as_deref() {
            if !src.trim_start().starts_with("data:") {
                push(src, img.loc.line, "img", &mut refs);
            }
        }
    }
    for s in &facts.body.scripts {
        if let Some(src) = s.src.as_deref() {
            push(src, s.loc.line, "script", &mut refs);
        }
    }
    for l in &facts.head.links {
        let asset = l.has_rel("stylesheet")
            || l.has_rel("icon")
            || l.has_rel("apple-touch-icon")
            || l.has_rel("manifest");
        if asset
            || (l.has_rel("alternate")
                && l.type_
                    .as_deref()
                    .is_some_and(|t| t.contains("xml") || t.contains("json")))
        {
            if let Some(h) = l.href.as_deref() {
                push(h, l.line, "link", &mut refs);
            }
        }
    }
    let og_images = facts
        .head
        .og_images
        .iter()
        .filter(|m| !m.url.trim().is_empty())
        .map(|m| (m.url.trim().to_string(), m.line))
        .collect();
    let noindex = facts.head.metas.iter().any(|m| {
        m.name.as_deref() == Some("robots")
            && m.content
                .as_deref()
                .is_some_and(|c| c.to_ascii_lowercase().contains("noindex"))
    });
    PageSummary {
        path: path.to_string(),
        url: page_url.to_string(),
        title: facts.head.title.clone().map(|t| t.trim().to_string()),
        og_title: facts.head.og_first("og:title").map(|t| t.trim().to_string()),
        description: facts.head.description.clone().map(|t| t.trim().to_string()),
        og_description: facts
            .head
            .og_first("og:description")
            .map(|t| t.trim().to_string()),
        refs,
        og_images,
        profiles,
        noindex,
    }
}

/// `index.html` → its folder; `about.html` → `about.html`; joined to the base URL.
pub fn url_for(base: &str, rel: &str) -> Result<String, String> {
    let rel = rel.replace('\\', "/");
    let rel = rel.trim_start_matches('/');
    let path = if rel == "index.html" || rel == "index.htm" {
        ""
    } else if let Some(dir) = rel
        .strip_suffix("/index.html")
        .or_else(|| rel.strip_suffix("/index.htm"))
    {
        return join(base, &format!("{}/", dir));
    } else {
        rel
    };
    join(base, path)
}

/// A base URL as a directory (its path ends with `/`), so that page paths join
/// below it; a base that does not parse is returned as given.
pub fn dir_base(base: &str) -> String {
    match url::Url::parse(base) {
        Ok(mut b) => {
            if !b.path().ends_with('/') {
                let p = format!("{}/", b.path());
                b.set_path(&p);
            }
            b.to_string()
        }
        Err(_) => base.to_string(),
    }
}

fn join(base: &str, path: &str) -> Result<String, String> {
    let mut b = url::Url::parse(base).map_err(|e| format!("the base URL {:?} is not valid ({})", base, e))?;
    if !b.path().ends_with('/') {
        let p = format!("{}/", b.path());
        b.set_path(&p);
    }
    b.join(path).map(|u| u.to_string()).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::profile_of;

    fn p(s: &str) -> Option<(String, String)> {
        profile_of(&url::Url::parse(s).unwrap())
    }

    #[test]
    fn profile_links_by_the_catalog() {
        assert_eq!(
            p("https://twitter.com/SmoAudit"),
            Some(("x".into(), "smoaudit".into()))
        );
        assert_eq!(
            p("https://www.instagram.com/smo.audit/"),
            Some(("instagram".into(), "smo.audit".into()))
        );
        assert_eq!(
            p("https://www.linkedin.com/company/smo-audit"),
            Some(("linkedin".into(), "smo-audit".into()))
        );
        assert_eq!(
            p("https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fa.b"),
            None
        );
        assert_eq!(p("https://x.com/intent/post?url=a"), None);
        assert_eq!(p("https://example.com/SmoAudit"), None);
    }
}
