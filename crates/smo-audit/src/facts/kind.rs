//! Page kind, as CHECKLIST.md defines it: `home` (path `/`), `article` (og:type
//! article or a main `<article>`), `profile` (a social profile URL or og:type
//! profile), `page` (the rest). `--kind` overrides.

use super::{Facts, Region};
pub use crate::vocab::PageKind;

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
        // `/` is home, unless a query names another page (`/?p=123`, `/?page_id=7`).
        let names_page = u.query_pairs().any(|(k, _)| {
            let k = k.to_ascii_lowercase();
            !(k.starts_with("utm_") || matches!(k.as_str(), "fbclid" | "gclid" | "ref" | "lang" | "hl"))
        });
        if (u.path() == "/" || u.path().is_empty()) && !names_page {
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

#[cfg(test)]
mod tests {
    use super::PageKind;
    use crate::facts::test_util::facts;

    #[test]
    fn kinds() {
        assert_eq!(
            facts("<title>x</title>", Some("https://example.com/")).kind,
            PageKind::Home
        );
        assert_eq!(
            facts("", Some("https://example.com/?utm_source=x")).kind,
            PageKind::Home
        );
        assert_eq!(facts("", Some("https://example.com/?p=123")).kind, PageKind::Page);
        let art = r#"<meta property="og:type" content="article">"#;
        assert_eq!(
            facts(art, Some("https://example.com/blog/x")).kind,
            PageKind::Article
        );
        let main_article = "<body><main><article><h1>Post</h1><p>text</p></article></main></body>";
        assert_eq!(facts(main_article, None).kind, PageKind::Article);
        let aside_article = "<body><aside><article><h2>Teaser</h2></article></aside></body>";
        assert_eq!(facts(aside_article, None).kind, PageKind::Page);
        let prof = r#"<meta property="og:type" content="profile">"#;
        assert_eq!(facts(prof, None).kind, PageKind::Profile);
    }
}
