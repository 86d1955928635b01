//! Print the networks, profiles and services found on every page of the
//! readability corpus, as a Markdown table:
//!
//!     cargo run --example corpus_share [CORPUS_DIR] > docs/corpus-share.md
//!
//! CORPUS_DIR defaults to ../shared/corpus/readability.

use std::path::PathBuf;

fn main() {
    let dir = std::env::args()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("../shared/corpus/readability"));
    let Ok(rd) = std::fs::read_dir(&dir) else {
        eprintln!(
            "corpus folder {} not found; pass its path as the first argument",
            dir.display()
        );
        std::process::exit(2);
    };
    let mut pages: Vec<PathBuf> = rd
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.join("source.html").is_file())
        .collect();
    pages.sort();
    println!("| page | share networks (via) | profiles | services |");
    println!("| --- | --- | --- | --- |");
    let (mut with_share, mut with_prof, mut with_svc) = (0, 0, 0);
    for p in &pages {
        let Ok(bytes) = std::fs::read(p.join("source.html")) else {
            continue;
        };
        let Ok(f) = smo_audit::facts_for(&bytes, &Default::default()) else {
            continue;
        };
        let s = &f.share;
        let nets: Vec<String> = s
            .share_networks
            .iter()
            .map(|n| format!("{} ({})", n.network, n.via))
            .collect();
        let profs: Vec<String> = s
            .profiles
            .iter()
            .map(|x| format!("{}:{}", x.network, x.handle))
            .collect();
        let svcs: Vec<String> = s
            .services
            .iter()
            .map(|x| format!("{} [{}]", x.id, x.kind.as_str()))
            .collect();
        with_share += usize::from(!nets.is_empty());
        with_prof += usize::from(!profs.is_empty());
        with_svc += usize::from(!svcs.is_empty());
        let cell = |v: &[String]| {
            if v.is_empty() {
                "—".to_string()
            } else {
                v.join(", ").replace('|', "\\|")
            }
        };
        println!(
            "| {} | {} | {} | {} |",
            p.file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            cell(&nets),
            cell(&profs),
            cell(&svcs)
        );
    }
    eprintln!(
        "{} pages: {} with share controls, {} with profiles, {} with services",
        pages.len(),
        with_share,
        with_prof,
        with_svc
    );
}
