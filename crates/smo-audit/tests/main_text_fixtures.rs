//! Main text on hand-made pages (`tests/fixtures/main-text/`), one per way a
//! detector loses the article or keeps boilerplate: a class token read as a region
//! (`modal-enabled`, `layout-right-sidebar`, `share` among `entry themeform share`,
//! `commentary`, AEM's `cmp-text`), a page-wide ASP.NET `<form>`, an unclosed
//! `<header>`, and "related" / "most popular" / paywall blocks in ten languages.
//! The article must be kept whole, without headline, byline or photo credit, and
//! the boilerplate left out.

use smo_audit::Options;

const HEADLINE: &str = "How the Harbour Lamp Was Rebuilt";
/// A phrase of each article paragraph.
const ARTICLE: &[&str] = &[
    "stood dark for eleven winters",
    "a retired glassmaker offered",
    "Each pane took nine days",
    "the oldest skipper rang the chapel bell",
    "A lens made by hand",
];

fn facts_of(html: &str) -> smo_audit::Facts {
    smo_audit::facts_for(html.as_bytes(), &Options::default()).expect("facts")
}

fn fixture(name: &str) -> String {
    let path = format!(
        "{}/../../tests/fixtures/main-text/{}",
        env!("CARGO_MANIFEST_DIR"),
        name
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The article is there, whole; the headline is a fact, and neither it, the
/// byline nor the photo credit is in the text; none of `absent` either.
fn assert_article(name: &str, absent: &[&str]) {
    let f = facts_of(&fixture(name));
    let text = f.main.text();
    for a in ARTICLE {
        assert!(text.contains(a), "{name}: lost {a:?}; text: {text:?}");
    }
    assert_eq!(f.main.headline.as_deref(), Some(HEADLINE), "{name}");
    for b in [HEADLINE, "Mira Okafor", "Town Archive"].iter().chain(absent) {
        assert!(!text.contains(b), "{name}: kept {b:?}; text: {text:?}");
    }
}

#[test]
fn a_state_class_on_the_wrapper_keeps_the_article() {
    assert_article("modal-enabled.html", &["Sign up for our weekly letter", "Home"]);
}

#[test]
fn a_layout_class_naming_a_sidebar_keeps_the_article() {
    assert_article("layout-right-sidebar.html", &["Our town paper since 1921"]);
}

#[test]
fn share_as_one_token_among_content_tokens_keeps_the_article() {
    assert_article("share-token.html", &["Share on Facebook"]);
}

#[test]
fn commentary_is_not_comments() {
    assert_article("commentary.html", &["my grandfather", "open days"]);
}

#[test]
fn aem_cmp_text_is_not_a_consent_banner() {
    assert_article("aem-cmp-text.html", &["We use cookies", "Accept all"]);
}

#[test]
fn a_page_wide_form_keeps_the_article() {
    assert_article("aspnet-form.html", &["Sport", "all rights reserved"]);
}

#[test]
fn an_unclosed_header_keeps_the_article() {
    assert_article("unclosed-header.html", &["all rights reserved"]);
}

#[test]
fn related_popular_and_paywall_blocks_are_left_out() {
    assert_article(
        "boilerplate-blocks.html",
        &[
            "Subscribe to continue reading",
            "ferry timetable",
            "Storm warning",
            "Neue Fähre",
            "You may also like",
            "Most popular",
        ],
    );
}

#[test]
fn related_blocks_are_left_out_in_every_supported_language() {
    // (language, a label of a related / popular block)
    let labels = [
        ("en", "You might also like"),
        ("tr", "İlgili haberler"),
        ("de", "Das könnte Sie auch interessieren"),
        ("fr", "À lire aussi"),
        ("es", "Artículos relacionados"),
        ("it", "Potrebbe interessarti"),
        ("pt", "Leia também"),
        ("nl", "Lees ook"),
        ("pl", "Czytaj także"),
        ("ru", "Читайте также"),
    ];
    let body: String = ARTICLE.iter().map(|a| format!("<p>{a}, and a clause that makes this paragraph long enough to count, with commas, as article text.</p>")).collect();
    for (lang, label) in labels {
        let html = format!(
            r#"<html lang="{lang}"><body><div class="story">{body}
            <section><h2>{label}</h2><ul><li><a href="/x">Another story of the port</a></li><li><a href="/y">The lighthouse museum opens</a></li></ul></section>
            <h3>{label}</h3><div><a href="/z">A third teaser about the harbour</a></div></div></body></html>"#
        );
        let text = facts_of(&html).main.text();
        for a in ARTICLE {
            assert!(text.contains(a), "{lang}: lost {a:?}");
        }
        for b in [label, "Another story", "lighthouse museum", "third teaser"] {
            assert!(!text.contains(b), "{lang}: kept {b:?}: {text:?}");
        }
    }
}

#[test]
fn include_text_shows_the_text_and_the_headline_only_when_asked() {
    let html = fixture("boilerplate-blocks.html");
    let plain = smo_audit::audit(html.as_bytes(), &Options::default()).expect("audit");
    let json = serde_json::to_value(&plain).expect("json");
    assert!(json["facts"].get("mainText").is_none());
    assert!(json["facts"].get("headline").is_none());
    let opts = Options {
        include_text: true,
        ..Default::default()
    };
    let shown = smo_audit::audit(html.as_bytes(), &opts).expect("audit");
    let json = serde_json::to_value(&shown).expect("json");
    assert_eq!(json["facts"]["headline"], HEADLINE);
    let text = json["facts"]["mainText"].as_str().expect("mainText");
    assert!(text.contains("eleven winters") && !text.contains("ferry timetable"));
}
