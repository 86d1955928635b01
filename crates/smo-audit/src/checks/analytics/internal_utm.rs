//! `internal-utm`: internal links must not carry `utm_*` parameters.

use crate::checks::{ev, Category, Check, Ctx, Outcome, RuleDoc, Text};
use crate::facts::LinkKind;

pub static CHECK: Check = Check {
    id: "internal-utm",
    category: Category::Analytics,
    weight: 2,
    title: Text { en: "No UTM tags on internal links", tr: "İç bağlantılarda UTM etiketi yok" },
    help: Text {
        en: "Remove utm_* parameters from links to your own pages; keep UTM tags for links you post on social networks, newsletters and ads.",
        tr: "Kendi sayfalarınıza giden bağlantılardan utm_* parametrelerini kaldırın; UTM etiketlerini sosyal medyada, bültenlerde ve reklamlarda paylaştığınız bağlantılar için kullanın.",
    },
    doc: RuleDoc {
        what: "Fail: an internal link (same host, `www.` ignored) whose query has a `utm_*` parameter. Pass otherwise.",
        why: "A UTM-tagged internal click starts a new session in most analytics tools and overwrites the real source: the visitor who came from Facebook is then counted as coming from your own campaign, and social traffic looks smaller than it is.",
        fix: "Strip utm_* from internal links; track internal promotions with events or your analytics tool's own internal-campaign feature.",
        example: "<a href=\"/pricing\">Pricing</a>",
        sources: &["https://support.google.com/analytics/answer/10917952", "https://matomo.org/faq/reports/common-campaign-tracking-errors/"],
    },
    params: &[],
    run: crate::checks::Run::Page(run),
};

fn run(ctx: &Ctx) -> Outcome {
    let bad: Vec<_> = ctx
        .facts
        .body
        .anchors
        .iter()
        .filter(|a| a.kind == LinkKind::Internal)
        .filter(|a| match &a.abs {
            Some(u) => u
                .query_pairs()
                .any(|(k, _)| k.to_ascii_lowercase().starts_with("utm_")),
            None => a.href.as_deref().is_some_and(|h| {
                let l = h.to_ascii_lowercase();
                l.contains("?utm_") || l.contains("&utm_")
            }),
        })
        .collect();
    if bad.is_empty() {
        return Outcome::pass(ctx.t(
            "No internal link carries utm_* parameters.",
            "Hiçbir iç bağlantı utm_* parametresi taşımıyor.",
        ));
    }
    Outcome::fail(ctx.t(
        format!(
            "{} internal link(s) carry utm_* parameters; they overwrite the real traffic source.",
            bad.len()
        ),
        format!(
            "{} iç bağlantı utm_* parametresi taşıyor; bunlar gerçek trafik kaynağının üzerine yazar.",
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
    fn utm_paths() {
        let url = Some("https://example.com/blog/post");
        let o = run_on(
            &super::CHECK,
            r#"<a href="/pricing?utm_source=blog&utm_medium=banner">Pricing</a>"#,
            url,
        );
        assert_eq!(o.status, Status::Fail);
        let o = run_on(
            &super::CHECK,
            r#"<a href="https://www.example.com/x?utm_campaign=a">x</a>"#,
            url,
        );
        assert_eq!(o.status, Status::Fail);
        let o = run_on(
            &super::CHECK,
            r#"<a href="https://other.org/?utm_source=example">partner</a><a href="/pricing">p</a>"#,
            url,
        );
        assert_eq!(o.status, Status::Pass);
    }
}
