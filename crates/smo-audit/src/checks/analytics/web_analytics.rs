//! `analytics`: a web analytics tool or tag manager measures social traffic.

use crate::catalog::ServiceKind;
use crate::checks::{ev_line, Category, Check, Ctx, Outcome, RuleDoc, Text};

pub static CHECK: Check = Check {
    id: "analytics",
    category: Category::Analytics,
    weight: 2,
    title: Text { en: "Web analytics", tr: "Web analitiği" },
    help: Text {
        en: "Install a web analytics tool (GA4, Matomo, Plausible, Fathom, Umami, Yandex Metrica, Cloudflare Web Analytics, ...) or a tag manager that loads one.",
        tr: "Bir web analitiği aracı (GA4, Matomo, Plausible, Fathom, Umami, Yandex Metrica, Cloudflare Web Analytics, ...) ya da bunu yükleyen bir etiket yöneticisi kurun.",
    },
    doc: RuleDoc {
        what: "Pass: an analytics tool or tag manager from the catalogue (script src, inline snippet or noscript iframe). Warn: none. Details: `tools` and the social `pixels` found (Meta, LinkedIn Insight, X, TikTok, Pinterest, Snap, Reddit, VK). Tools loaded only through a tag manager are not visible in the HTML.",
        why: "Rule 8 of social media optimization: without measurement you cannot tell which network brings visitors who stay, subscribe or buy.",
        fix: "Add your analytics snippet to every page (or the tag manager container that loads it).",
        example: "<script defer data-domain=\"example.com\" src=\"https://plausible.io/js/script.js\"></script>",
        sources: &["https://support.google.com/analytics/answer/9304153", "https://plausible.io/docs/plausible-script"],
    },
    params: &[],
    run: crate::checks::Run::Page(run),
};

fn run(ctx: &Ctx) -> Outcome {
    let s = &ctx.facts.share;
    let tools: Vec<_> = s
        .services
        .iter()
        .filter(|x| matches!(x.kind, ServiceKind::Analytics | ServiceKind::TagManager))
        .collect();
    let pixels: Vec<&str> = s.services_of(ServiceKind::Pixel).map(|p| p.name).collect();
    let names: Vec<&str> = tools.iter().map(|t| t.name).collect();
    let out = if tools.is_empty() {
        Outcome::warn(ctx.t(
            "No web analytics or tag manager found: social traffic is not measured.",
            "Web analitiği ya da etiket yöneticisi bulunamadı: sosyal medyadan gelen trafik ölçülmüyor.",
        ))
    } else {
        Outcome::pass(ctx.t(
            format!("Measured with {}.", names.join(", ")),
            format!("Ölçüm aracı: {}.", names.join(", ")),
        ))
    };
    out.evidence_all(tools.iter().map(|t| ev_line(&t.via, t.name, t.line)))
        .detail("tools", names)
        .detail("pixels", pixels)
}

#[cfg(test)]
mod tests {
    use crate::checks::test_util::run_on;
    use crate::vocab::Status;

    #[test]
    fn analytics_paths() {
        let o = run_on(
            &super::CHECK,
            r#"<script async src="https://www.googletagmanager.com/gtag/js?id=G-1"></script><script>fbq('init', '1');</script>"#,
            None,
        );
        assert_eq!(o.status, Status::Pass);
        assert_eq!(o.details["pixels"][0], "Meta (Facebook) Pixel");
        let o = run_on(&super::CHECK, r#"<script>fbq('init', '1');</script>"#, None);
        assert_eq!(o.status, Status::Warn);
    }
}
