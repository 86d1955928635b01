//! The digit-free shortcut of `is_id_segment` answers as the full rules
//! (`is_id_segment_full`) do, on every path segment of every link of every page
//! of ../shared/corpus/readability. The synthetic segments are a unit test beside
//! the rules (`src/checks/urls/rules.rs`).

use smo_audit::checks::urls::rules::{is_id_segment, is_id_segment_full, segments};

use crate::corpus;

#[test]
fn id_segment_shortcut_equals_the_full_rules_on_the_corpus() {
    let mut segs: Vec<String> = Vec::new();
    let found = corpus::each_facts("url segment oracle", |_, f| {
        for a in &f.body.anchors {
            if let Some(u) = &a.abs {
                segs.extend(segments(u).into_iter().map(String::from));
            }
        }
    });
    if !found {
        return;
    }
    assert!(segs.len() > 1000, "only {} corpus segments", segs.len());
    for s in &segs {
        assert_eq!(is_id_segment(s), is_id_segment_full(s), "{s:?}");
    }
    eprintln!("url segment oracle: {} segments agree", segs.len());
}
