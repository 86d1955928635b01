//! The suggested head block: ready-to-paste `<meta>` / `<link>` tags fixing what
//! the opengraph checks found missing or wrong, filled from what the page already
//! has. Built here, from the check results, and added to the report's facts.

use crate::facts::previews::{
    abs_image, attr_escape, first_content_image, first_paragraph, in_range, split_brand, x_handle,
};
use crate::facts::Facts;
use crate::vocab::Status;

use super::CategoryReport;

fn status_of(cats: &[CategoryReport], id: &str) -> Option<Status> {
    cats.iter()
        .flat_map(|c| c.checks.iter())
        .find(|c| c.id == id)
        .map(|c| c.status)
}

/// Adds `suggestedHead`, a ready-to-paste
/// block of `<meta>` / `<link>` tags fixing what the opengraph category found missing
/// or wrong, filled from what the page already has. Values are attribute-escaped;
/// page text never goes into the comment lines. Null when nothing needs fixing.
pub fn add(
    facts_json: &mut serde_json::Map<String, serde_json::Value>,
    facts: &Facts,
    categories: &[CategoryReport],
) {
    let block = suggested_head(facts, categories);
    facts_json.insert(
        "suggestedHead".into(),
        block
            .map(serde_json::Value::String)
            .unwrap_or(serde_json::Value::Null),
    );
}

/// Build the suggested head block (None when the opengraph checks found nothing to fix).
pub fn suggested_head(f: &Facts, cats: &[CategoryReport]) -> Option<String> {
    let bad = |id: &str| matches!(status_of(cats, id), Some(Status::Warn | Status::Fail));
    let h = &f.head;
    let mut out: Vec<String> = Vec::new();
    let meta = |k: &str, v: &str| format!("<meta property=\"{}\" content=\"{}\">", k, attr_escape(v));
    let named = |k: &str, v: &str| format!("<meta name=\"{}\" content=\"{}\">", k, attr_escape(v));
    let (title_core, title_brand) = h.title.as_deref().map(split_brand).unzip();
    let title_brand = title_brand.flatten();
    let h1 = f
        .body
        .headings
        .iter()
        .find(|x| x.level == 1)
        .map(|x| x.text.clone());
    let og_title = h.og_first("og:title").map(str::trim).filter(|s| !s.is_empty());
    let og_desc = h
        .og_first("og:description")
        .map(str::trim)
        .filter(|s| !s.is_empty());
    let mdesc = h.description.as_deref().map(str::trim).filter(|s| !s.is_empty());
    let canonical = h
        .links_rel("canonical")
        .find_map(|l| l.abs.clone())
        .filter(|u| matches!(u.scheme(), "http" | "https"));
    let page_url = canonical
        .clone()
        .or_else(|| h.og_url_abs())
        .or_else(|| f.page_url.clone());

    if bad("og-title") {
        match [title_core.clone(), h1.clone()]
            .into_iter()
            .flatten()
            .find(|t| in_range(t, 15, 70))
        {
            Some(t) if Some(t.as_str()) != og_title => out.push(meta("og:title", &t)),
            _ => out.push("<!-- og:title: write a 15–70 character headline for the feed -->".into()),
        }
    }
    if bad("og-description") {
        let cand = [mdesc.map(str::to_string), first_paragraph(f, 200)]
            .into_iter()
            .flatten()
            .find(|d| in_range(d, 50, 200) && Some(d.as_str()) != og_desc);
        match cand {
            Some(d) => out.push(meta("og:description", &d)),
            None => out.push("<!-- og:description: write one or two sentences, 50–200 characters -->".into()),
        }
    }
    let og_img = h.og_images.first();
    let og_img_ok = og_img
        .and_then(|i| abs_image(f, &i.url).map(|u| (u, i)))
        .filter(|(u, i)| !crate::checks::opengraph::common::is_svg(u.as_str(), i.type_.as_deref()));
    let mut image_for_card = og_img_ok.as_ref().map(|x| x.0.clone());
    if bad("og-image") {
        match (&og_img_ok, og_img) {
            // The image is usable once written as an absolute URL, or only lacks its size.
            (Some((u, i)), Some(orig)) => {
                if orig.url.trim() != u.as_str() {
                    out.push(meta("og:image", u.as_str()));
                }
                if i.width_px().is_none() || i.height_px().is_none() {
                    out.push(
                        "<!-- add og:image:width and og:image:height with the image's real pixel size -->"
                            .into(),
                    );
                } else {
                    out.push("<!-- choose a 1200×630 image (ratio 1.91:1) for a sharp large card -->".into());
                }
            }
            _ => match first_content_image(f).and_then(|i| i.abs.clone().map(|u| (u, i))) {
                Some((u, img)) => {
                    out.push(meta("og:image", u.as_str()));
                    let (w, hh) = (
                        img.width.as_deref().and_then(crate::facts::parse_px),
                        img.height.as_deref().and_then(crate::facts::parse_px),
                    );
                    if let (Some(w), Some(hh)) = (w, hh) {
                        out.push(meta("og:image:width", &w.to_string()));
                        out.push(meta("og:image:height", &hh.to_string()));
                    }
                    out.push(
                        "<!-- taken from the first content image: better, choose a 1200×630 image -->".into(),
                    );
                    image_for_card = Some(u);
                }
                None => out.push(
                    "<!-- og:image: choose a 1200×630 JPG or PNG and write its full https:// address -->"
                        .into(),
                ),
            },
        }
    }
    // og-image-alt skips when there is no image at all; a suggested image needs its alt too.
    let new_image = og_img.is_none() && image_for_card.is_some();
    if bad("og-image-alt") || new_image {
        let alt = image_for_card.as_ref().and_then(|u| {
            f.body
                .images
                .iter()
                .find(|i| i.abs.as_ref() == Some(u))
                .and_then(|i| i.alt.as_deref())
                .map(str::trim)
                .filter(|a| !a.is_empty())
        });
        match alt {
            Some(a) => out.push(meta("og:image:alt", a)),
            None => out.push("<!-- og:image:alt: describe what the share image shows -->".into()),
        }
    }
    if bad("og-url") {
        match &page_url {
            Some(u) => out.push(meta("og:url", u.as_str())),
            None => out.push("<!-- og:url: write the page's full https:// address -->".into()),
        }
    }
    if bad("og-type") {
        let t = match f.kind {
            super::PageKind::Article => "article",
            super::PageKind::Profile => "profile",
            _ => "website",
        };
        out.push(meta("og:type", t));
    }
    if bad("og-site-name") {
        let name = title_brand
            .clone()
            .or_else(|| page_url.as_ref().and_then(crate::facts::site_host));
        match name {
            Some(n) => out.push(meta("og:site_name", &n)),
            None => out.push("<!-- og:site_name: write your brand name -->".into()),
        }
    }
    if bad("og-locale") {
        match h
            .html_lang
            .as_deref()
            .and_then(crate::checks::opengraph::og_locale::locale_for_lang)
        {
            Some(l) => out.push(meta("og:locale", &l)),
            None => out.push(
                "<!-- og:locale: write language_TERRITORY, e.g. tr_TR, and add lang to <html> -->".into(),
            ),
        }
    }
    if bad("og-syntax") {
        out.push("<!-- og-syntax: remove empty and conflicting duplicate tags, use property= for og:*, keep the tags in <head>, escape text once -->".into());
    }
    if bad("twitter-card") {
        let card = h
            .twitter_first("twitter:card")
            .map(|c| c.trim().to_ascii_lowercase());
        if !card
            .as_deref()
            .is_some_and(|c| crate::checks::opengraph::twitter_card::CARD_TYPES.contains(&c))
        {
            let t = if image_for_card.is_some() || h.twitter_first("twitter:image").is_some() {
                "summary_large_image"
            } else {
                "summary"
            };
            out.push(named("twitter:card", t));
        }
        let site = h.twitter_first("twitter:site").map(str::trim);
        if !site.is_some_and(crate::checks::opengraph::twitter_card::valid_handle) {
            let fixed = site
                .map(|s| format!("@{}", s.trim_start_matches('@')))
                .filter(|s| crate::checks::opengraph::twitter_card::valid_handle(s))
                .or_else(|| x_handle(f));
            match fixed {
                Some(hd) => out.push(named("twitter:site", &hd)),
                None => out.push("<!-- twitter:site: write your X handle, e.g. @yourbrand -->".into()),
            }
        }
        if h.twitter_first("twitter:creator")
            .is_some_and(|c| !crate::checks::opengraph::twitter_card::valid_handle(c.trim()))
        {
            out.push(
                "<!-- twitter:creator: write the author's X handle as @name (1–15 letters, digits, _) -->"
                    .into(),
            );
        }
    }
    if bad("document-title") {
        match (
            h.title.as_deref().filter(|t| !t.is_empty()),
            og_title.or(h1.as_deref()),
        ) {
            (None, Some(t)) => out.push(format!("<title>{}</title>", attr_escape(t))),
            _ => out.push("<!-- <title>: write a unique title of 10–60 characters, topic first -->".into()),
        }
    }
    if bad("meta-description") {
        let cand = [og_desc.map(str::to_string), first_paragraph(f, 160)]
            .into_iter()
            .flatten()
            .find(|d| in_range(d, 70, 160) && Some(d.as_str()) != mdesc);
        match cand {
            Some(d) => out.push(named("description", &d)),
            None => out.push("<!-- meta description: write a 70–160 character summary -->".into()),
        }
    }
    if bad("canonical") {
        let c = canonical
            .clone()
            .filter(|_| h.links_rel("canonical").count() > 1)
            .or_else(|| h.og_url_abs())
            .or_else(|| f.page_url.clone());
        match c {
            Some(u) => {
                out.push(format!(
                    "<link rel=\"canonical\" href=\"{}\">",
                    attr_escape(u.as_str())
                ));
                if h.links_rel("canonical").count() > 1 {
                    out.push("<!-- keep only this one canonical link -->".into());
                }
            }
            None => out.push(
                "<!-- canonical: <link rel=\"canonical\" href=\"the page's full https:// address\"> -->"
                    .into(),
            ),
        }
    }
    if bad("structured-data") {
        out.push(
            "<!-- structured-data: fix or add the JSON-LD block (see the structured-data check) -->".into(),
        );
    }
    if bad("html-lang") {
        out.push(
            "<!-- html-lang: put the page language on the root element, e.g. <html lang=\"tr\"> -->".into(),
        );
    }
    if bad("favicon") {
        out.push("<!-- favicon: <link rel=\"icon\" href=\"/favicon.png\"> and <link rel=\"apple-touch-icon\" href=\"/apple-touch-icon.png\"> pointing at your icon files -->".into());
    }
    if bad("spa-shell") {
        out.push(
            "<!-- spa-shell: these tags must be in the HTML the server sends, not added by JavaScript -->"
                .into(),
        );
    }
    (!out.is_empty()).then(|| out.join("\n"))
}

#[cfg(test)]
mod tests {
    use super::super::test_util::report;

    #[test]
    fn suggested_head_fills_from_the_page_and_escapes() {
        let r = report(
            r#"<html lang="tr"><head><title>"><script>alert(1)</script> Sosyal medya rehberi | Acme</title>
<meta name="description" content="Küçük işletmeler için sosyal medyada daha çok paylaşım almanın beş pratik yolu.">
<link rel="canonical" href="https://example.com/rehber"></head>
<body><main><h1>Rehber</h1><p>Metin.</p><img src="/img/kapak.jpg" alt="Kapak &quot;görseli&quot;" width="1200" height="630"></main>
<footer><a href="https://x.com/acme_tr">X</a></footer></body></html>"#,
            Some("https://example.com/rehber"),
        );
        let s = r.facts["suggestedHead"].as_str().expect("block").to_string();
        assert!(!s.contains("<script>"), "{s}");
        assert!(s.contains(r#"<meta property="og:title" content="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; Sosyal medya rehberi">"#), "{s}");
        assert!(
            s.contains(r#"<meta property="og:description" content="Küçük işletmeler"#),
            "{s}"
        );
        assert!(
            s.contains(r#"<meta property="og:image" content="https://example.com/img/kapak.jpg">"#),
            "{s}"
        );
        assert!(
            s.contains(r#"<meta property="og:image:width" content="1200">"#),
            "{s}"
        );
        assert!(
            s.contains(r#"<meta property="og:image:alt" content="Kapak &quot;görseli&quot;">"#),
            "{s}"
        );
        assert!(
            s.contains(r#"<meta property="og:url" content="https://example.com/rehber">"#),
            "{s}"
        );
        assert!(
            s.contains(r#"<meta property="og:site_name" content="Acme">"#),
            "{s}"
        );
        assert!(
            s.contains(r#"<meta property="og:locale" content="tr_TR">"#),
            "{s}"
        );
        assert!(
            s.contains(r#"<meta name="twitter:card" content="summary_large_image">"#),
            "{s}"
        );
        assert!(
            s.contains(r#"<meta name="twitter:site" content="@acme_tr">"#),
            "{s}"
        );
        // Already right: not repeated.
        assert!(!s.contains("rel=\"canonical\""), "{s}");
        assert!(!s.contains("name=\"description\""), "{s}");
    }

    #[test]
    fn suggested_head_says_what_to_fill_by_hand_and_is_null_when_right() {
        let r = report("<html><body><p>x</p></body></html>", None);
        let s = r.facts["suggestedHead"].as_str().expect("block");
        assert!(s.contains("<!-- og:image: choose a 1200×630"), "{s}");
        assert!(s.contains("<!-- og:title:"), "{s}");
        let good = r#"<html lang="en"><head><title>Social media tips for small shops</title>
<meta name="description" content="Five practical ways for small shops to get more shares on social media, with examples.">
<link rel="canonical" href="https://example.com/tips"><link rel="icon" href="/favicon.png">
<meta property="og:title" content="Social media tips for small shops">
<meta property="og:description" content="Five practical ways for small shops to get more shares on social media.">
<meta property="og:image" content="https://example.com/card.jpg"><meta property="og:image:width" content="1200"><meta property="og:image:height" content="630">
<meta property="og:image:alt" content="A shop window"><meta property="og:url" content="https://example.com/tips">
<meta property="og:type" content="article"><meta property="og:site_name" content="Acme"><meta property="og:locale" content="en_US">
<meta name="twitter:card" content="summary_large_image"><meta name="twitter:site" content="@acme">
<script type="application/ld+json">{"@type":"Article","headline":"H","image":"https://example.com/card.jpg","datePublished":"2024-05-01"}</script>
</head><body><article><h1>Social media tips</h1><p>Text.</p></article></body></html>"#;
        let r = report(good, Some("https://example.com/tips"));
        let og = r.categories.iter().find(|c| c.id == "opengraph").expect("og");
        for c in &og.checks {
            assert_eq!(c.status, crate::vocab::Status::Pass, "{} {}", c.id, c.message);
        }
        assert!(r.facts["suggestedHead"].is_null());
        assert_eq!(r.facts["previews"]["facebook"]["card"], "large");
    }
}
