//! Share detection against hand-labelled pages (`tests/data/share-labels.json`):
//! real pages of `../shared/corpus/readability` (labelled by reading their
//! markup; skipped when the corpus is absent) and the small pages of
//! `tests/fixtures/share/`. Prints precision and recall (micro-averaged over
//! every page's networks, and per network) and holds them to 0.98 and 0.95.
//!
//! `cargo test -p smo-audit --release --test share_labels -- --nocapture`

#[path = "support/corpus.rs"]
mod corpus;

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use serde::Deserialize;

#[derive(Deserialize)]
struct Label {
    page: String,
    networks: Vec<String>,
    #[allow(dead_code)]
    evidence: String,
}

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

#[derive(Default)]
struct Tally {
    tp: usize,
    fp: usize,
    fn_: usize,
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

#[test]
fn share_detection_against_labels() {
    let text = std::fs::read_to_string(repo().join("tests/data/share-labels.json")).expect("labels");
    let labels: Vec<Label> = serde_json::from_str(&text).expect("labels parse");
    assert!(labels.len() >= 60, "at least 60 labelled pages");
    let corpus_present = corpus::dir().is_dir();
    if !corpus_present {
        eprintln!(
            "share labels: corpus pages skipped, {} is absent (fixtures only)",
            corpus::dir().display()
        );
    }
    let mut total = Tally::default();
    let mut per: BTreeMap<String, Tally> = BTreeMap::new();
    let (mut pages, mut skipped) = (0usize, 0usize);
    let mut misses = Vec::new();
    for l in &labels {
        let path = if let Some(name) = l.page.strip_prefix("corpus:") {
            if !corpus_present {
                skipped += 1;
                continue;
            }
            corpus::dir().join(name).join("source.html")
        } else if let Some(file) = l.page.strip_prefix("fixture:") {
            repo().join("tests/fixtures/share").join(file)
        } else {
            panic!("unknown page kind: {}", l.page);
        };
        let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let facts = smo_audit::facts_for(&bytes, &Default::default()).expect("facts");
        let found: BTreeSet<String> = facts.share.networks().into_iter().map(str::to_string).collect();
        let want: BTreeSet<String> = l.networks.iter().cloned().collect();
        pages += 1;
        for n in found.union(&want) {
            let t = per.entry(n.clone()).or_default();
            match (found.contains(n), want.contains(n)) {
                (true, true) => {
                    t.tp += 1;
                    total.tp += 1;
                }
                (true, false) => {
                    t.fp += 1;
                    total.fp += 1;
                    let at: Vec<String> = facts
                        .share
                        .share_networks
                        .iter()
                        .filter(|s| s.network == n)
                        .map(|s| format!("line {} {} ({})", s.line, s.selector, s.via))
                        .collect();
                    misses.push(format!("{}: extra {n} at {}", l.page, at.join("; ")));
                }
                _ => {
                    t.fn_ += 1;
                    total.fn_ += 1;
                    misses.push(format!("{}: missed {n}", l.page));
                }
            }
        }
    }
    let precision = ratio(total.tp, total.tp + total.fp);
    let recall = ratio(total.tp, total.tp + total.fn_);
    eprintln!(
        "share labels: {pages} pages ({skipped} skipped), {} labelled networks: precision {precision:.3}, recall {recall:.3} (tp {}, fp {}, fn {})",
        total.tp + total.fn_,
        total.tp,
        total.fp,
        total.fn_
    );
    eprintln!("network      labelled  found  precision  recall");
    for (n, t) in &per {
        eprintln!(
            "{n:<12} {:>8} {:>6} {:>10.2} {:>7.2}",
            t.tp + t.fn_,
            t.tp + t.fp,
            ratio(t.tp, t.tp + t.fp),
            ratio(t.tp, t.tp + t.fn_)
        );
    }
    for m in &misses {
        eprintln!("  {m}");
    }
    assert!(precision >= 0.98, "precision {precision:.3} < 0.98");
    assert!(recall >= 0.95, "recall {recall:.3} < 0.95");
}
