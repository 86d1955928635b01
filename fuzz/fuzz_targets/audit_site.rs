//! A whole built site from bytes: several pages and the site's other files
//! (robots.txt, sitemap.xml, images) through `audit_site`, the site checks, every
//! output format, and back through `merge` from our own JSON.
//!
//! Input: one selector byte, then files, each introduced by `%%FILE path\n`
//! (at most 24; a repeated path keeps its first copy). Paths ending in `.html` or
//! `.htm` are pages, the rest are files. Any panic, hang or runaway allocation is
//! a bug, and so is JSON that `merge` cannot read back or that merges to other
//! statuses than the site report it came from.

#![no_main]

use libfuzzer_sys::fuzz_target;
use smo_audit::render::{render_whole, Format, Style};
use smo_audit::{Locale, Options, SiteInput, SitePage, SiteReport};

const MARK: &[u8] = b"%%FILE ";

fn split(body: &[u8]) -> SiteInput {
    let mut input = SiteInput::default();
    let mut seen = std::collections::BTreeSet::new();
    let mut starts: Vec<usize> = Vec::new();
    let mut i = 0;
    while i + MARK.len() <= body.len() {
        if &body[i..i + MARK.len()] == MARK {
            starts.push(i);
            i += MARK.len();
        } else {
            i += 1;
        }
    }
    for (n, &s) in starts.iter().enumerate().take(24) {
        let end = starts.get(n + 1).copied().unwrap_or(body.len());
        let part = &body[s + MARK.len()..end];
        let (name, content) = match part.iter().position(|&b| b == b'\n') {
            Some(p) => (&part[..p], &part[p + 1..]),
            None => (part, &b""[..]),
        };
        let path = String::from_utf8_lossy(name).trim().to_string();
        if path.is_empty() || !seen.insert(path.clone()) {
            continue;
        }
        let lower = path.to_ascii_lowercase();
        if lower.ends_with(".html") || lower.ends_with(".htm") {
            input.pages.push(SitePage {
                path,
                url: None,
                html: content.to_vec(),
            });
        } else {
            input.files.insert(path, content.to_vec());
        }
    }
    input
}

fn statuses(s: &SiteReport) -> Vec<(String, smo_audit::Status)> {
    let mut v: Vec<_> = s
        .site
        .checks
        .iter()
        .map(|c| (c.id.to_string(), c.status))
        .collect();
    v.sort();
    v
}

fuzz_target!(|data: &[u8]| {
    let (sel, body) = match data.split_first() {
        Some((s, b)) => (*s, b),
        None => (0, data),
    };
    let mut input = split(body);
    if sel & 2 != 0 {
        input.base_url = Some("https://example.com/docs".to_string());
    } else if sel & 4 != 0 {
        input.base_url = Some("https://example.com".to_string());
    }
    let opts = Options {
        locale: if sel & 1 == 0 { Locale::En } else { Locale::Tr },
        ..Default::default()
    };
    let Ok(site) = smo_audit::audit_site(&input, &opts) else {
        return;
    };
    assert!(site.score <= 100);
    let labels = site.page_labels();
    let style = Style {
        color: sel & 8 != 0,
        verbose: sel & 16 != 0,
        ..Default::default()
    };
    for f in [
        Format::Text,
        Format::Markdown,
        Format::Sarif,
        Format::Junit,
        Format::Github,
        Format::Html,
    ] {
        let out = render_whole(f, &site, &labels, style, "fuzz-site");
        assert!(!out.is_empty());
    }
    let json = render_whole(Format::Json, &site, &labels, style, "fuzz-site");
    let back: SiteReport = serde_json::from_str(&json).expect("merge reads our own JSON");
    let merged = smo_audit::site::merge(vec![back], &opts).expect("one shard merges");
    assert_eq!(statuses(&merged), statuses(&site), "merge changed a site check");
});
