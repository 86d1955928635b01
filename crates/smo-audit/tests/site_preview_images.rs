//! A site's image files give its pages' previews their real bytes and pixels
//! (`facts.previews.<id>.imageBytes`, `imageWidth`, `imageHeight`,
//! `imageSizeSource: "file"`), and the platforms' image warnings follow them.

use std::collections::BTreeMap;

use serde_json::Value;
use smo_audit::site::{SiteInput, SitePage};
use smo_audit::{audit_site, Options};

/// The sample site's real 1200×630 PNG.
fn real_png() -> Vec<u8> {
    std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../examples/site/images/og-sosyal-medya-takvimi.png"
    ))
    .expect("sample image")
}

/// A PNG of `w`×`h` pixels as its header says, padded to `len` bytes (the
/// engine reads sizes from the header only; nothing big is committed).
fn png_of(w: u32, h: u32, len: usize) -> Vec<u8> {
    let mut b = real_png()[..33].to_vec();
    b[16..20].copy_from_slice(&w.to_be_bytes());
    b[20..24].copy_from_slice(&h.to_be_bytes());
    b.resize(len.max(b.len()), 0);
    b
}

fn page(path: &str, image: &str) -> SitePage {
    SitePage {
        path: path.into(),
        url: None,
        html: format!(
            r##"<!DOCTYPE html><html lang="en"><head><title>A page about {path}</title>
<meta property="og:title" content="A page"><meta property="og:description" content="What it says.">
<meta property="og:url" content="https://example.com/{path}">
<meta property="og:image" content="{image}"><meta property="og:image:width" content="1200"><meta property="og:image:height" content="630">
<meta name="theme-color" content="#0A0"></head><body><h1>A page</h1></body></html>"##
        )
        .into_bytes(),
    }
}

fn previews(r: &smo_audit::report::SiteReport, path: &str) -> Value {
    let p = r
        .pages
        .iter()
        .find(|p| p.url.as_deref() == Some(&format!("https://example.com/{path}")))
        .expect("page");
    p.facts["previews"].clone()
}

fn codes(p: &Value) -> Vec<String> {
    p["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["code"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn site_files_measure_the_previews() {
    let heavy = png_of(1200, 630, 700 * 1024);
    let small = png_of(120, 90, 2_000);
    let files: BTreeMap<String, Vec<u8>> = [
        ("images/good.png".to_string(), real_png()),
        ("images/heavy.png".to_string(), heavy),
        ("images/small.png".to_string(), small),
    ]
    .into_iter()
    .collect();
    let input = SiteInput {
        pages: vec![
            page("good.html", "/images/good.png"),
            page("heavy.html", "https://example.com/images/heavy.png"),
            page("small.html", "images/small.png"),
            page("elsewhere.html", "https://cdn.example.net/x.png"),
        ],
        files,
        base_url: Some("https://example.com".into()),
        root: None,
    };
    let r = audit_site(&input, &Options::default()).unwrap();

    let good = previews(&r, "good.html");
    let fb = &good["facebook"];
    assert_eq!(fb["imageSizeSource"], "file");
    assert_eq!(fb["imageBytes"], real_png().len() as u64);
    assert_eq!(
        (fb["imageWidth"].clone(), fb["imageHeight"].clone()),
        (1200.into(), 630.into())
    );
    assert_eq!(codes(&good["whatsapp"]), Vec::<String>::new());
    assert_eq!(good["discord"]["themeColor"], "#00aa00");
    assert_eq!(good["slack"]["themeColor"], Value::Null);

    // Over 600 KB: WhatsApp drops it; Facebook (8 MB) and Bluesky (1 MB) take it.
    let heavy = previews(&r, "heavy.html");
    assert_eq!(heavy["whatsapp"]["imageBytes"], 700 * 1024);
    assert_eq!(codes(&heavy["whatsapp"]), ["image-too-heavy"]);
    assert!(heavy["whatsapp"]["warnings"][0]["message"]
        .as_str()
        .unwrap()
        .contains("716 KB"));
    assert!(codes(&heavy["facebook"]).is_empty());
    assert!(codes(&heavy["bluesky"]).is_empty());

    // Declared 1200×630, the file is 120×90: the file wins.
    let small = previews(&r, "small.html");
    let fb = &small["facebook"];
    assert_eq!(
        (fb["imageWidth"].clone(), fb["imageHeight"].clone()),
        (120.into(), 90.into())
    );
    assert_eq!(fb["card"], "small");
    assert_eq!(codes(fb), ["image-too-small", "image-cropped"]);
    assert!(fb["warnings"][0]["message"]
        .as_str()
        .unwrap()
        .contains("this one is 120×90 px"));
    assert_eq!(codes(&small["whatsapp"]), ["image-too-small"]);
    assert!(codes(&small["x"]).contains(&"image-too-small".to_string()));

    // An image on another host: the declared size, no bytes.
    let other = previews(&r, "elsewhere.html");
    assert_eq!(other["facebook"]["imageSizeSource"], "declared");
    assert_eq!(other["facebook"]["imageBytes"], Value::Null);
}
