//! `nav-menu`: a main navigation with enough internal links to move on.

use crate::checks::{ev_line, Category, Check, Ctx, Outcome, Param, RuleDoc, Text};

pub static CHECK: Check = Check {
    id: "nav-menu",
    category: Category::Navigation,
    weight: 3,
    title: Text {
        en: "Main navigation menu",
        tr: "Ana gezinme menüsü",
    },
    help: Text {
        en: "Add a <nav> menu (in the header) linking to at least 3 key sections of the site.",
        tr: "Başlık alanına sitenin en az 3 ana bölümüne bağlantı veren bir <nav> menüsü ekleyin.",
    },
    doc: RuleDoc {
        what: "Looks for a main navigation outside the footer: `<nav>`, `role=navigation`, a link list in the header, or a list/div whose class names a menu; counts its distinct internal destinations (the page itself left out). Pass: ≥ `min` (3). Warn: 1–2, or only a footer menu. Fail: none.",
        why: "A visitor arriving from a social post lands deep in the site; without a menu the only way on is the back button, and the visit ends as a bounce.",
        fix: "Put a <nav> with links to the home page and the main sections in the page header, on every template.",
        example: "<header><nav aria-label=\"Main\"><a href=\"/\">Home</a> <a href=\"/blog/\">Blog</a> <a href=\"/services/\">Services</a> <a href=\"/contact/\">Contact</a></nav></header>",
        sources: &[
            "https://www.w3.org/WAI/ARIA/apg/patterns/landmarks/examples/navigation.html",
            "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/nav",
        ],
    },
    params: &[Param::count("min")],
    run: crate::checks::Run::Page(run),
};

fn run(ctx: &Ctx) -> Outcome {
    let nav = &ctx.facts.nav;
    let min = ctx.param("min", 3.0).max(1.0) as usize;
    let best = nav
        .menus
        .iter()
        .filter(|m| !m.in_footer)
        .max_by_key(|m| m.internal_links);
    let footer = nav
        .menus
        .iter()
        .filter(|m| m.in_footer)
        .max_by_key(|m| m.internal_links);
    match best.filter(|m| m.internal_links > 0) {
        Some(m) if m.internal_links >= min => Outcome::pass(ctx.t(
            format!("Main menu found with {} internal links.", m.internal_links),
            format!("{} iç bağlantılı bir ana menü bulundu.", m.internal_links),
        ))
        .evidence(ev_line(&m.selector, format!("{} links", m.links), m.line))
        .detail("internalLinks", m.internal_links),
        Some(m) => Outcome::warn(ctx.t(
            format!(
                "The menu has only {} internal link(s); visitors need at least {} ways on.",
                m.internal_links, min
            ),
            format!(
                "Menüde yalnızca {} iç bağlantı var; ziyaretçilerin en az {} yola ihtiyacı var.",
                m.internal_links, min
            ),
        ))
        .evidence(ev_line(&m.selector, format!("{} links", m.links), m.line))
        .detail("internalLinks", m.internal_links),
        None => match footer.filter(|m| m.internal_links > 0) {
            Some(m) => Outcome::warn(ctx.t(
                "The only menu is in the footer, where few visitors look.",
                "Tek menü altbilgide; ziyaretçilerin çoğu oraya bakmaz.",
            ))
            .evidence(ev_line(&m.selector, format!("{} links", m.links), m.line))
            .detail("internalLinks", 0),
            None => Outcome::fail(ctx.t(
                "No navigation menu with internal links: a visitor from a social post has no way on.",
                "İç bağlantılı bir gezinme menüsü yok: sosyal medyadan gelen ziyaretçinin devam edecek yolu yok.",
            ))
            .detail("internalLinks", 0),
        },
    }
}

#[cfg(test)]
mod tests {
    use crate::checks::test_util::run_on;
    use crate::vocab::Status;

    #[test]
    fn three_links_pass() {
        let o = run_on(
            &super::CHECK,
            r#"<body><header><nav><a href="/">Home</a><a href="/blog">Blog</a><a href="/about">About</a></nav></header></body>"#,
            None,
        );
        assert_eq!(o.status, Status::Pass);
    }

    #[test]
    fn header_list_counts_and_two_links_warn() {
        let o = run_on(
            &super::CHECK,
            r#"<body><header><ul><li><a href="/">Home</a><li><a href="/blog">Blog</a></ul></header></body>"#,
            None,
        );
        assert_eq!(o.status, Status::Warn);
    }

    #[test]
    fn footer_only_warns_and_none_fails() {
        let o = run_on(
            &super::CHECK,
            r#"<body><p>x</p><footer><nav><a href="/a">A</a><a href="/b">B</a><a href="/c">C</a></nav></footer></body>"#,
            None,
        );
        assert_eq!(o.status, Status::Warn);
        let o = run_on(&super::CHECK, "<body><p>Just text</p></body>", None);
        assert_eq!(o.status, Status::Fail);
    }

    #[test]
    fn external_links_do_not_count() {
        let o = run_on(
            &super::CHECK,
            r#"<body><nav><a href="https://x.com/a">A</a><a href="https://y.com/">B</a><a href="https://z.com/">C</a></nav></body>"#,
            Some("https://example.com/p"),
        );
        assert_eq!(o.status, Status::Fail);
    }
}
