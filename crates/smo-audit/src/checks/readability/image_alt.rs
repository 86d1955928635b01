//! `image-alt`: content images need an `alt` attribute.

use crate::checks::{ev, Category, Check, Ctx, Outcome, RuleDoc, Text};
use crate::facts::{Image, Region};

pub static CHECK: Check = Check {
    id: "image-alt",
    category: Category::Readability,
    weight: 2,
    title: Text {
        en: "Image alt text",
        tr: "Görsel alternatif metni",
    },
    help: Text {
        en: "Give every content image an alt text that says what it shows; use alt=\"\" for purely decorative images.",
        tr: "Her içerik görseline ne gösterdiğini anlatan bir alt metni verin; yalnızca süs amaçlı görsellerde alt=\"\" kullanın.",
    },
    doc: RuleDoc {
        what: "Looks at the images in the main content (not in navigation, header, footer or sidebars; hidden images, role=presentation / none and 1×1 tracking pixels are left out). Fail: any without an `alt` attribute, each listed. Pass otherwise — an empty alt=\"\" on a decorative image is correct. Skip when the main content has no images.",
        why: "Alt text is what screen readers say and what shows when an image does not load; social platforms and search engines read it to understand the image, and accessibility laws require it.",
        fix: "Add alt=\"…\" describing what the image shows and why it is there; mark decorative images with alt=\"\".",
        example: "<img src=\"team.jpg\" alt=\"Our five-person support team in the Izmir office\">",
        sources: &[
            "WCAG 2.2 success criterion 1.1.1 Non-text Content",
            "https://www.w3.org/WAI/tutorials/images/decision-tree/",
        ],
    },
    params: &[],
    run: crate::checks::Run::Page(run),
};

fn decorative_or_pixel(img: &Image) -> bool {
    let role = img.role.as_deref().map(str::trim).unwrap_or("");
    let px = |s: &Option<String>| {
        s.as_deref().map(str::trim) == Some("1") || s.as_deref().map(str::trim) == Some("0")
    };
    img.aria_hidden
        || role.eq_ignore_ascii_case("presentation")
        || role.eq_ignore_ascii_case("none")
        || (px(&img.width) && px(&img.height))
}

fn run(ctx: &Ctx) -> Outcome {
    let images: Vec<&Image> = ctx
        .facts
        .body
        .images
        .iter()
        .filter(|i| {
            i.loc.region.has(Region::CONTENT) && !i.loc.region.has(Region::HIDDEN) && !decorative_or_pixel(i)
        })
        .collect();
    if images.is_empty() {
        return Outcome::skip(ctx.t("No images in the main content.", "Ana içerikte görsel yok."));
    }
    let missing: Vec<&&Image> = images.iter().filter(|i| i.alt.is_none()).collect();
    let decorative = images
        .iter()
        .filter(|i| i.alt.as_deref().is_some_and(|a| a.trim().is_empty()))
        .count();
    if missing.is_empty() {
        return Outcome::pass(ctx.t(
            format!(
                "All {} content images have an alt attribute ({} marked decorative).",
                images.len(),
                decorative
            ),
            format!(
                "{} içerik görselinin hepsinde alt özniteliği var ({} tanesi süs olarak işaretli).",
                images.len(),
                decorative
            ),
        ))
        .detail("images", images.len());
    }
    Outcome::fail(ctx.t(
        format!(
            "{} of {} content images have no alt attribute.",
            missing.len(),
            images.len()
        ),
        format!(
            "{} içerik görselinin {} tanesinde alt özniteliği yok.",
            images.len(),
            missing.len()
        ),
    ))
    .evidence_all(missing.iter().map(|i| {
        ev(
            &i.loc,
            format!("<img src=\"{}\">", i.src.as_deref().unwrap_or("")),
        )
    }))
    .detail("images", images.len())
    .detail("missingAlt", missing.len())
}

#[cfg(test)]
mod tests {
    use crate::checks::test_util::run_on;
    use crate::vocab::Status;

    #[test]
    fn missing_alt_fails_decorative_passes() {
        let o = run_on(
            &super::CHECK,
            "<body><main><img src=a.jpg alt=\"A cat\">\n<img src=b.jpg><img src=c.jpg alt=\"\"></main></body>",
            None,
        );
        assert_eq!(o.status, Status::Fail);
        assert_eq!(o.evidence.len(), 1);
        assert_eq!(o.evidence[0].line, Some(2));
        let o = run_on(
            &super::CHECK,
            "<body><main><img src=a.jpg alt=\"A cat\"><img src=c.jpg alt=\"\"></main></body>",
            None,
        );
        assert_eq!(o.status, Status::Pass);
    }

    #[test]
    fn boilerplate_and_pixels_are_ignored() {
        let o = run_on(
            &super::CHECK,
            "<body><header><img src=logo.png></header><main><p>Text</p><img src=px.gif width=1 height=1></main></body>",
            None,
        );
        assert_eq!(o.status, Status::Skip);
    }
}
