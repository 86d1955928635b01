//! Pages for the benches: real pages of ../shared/corpus/readability, picked by size
//! at run time (never copied into the project).

#![allow(dead_code)]

use std::path::{Path, PathBuf};

pub fn corpus_dir() -> Option<PathBuf> {
    let d = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/readability");
    d.is_dir().then_some(d)
}

/// Every corpus page as (name, bytes), sorted by name.
pub fn corpus_pages() -> Vec<(String, Vec<u8>)> {
    let Some(dir) = corpus_dir() else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let Ok(rd) = std::fs::read_dir(&dir) else {
        return out;
    };
    for e in rd.flatten() {
        let p = e.path().join("source.html");
        if let Ok(b) = std::fs::read(&p) {
            out.push((e.file_name().to_string_lossy().into_owned(), b));
        }
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

/// Three pages by size: the one nearest 20 KB ("small"), the median ("typical")
/// and the one nearest 1 MB ("1MB").
pub fn picked_pages() -> Vec<(&'static str, String, Vec<u8>)> {
    let mut pages = corpus_pages();
    if pages.is_empty() {
        eprintln!("skipped: ../shared/corpus/readability is absent (the page benches need it)");
        return Vec::new();
    }
    pages.sort_by_key(|p| p.1.len());
    let nearest = |target: usize| {
        pages
            .iter()
            .min_by_key(|p| p.1.len().abs_diff(target))
            .cloned()
            .unwrap_or_default()
    };
    let median = pages[pages.len() / 2].clone();
    let (s, t, l) = (nearest(20_000), median, nearest(1_000_000));
    vec![("small", s.0, s.1), ("typical", t.0, t.1), ("1MB", l.0, l.1)]
}
