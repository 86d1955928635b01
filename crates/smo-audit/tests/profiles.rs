//! Profile fixtures: for every platform in the catalogue, a profile page as the
//! platform serves it to link-preview bots (its Open Graph output), good and
//! bad. Pins the status of every profile check, the extracted facts, and the
//! URL-only profile audit.

use smo_audit::{audit, audit_profile_url, Locale, Options, PageKind, Report, Status};

const CHECKS: [&str; 5] = [
    "profile-handle",
    "profile-name",
    "profile-bio",
    "profile-website",
    "profile-avatar",
];

/// (fixture, --url given or "", expected statuses in CHECKS order: p/w/f/s)
const CASES: &[(&str, &str, &str)] = &[
    ("facebook-good", "", "ppppp"),
    ("facebook-bad", "", "fpffw"),
    ("instagram-good", "", "ppppp"),
    ("instagram-bad", "", "wwwfp"),
    ("x-good", "", "ppppp"),
    ("x-bad", "", "wpwfw"),
    ("linkedin-in-good", "", "ppppp"),
    ("linkedin-in-bad", "", "fpffw"),
    ("linkedin-company-good", "", "ppppp"),
    ("linkedin-company-bad", "", "fpffp"),
    ("youtube-good", "https://www.youtube.com/@acmecoffee", "ppppp"),
    ("youtube-bad", "", "fpffp"),
    ("tiktok-good", "", "ppppp"),
    ("tiktok-bad", "", "fwffw"),
    ("pinterest-good", "", "ppppp"),
    ("pinterest-bad", "", "wwffp"),
    ("telegram-good", "https://t.me/acmecoffee", "ppppp"),
    ("telegram-bad", "https://t.me/acm", "wpffw"),
    ("vk-good", "", "ppppp"),
    ("vk-bad", "", "fpfpw"),
    ("github-good", "", "ppppp"),
    ("github-bad", "", "wpffp"),
    ("threads-good", "", "ppppp"),
    ("threads-bad", "", "wpffp"),
    ("bluesky-good", "", "ppppp"),
    ("bluesky-bad", "", "fpffw"),
    ("mastodon-good", "", "ppppp"),
    ("mastodon-bad", "", "wpffw"),
];

fn letter(s: Status) -> char {
    match s {
        Status::Pass => 'p',
        Status::Warn => 'w',
        Status::Fail => 'f',
        Status::Skip => 's',
    }
}

fn run(name: &str, url: &str, locale: Locale) -> Report {
    let path = format!(
        "{}/tests/fixtures/profiles/{}.html",
        concat!(env!("CARGO_MANIFEST_DIR"), "/../.."),
        name
    );
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let opts = Options {
        url: (!url.is_empty()).then(|| url.to_string()),
        locale,
        ..Default::default()
    };
    audit(&bytes, &opts).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn statuses(r: &Report) -> String {
    CHECKS
        .iter()
        .map(|id| r.check(id).map(|c| letter(c.status)).unwrap_or('-'))
        .collect()
}

#[test]
fn every_platform_has_good_and_bad_fixtures() {
    for id in smo_audit::catalog::platforms::ids() {
        for side in ["good", "bad"] {
            let name = format!("{id}-{side}");
            assert!(CASES.iter().any(|c| c.0 == name), "no fixture case for {name}");
        }
    }
}

#[test]
fn fixture_statuses_are_pinned() {
    let mut wrong = Vec::new();
    for (name, url, want) in CASES {
        let r = run(name, url, Locale::En);
        assert_eq!(r.kind, PageKind::Profile, "{name}: kind");
        let got = statuses(&r);
        if got != *want {
            let msgs: Vec<String> = CHECKS
                .iter()
                .filter_map(|id| {
                    r.check(id)
                        .map(|c| format!("  {id}: {:?} {}", c.status, c.message))
                })
                .collect();
            wrong.push(format!("{name}: want {want}, got {got}\n{}", msgs.join("\n")));
        }
        // On profile pages only profile, opengraph and urls are scored.
        let cats: Vec<&str> = r.categories.iter().map(|c| &*c.id).collect();
        assert_eq!(cats, ["profile", "opengraph", "urls"], "{name}");
        assert_eq!(r.categories[0].weight, 60);
    }
    assert!(wrong.is_empty(), "\n{}", wrong.join("\n"));
}

/// (fixture, url, platform, handle, display name, followers)
type FactsCase = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    Option<u64>,
);

#[test]
fn good_profiles_yield_clean_facts() {
    let want: &[FactsCase] = &[
        (
            "facebook-good",
            "",
            "facebook",
            "acmecoffeeroasters",
            "Acme Coffee Roasters",
            None,
        ),
        (
            "instagram-good",
            "",
            "instagram",
            "acmecoffee",
            "Acme Coffee",
            Some(12_500),
        ),
        ("x-good", "", "x", "acmecoffee", "Acme Coffee", Some(8_312)),
        (
            "linkedin-in-good",
            "",
            "linkedin-in",
            "elifyilmaz",
            "Elif Yılmaz",
            Some(500),
        ),
        (
            "linkedin-company-good",
            "",
            "linkedin-company",
            "acme-coffee",
            "Acme Coffee",
            Some(4_210),
        ),
        (
            "youtube-good",
            "https://www.youtube.com/@acmecoffee",
            "youtube",
            "acmecoffee",
            "Acme Coffee",
            None,
        ),
        (
            "tiktok-good",
            "",
            "tiktok",
            "acmecoffee",
            "Acme Coffee",
            Some(84_300),
        ),
        (
            "pinterest-good",
            "",
            "pinterest",
            "acmecoffee",
            "Acme Coffee",
            Some(2_140),
        ),
        (
            "telegram-good",
            "https://t.me/acmecoffee",
            "telegram",
            "acmecoffee",
            "Acme Coffee",
            Some(3_412),
        ),
        ("vk-good", "", "vk", "acmecoffee", "Acme Coffee", None),
        (
            "github-good",
            "",
            "github",
            "acmecoffee",
            "Acme Coffee",
            Some(1_200),
        ),
        (
            "threads-good",
            "",
            "threads",
            "acmecoffee",
            "Acme Coffee",
            Some(4_812),
        ),
        (
            "bluesky-good",
            "",
            "bluesky",
            "acmecoffee.com",
            "Acme Coffee",
            None,
        ),
        (
            "mastodon-good",
            "",
            "mastodon",
            "acmecoffee@mastodon.social",
            "Acme Coffee",
            Some(3_100),
        ),
    ];
    for (name, url, platform, handle, display, followers) in want {
        let r = run(name, url, Locale::En);
        let p = &r.facts["profile"];
        assert_eq!(p["platform"], *platform, "{name}");
        assert_eq!(p["handle"], *handle, "{name}");
        assert_eq!(p["handleKind"], "vanity", "{name}");
        assert_eq!(p["displayName"], *display, "{name}");
        assert_eq!(
            p["followers"]["value"].as_u64(),
            *followers,
            "{name}: {}",
            p["followers"]
        );
        let bio = p["bio"].as_str().unwrap_or_default();
        assert!(!bio.is_empty(), "{name}: bio");
        for junk in [
            "Followers",
            "See Instagram",
            "Watch the latest",
            "on LinkedIn",
            "(@",
        ] {
            assert!(!bio.contains(junk), "{name}: bio keeps {junk:?}: {bio}");
        }
        let sites = p["websites"].as_array().cloned().unwrap_or_default();
        assert!(
            sites.iter().any(|w| w["kind"] == "site"),
            "{name}: websites {sites:?}"
        );
        assert!(
            p["avatar"].as_str().is_some_and(|a| a.starts_with("https://")),
            "{name}"
        );
    }
}

#[test]
fn turkish_messages() {
    let r = run("facebook-bad", "", Locale::Tr);
    let h = r.check("profile-handle").expect("handle");
    assert!(h.message.contains("sayısal"), "{}", h.message);
    let w = r.check("profile-website").expect("website");
    assert!(w.message.contains("web sitesine"), "{}", w.message);
    assert!(r
        .check("profile-bio")
        .expect("bio")
        .message
        .contains("bulunamadı"));
}

#[test]
fn url_only_audits() {
    // (profile URL, expected profile-handle status)
    let cases: &[(&str, Status)] = &[
        ("https://www.facebook.com/acmecoffeeroasters", Status::Pass),
        (
            "https://www.facebook.com/profile.php?id=100064123456789",
            Status::Fail,
        ),
        ("https://www.instagram.com/acmecoffee/", Status::Pass),
        ("https://x.com/acmecoffee", Status::Pass),
        ("https://twitter.com/AcmeCoffeeRoastersIst", Status::Warn),
        ("https://www.linkedin.com/in/elifyilmaz/", Status::Pass),
        ("https://www.linkedin.com/in/elif-yilmaz-4b3a2c1b5", Status::Fail),
        ("https://www.linkedin.com/company/acme-coffee/", Status::Pass),
        ("https://www.linkedin.com/company/80412345/", Status::Fail),
        ("https://www.youtube.com/@acmecoffee", Status::Pass),
        (
            "https://www.youtube.com/channel/UCq3Ci-h945sbEYXpVlw7rJg",
            Status::Fail,
        ),
        ("https://www.tiktok.com/@acmecoffee", Status::Pass),
        ("https://www.tiktok.com/@user83920174", Status::Fail),
        ("https://www.pinterest.com/acmecoffee/", Status::Pass),
        ("https://t.me/acmecoffee", Status::Pass),
        ("https://t.me/acm", Status::Warn),
        ("https://vk.com/acmecoffee", Status::Pass),
        ("https://vk.com/id123456", Status::Fail),
        ("https://github.com/acmecoffee", Status::Pass),
        ("https://www.threads.net/@acmecoffee", Status::Pass),
        ("https://bsky.app/profile/acmecoffee.com", Status::Pass),
        (
            "https://bsky.app/profile/did:plc:z72i7hdynmk6r22z27h6tvur",
            Status::Fail,
        ),
        ("https://mastodon.social/@acmecoffee", Status::Pass),
    ];
    for (url, want) in cases {
        let r = audit_profile_url(url, &Options::default()).unwrap_or_else(|e| panic!("{url}: {e}"));
        assert_eq!(r.kind, PageKind::Profile);
        let h = r.check("profile-handle").expect("profile-handle");
        assert_eq!(h.status, *want, "{url}: {}", h.message);
        for c in r.checks().filter(|c| c.id != "profile-handle") {
            assert_eq!(c.status, Status::Skip, "{url}: {}", c.id);
        }
        assert_eq!(r.facts["profile"]["source"], "url");
        let expect_score = match want {
            Status::Pass => 100,
            Status::Warn => 50,
            _ => 0,
        };
        assert_eq!(r.score, expect_score, "{url}");
    }
    let tr = audit_profile_url(
        "https://x.com/acmecoffee",
        &Options {
            locale: Locale::Tr,
            ..Default::default()
        },
    )
    .expect("tr");
    assert!(tr
        .check("profile-bio")
        .expect("bio")
        .message
        .contains("profil sayfasını kaydedin"));
    assert!(audit_profile_url("https://example.com/about-us", &Options::default()).is_err());
}

/// Every real page of ../shared/corpus/readability, audited as a profile page
/// (forced kind, a profile URL): profile extraction never panics, the profile
/// checks always say something, and extracted texts stay bounded.
#[test]
fn corpus_pages_as_profiles() {
    let dir = std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
        .join("../shared/corpus/readability");
    if !dir.is_dir() {
        eprintln!("skipped: ../shared/corpus/readability is absent");
        return;
    }
    let mut pages: Vec<_> = std::fs::read_dir(&dir)
        .expect("corpus dir")
        .flatten()
        .map(|e| e.path().join("source.html"))
        .filter(|p| p.is_file())
        .collect();
    pages.sort();
    let urls = [
        "https://x.com/acme",
        "https://www.youtube.com/channel/UCq3Ci-h945sbEYXpVlw7rJg",
    ];
    let (mut audited, mut with_name, mut with_bio) = (0, 0, 0);
    for (i, path) in pages.iter().enumerate() {
        let bytes = std::fs::read(path).expect("read");
        let opts = Options {
            url: Some(urls[i % 2].to_string()),
            kind: Some(PageKind::Profile),
            ..Default::default()
        };
        let r = audit(&bytes, &opts).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        for id in CHECKS {
            let c = r
                .check(id)
                .unwrap_or_else(|| panic!("{}: no {id}", path.display()));
            assert!(!c.message.is_empty(), "{}: {id}", path.display());
        }
        let p = &r.facts["profile"];
        if p["displayName"].is_string() {
            with_name += 1;
        }
        if let Some(b) = p["bio"].as_str() {
            with_bio += 1;
            assert!(b.chars().count() <= 2000, "{}: bio unbounded", path.display());
        }
        assert!(p["websites"].as_array().is_some_and(|w| w.len() <= 20));
        audited += 1;
    }
    assert!(audited >= 100, "only {audited} corpus pages");
    eprintln!("{audited} corpus pages as profiles: {with_name} with a name, {with_bio} with a bio");
}
