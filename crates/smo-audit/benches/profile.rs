//! A plain loop for profilers (callgrind, perf): audit or parse one file N times.
//!
//! ```text
//! cargo bench --no-run --bench profile
//! valgrind --tool=callgrind target/release/deps/profile-* -- FILE [N] [audit|parse|facts]
//! ```
//!
//! With no FILE it uses the median-size page of ../shared/corpus/readability.
//!
//! `profile -- corpus [REPS]` instead times every corpus page (best of REPS, default 5)
//! with plain `scraper::Html::parse_document`, `Doc::parse` and the whole `audit`,
//! and prints the audit / parse ratios over the corpus.

mod common;

use std::hint::black_box;

fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a != "--bench" && a != "--")
        .collect();
    if args.first().map(String::as_str) == Some("corpus") {
        corpus(args.get(1).and_then(|s| s.parse().ok()).unwrap_or(5));
        return;
    }
    let bytes = match args.first() {
        Some(f) => match std::fs::read(f) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("cannot read {}: {}", f, e);
                std::process::exit(2);
            }
        },
        None => match common::picked_pages().into_iter().find(|p| p.0 == "typical") {
            Some(p) => p.2,
            None => return,
        },
    };
    let n: usize = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(20);
    let mode = args.get(2).map(String::as_str).unwrap_or("audit");
    let opts = smo_audit::Options {
        url: Some("https://example.com/blog/some-article-title".into()),
        ..Default::default()
    };
    let text = String::from_utf8_lossy(&bytes).into_owned();
    let start = std::time::Instant::now();
    for _ in 0..n {
        match mode {
            "parse" => {
                black_box(smo_audit::dom::Doc::parse(black_box(&text)));
            }
            "facts" => {
                black_box(smo_audit::facts_for(black_box(&bytes), &opts).ok());
            }
            _ => {
                black_box(smo_audit::audit(black_box(&bytes), &opts).ok());
            }
        }
    }
    eprintln!(
        "{} x {} of {} bytes: {:.3} ms each",
        n,
        mode,
        bytes.len(),
        start.elapsed().as_secs_f64() * 1000.0 / n as f64
    );
}

fn best_of(reps: usize, mut f: impl FnMut()) -> f64 {
    let mut best = f64::MAX;
    for _ in 0..reps.max(1) {
        let t = std::time::Instant::now();
        f();
        best = best.min(t.elapsed().as_secs_f64());
    }
    best
}

fn corpus(reps: usize) {
    let pages = common::corpus_pages();
    if pages.is_empty() {
        eprintln!("skipped: ../shared/corpus/readability is absent");
        return;
    }
    let opts = smo_audit::Options {
        url: Some("https://example.com/blog/some-article-title".into()),
        ..Default::default()
    };
    let (mut t_scraper, mut t_doc, mut t_audit, mut bytes_total) = (0.0, 0.0, 0.0, 0usize);
    let mut ratios = Vec::new();
    let mut worst = Vec::new();
    for (name, bytes) in &pages {
        let text = String::from_utf8_lossy(bytes).into_owned();
        let s = best_of(reps, || {
            black_box(scraper::Html::parse_document(black_box(&text)));
        });
        let d = best_of(reps, || {
            black_box(smo_audit::dom::Doc::parse(black_box(&text)));
        });
        let a = best_of(reps, || {
            black_box(smo_audit::audit(black_box(bytes), &opts).ok());
        });
        t_scraper += s;
        t_doc += d;
        t_audit += a;
        bytes_total += bytes.len();
        ratios.push(a / s);
        worst.push((a / s, name.as_str(), bytes.len(), a * 1e3));
    }
    ratios.sort_by(|a, b| a.total_cmp(b));
    let n = pages.len();
    println!(
        "{} pages, {:.1} MB, best of {} runs each",
        n,
        bytes_total as f64 / 1e6,
        reps
    );
    println!(
        "total: scraper parse {:.1} ms, Doc::parse {:.1} ms, audit {:.1} ms ({:.1} MB/s)",
        t_scraper * 1e3,
        t_doc * 1e3,
        t_audit * 1e3,
        bytes_total as f64 / 1e6 / t_audit
    );
    println!(
        "audit / scraper parse: {:.2}x over the corpus; per page median {:.2}x, p90 {:.2}x, max {:.2}x",
        t_audit / t_scraper,
        ratios[n / 2],
        ratios[(n * 9 / 10).min(n - 1)],
        ratios[n - 1]
    );
    println!("audit / Doc::parse: {:.2}x over the corpus", t_audit / t_doc);
    worst.sort_by(|a, b| b.0.total_cmp(&a.0));
    for (r, name, len, ms) in worst.iter().take(5) {
        println!(
            "  highest ratio: {} ({} bytes): {:.2}x, audit {:.2} ms",
            name, len, r, ms
        );
    }
}
