//! `duplicate-titles`: pages sharing a `<title>` or og:title.

use super::{ev_page, same_text_groups, SiteCtx};
use crate::checks::{Category, Check, Outcome, RuleDoc, Text};
use crate::facts::site::PageView;

pub static CHECK: Check = Check {
    id: "duplicate-titles",
    category: Category::Site,
    weight: 2,
    title: Text {
        en: "Unique page titles",
        tr: "Benzersiz sayfa başlıkları",
    },
    help: Text {
        en: "Give every page its own <title> and og:title that says what that page, and only that page, offers.",
        tr: "Her sayfaya, yalnızca o sayfanın sunduğunu anlatan kendi <title> ve og:title değerini verin.",
    },
    doc: RuleDoc {
        what: "Groups the pages by `<title>` and by og:title (case and white space ignored). Warn: two or more pages share one; the groups are listed. Pass otherwise; skip with fewer than 2 pages.",
        why: "Shared links of different pages that carry the same headline look like the same post in a feed, and people do not click twice. Search engines also pick one of the duplicates and hide the others.",
        fix: "Write each page's title from its own content; templates should fill the page's name before the site name, never the site name alone.",
        example: "<title>LinkedIn company page in four steps | Kıvılcım Dijital</title>",
        sources: &["https://developers.google.com/search/docs/appearance/title-link", "https://ogp.me/#metadata"],
    },
    params: &[],
    run: crate::checks::Run::Site(run),
};

fn run(ctx: &SiteCtx) -> Outcome {
    let d = ctx.data;
    if d.pages.len() < 2 {
        return Outcome::skip(ctx.t(
            "Fewer than two pages: nothing to compare.",
            "İkiden az sayfa var: karşılaştırılacak bir şey yok.",
        ));
    }
    let mut groups: Vec<(&str, Vec<(usize, &str)>)> = Vec::new();
    for (kind, get) in [
        (
            "title",
            (|p: PageView<'_>| p.title()) as fn(PageView<'_>) -> Option<&str>,
        ),
        ("og:title", |p| p.og_title()),
    ] {
        groups.extend(same_text_groups(&d.pages, get).into_iter().map(|g| (kind, g)));
    }
    if groups.is_empty() {
        return Outcome::pass(ctx.t("Every page has its own title.", "Her sayfanın kendi başlığı var."));
    }
    let pages: usize = groups.iter().map(|g| g.1.len()).sum();
    let mut out = Outcome::warn(ctx.t(
        format!("Groups of pages sharing a title: {} ({} pages). In a feed they look like the same link.", groups.len(), pages),
        format!("{} sayfa grubu aynı başlığı paylaşıyor ({} sayfa): akışta aynı bağlantı gibi görünürler.", groups.len(), pages),
    ))
    .detail("groups", groups.len())
    .detail(
        "duplicates",
        groups
            .iter()
            .map(|(k, g)| serde_json::json!({"tag": k, "text": g[0].1, "pages": g.iter().map(|(i, _)| d.pages.get(*i).path()).collect::<Vec<_>>()}))
            .collect::<Vec<_>>(),
    );
    for (k, g) in &groups {
        for (i, t) in g {
            out = out.evidence(ev_page(d.pages.get(*i).path(), format!("{}: {}", k, t), 0));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::test_util::{run, site};
    use super::*;
    use crate::vocab::Status;

    #[test]
    fn warns_on_shared_titles_and_passes_otherwise() {
        let d = site(
            &[
                ("a.html", "<title>Same  Title</title>"),
                ("b.html", "<title>same title</title>"),
                ("c.html", "<title>Other</title>"),
            ],
            &[],
            None,
        );
        let o = run(&CHECK, &d);
        assert_eq!(o.status, Status::Warn);
        assert_eq!(o.evidence.len(), 2);
        let d = site(
            &[("a.html", "<title>One</title>"), ("b.html", "<title>Two</title>")],
            &[],
            None,
        );
        assert_eq!(run(&CHECK, &d).status, Status::Pass);
        let d = site(
            &[
                ("a.html", "<meta property=og:title content=X><title>1</title>"),
                ("b.html", "<meta property=og:title content=X><title>2</title>"),
            ],
            &[],
            None,
        );
        assert_eq!(run(&CHECK, &d).status, Status::Warn, "og:title duplicates count");
        let d = site(&[("a.html", "<title>One</title>")], &[], None);
        assert_eq!(run(&CHECK, &d).status, Status::Skip);
    }
}
