//! `internal-new-tab`: internal links should open in the same tab.

use crate::checks::{ev, Category, Check, Ctx, Outcome, RuleDoc, Text};

pub static CHECK: Check = Check {
    id: "internal-new-tab",
    category: Category::Navigation,
    weight: 1,
    title: Text {
        en: "Internal links stay in the tab",
        tr: "İç bağlantılar aynı sekmede açılıyor",
    },
    help: Text {
        en: "Remove target=\"_blank\" from links to your own pages.",
        tr: "Kendi sayfalarınıza giden bağlantılardan target=\"_blank\" özniteliğini kaldırın.",
    },
    doc: RuleDoc {
        what: "Lists internal links with `target=_blank` (documents such as PDFs are left alone). Warn: any. Pass: none.",
        why: "In the in-app browsers of social apps a new tab breaks the back button and hides the way back to the post the visitor came from; on your own site it only adds tabs.",
        fix: "Keep target=\"_blank\" for external links if you want it, never for your own pages.",
        example: "<a href=\"/blog/next-post/\">Next post</a>",
        sources: &["https://www.nngroup.com/articles/new-browser-windows-and-tabs/"],
    },
    params: &[],
    run: crate::checks::Run::Page(run),
};

fn run(ctx: &Ctx) -> Outcome {
    let f = ctx.facts;
    let bad: Vec<_> = f
        .nav
        .internal_new_tab
        .iter()
        .filter_map(|i| f.body.anchors.get(*i))
        .collect();
    if bad.is_empty() {
        return Outcome::pass(ctx.t(
            "Internal links open in the same tab.",
            "İç bağlantılar aynı sekmede açılıyor.",
        ));
    }
    Outcome::warn(ctx.t(
        format!(
            "{} internal link(s) open a new tab, which breaks the back button.",
            bad.len()
        ),
        format!(
            "{} iç bağlantı yeni sekmede açılıyor; bu geri düğmesini bozar.",
            bad.len()
        ),
    ))
    .evidence_all(bad.iter().map(|a| ev(&a.loc, a.href.as_deref().unwrap_or(""))))
    .detail("count", bad.len())
}

#[cfg(test)]
mod tests {
    use crate::checks::test_util::run_on;
    use crate::vocab::Status;

    #[test]
    fn internal_blank_warns_external_and_pdf_pass() {
        assert_eq!(
            run_on(&super::CHECK, r#"<a href="/a" target="_blank">a</a>"#, None).status,
            Status::Warn
        );
        let html = r#"<a href="https://other.example/" target="_blank">o</a><a href="/doc.pdf" target="_blank">pdf</a><a href="/a">a</a>"#;
        assert_eq!(
            run_on(&super::CHECK, html, Some("https://example.com/p")).status,
            Status::Pass
        );
    }
}
