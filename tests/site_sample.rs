//! The site checks on the sample site pin its planted defects (examples/site/README.md).

use std::path::Path;

use smo_audit::{audit_site, Options, SiteInput, SitePage, Status};

fn load(dir: &Path, root: &Path, input: &mut SiteInput) {
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            load(&p, root, input);
            continue;
        }
        let rel = p.strip_prefix(root).unwrap().to_string_lossy().replace('\\', "/");
        let bytes = std::fs::read(&p).unwrap();
        if rel.ends_with(".html") {
            input.pages.push(SitePage {
                path: rel,
                url: None,
                html: bytes,
            });
        } else {
            input.files.insert(rel, bytes);
        }
    }
}

#[test]
fn sample_site_defects_are_found() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/site");
    let mut input = SiteInput {
        base_url: Some("https://example.com".into()),
        ..Default::default()
    };
    load(&root, &root, &mut input);
    assert!(input.pages.len() >= 8);
    let r = audit_site(&input, &Options::default()).unwrap();
    let c = |id: &str| r.site.checks.iter().find(|c| c.id == id).unwrap().clone();
    let ev = |id: &str| serde_json::to_string(&c(id).evidence).unwrap();

    assert_eq!(c("broken-links").status, Status::Fail);
    assert_eq!(c("broken-links").details["broken"], 1);
    assert!(ev("broken-links").contains("ornek-aylik-rapor.html"));

    assert_eq!(c("orphan-pages").status, Status::Warn);
    assert_eq!(
        c("orphan-pages").details["pages"],
        serde_json::json!(["kampanya-ilkbahar.html"])
    );

    let og = c("og-image-files");
    assert_eq!(og.status, Status::Fail);
    assert_eq!(og.details["failed"], 2, "150×150 logo and a missing file");
    assert_eq!(og.details["small"], 1, "the 600×315 image");
    assert!(ev("og-image-files").contains("150×150") && ev("og-image-files").contains("kampanya-2019.jpg"));

    assert_eq!(c("robots-social").status, Status::Pass);
    assert_eq!(c("sitemap").status, Status::Pass);
    assert_eq!(c("profile-consistency").status, Status::Pass);
    assert!(r.site.score.unwrap() < 100);
}
