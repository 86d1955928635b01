//! The site checks on the sample site pin its planted defects (examples/site/README.md).

use std::path::Path;

use smo_audit::{audit_site, Options, Status};

mod common;

#[test]
fn sample_site_defects_are_found() {
    let root = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../..")).join("examples/site");
    let input = common::site_input(&root, Some("https://example.com"), None);
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
