//! The CLI's URL-only social profile audit: `smo-audit --kind profile --url PROFILE-URL`.

use std::process::Command;

fn run(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_smo-audit"))
        .args(args)
        .output()
        .expect("runs")
}

#[test]
fn url_only_profile_audit() {
    let out = run(&[
        "--kind",
        "profile",
        "--url",
        "https://www.facebook.com/profile.php?id=1000123",
        "--format",
        "json",
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["kind"], "profile");
    let checks: Vec<&serde_json::Value> = v["categories"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|c| c["checks"].as_array().unwrap())
        .collect();
    let handle = checks.iter().find(|c| c["id"] == "profile-handle").unwrap();
    assert_eq!(handle["status"], "fail");
    // Everything that needs the page skips and says what to give.
    let bio = checks.iter().find(|c| c["id"] == "profile-bio").unwrap();
    assert_eq!(bio["status"], "skip");

    // A known profile address works without --kind; a readable handle
    // passes; the audit is partial (not scored, no suggested head) and a score
    // gate says it cannot judge it.
    let out = run(&["--url", "https://x.com/acme_shop", "--format", "json"]);
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(v["partial"].as_str().unwrap().contains("saved profile page"));
    assert!(v["facts"].get("suggestedHead").is_none());
    let out = run(&["--url", "https://x.com/acme_shop", "--min-score", "50"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("partial audit"));
    assert!(String::from_utf8_lossy(&out.stdout).contains("Score –"));
}

#[test]
fn url_only_needs_a_profile_address() {
    let out = run(&["--url", "https://example.com/blog/post"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--kind profile --url"));
    let out = run(&[]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn text_output_shows_the_profile_card() {
    let fixture = concat!(
        concat!(env!("CARGO_MANIFEST_DIR"), "/../.."),
        "/tests/fixtures/profiles/x-good.html"
    );
    let out = run(&[fixture, "--url", "https://x.com/acme"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Profile"), "{}", text);
    assert!(text.contains("handle     acme (vanity)"), "{}", text);
}
