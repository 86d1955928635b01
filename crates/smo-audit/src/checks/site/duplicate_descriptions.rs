//! `duplicate-descriptions`: pages sharing a meta description or og:description.

use super::{ev_page, same_text_groups, SiteCtx};
use crate::checks::{Category, Check, Outcome, RuleDoc, Text};
use crate::facts::site::PageView;

pub static CHECK: Check = Check {
    id: "duplicate-descriptions",
    category: Category::Site,
    weight: 1,
    title: Text {
        en: "Unique descriptions",
        tr: "Benzersiz açıklamalar",
    },
    help: Text {
        en: "Write a description for each page from its own content instead of a site-wide default.",
        tr: "Site geneli varsayılan bir metin yerine her sayfa için kendi içeriğinden bir açıklama yazın.",
    },
    doc: RuleDoc {
        what: "Groups the pages by `<meta name=description>` and by og:description (case and white space ignored). Warn: two or more pages share one; the groups are listed. Pass otherwise; skip with fewer than 2 pages.",
        why: "The description is the line under the headline of a shared link. The same text on every page tells a reader nothing about the page behind the link, and search engines replace it with a snippet of their own choosing.",
        fix: "Fill the description from the page: its summary, the first paragraph of an article, or a line written for it. Avoid one default in the site template.",
        example: "<meta name=\"description\" content=\"A content calendar in five steps: goal, topics, rhythm, shareable pages, monthly review.\">",
        sources: &["https://developers.google.com/search/docs/appearance/snippet", "https://ogp.me/#optional"],
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
            "description",
            (|p: PageView<'_>| p.description()) as fn(PageView<'_>) -> Option<&str>,
        ),
        ("og:description", |p| p.og_description()),
    ] {
        groups.extend(same_text_groups(&d.pages, get).into_iter().map(|g| (kind, g)));
    }
    if groups.is_empty() {
        return Outcome::pass(ctx.t(
            "Every page has its own description.",
            "Her sayfanın kendi açıklaması var.",
        ));
    }
    let pages: usize = groups.iter().map(|g| g.1.len()).sum();
    let mut out = Outcome::warn(ctx.t(
        format!(
            "Groups of pages sharing a description: {} ({} pages).",
            groups.len(),
            pages
        ),
        format!(
            "{} sayfa grubu aynı açıklamayı paylaşıyor ({} sayfa).",
            groups.len(),
            pages
        ),
    ))
    .detail("groups", groups.len());
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
    fn warns_on_shared_descriptions() {
        let m = |d: &str| format!("<meta name=description content=\"{}\">", d);
        let d = site(
            &[("a.html", &m("Same text")), ("b.html", &m("same  TEXT"))],
            &[],
            None,
        );
        assert_eq!(run(&CHECK, &d).status, Status::Warn);
        let d = site(
            &[("a.html", &m("One")), ("b.html", &m("Two")), ("c.html", "")],
            &[],
            None,
        );
        assert_eq!(run(&CHECK, &d).status, Status::Pass);
    }
}
