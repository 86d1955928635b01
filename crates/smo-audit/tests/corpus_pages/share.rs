//! Share facts on real pages (moved from the unit tests of
//! `src/facts/share/tests.rs`).

use smo_audit::catalog::ServiceKind;

use crate::corpus;

/// Every corpus page goes through without a panic, and the finds checked by
/// hand (docs/corpus-share.md) stay found.
#[test]
fn corpus_pages_hand_checked() {
    let mut n = 0;
    if !corpus::each_facts("share corpus", |_, _| n += 1) {
        return;
    }
    assert!(n > 0);
    let dir = corpus::dir();
    let page = |name: &str| {
        let b = std::fs::read(dir.join(name).join("source.html")).expect("page");
        smo_audit::facts_for(&b, &Default::default())
            .expect("facts")
            .share
    };
    let s = page("la-nacion");
    let nets = s.networks();
    assert!(
        nets.contains("facebook") && nets.contains("x") && nets.contains("whatsapp"),
        "{nets:?}"
    );
    let s = page("cnn");
    assert!(s.services.iter().any(|x| x.id == "sharethis"));
    assert!(s
        .services
        .iter()
        .any(|x| x.id == "stumbleupon" && x.kind == ServiceKind::Dead));
    let s = page("breitbart");
    assert!(s.services.iter().any(|x| x.id == "addthis"));
    assert!(s.services.iter().any(|x| x.id == "disqus"));
    let s = page("social-buttons");
    assert!(
        !s.services.iter().any(|x| x.id == "jetpack-sharing"),
        "Jetpack Likes is not sharing"
    );
    let s = page("aclu");
    let nets = s.networks();
    // The Facebook button is a versioned feed dialog (`facebook.com/v2.7/dialog/feed`).
    assert_eq!(
        nets.into_iter().collect::<Vec<_>>(),
        vec!["email", "facebook", "reddit", "x"]
    );
}
