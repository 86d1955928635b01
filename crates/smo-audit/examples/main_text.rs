//! The main text of HTML pages, for `scripts/eval-main`: reads the files given
//! as arguments and prints one JSON object, `{path: {"text", "headline", "method", "selector", "ms"}}`,
//! where `ms` is the time of the facts pass (decode, parse, extract).
//!
//! `cargo run --release -p smo-audit --example main_text -- a.html b.html`

use std::time::Instant;

fn main() {
    let opts = smo_audit::Options {
        include_text: true,
        ..Default::default()
    };
    let mut out = serde_json::Map::new();
    for path in std::env::args().skip(1) {
        let bytes = match std::fs::read(&path) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("{path}: {e}");
                std::process::exit(2);
            }
        };
        let t = Instant::now();
        let facts = smo_audit::facts_for(&bytes, &opts);
        let ms = t.elapsed().as_secs_f64() * 1000.0;
        let v = match facts {
            Ok(f) => serde_json::json!({
                "text": f.main.text(),
                "headline": f.main.headline,
                "method": f.main.main_method,
                "selector": f.main.main_selector,
                "ms": ms,
            }),
            Err(e) => {
                eprintln!("{path}: {e}");
                serde_json::json!({ "text": "", "ms": ms })
            }
        };
        out.insert(path, v);
    }
    println!("{}", serde_json::Value::Object(out));
}
