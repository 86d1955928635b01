//! A plain loop for profilers (callgrind, perf): audit or parse one file N times.
//!
//! ```text
//! cargo bench --no-run --bench profile
//! valgrind --tool=callgrind target/release/deps/profile-* -- FILE [N] [audit|parse|facts]
//! ```
//!
//! With no FILE it uses the median-size page of ../shared/corpus/readability.

mod common;

use std::hint::black_box;

fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a != "--bench" && a != "--")
        .collect();
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
