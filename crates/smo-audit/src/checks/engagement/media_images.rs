//! `media-images`: at least one content image in the main content.

use crate::checks::{ev, Category, Check, Ctx, Outcome, Param, RuleDoc, Text};
use crate::facts::{PageKind, Region};

pub static CHECK: Check = Check {
    id: "media-images",
    category: Category::Engagement,
    weight: 1,
    title: Text { en: "Images in the content", tr: "İçerikte görsel" },
    help: Text {
        en: "Add at least one meaningful image (photo, chart, illustration) with alt text to the main content.",
        tr: "Ana içeriğe alt metinli en az bir anlamlı görsel (fotoğraf, grafik, çizim) ekleyin.",
    },
    doc: RuleDoc {
        what: "Counts `<img>` elements in the detected main content (outside header, nav, footer, aside, comments), ignoring images marked decorative (`role=presentation`, `aria-hidden`) and images declared smaller than `min_px` (50) in width or height (icons, tracking pixels). Pass: one or more; warn: none; skip on the home page.",
        why: "Rule 3 of social media optimization: rich media makes a page worth sharing and bookmarking, and gives networks (Pinterest above all) something to show.",
        fix: "Illustrate the content with at least one relevant image, with alt text; it can also serve as og:image.",
        example: "<img src=\"/img/chart-2025.png\" alt=\"Share traffic by network, 2025\" width=\"1200\" height=\"630\">",
        sources: &["https://developers.pinterest.com/docs/web-features/save/"],
    },
    params: &[Param::count("min_px")],
    run: crate::checks::Run::Page(run),
};

fn run(ctx: &Ctx) -> Outcome {
    if ctx.kind() == PageKind::Home {
        return Outcome::skip(ctx.t("Not checked on the home page.", "Ana sayfada denetlenmez."));
    }
    let min = ctx.param("min_px", 50.0) as u32;
    let f = ctx.facts;
    let have_main = f.main.main_node.is_some();
    let small = |s: &Option<String>| {
        s.as_deref()
            .and_then(crate::facts::parse_px)
            .is_some_and(|v| v < min)
    };
    let imgs: Vec<_> = f
        .body
        .images
        .iter()
        .filter(|i| {
            let r = i.loc.region;
            (if have_main {
                r.has(Region::CONTENT)
            } else {
                !r.has(Region::BOILERPLATE)
            }) && !r.has(Region::HIDDEN)
                && !i.aria_hidden
                && !matches!(i.role.as_deref(), Some("presentation" | "none"))
                && !small(&i.width)
                && !small(&i.height)
        })
        .collect();
    if imgs.is_empty() {
        return Outcome::warn(ctx.t("No image in the main content.", "Ana içerikte görsel yok."));
    }
    Outcome::pass(ctx.t(
        format!("{} image(s) in the main content.", imgs.len()),
        format!("Ana içerikte {} görsel var.", imgs.len()),
    ))
    .evidence_all(
        imgs.iter()
            .take(3)
            .map(|i| ev(&i.loc, i.src.as_deref().unwrap_or(""))),
    )
    .detail("count", imgs.len())
}

#[cfg(test)]
mod tests {
    use crate::checks::test_util::run_on;
    use crate::vocab::Status;

    #[test]
    fn image_paths() {
        let page = Some("https://example.com/blog/post");
        assert_eq!(
            run_on(
                &super::CHECK,
                r#"<main><h1>T</h1><p>text</p><img src="a.jpg" alt="chart"></main>"#,
                page
            )
            .status,
            Status::Pass
        );
        assert_eq!(run_on(&super::CHECK, r#"<header><img src="logo.png" alt="logo"></header><main><p>text</p><img src="px.gif" width="1" height="1"></main>"#, page).status, Status::Warn);
        assert_eq!(
            run_on(
                &super::CHECK,
                r#"<main><img src="a.jpg" alt="x"></main>"#,
                Some("https://example.com/")
            )
            .status,
            Status::Skip
        );
    }
}
