//! `page-weight`: what makes a page slow to show in an in-app browser.

use crate::checks::{ev, Category, Check, Ctx, Outcome, Param, RuleDoc, Text};

pub static CHECK: Check = Check {
    id: "page-weight",
    category: Category::Navigation,
    weight: 1,
    title: Text {
        en: "Fast first view",
        tr: "Hızlı ilk görünüm",
    },
    help: Text {
        en: "Load head scripts with defer/async, keep the HTML under 500 KB, and give images width and height.",
        tr: "<head> betiklerini defer/async ile yükleyin, HTML'i 500 KB altında tutun ve görsellere width/height verin.",
    },
    doc: RuleDoc {
        what: "Warn when any of: more than `max_blocking_scripts` (2) classic scripts in `<head>` without async/defer/module; HTML larger than `max_html_kb` (500) KB; more than `max_unsized_images` (5) visible images without width and height attributes. Pass otherwise. Details carry all counts (and head stylesheets, not scored).",
        why: "A visitor from a social app waits on a mobile connection in an in-app browser: render-blocking scripts and heavy HTML delay the first view, and images without dimensions make the text jump while it loads — reasons to tap back.",
        fix: "Add defer to head scripts (or move them to the end of the body), trim inline data from the HTML, and write width/height on every <img>.",
        example: "<script src=\"/app.js\" defer></script>\n<img src=\"/hero.jpg\" width=\"1200\" height=\"630\" alt=\"…\">",
        sources: &[
            "https://developer.chrome.com/docs/lighthouse/performance/render-blocking-resources",
            "https://web.dev/articles/optimize-cls#images-without-dimensions",
        ],
    },
    params: &[Param::count("max_blocking_scripts"), Param::number("max_html_kb"), Param::count("max_unsized_images")],
    run: crate::checks::Run::Page(run),
};

fn run(ctx: &Ctx) -> Outcome {
    let f = ctx.facts;
    let nav = &f.nav;
    let max_scripts = ctx.param("max_blocking_scripts", 2.0) as usize;
    let max_kb = ctx.param("max_html_kb", 500.0);
    let max_images = ctx.param("max_unsized_images", 5.0) as usize;
    let kb = f.html_bytes as f64 / 1024.0;
    let mut problems_en = Vec::new();
    let mut problems_tr = Vec::new();
    if nav.render_blocking_scripts > max_scripts {
        problems_en.push(format!(
            "{} render-blocking scripts in <head>",
            nav.render_blocking_scripts
        ));
        problems_tr.push(format!(
            "<head> içinde {} oluşturmayı engelleyen betik",
            nav.render_blocking_scripts
        ));
    }
    if kb > max_kb {
        problems_en.push(format!("{:.0} KB of HTML", kb));
        problems_tr.push(format!("{:.0} KB HTML", kb));
    }
    if nav.images_without_size > max_images {
        problems_en.push(format!("{} images without width/height", nav.images_without_size));
        problems_tr.push(format!(
            "width/height değeri olmayan {} görsel",
            nav.images_without_size
        ));
    }
    let out = if problems_en.is_empty() {
        Outcome::pass(ctx.t(
            "Nothing heavy delays the first view.",
            "İlk görünümü geciktiren ağır bir şey yok.",
        ))
    } else {
        let blocking = f
            .body
            .scripts
            .iter()
            .filter(|s| s.render_blocking())
            .map(|s| ev(&s.loc, s.src.as_deref().unwrap_or("")));
        let images = nav
            .images_without_size_idx
            .iter()
            .filter_map(|i| f.body.images.get(*i))
            .map(|im| ev(&im.loc, im.src.as_deref().unwrap_or("")));
        Outcome::warn(ctx.t(
            format!("Slow first view: {}.", problems_en.join("; ")),
            format!("Yavaş ilk görünüm: {}.", problems_tr.join("; ")),
        ))
        .evidence_all(blocking.chain(images))
    };
    out.detail("renderBlockingScripts", nav.render_blocking_scripts)
        .detail("headStylesheets", nav.head_stylesheets)
        .detail("htmlKb", (kb * 10.0).round() / 10.0)
        .detail("imagesWithoutSize", nav.images_without_size)
}

#[cfg(test)]
mod tests {
    use crate::checks::test_util::run_on;
    use crate::vocab::Status;

    #[test]
    fn light_page_passes() {
        let html = r#"<head><script src="/a.js"></script><script src="/b.js" defer></script><script type="module" src="/m.js"></script></head><body><img src="a.jpg" width="10" height="10"></body>"#;
        let o = run_on(&super::CHECK, html, None);
        assert_eq!(o.status, Status::Pass);
        assert_eq!(o.details["renderBlockingScripts"], 1);
    }

    #[test]
    fn blocking_scripts_images_and_size_warn() {
        let html = r#"<head><script src="/a.js"></script><script src="/b.js"></script><script src="/c.js"></script></head>"#;
        assert_eq!(run_on(&super::CHECK, html, None).status, Status::Warn);
        let imgs = "<img src=a.jpg>".repeat(6);
        assert_eq!(run_on(&super::CHECK, &imgs, None).status, Status::Warn);
        let big = format!("<p>{}</p>", "x".repeat(520 * 1024));
        assert_eq!(run_on(&super::CHECK, &big, None).status, Status::Warn);
    }
}
