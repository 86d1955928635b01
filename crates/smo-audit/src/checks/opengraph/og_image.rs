//! `og-image`: the picture of a shared link (page mode: declared sizes only; the
//! site check `og-image-files` reads the real files).

use super::common::is_svg;
use crate::checks::{ev_line, meta_snippet, Category, Check, Ctx, Outcome, Param, RuleDoc, Text};

pub static CHECK: Check = Check {
    id: "og-image",
    category: Category::Opengraph,
    weight: 3,
    title: Text {
        en: "Open Graph image",
        tr: "Open Graph görseli",
    },
    help: Text {
        en: "Add <meta property=\"og:image\" content=\"https://…/card.jpg\"> with a 1200×630 JPG or PNG, plus og:image:width and og:image:height.",
        tr: "1200×630 boyutunda bir JPG ya da PNG için <meta property=\"og:image\" content=\"https://…/kart.jpg\"> ekleyin; og:image:width ve og:image:height de yazın.",
    },
    doc: RuleDoc {
        what: "Reads the first non-empty `og:image` (the one Facebook and LinkedIn use) with its `og:image:width` / `og:image:height` / `og:image:type`. Fail: missing, empty, a relative or protocol-relative URL, a scheme other than http(s), an SVG, or a declared size under `min_width`×`min_height` (200×200). Warn: no declared width and height, a declared size under `rec_width`×`rec_height` (1200×630), or a width/height ratio more than `ratio_tolerance` (0.10 = 10 %) away from 1.91:1 (so 1.72–2.10 passes; 16:9 = 1.78 passes, a square does not). Pass otherwise. In site mode the `og-image-files` check measures the real file.",
        why: "A link with a large picture gets far more attention in a feed than a text-only one. Facebook needs at least 200×200 and shows the large card from 600×315, best at 1200×630 (1.91:1); crawlers do not resolve relative URLs reliably and no platform renders SVG previews. Declaring the size lets Facebook show the image on the very first share, before it has downloaded it.",
        fix: "Make a 1200×630 JPG or PNG (under 5 MB for X, 8 MB for Facebook), put its absolute https:// address in og:image and declare og:image:width and og:image:height.",
        example: "<meta property=\"og:image\" content=\"https://example.com/img/post-card.jpg\">\n<meta property=\"og:image:width\" content=\"1200\">\n<meta property=\"og:image:height\" content=\"630\">",
        sources: &[
            "https://ogp.me/#structured",
            "https://developers.facebook.com/docs/sharing/webmasters/images/ (min 200×200, 600×315 for large, 1200×630 recommended, 1.91:1, 8 MB)",
            "https://developer.x.com/en/docs/x-for-websites/cards/overview/summary-card-with-large-image (300×157 min, 4096×4096 max, 5 MB, no SVG)",
            "https://www.linkedin.com/help/linkedin/answer/a521928 (LinkedIn post inspector: 1200×627)",
        ],
    },
    params: &[Param::count("min_width").at_most("rec_width"), Param::count("min_height").at_most("rec_height"), Param::count("rec_width"), Param::count("rec_height"), Param::ratio("ratio_tolerance")],
    run: crate::checks::Run::Page(run),
};

fn run(ctx: &Ctx) -> Outcome {
    let f = ctx.facts;
    let min_w = ctx.param("min_width", 200.0) as u32;
    let min_h = ctx.param("min_height", 200.0) as u32;
    let rec_w = ctx.param("rec_width", 1200.0) as u32;
    let rec_h = ctx.param("rec_height", 630.0) as u32;
    let tol = ctx.param("ratio_tolerance", 0.10);
    let Some(img) = f.head.og_images.first() else {
        // Only empty og:image tags (an empty one never hides a real one after it).
        if let Some(m) = f.head.meta_first("og:image") {
            return Outcome::fail(ctx.t("og:image is empty.", "og:image boş."))
                .evidence(super::common::meta_ev(m))
                .detail("url", "")
                .detail("images", 0);
        }
        return Outcome::fail(ctx.t(
            "No og:image: shared links show no picture, or whatever image a platform picks from the page.",
            "og:image yok: paylaşılan bağlantılar görselsiz ya da platformun sayfadan rastgele seçtiği bir görselle görünür.",
        ));
    };
    let url = img.url.trim();
    let evidence = ev_line(
        "meta[property=\"og:image\"]",
        meta_snippet("property", "og:image", &img.url),
        img.line,
    );
    let count = f.head.og_images.len();
    let with = |o: Outcome| {
        o.evidence(evidence.clone())
            .detail("url", url)
            .detail("images", count)
    };
    if url.is_empty() {
        return with(Outcome::fail(ctx.t("og:image is empty.", "og:image boş.")));
    }
    if url.starts_with("//") {
        return with(Outcome::fail(ctx.t(
            format!(
                "og:image {:?} has no scheme (protocol-relative); write the full https:// address.",
                url
            ),
            format!(
                "og:image {:?} şemasız (protokole göre) yazılmış; tam https:// adresini yazın.",
                url
            ),
        )));
    }
    match url::Url::parse(url) {
        Err(_) => {
            return with(Outcome::fail(ctx.t(
                format!(
                    "og:image {:?} is a relative URL; crawlers need the full https:// address.",
                    url
                ),
                format!(
                    "og:image {:?} göreli bir adres; tarayıcı botlar tam https:// adresine ihtiyaç duyar.",
                    url
                ),
            )))
        }
        Ok(u) if !matches!(u.scheme(), "http" | "https") => {
            return with(Outcome::fail(ctx.t(
                format!(
                    "og:image uses the {}: scheme; platforms only fetch http(s) images.",
                    u.scheme()
                ),
                format!(
                    "og:image {}: şemasını kullanıyor; platformlar yalnızca http(s) görselleri indirir.",
                    u.scheme()
                ),
            )))
        }
        Ok(_) => {}
    }
    if is_svg(url, img.type_.as_deref()) {
        return with(Outcome::fail(ctx.t(
            "og:image is an SVG; no social platform shows SVG previews. Use a JPG or PNG.",
            "og:image bir SVG; hiçbir sosyal platform SVG önizleme göstermez. JPG ya da PNG kullanın.",
        )));
    }
    let (w, h) = (img.width_px(), img.height_px());
    let (Some(w), Some(h)) = (w, h) else {
        return with(Outcome::warn(ctx.t(
            "og:image has no declared og:image:width and og:image:height: Facebook may show it small or not at all on the first share.",
            "og:image için og:image:width ve og:image:height yazılmamış: Facebook ilk paylaşımda görseli küçük gösterebilir ya da hiç göstermeyebilir.",
        )));
    };
    let with = |o: Outcome| with(o).detail("width", w).detail("height", h);
    if w < min_w || h < min_h {
        return with(Outcome::fail(ctx.t(
            format!(
                "og:image is declared as {}×{}; under {}×{} Facebook does not show it.",
                w, h, min_w, min_h
            ),
            format!(
                "og:image {}×{} olarak tanımlı; {}×{} altını Facebook göstermez.",
                w, h, min_w, min_h
            ),
        )));
    }
    if w < rec_w || h < rec_h {
        return with(Outcome::warn(ctx.t(
            format!(
                "og:image is declared as {}×{}; use at least {}×{} for a sharp large card.",
                w, h, rec_w, rec_h
            ),
            format!(
                "og:image {}×{} olarak tanımlı; net bir büyük kart için en az {}×{} kullanın.",
                w, h, rec_w, rec_h
            ),
        )));
    }
    let ratio = w as f64 / h.max(1) as f64;
    if (ratio / 1.91 - 1.0).abs() > tol {
        return with(Outcome::warn(ctx.t(
            format!(
                "og:image is {}×{} (ratio {:.2}:1); feeds crop to 1.91:1, so parts of it will be cut off.",
                w, h, ratio
            ),
            format!(
                "og:image {}×{} (oran {:.2}:1); akışlar 1.91:1 oranına kırpar, görselin bir kısmı kesilir.",
                w, h, ratio
            ),
        )));
    }
    with(Outcome::pass(ctx.t(
        format!("og:image is an absolute URL declared as {}×{}.", w, h),
        format!("og:image tam adresli ve {}×{} olarak tanımlı.", w, h),
    )))
}

#[cfg(test)]
mod tests {
    use crate::checks::test_util::run_on;
    use crate::vocab::Status;

    fn run(html: &str) -> crate::checks::Outcome {
        run_on(&super::CHECK, html, Some("https://example.com/a"))
    }
    fn sized(url: &str, w: u32, h: u32) -> String {
        format!(
            r#"<meta property="og:image" content="{url}"><meta property="og:image:width" content="{w}"><meta property="og:image:height" content="{h}">"#
        )
    }

    #[test]
    fn missing_empty_relative_scheme_svg_fail() {
        assert_eq!(run("<title>x</title>").status, Status::Fail);
        assert_eq!(
            run(r#"<meta property="og:image" content="">"#).status,
            Status::Fail
        );
        let o = run(r#"<meta property="og:image" content="/img/card.jpg">"#);
        assert_eq!(o.status, Status::Fail);
        assert!(o.message.contains("relative"));
        let o = run(r#"<meta property="og:image" content="//cdn.example.com/card.jpg">"#);
        assert!(o.message.contains("protocol-relative"));
        let o = run(r#"<meta property="og:image" content="ftp://example.com/card.jpg">"#);
        assert_eq!(o.status, Status::Fail);
        assert!(o.message.contains("ftp"));
        let o = run(&sized("https://example.com/logo.svg?v=2", 1200, 630));
        assert_eq!(o.status, Status::Fail);
        assert!(o.message.contains("SVG"));
    }

    #[test]
    fn declared_too_small_fails() {
        let o = run(&sized("https://example.com/a.png", 150, 150));
        assert_eq!(o.status, Status::Fail);
        assert_eq!(o.details["width"], 150);
    }

    #[test]
    fn undeclared_small_or_off_ratio_warn() {
        let o = run(r#"<meta property="og:image" content="https://example.com/a.jpg">"#);
        assert_eq!(o.status, Status::Warn);
        assert!(o.message.contains("og:image:width"));
        let o = run(&sized("https://example.com/a.jpg", 600, 315));
        assert_eq!(o.status, Status::Warn);
        assert!(o.message.contains("1200×630"));
        let o = run(&sized("https://example.com/a.jpg", 1200, 1200));
        assert_eq!(o.status, Status::Warn);
        assert!(o.message.contains("1.91:1"));
    }

    #[test]
    fn good_passes_and_16_9_is_within_tolerance() {
        assert_eq!(
            run(&sized("https://example.com/a.jpg", 1200, 630)).status,
            Status::Pass
        );
        let o = run(&sized("https://example.com/a.jpg", 1920, 1080));
        assert_eq!(o.status, Status::Pass);
        assert_eq!(o.evidence[0].line, Some(1));
    }

    #[test]
    fn an_empty_og_image_is_empty_and_never_hides_a_real_one() {
        let o = run_on(&super::CHECK, r#"<meta property="og:image" content="">"#, None);
        assert_eq!(o.status, Status::Fail);
        assert_eq!(o.message, "og:image is empty.");
        let o = run_on(
            &super::CHECK,
            r#"<meta property="og:image" content=""><meta property="og:image" content="https://example.com/card.jpg"><meta property="og:image:width" content="1200"><meta property="og:image:height" content="630">"#,
            None,
        );
        assert_eq!(o.status, Status::Pass, "{}", o.message);
    }
}
