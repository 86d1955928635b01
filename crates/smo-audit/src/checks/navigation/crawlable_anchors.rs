//! `crawlable-anchors`: anchors that a crawler (and a middle click) can follow.

use crate::checks::{ev, Category, Check, Ctx, Outcome, RuleDoc, Text};
use crate::facts::navigation::Uncrawlable;

pub static CHECK: Check = Check {
    id: "crawlable-anchors",
    category: Category::Navigation,
    weight: 1,
    title: Text {
        en: "Crawlable links",
        tr: "Taranabilir bağlantılar",
    },
    help: Text {
        en: "Give every link a real href to a URL; use <button> for actions that are not navigation.",
        tr: "Her bağlantıya gerçek bir adres (href) verin; gezinme olmayan eylemler için <button> kullanın.",
    },
    doc: RuleDoc {
        what: "Lists `<a>` with no href (unless it has an id or name: a destination anchor), an empty href, `href=\"#\"`, `javascript:` or `file:`. Warn: any. Pass: none.",
        why: "Such links cannot be opened in a new tab, shared, or followed by crawlers and preview bots, so the pages behind them stay unreachable.",
        fix: "Point the link at the page's URL and attach scripts to it if needed, or use a <button> for in-page actions.",
        example: "<a href=\"/products/\">Products</a>  <button type=\"button\" onclick=\"openMenu()\">Menu</button>",
        sources: &["https://developer.chrome.com/docs/lighthouse/seo/crawlable-anchors"],
    },
    params: &[],
    run: crate::checks::Run::Page(run),
};

fn why(r: Uncrawlable) -> &'static str {
    match r {
        Uncrawlable::NoHref => "no href",
        Uncrawlable::EmptyHref => "empty href",
        Uncrawlable::HashOnly => "href=\"#\"",
        Uncrawlable::Javascript => "javascript link",
        Uncrawlable::File => "file link",
    }
}

fn run(ctx: &Ctx) -> Outcome {
    let f = ctx.facts;
    let bad = &f.nav.uncrawlable;
    if bad.is_empty() {
        return Outcome::pass(ctx.t(
            "Every link has a followable address.",
            "Her bağlantının izlenebilir bir adresi var.",
        ));
    }
    Outcome::warn(ctx.t(
        format!(
            "{} link(s) cannot be followed by crawlers or opened in a new tab.",
            bad.len()
        ),
        format!(
            "{} bağlantı tarayıcılar tarafından izlenemiyor ya da yeni sekmede açılamıyor.",
            bad.len()
        ),
    ))
    .evidence_all(bad.iter().filter_map(|(i, r)| {
        f.body.anchors.get(*i).map(|a| {
            ev(
                &a.loc,
                format!("{}: \"{}\"", why(*r), a.accessible_name().unwrap_or("")),
            )
        })
    }))
    .detail("count", bad.len())
}

#[cfg(test)]
mod tests {
    use crate::checks::test_util::run_on;
    use crate::vocab::Status;

    #[test]
    fn bad_hrefs_warn() {
        for html in [
            r##"<a href="#">x</a>"##,
            r#"<a href="javascript:void(0)">x</a>"#,
            r#"<a href="">x</a>"#,
            r#"<a onclick="go()">x</a>"#,
            r#"<a href="file:///c:/x.html">x</a>"#,
        ] {
            assert_eq!(run_on(&super::CHECK, html, None).status, Status::Warn, "{html}");
        }
    }

    #[test]
    fn real_links_and_named_anchors_pass() {
        let html = r##"<a href="/a">a</a><a name="top"></a><a id="x"></a><a href="#x">x</a><a href="mailto:a@b.c">m</a>"##;
        assert_eq!(run_on(&super::CHECK, html, None).status, Status::Pass);
    }
}
