//! Whole-page fixtures for the `navigation` category: a page with good
//! navigation and a dead-end page, with every check's status pinned.

use smo_audit::{Options, Report, Status};

fn audit(name: &str) -> Report {
    let path = format!(
        "{}/tests/fixtures/{}",
        concat!(env!("CARGO_MANIFEST_DIR"), "/../.."),
        name
    );
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let opts = Options {
        url: Some("https://example.com/guides/open-graph-tags/".into()),
        ..Default::default()
    };
    smo_audit::audit(&bytes, &opts).expect("audit")
}

fn status(r: &Report, id: &str) -> Status {
    r.check(id).unwrap_or_else(|| panic!("check {id} missing")).status
}

const IDS: [&str; 11] = [
    "nav-menu",
    "nav-breadcrumbs",
    "nav-related",
    "nav-search",
    "internal-links",
    "link-text",
    "crawlable-anchors",
    "broken-fragments",
    "viewport",
    "page-weight",
    "internal-new-tab",
];

#[test]
fn good_navigation_passes_everything() {
    let r = audit("nav-good.html");
    for id in IDS {
        assert_eq!(
            status(&r, id),
            Status::Pass,
            "{id}: {}",
            r.check(id).map(|c| c.message.as_str()).unwrap_or("")
        );
    }
    let nav = r
        .categories
        .iter()
        .find(|c| c.id == "navigation")
        .expect("navigation category");
    assert_eq!(nav.score, Some(100));
    let internal = &r.check("internal-links").expect("internal-links").details["internalLinks"];
    assert_eq!(
        internal, 3,
        "three guide links in the article; the #images jump is the page itself"
    );
}

#[test]
fn dead_end_page_statuses_are_pinned() {
    let r = audit("nav-dead-end.html");
    let expected = [
        ("nav-menu", Status::Fail),
        ("nav-breadcrumbs", Status::Warn),
        ("nav-related", Status::Warn),
        ("nav-search", Status::Warn),
        ("internal-links", Status::Warn),
        ("link-text", Status::Warn),
        ("crawlable-anchors", Status::Warn),
        ("broken-fragments", Status::Warn),
        ("viewport", Status::Warn),
        ("page-weight", Status::Warn),
        ("internal-new-tab", Status::Warn),
    ];
    for (id, st) in expected {
        assert_eq!(
            status(&r, id),
            st,
            "{id}: {}",
            r.check(id).map(|c| c.message.as_str()).unwrap_or("")
        );
    }
    // The only internal link in the text is the shop link; the main content is the post.
    let il = r.check("internal-links").expect("internal-links");
    assert_eq!(il.details["internalLinks"], 1);
    let sel = il.details["mainSelector"].as_str().unwrap_or("");
    assert!(
        sel.ends_with("div.post:nth-of-type(2)"),
        "scored main content is the post: {sel}"
    );
    let lt = r.check("link-text").expect("link-text");
    assert_eq!(
        lt.details["count"], 1,
        "only the real link counts; the javascript: one is a crawlable-anchors problem"
    );
}

#[test]
fn turkish_messages_are_used() {
    let path = format!(
        "{}/tests/fixtures/nav-dead-end.html",
        concat!(env!("CARGO_MANIFEST_DIR"), "/../..")
    );
    let bytes = std::fs::read(path).expect("fixture");
    let opts = Options {
        locale: smo_audit::Locale::Tr,
        ..Default::default()
    };
    let r = smo_audit::audit(&bytes, &opts).expect("audit");
    let m = &r.check("nav-menu").expect("nav-menu").message;
    assert!(m.contains("menü"), "{m}");
}
