//! `heading-structure`: one `<h1>`, no skipped heading levels.

use crate::checks::{ev, Category, Check, Ctx, Outcome, RuleDoc, Text};
use crate::facts::Region;

pub static CHECK: Check = Check {
    id: "heading-structure",
    category: Category::Readability,
    weight: 2,
    title: Text {
        en: "Heading structure",
        tr: "Başlık yapısı",
    },
    help: Text {
        en: "Give the page one <h1> with its topic, then <h2> for sections and <h3> inside them, without skipping levels.",
        tr: "Sayfaya konusunu anlatan tek bir <h1> verin; bölümler için <h2>, içlerinde <h3> kullanın, seviye atlamayın.",
    },
    doc: RuleDoc {
        what: "Reads every visible heading of the page in order. Fail: no `<h1>`. Warn: more than one `<h1>`, or a skipped level (an `<h2>` followed by an `<h4>`). Pass otherwise. Headings inside hidden elements are ignored.",
        why: "Headings are the outline readers, screen readers and search engines use to understand a page; a missing or doubled <h1> and skipped levels make the outline wrong, and a page shared without a clear headline loses readers.",
        fix: "Keep one <h1> (the page's headline), turn other <h1>s into <h2>, and use the next level down for each sub-section.",
        example: "<h1>Guide title</h1>\n<h2>Section</h2>\n<h3>Sub-section</h3>",
        sources: &[
            "WCAG 2.2 technique H42 and 'Headings and labels' (1.3.1, 2.4.6)",
            "Yoast SEO: single title (h1) check",
        ],
    },
    params: &[],
    run: crate::checks::Run::Page(run),
};

fn run(ctx: &Ctx) -> Outcome {
    let headings: Vec<_> = ctx
        .facts
        .body
        .headings
        .iter()
        .filter(|h| !h.loc.region.has(Region::HIDDEN))
        .collect();
    let h1s: Vec<_> = headings.iter().filter(|h| h.level == 1).collect();
    if h1s.is_empty() {
        let mut out = Outcome::fail(ctx.t(
            "The page has no <h1>: it has no visible headline.",
            "Sayfada <h1> yok: görünür bir ana başlığı yok.",
        ));
        if let Some(first) = headings.first() {
            out = out.evidence(ev(&first.loc, format!("<h{}>{}", first.level, first.text)));
        }
        return out.detail("headings", headings.len());
    }
    let mut skips = Vec::new();
    let mut prev: Option<u8> = None;
    for h in &headings {
        if let Some(p) = prev {
            if h.level > p + 1 {
                skips.push((p, *h));
            }
        }
        prev = Some(h.level);
    }
    if h1s.len() > 1 {
        return Outcome::warn(ctx.t(
            format!(
                "The page has {} <h1> headings; keep one for the headline.",
                h1s.len()
            ),
            format!(
                "Sayfada {} tane <h1> var; ana başlık için bir tane bırakın.",
                h1s.len()
            ),
        ))
        .evidence_all(h1s.iter().map(|h| ev(&h.loc, format!("<h1>{}", h.text))))
        .evidence_all(
            skips
                .iter()
                .map(|(p, h)| ev(&h.loc, format!("<h{}> after <h{}>: {}", h.level, p, h.text))),
        )
        .detail("h1", h1s.len())
        .detail("skippedLevels", skips.len());
    }
    if !skips.is_empty() {
        return Outcome::warn(ctx.t(
            format!(
                "{} heading(s) skip a level (e.g. <h2> followed by <h4>).",
                skips.len()
            ),
            format!(
                "{} başlık bir seviye atlıyor (örneğin <h2> ardından <h4>).",
                skips.len()
            ),
        ))
        .evidence_all(
            skips
                .iter()
                .map(|(p, h)| ev(&h.loc, format!("<h{}> after <h{}>: {}", h.level, p, h.text))),
        )
        .detail("skippedLevels", skips.len());
    }
    Outcome::pass(ctx.t(
        format!("One <h1> and {} headings in order.", headings.len()),
        format!("Bir <h1> ve sıralı {} başlık.", headings.len()),
    ))
    .evidence(ev(&h1s[0].loc, format!("<h1>{}", h1s[0].text)))
}

#[cfg(test)]
mod tests {
    use crate::checks::test_util::run_on;
    use crate::vocab::Status;

    #[test]
    fn rules() {
        assert_eq!(
            run_on(&super::CHECK, "<body><h2>x</h2></body>", None).status,
            Status::Fail
        );
        let o = run_on(&super::CHECK, "<body><h1>a</h1>\n<h1>b</h1></body>", None);
        assert_eq!(o.status, Status::Warn);
        assert_eq!(o.evidence.len(), 2);
        let o = run_on(
            &super::CHECK,
            "<body><h1>a</h1><h2>b</h2>\n<h4>c</h4></body>",
            None,
        );
        assert_eq!(o.status, Status::Warn);
        assert_eq!(o.evidence[0].line, Some(2));
        let o = run_on(
            &super::CHECK,
            "<body><h1>a</h1><h2>b</h2><h3>c</h3><h2>d</h2></body>",
            None,
        );
        assert_eq!(o.status, Status::Pass);
    }
}
