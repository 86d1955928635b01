//! The whole audit from bytes: decode, nesting pre-scan, parse, facts, checks,
//! report, and both renderers. Any panic, hang or runaway allocation is a bug.
//! The first byte picks the options (locale, URL, content type, page kind,
//! text style) so
//! those paths are fuzzed too.

#![no_main]

use libfuzzer_sys::fuzz_target;
use smo_audit::render::{render_page, Format, Style};
use smo_audit::{Locale, Options, PageKind};

fuzz_target!(|data: &[u8]| {
    let (sel, body) = match data.split_first() {
        Some((s, b)) => (*s, b),
        None => (0, data),
    };
    let opts = Options {
        locale: if sel & 1 == 0 { Locale::En } else { Locale::Tr },
        url: (sel & 2 != 0).then(|| "https://example.com/blog/some-article-title".to_string()),
        content_type: match (sel >> 2) & 3 {
            1 => Some("text/html; charset=windows-1254".into()),
            2 => Some("text/html; charset=shift_jis".into()),
            3 => Some("text/html; charset=utf-16le".into()),
            _ => None,
        },
        kind: match (sel >> 4) & 3 {
            1 => Some(PageKind::Article),
            2 => Some(PageKind::Profile),
            3 => Some(PageKind::Home),
            _ => None,
        },
        ..Default::default()
    };
    if let Ok(report) = smo_audit::audit(body, &opts) {
        assert!(report.score <= 100);
        let style = Style {
            color: sel & 64 != 0,
            verbose: sel & 128 != 0,
            ..Default::default()
        };
        let json = render_page(Format::Json, &report, "fuzz", style, "");
        assert!(!json.is_empty());
        let _ = render_page(Format::Text, &report, "fuzz", style, "");
    }
});
