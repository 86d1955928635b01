//! Site mode: many pages from any source (a build folder, an upload, a crawl),
//! path ↔ URL mapping, and the cross-page checks.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::report::{CheckReport, Report, SiteReport};
use crate::{Error, Options};

/// One page of a site.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SitePage {
    /// Path relative to the site root, `/`-separated (`blog/post/index.html`).
    pub path: String,
    /// The page's public URL; derived from the base URL and the path when absent.
    #[serde(default)]
    pub url: Option<String>,
    /// The page's bytes (HTML).
    #[serde(with = "serde_bytes_as_string", default)]
    pub html: Vec<u8>,
}

mod serde_bytes_as_string {
    use serde::{Deserialize, Deserializer, Serializer};
    pub fn serialize<S: Serializer>(b: &[u8], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&String::from_utf8_lossy(b))
    }
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<u8>, D::Error> {
        Ok(String::deserialize(d)?.into_bytes())
    }
}

/// A whole site: its pages, other files (robots.txt, sitemap.xml, images) by
/// path, and its public base URL.
#[derive(Debug, Clone, Default)]
pub struct SiteInput {
    pub pages: Vec<SitePage>,
    pub files: BTreeMap<String, Vec<u8>>,
    pub base_url: Option<String>,
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

fn join(base: &str, path: &str) -> Result<String, String> {
    let mut b = url::Url::parse(base).map_err(|e| format!("the base URL {:?} is not valid ({})", base, e))?;
    if !b.path().ends_with('/') {
        let p = format!("{}/", b.path());
        b.set_path(&p);
    }
    b.join(path).map(|u| u.to_string()).map_err(|e| e.to_string())
}

/// Audit one page of a site (its URL from the page or the base URL).
pub fn audit_page(page: &SitePage, base_url: Option<&str>, opts: &Options) -> Result<Report, Error> {
    let url = match (&page.url, base_url) {
        (Some(u), _) => Some(u.clone()),
        (None, Some(b)) => Some(url_for(b, &page.path).map_err(|e| Error::BadUrl(b.to_string(), e))?),
        (None, None) => None,
    };
    let o = Options { url, ..opts.clone() };
    crate::audit(&page.html, &o)
}

/// The cross-page checks over the audited pages (filled by the site issue).
pub fn site_checks(_input: &SiteInput, _reports: &[Report], _opts: &Options) -> Vec<CheckReport> {
    Vec::new()
}

/// Audit every page and run the site checks. A page that cannot be read is an error
/// naming the page.
pub fn audit_site(input: &SiteInput, opts: &Options) -> Result<SiteReport, Error> {
    let mut reports = Vec::with_capacity(input.pages.len());
    for p in &input.pages {
        reports.push(audit_page(p, input.base_url.as_deref(), opts)?);
    }
    let checks = site_checks(input, &reports, opts);
    Ok(SiteReport::new(reports, checks))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folder_urls() {
        assert_eq!(
            url_for("https://example.com", "index.html").unwrap(),
            "https://example.com/"
        );
        assert_eq!(
            url_for("https://example.com/", "blog/post/index.html").unwrap(),
            "https://example.com/blog/post/"
        );
        assert_eq!(
            url_for("https://example.com/sub", "a.html").unwrap(),
            "https://example.com/sub/a.html"
        );
    }

    #[test]
    fn site_audit_maps_urls() {
        let input = SiteInput {
            pages: vec![SitePage {
                path: "blog/index.html".into(),
                url: None,
                html: b"<title>x</title>".to_vec(),
            }],
            files: Default::default(),
            base_url: Some("https://example.com".into()),
        };
        let r = audit_site(&input, &Options::default()).unwrap();
        assert_eq!(r.pages[0].url.as_deref(), Some("https://example.com/blog/"));
    }
}
