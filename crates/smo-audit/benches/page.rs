//! One page: the whole audit against parsing alone, on a small, a typical and a
//! ~1 MB real page from ../shared/corpus/readability (picked by size at run time).
//!
//! `cargo bench --bench page` — the group `page/<size>` holds
//! `parse-scraper` (plain `scraper::Html::parse_document`), `parse-doc`
//! (`smo_audit::dom::Doc::parse`, the audit's one parse with source lines),
//! `facts` (decode + parse + facts) and `audit` (the whole pipeline to a Report)
//! and `audit+json` (plus serializing the report).

mod common;

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use smo_audit::Options;

fn page(c: &mut Criterion) {
    let opts = Options {
        url: Some("https://example.com/blog/some-article-title".into()),
        ..Default::default()
    };
    for (label, name, bytes) in common::picked_pages() {
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let mut g = c.benchmark_group(format!("page/{}", label));
        g.throughput(Throughput::Bytes(bytes.len() as u64));
        if bytes.len() > 500_000 {
            g.sample_size(20).measurement_time(Duration::from_secs(8));
        }
        eprintln!("page/{}: {} ({} bytes)", label, name, bytes.len());
        g.bench_function("parse-scraper", |b| {
            b.iter(|| scraper::Html::parse_document(black_box(&text)))
        });
        g.bench_function("parse-doc", |b| {
            b.iter(|| smo_audit::dom::Doc::parse(black_box(&text)))
        });
        g.bench_function("facts", |b| {
            b.iter(|| smo_audit::facts_for(black_box(&bytes), &opts))
        });
        g.bench_function("audit", |b| b.iter(|| smo_audit::audit(black_box(&bytes), &opts)));
        g.bench_function("audit+json", |b| {
            b.iter(|| {
                smo_audit::audit(black_box(&bytes), &opts)
                    .map(|r| serde_json::to_string(&r).map(|s| s.len()).unwrap_or(0))
            })
        });
        g.finish();
    }
}

criterion_group!(benches, page);
criterion_main!(benches);
