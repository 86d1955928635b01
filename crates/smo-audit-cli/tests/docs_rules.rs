//! docs/rules.md is generated from the checks' own metadata (one source): it must
//! match `smo-audit rules --format markdown`.

#[test]
fn rules_reference_is_current() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_smo-audit"))
        .args(["rules", "--format", "markdown"])
        .output()
        .expect("runs");
    assert!(out.status.success());
    let generated = String::from_utf8(out.stdout).unwrap();
    let committed = std::fs::read_to_string(concat!(
        concat!(env!("CARGO_MANIFEST_DIR"), "/../.."),
        "/docs/rules.md"
    ))
    .unwrap();
    assert!(
        generated == committed,
        "docs/rules.md is out of date: run `cargo run -- rules --format markdown > docs/rules.md`"
    );
    // Every check of the contract is documented.
    for id in [
        "share-buttons",
        "og-image",
        "url-keywords",
        "nav-related",
        "readability-score",
        "comments",
        "analytics",
        "profile-handle",
        "robots-social",
    ] {
        assert!(committed.contains(&format!("### {}", id)), "{} missing", id);
    }
}
