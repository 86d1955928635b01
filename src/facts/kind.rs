//! Page kind, as CHECKLIST.md defines it: `home` (path `/`), `article` (og:type
//! article or a main `<article>`), `profile` (a social profile URL or og:type
//! profile), `page` (the rest). `--kind` overrides.

use serde::{Deserialize, Serialize};

use super::{Facts, Region};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub enum PageKind {
    Home,
    Article,
    Profile,
    #[default]
    Page,
}

impl PageKind {
    pub fn as_str(self) -> &'static str {
        match self {
            PageKind::Home => "home",
            PageKind::Article => "article",
            PageKind::Profile => "profile",
            PageKind::Page => "page",
        }
    }
    pub fn parse(s: &str) -> Option<PageKind> {
        match s.trim().to_ascii_lowercase().as_str() {
            "home" => Some(PageKind::Home),
            "article" => Some(PageKind::Article),
            "profile" => Some(PageKind::Profile),
            "page" => Some(PageKind::Page),
            _ => None,
        }
    }
}

pub fn detect(f: &Facts, forced: Option<PageKind>) -> PageKind {
    if let Some(k) = forced {
        return k;
    }
    let og_type = f.head.og_first("og:type").map(|t| t.trim().to_ascii_lowercase());
    if og_type.as_deref() == Some("profile") {
        return PageKind::Profile;
    }
    if let Some(u) = &f.page_url {
        if crate::catalog::profile_from_url(u).is_some() {
            return PageKind::Profile;
        }
        if u.path() == "/" || u.path().is_empty() {
            return PageKind::Home;
        }
    }
    if og_type.as_deref() == Some("article") {
        return PageKind::Article;
    }
    // A main <article>: one not inside aside/footer/nav, with a heading of its own.
    let main_article = f.body.headings.iter().any(|h| {
        h.level <= 2
            && h.loc.region.has(Region::ARTICLE)
            && !h.loc.region.has(Region::ASIDE)
            && !h.loc.region.has(Region::FOOTER)
            && !h.loc.region.has(Region::NAV)
    });
    if main_article {
        return PageKind::Article;
    }
    PageKind::Page
}
