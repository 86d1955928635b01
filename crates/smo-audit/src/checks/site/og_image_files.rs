//! `og-image-files`: the og:image files themselves, their real size read from the file.

use url::Url;

use super::{ev_page, SiteCtx, Target};
use crate::checks::{Category, Check, Outcome, Param, RuleDoc, Text};
use crate::vocab::Status;

pub static CHECK: Check = Check {
    id: "og-image-files",
    category: Category::Site,
    weight: 3,
    title: Text {
        en: "og:image files",
        tr: "og:image dosyaları",
    },
    help: Text {
        en: "Point og:image at an existing JPG/PNG/WEBP file of 1200×630 pixels (at least 200×200, under 8 MB).",
        tr: "og:image etiketini var olan, 1200×630 piksellik bir JPG/PNG/WEBP dosyasına yönlendirin (en az 200×200, 8 MB altı).",
    },
    doc: RuleDoc {
        what: "For every page's og:image on the site's own host, finds the file in the build (or, when crawling, its HTTP headers and first bytes) and reads its real width and height from the file header (no full decode). Fail: the file is missing, an SVG, smaller than `min_width`×`min_height` (200×200) or larger than `max_bytes` (8 MB). Warn: smaller than `large_width`×`large_height` (1200×630). Pass otherwise. Images on other hosts are listed in details as not checked.",
        why: "Platforms fetch the og:image file itself: a missing file or an SVG leaves the shared link without a picture; Facebook ignores images under 200×200 and shows images under 1200×630 as a small thumbnail beside the text instead of a large card.",
        fix: "Export a 1200×630 JPG or PNG under 8 MB for each page, upload it with the build, and use its absolute https URL in og:image.",
        example: "<meta property=\"og:image\" content=\"https://example.com/images/post-1200x630.jpg\">",
        sources: &[
            "https://developers.facebook.com/docs/sharing/webmasters/images/",
            "https://developer.x.com/en/docs/twitter-for-websites/cards/overview/summary-card-with-large-image",
        ],
    },
    params: &[Param::count("min_width").at_most("large_width"), Param::count("min_height").at_most("large_height"), Param::count("large_width"), Param::count("large_height"), Param::count("max_bytes")],
    run: crate::checks::Run::Site(run),
};

fn run(ctx: &SiteCtx) -> Outcome {
    let d = ctx.data;
    let min_w = ctx.param("min_width", 200.0) as u32;
    let min_h = ctx.param("min_height", 200.0) as u32;
    let large_w = ctx.param("large_width", 1200.0) as u32;
    let large_h = ctx.param("large_height", 630.0) as u32;
    let max_bytes = ctx.param("max_bytes", 8.0 * 1024.0 * 1024.0) as u64;
    let (mut fails, mut warns, mut ok, mut external) = (Vec::new(), Vec::new(), 0usize, Vec::new());
    let index = ctx.index();
    for p in d.pages.views() {
        let Ok(page_url) = Url::parse(p.url()) else {
            continue;
        };
        let (images, p) = (p.og_images(), p.path());
        for (raw, line) in images {
            let Ok(u) = page_url.join(raw) else {
                fails.push((
                    p,
                    line,
                    raw.to_string(),
                    ctx.t("not a valid URL", "geçerli bir adres değil"),
                ));
                continue;
            };
            match index.lookup(u.as_str()) {
                Target::Outside => external.push(u.to_string()),
                Target::Missing | Target::Page(_) => fails.push((
                    p,
                    line,
                    raw.to_string(),
                    ctx.failure(u.as_str())
                        .unwrap_or_else(|| ctx.t("the file does not exist", "dosya yok")),
                )),
                Target::File(_, f) => {
                    let dims = f.width.zip(f.height);
                    if f.format.as_deref() == Some("svg") {
                        fails.push((
                            p,
                            line,
                            raw.to_string(),
                            ctx.t(
                                "SVG: platforms do not show SVG previews",
                                "SVG: platformlar SVG önizleme göstermez",
                            ),
                        ));
                    } else if f.size > max_bytes {
                        fails.push((
                            p,
                            line,
                            raw.to_string(),
                            ctx.t(
                                format!("{} bytes, over {}", f.size, max_bytes),
                                format!("{} bayt, {} sınırının üstünde", f.size, max_bytes),
                            ),
                        ));
                    } else if let Some((w, h)) = dims {
                        if w < min_w || h < min_h {
                            fails.push((
                                p,
                                line,
                                raw.to_string(),
                                ctx.t(
                                    format!("{}×{} px, under {}×{}", w, h, min_w, min_h),
                                    format!("{}×{} piksel, {}×{} altında", w, h, min_w, min_h),
                                ),
                            ));
                        } else if w < large_w || h < large_h {
                            warns.push((
                                p,
                                line,
                                raw.to_string(),
                                ctx.t(
                                    format!("{}×{} px, under {}×{}: a small card", w, h, large_w, large_h),
                                    format!(
                                        "{}×{} piksel, {}×{} altında: küçük kart",
                                        w, h, large_w, large_h
                                    ),
                                ),
                            ));
                        } else {
                            ok += 1;
                        }
                    } else {
                        fails.push((
                            p,
                            line,
                            raw.to_string(),
                            ctx.t(
                                "not a readable JPG/PNG/GIF/WEBP image",
                                "okunabilir bir JPG/PNG/GIF/WEBP görseli değil",
                            ),
                        ));
                    }
                }
            }
        }
    }
    external.sort();
    external.dedup();
    if fails.is_empty() && warns.is_empty() && ok == 0 && !d.base_given && !external.is_empty() {
        return Outcome::skip(ctx.t(
            format!(
                "Skipped: no base URL, so the {} absolute og:image addresses cannot be matched to this folder's files. Give the site's address (--base-url or base-url in smo-audit.toml).",
                external.len()
            ),
            format!(
                "Atlandı: temel adres yok, bu yüzden {} mutlak og:image adresi bu klasörün dosyalarıyla eşleştirilemiyor. Sitenin adresini verin (--base-url ya da smo-audit.toml içinde base-url).",
                external.len()
            ),
        ))
        .detail("notChecked", external);
    }
    if fails.is_empty() && warns.is_empty() && ok == 0 {
        return Outcome::skip(ctx.t(
            "No og:image on this site's own host to check.",
            "Bu sitenin kendi alan adında denetlenecek og:image yok.",
        ))
        .detail("notChecked", external);
    }
    let mk = |list: &Vec<(&str, u32, String, String)>, grade: Option<Status>, mut out: Outcome| {
        for (p, line, raw, why) in list {
            let mut e = ev_page(p, format!("{} — {}", raw, why), *line);
            e.status = grade;
            out = out.evidence(e);
        }
        out
    };
    let out = if !fails.is_empty() {
        let small = if warns.is_empty() {
            (String::new(), String::new())
        } else {
            (
                format!(" Also small (under {}×{}): {}.", large_w, large_h, warns.len()),
                format!(
                    " Ayrıca küçük ({}×{} altında): {}.",
                    large_w,
                    large_h,
                    warns.len()
                ),
            )
        };
        Outcome::fail(ctx.t(
            format!("og:image references that fail: {} (missing files, SVGs or images too small to show).{}", fails.len(), small.0),
            format!("{} og:image başvurusu başarısız: eksik dosya, SVG ya da gösterilemeyecek kadar küçük görsel.{}", fails.len(), small.1),
        ))
    } else if !warns.is_empty() {
        Outcome::warn(ctx.t(
            format!(
                "Small og:images: {} (under {}×{}); platforms show them as small thumbnails.",
                warns.len(),
                large_w,
                large_h
            ),
            format!(
                "{} og:image {}×{} altında: platformlar bunları küçük resim olarak gösterir.",
                warns.len(),
                large_w,
                large_h
            ),
        ))
    } else {
        Outcome::pass(ctx.t(
            format!(
                "All {} og:image files exist and are at least {}×{}.",
                ok, large_w, large_h
            ),
            format!(
                "{} og:image dosyasının tümü mevcut ve en az {}×{}.",
                ok, large_w, large_h
            ),
        ))
    };
    let out = mk(&fails, None, out);
    // Under a failing check the small images are warnings of their own.
    let grade = (!fails.is_empty()).then_some(Status::Warn);
    mk(&warns, grade, out)
        .detail("failed", fails.len())
        .detail("small", warns.len())
        .detail("good", ok)
        .detail("notChecked", external)
}

#[cfg(test)]
mod tests {
    use super::super::test_util::{img, run, site};
    use super::*;
    use crate::facts::site::FileInfo;
    use crate::vocab::Status;

    fn page(src: &str) -> String {
        format!("<meta property=og:image content=\"{}\">", src)
    }

    #[test]
    fn rules() {
        let files = [
            ("big.png", img(1200, 630)),
            ("mid.jpg", img(600, 315)),
            ("tiny.png", img(150, 150)),
            (
                "logo.svg",
                FileInfo {
                    size: 100,
                    format: Some("svg".into()),
                    ..Default::default()
                },
            ),
        ];
        let cases = [
            ("/big.png", Status::Pass),
            ("https://example.com/mid.jpg", Status::Warn),
            ("/tiny.png", Status::Fail),
            ("/logo.svg", Status::Fail),
            ("/missing.png", Status::Fail),
            ("https://cdn.other.com/x.png", Status::Skip),
        ];
        for (src, want) in cases {
            let d = site(&[("index.html", &page(src))], &files, None);
            let o = run(&CHECK, &d);
            assert_eq!(o.status, want, "{}: {}", src, o.message);
        }
    }
}
