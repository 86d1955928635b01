//! Robustness of the link previews and the Open Graph checks on real pages
//! (moved from the unit tests of `src/facts/previews.rs`).

use smo_audit::Options;

use crate::corpus;

/// Every corpus page audits without a panic, every opengraph check runs (none
/// turned into the internal-error skip), and the suggested head never carries a
/// raw `<script`.
#[test]
fn corpus_pages_audit_cleanly() {
    let mut n = 0;
    let found = corpus::each_page("previews corpus", |name, bytes| {
        let r = smo_audit::audit(bytes, &Options::default()).expect("audit");
        let og = r.categories.iter().find(|c| c.id == "opengraph").expect("og");
        assert_eq!(og.checks.len(), 17);
        for c in &og.checks {
            assert!(!c.message.contains("Internal error"), "{} {}", name, c.id);
        }
        if let Some(s) = r.facts["suggestedHead"].as_str() {
            assert!(!s.to_ascii_lowercase().contains("<script"), "{}", name);
        }
        n += 1;
    });
    if !found {
        return;
    }
    assert!(n > 0, "no corpus pages read");
}
