//! `orphan-pages`: pages no other page links to.

use super::{ev_page, SiteCtx, Target};
use crate::checks::{Category, Check, Outcome, RuleDoc, Text};

pub static CHECK: Check = Check {
    id: "orphan-pages",
    category: Category::Site,
    weight: 2,
    title: Text {
        en: "No orphan pages",
        tr: "Yetim sayfa yok",
    },
    help: Text {
        en: "Link every page from at least one other page: a menu, a list, related posts or the footer.",
        tr: "Her sayfaya en az bir başka sayfadan bağlantı verin: menü, liste, ilgili yazılar ya da alt bilgi.",
    },
    doc: RuleDoc {
        what: "Follows the `<a href>` links between the audited pages (clean URLs, `index.html` and trailing slashes resolved). Warn: pages that no other page links to (the home page and pages marked `noindex` excepted); each is listed. Pass otherwise; skip with fewer than 2 pages.",
        why: "A visitor who arrives from a social network on a page that nothing links to cannot find it again, and the pages around it never send readers to it; crawlers find it late or never.",
        fix: "Add the page to a menu, a list page, a related-posts block or the sitemap page; or remove it if it is left over.",
        example: "<aside class=\"related\"><h2>Related posts</h2><ul><li><a href=\"/blog/spring-campaign.html\">Spring campaign</a></li></ul></aside>",
        sources: &["https://developers.google.com/search/docs/crawling-indexing/links-crawlable"],
    },
    params: &[],
    run: crate::checks::Run::Site(run),
};

fn run(ctx: &SiteCtx) -> Outcome {
    let d = ctx.data;
    if d.pages.len() < 2 {
        return Outcome::skip(ctx.t(
            "Fewer than two pages: no links between pages to follow.",
            "İkiden az sayfa var: sayfalar arası izlenecek bağlantı yok.",
        ));
    }
    let index = ctx.index();
    let mut linked = vec![false; d.pages.len()];
    for (i, p) in d.pages.views().enumerate() {
        for r in p.refs().filter(|r| r.tag == "a") {
            if let Target::Page(j) = index.lookup(r.url) {
                if j != i {
                    linked[j] = true;
                }
            }
        }
    }
    let home = index.lookup(&d.base_url);
    let orphans: Vec<usize> = (0..d.pages.len())
        .filter(|i| !linked[*i] && home != Target::Page(*i) && !d.pages.get(*i).noindex())
        .collect();
    if orphans.is_empty() {
        return Outcome::pass(ctx.t(
            format!("Each of the {} pages is linked from another page.", d.pages.len()),
            format!(
                "{} sayfanın her birine başka bir sayfadan bağlantı var.",
                d.pages.len()
            ),
        ));
    }
    let mut out = Outcome::warn(ctx.t(
        format!(
            "Pages no other page links to: {}. Visitors cannot reach them by browsing.",
            orphans.len()
        ),
        format!(
            "{} sayfaya başka hiçbir sayfadan bağlantı yok; ziyaretçiler gezinerek bu sayfalara ulaşamaz.",
            orphans.len()
        ),
    ))
    .detail("orphans", orphans.len())
    .detail(
        "pages",
        orphans
            .iter()
            .map(|i| d.pages.get(*i).path().to_string())
            .collect::<Vec<_>>(),
    );
    for i in &orphans {
        let p = d.pages.get(*i);
        out = out.evidence(ev_page(p.path(), p.title().unwrap_or(p.url()), 0));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::test_util::{run, site};
    use super::*;
    use crate::vocab::Status;

    #[test]
    fn finds_the_orphan_but_not_the_home_page() {
        let d = site(
            &[
                ("index.html", "<a href=/blog/>Blog</a>"),
                (
                    "blog/index.html",
                    "<a href=/>Home</a><a href='post'>Post</a><a href='#top'>top</a>",
                ),
                ("blog/post.html", "<a href=/blog/>Blog</a>"),
                ("lost.html", "<a href=/>Home</a><a href=lost.html>self</a>"),
                ("draft.html", "<meta name=robots content=noindex>"),
            ],
            &[],
            None,
        );
        let o = run(&CHECK, &d);
        assert_eq!(o.status, Status::Warn, "{}", o.message);
        assert_eq!(o.details["pages"], serde_json::json!(["lost.html"]));
        let d = site(
            &[
                ("index.html", "<a href=a.html>a</a>"),
                ("a.html", "<a href=./>home</a>"),
            ],
            &[],
            None,
        );
        assert_eq!(run(&CHECK, &d).status, Status::Pass);
    }
}
