//! Site mode over the real pages of the shared corpus: every page audited as one
//! site, no panic, every site check answers, links resolve without errors.

use std::path::Path;

use smo_audit::{audit_site, Options, SiteInput, SitePage, Status};

#[test]
fn corpus_as_one_site() {
    let dir = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../..")).join("../shared/corpus/readability");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("skipped: the corpus folder {} is absent", dir.display());
        return;
    };
    let mut input = SiteInput {
        base_url: Some("https://corpus.example/".into()),
        ..Default::default()
    };
    let mut names: Vec<_> = entries.filter_map(|e| e.ok()).map(|e| e.path()).collect();
    names.sort();
    for p in names {
        if let Ok(html) = std::fs::read(p.join("source.html")) {
            let name = p.file_name().unwrap().to_string_lossy().to_string();
            input.pages.push(SitePage {
                path: format!("{}/index.html", name),
                url: None,
                html,
            });
        }
    }
    assert!(input.pages.len() > 50, "corpus has pages");
    input
        .files
        .insert("robots.txt".into(), b"User-agent: *\nDisallow: /\n".to_vec());
    let r = audit_site(&input, &Options::default()).expect("site audit");
    assert_eq!(r.pages.len(), input.pages.len());
    assert_eq!(r.site.checks.len(), 8);
    let robots = r.site.checks.iter().find(|c| c.id == "robots-social").unwrap();
    assert_eq!(robots.status, Status::Fail, "Disallow: / blocks the preview bots");
    assert!(r.score <= 100);
    // Every corpus page is its own folder and nothing links between them: orphans.
    let orphans = r.site.checks.iter().find(|c| c.id == "orphan-pages").unwrap();
    assert_eq!(orphans.status, Status::Warn);
}
