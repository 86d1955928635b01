//! `nav-search`: a site search lets a visitor look for more.

use crate::checks::{ev_line, Category, Check, Ctx, Outcome, RuleDoc, Text};

pub static CHECK: Check = Check {
    id: "nav-search",
    category: Category::Navigation,
    weight: 1,
    title: Text {
        en: "Site search",
        tr: "Site içi arama",
    },
    help: Text {
        en: "Add a search form: <form role=\"search\" action=\"/search\"><input type=\"search\" name=\"q\"></form>.",
        tr: "Bir arama formu ekleyin: <form role=\"search\" action=\"/search\"><input type=\"search\" name=\"q\"></form>.",
    },
    doc: RuleDoc {
        what: "Pass: `role=search`, an `input[type=search]`, or a GET form with a query field named q, s, query, search, keyword, ara, suche, ... Warn: none.",
        why: "A visitor who came for one post and wants more on the topic searches; without a search box they leave.",
        fix: "Put a small search form in the header or sidebar, using GET so results have shareable URLs.",
        example: "<form role=\"search\" action=\"/search\" method=\"get\"><input type=\"search\" name=\"q\" aria-label=\"Search\"></form>",
        sources: &["https://developer.mozilla.org/en-US/docs/Web/Accessibility/ARIA/Roles/search_role"],
    },
    params: &[],
    run: crate::checks::Run::Page(run),
};

fn run(ctx: &Ctx) -> Outcome {
    let s = &ctx.facts.nav.searches;
    match s.first() {
        Some(b) => Outcome::pass(ctx.t("Site search found.", "Site içi arama bulundu."))
            .evidence(ev_line(&b.selector, b.how, b.line))
            .detail("how", b.how),
        None => Outcome::warn(ctx.t(
            "No site search: visitors cannot look for more on their topic.",
            "Site içi arama yok: ziyaretçiler konularıyla ilgili daha fazlasını arayamıyor.",
        )),
    }
}

#[cfg(test)]
mod tests {
    use crate::checks::test_util::run_on;
    use crate::vocab::Status;

    #[test]
    fn search_forms_pass() {
        for html in [
            r#"<form role="search"><input name="x"></form>"#,
            r#"<input type="search" name="term">"#,
            r#"<form action="/" method="get"><input type="text" name="s"></form>"#,
            r#"<div role="search"><input name="x"></div>"#,
        ] {
            assert_eq!(run_on(&super::CHECK, html, None).status, Status::Pass, "{html}");
        }
    }

    #[test]
    fn login_or_post_form_warns() {
        let html =
            r#"<form method="post"><input name="q"></form><form><input type="email" name="email"></form>"#;
        assert_eq!(run_on(&super::CHECK, html, None).status, Status::Warn);
    }
}
