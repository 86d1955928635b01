//! Main-content accuracy on the shared corpus (`../shared/corpus/readability/`):
//! real pages with the article text a careful extractor keeps (`expected.html`).
//!
//! For each page, the words of the expected text (lower-cased, as a multiset) are
//! looked up in our main text. Recall = share of expected words we keep; precision
//! = share of our words that are expected. A page passes when recall ≥ 0.9: the
//! main text then holds the article (readability scoring tolerates a little extra
//! text, but not a missing article). The test prints the share of pages that pass
//! and fails when it drops under a floor set a few points below the measured value.
//!
//! `SMO_CORPUS_VERBOSE=1 cargo test --test corpus_main -- --nocapture` lists every page.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use ego_tree::iter::Edge;
use scraper::node::Node;

/// Share of pages that must pass (measured 121/125 = 96.8 %; the
/// floor sits a few points below it so a regression fails).
const PASS_FLOOR: f64 = 0.93;
const RECALL_PASS: f64 = 0.9;

fn corpus_dir() -> Option<PathBuf> {
    let d = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../..")).join("../shared/corpus/readability");
    d.is_dir().then_some(d)
}

/// Words as a multiset; CJK characters (written without spaces) count one by one.
fn words(text: &str) -> HashMap<String, usize> {
    let mut m = HashMap::new();
    let mut cur = String::new();
    let push = |w: &mut String, m: &mut HashMap<String, usize>| {
        if !w.is_empty() {
            *m.entry(w.to_lowercase()).or_insert(0) += 1;
            w.clear();
        }
    };
    for c in text.chars() {
        if c.is_alphanumeric() && (c as u32) >= 0x2E80 {
            push(&mut cur, &mut m);
            cur.push(c);
            push(&mut cur, &mut m);
        } else if c.is_alphanumeric() {
            cur.push(c);
        } else {
            push(&mut cur, &mut m);
        }
    }
    push(&mut cur, &mut m);
    m
}

/// Visible text of an HTML fragment (script/style left out).
fn html_text(html: &str) -> String {
    let doc = scraper::Html::parse_document(html);
    let mut out = String::new();
    let mut skip = 0usize;
    for edge in doc.tree.root().traverse() {
        match edge {
            Edge::Open(n) => match n.value() {
                Node::Element(e) if matches!(e.name(), "script" | "style" | "noscript" | "template") => {
                    skip += 1
                }
                Node::Text(t) if skip == 0 => {
                    out.push(' ');
                    out.push_str(t);
                }
                _ => {}
            },
            Edge::Close(n) => {
                if let Node::Element(e) = n.value() {
                    if matches!(e.name(), "script" | "style" | "noscript" | "template") {
                        skip = skip.saturating_sub(1);
                    }
                }
            }
        }
    }
    out
}

fn overlap(expected: &HashMap<String, usize>, ours: &HashMap<String, usize>) -> usize {
    expected
        .iter()
        .map(|(w, n)| (*n).min(ours.get(w).copied().unwrap_or(0)))
        .sum()
}

#[test]
fn main_content_covers_expected_article_text() {
    let Some(dir) = corpus_dir() else {
        eprintln!("SKIPPED: ../shared/corpus/readability not found; main-content accuracy not measured");
        return;
    };
    let verbose = std::env::var_os("SMO_CORPUS_VERBOSE").is_some();
    let mut entries: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("read corpus dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join("source.html").is_file() && p.join("expected.html").is_file())
        .collect();
    entries.sort();
    let (mut pages, mut passed) = (0usize, 0usize);
    let (mut recall_sum, mut precision_sum) = (0.0f64, 0.0f64);
    let mut methods: HashMap<&'static str, usize> = HashMap::new();
    let mut failures = Vec::new();
    for p in &entries {
        let src = std::fs::read(p.join("source.html")).expect("source");
        let expected = std::fs::read_to_string(p.join("expected.html")).expect("expected");
        let exp = words(&html_text(&expected));
        let total: usize = exp.values().sum();
        if total < 20 {
            continue; // nothing meaningful to compare
        }
        let facts = smo_audit::facts_for(&src, &Default::default()).expect("facts");
        let ours = words(&facts.main.text());
        let ours_total: usize = ours.values().sum();
        let hit = overlap(&exp, &ours);
        let recall = hit as f64 / total as f64;
        let precision = if ours_total == 0 {
            0.0
        } else {
            overlap(&ours, &exp) as f64 / ours_total as f64
        };
        pages += 1;
        recall_sum += recall;
        precision_sum += precision;
        *methods
            .entry(facts.main.main_method.unwrap_or("none"))
            .or_default() += 1;
        let ok = recall >= RECALL_PASS;
        if ok {
            passed += 1;
        } else {
            failures.push(format!(
                "{} recall {:.2} precision {:.2} via {} {}",
                p.file_name().unwrap_or_default().to_string_lossy(),
                recall,
                precision,
                facts.main.main_method.unwrap_or("none"),
                facts.main.main_selector.as_deref().unwrap_or("")
            ));
        }
        if verbose {
            println!(
                "{:<40} recall {:.2} precision {:.2} {:<9} {}",
                p.file_name().unwrap_or_default().to_string_lossy(),
                recall,
                precision,
                facts.main.main_method.unwrap_or("none"),
                facts.main.main_selector.as_deref().unwrap_or("")
            );
        }
    }
    assert!(pages > 0, "no comparable pages in {}", dir.display());
    let share = passed as f64 / pages as f64;
    println!(
        "main-content accuracy: {}/{} pages pass (recall >= {}) = {:.1}%; mean recall {:.3}, mean precision {:.3}; methods {:?}",
        passed,
        pages,
        RECALL_PASS,
        share * 100.0,
        recall_sum / pages as f64,
        precision_sum / pages as f64,
        methods
    );
    for f in &failures {
        println!("  below: {f}");
    }
    assert!(
        share >= PASS_FLOOR,
        "main-content accuracy {:.1}% fell under the floor {:.0}%",
        share * 100.0,
        PASS_FLOOR * 100.0
    );
}

#[test]
fn every_corpus_page_audits_without_panic() {
    let Some(dir) = corpus_dir() else {
        eprintln!("SKIPPED: ../shared/corpus/readability not found");
        return;
    };
    let mut n = 0;
    for e in std::fs::read_dir(&dir).expect("read corpus dir").flatten() {
        let src = e.path().join("source.html");
        if let Ok(bytes) = std::fs::read(&src) {
            let r = smo_audit::audit(&bytes, &Default::default()).expect("audit");
            assert!(r.check("nav-menu").is_some(), "{}", src.display());
            n += 1;
        }
    }
    assert!(n > 0);
}
