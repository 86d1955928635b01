//! `favicon`: the small icon shown in tabs, bookmarks and some link previews.

use crate::checks::{ev_line, Category, Check, Ctx, Outcome, RuleDoc, Text};

pub static CHECK: Check = Check {
    id: "favicon",
    category: Category::Opengraph,
    weight: 1,
    title: Text {
        en: "Site icon",
        tr: "Site simgesi",
    },
    help: Text {
        en: "Add <link rel=\"icon\" href=\"/favicon.png\"> and <link rel=\"apple-touch-icon\" href=\"/apple-touch-icon.png\"> (180×180).",
        tr: "<link rel=\"icon\" href=\"/favicon.png\"> ve <link rel=\"apple-touch-icon\" href=\"/apple-touch-icon.png\"> (180×180) ekleyin.",
    },
    doc: RuleDoc {
        what: "Looks for `<link>` with rel `icon` (including `shortcut icon`), `apple-touch-icon`, `apple-touch-icon-precomposed` or `mask-icon`, with a non-empty href. Warn: none. Pass otherwise. (In page mode a bare /favicon.ico at the site root cannot be seen; declaring the icon makes it explicit.)",
        why: "Browsers, bookmarks, home-screen shortcuts and previews in Slack, Discord and Google results show the site icon next to your name; without it they show a blank or generic icon.",
        fix: "Declare a PNG or SVG icon and a 180×180 apple-touch-icon in <head>.",
        example: "<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">\n<link rel=\"apple-touch-icon\" href=\"/apple-touch-icon.png\">",
        sources: &[
            "https://developers.google.com/search/docs/appearance/favicon-in-search",
            "https://developer.mozilla.org/en-US/docs/Web/HTML/Attributes/rel#icon",
        ],
    },
    params: &[],
    run: crate::checks::Run::Page(run),
};

fn run(ctx: &Ctx) -> Outcome {
    let icons: Vec<_> = ctx
        .facts
        .head
        .links
        .iter()
        .filter(|l| {
            l.href.as_deref().is_some_and(|h| !h.trim().is_empty())
                && l.rel.iter().any(|r| {
                    matches!(
                        r.as_str(),
                        "icon" | "apple-touch-icon" | "apple-touch-icon-precomposed" | "mask-icon"
                    )
                })
        })
        .collect();
    if icons.is_empty() {
        return Outcome::warn(ctx.t(
            "No site icon declared: tabs, bookmarks and some previews show a blank icon.",
            "Site simgesi tanımlı değil: sekmeler, yer imleri ve bazı önizlemeler boş bir simge gösterir.",
        ));
    }
    Outcome::pass(ctx.t(
        format!("{} icon link(s) declared.", icons.len()),
        format!("{} simge bağlantısı tanımlı.", icons.len()),
    ))
    .evidence_all(icons.iter().map(|l| {
        ev_line(
            "link[rel~=\"icon\"]",
            format!(
                "<link rel=\"{}\" href=\"{}\">",
                l.rel.join(" "),
                l.href.as_deref().unwrap_or("")
            ),
            l.line,
        )
    }))
}

#[cfg(test)]
mod tests {
    use crate::checks::test_util::run_on;
    use crate::vocab::Status;

    #[test]
    fn statuses() {
        assert_eq!(
            run_on(&super::CHECK, "<title>x</title>", None).status,
            Status::Warn
        );
        assert_eq!(
            run_on(&super::CHECK, r#"<link rel="icon" href="">"#, None).status,
            Status::Warn
        );
        let o = run_on(
            &super::CHECK,
            r#"<link rel="shortcut icon" href="/favicon.ico">"#,
            None,
        );
        assert_eq!(o.status, Status::Pass);
        let o = run_on(
            &super::CHECK,
            r#"<link rel="apple-touch-icon" href="/a.png">"#,
            None,
        );
        assert_eq!(o.status, Status::Pass);
    }
}
