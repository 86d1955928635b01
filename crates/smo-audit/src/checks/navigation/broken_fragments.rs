//! `broken-fragments`: in-page links that point at a missing id.

use crate::checks::{ev, Category, Check, Ctx, Outcome, RuleDoc, Text};

pub static CHECK: Check = Check {
    id: "broken-fragments",
    category: Category::Navigation,
    weight: 1,
    title: Text {
        en: "In-page links reach their target",
        tr: "Sayfa içi bağlantılar hedefe ulaşıyor",
    },
    help: Text {
        en: "Give the target element the id the link uses, or fix the link's #fragment.",
        tr: "Hedef öğeye bağlantının kullandığı id'yi verin ya da bağlantıdaki #parçayı düzeltin.",
    },
    doc: RuleDoc {
        what: "Lists links to `#x` (or to this page's URL + `#x`) when no element has id `x` and no `<a name=\"x\">` exists (percent-encoding decoded). `#top`, `#!` and `#/` routes are left alone. Warn: any. Pass: none.",
        why: "A table of contents or \"jump to\" link that goes nowhere makes a long page feel broken to a visitor scanning it.",
        fix: "Add the id to the heading or section the link means, or correct the link.",
        example: "<a href=\"#pricing\">Pricing</a> … <h2 id=\"pricing\">Pricing</h2>",
        sources: &["https://html.spec.whatwg.org/multipage/browsing-the-web.html#scroll-to-fragid"],
    },
    params: &[],
    run: crate::checks::Run::Page(run),
};

fn run(ctx: &Ctx) -> Outcome {
    let f = ctx.facts;
    let bad: Vec<_> = f
        .nav
        .broken_fragments
        .iter()
        .filter_map(|i| f.body.anchors.get(*i))
        .collect();
    if bad.is_empty() {
        return Outcome::pass(ctx.t(
            "Every in-page link has a target.",
            "Her sayfa içi bağlantının bir hedefi var.",
        ));
    }
    Outcome::warn(ctx.t(
        format!(
            "{} in-page link(s) point at an id that is not on the page.",
            bad.len()
        ),
        format!(
            "{} sayfa içi bağlantı sayfada olmayan bir id'yi gösteriyor.",
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
    fn missing_target_warns() {
        let o = run_on(
            &super::CHECK,
            r##"<a href="#nope">x</a><h2 id="yes">y</h2>"##,
            None,
        );
        assert_eq!(o.status, Status::Warn);
        let o = run_on(
            &super::CHECK,
            r##"<a href="https://example.com/p#gone">x</a>"##,
            Some("https://example.com/p"),
        );
        assert_eq!(o.status, Status::Warn);
    }

    #[test]
    fn existing_targets_pass() {
        let html = r##"<a href="#yes">y</a><a href="#top">t</a><a href="#%C5%9F">s</a><a href="#n">n</a><h2 id="yes">y</h2><p id="ş">s</p><a name="n"></a>"##;
        assert_eq!(run_on(&super::CHECK, html, None).status, Status::Pass);
    }
}
