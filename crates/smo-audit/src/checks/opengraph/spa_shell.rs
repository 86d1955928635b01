//! `spa-shell`: an app shell whose share tags only appear after JavaScript runs.

use super::common::first_value;
use crate::checks::{ev_line, Category, Check, Ctx, Outcome, Param, RuleDoc, Text};

pub static CHECK: Check = Check {
    id: "spa-shell",
    category: Category::Opengraph,
    weight: 2,
    title: Text {
        en: "Tags in the served HTML",
        tr: "Sunulan HTML'deki etiketler",
    },
    help: Text {
        en: "Render og:title and og:image on the server (SSR, prerendering or static generation): preview bots do not run JavaScript.",
        tr: "og:title ve og:image etiketlerini sunucuda üretin (SSR, ön işleme ya da statik üretim): önizleme botları JavaScript çalıştırmaz.",
    },
    doc: RuleDoc {
        what: "Fail: the served HTML is an empty app shell — an empty root element (`#root`, `#app`, `#__next`, `#__nuxt`, `#___gatsby`, `<app-root>`, ...) and fewer than `max_text_chars` (200) characters of visible body text — and it lacks og:title or og:image. Pass otherwise (an app shell that carries its og:title and og:image passes, and the message says so).",
        why: "Facebook, X, LinkedIn, Slack, Discord, WhatsApp and Telegram read the HTML as the server sends it and do not run JavaScript. Tags that a client-side router adds later are never seen, so every share of the page looks empty.",
        fix: "Server-render or prerender the page (Next.js, Nuxt, Angular Universal, a prerender service, or a static build), or at least put the og:* tags into the HTML the server sends for each URL.",
        example: "<head>\n  <meta property=\"og:title\" content=\"…\">\n  <meta property=\"og:image\" content=\"https://…\">\n</head>\n<body><div id=\"root\"></div><script src=\"/app.js\"></script></body>",
        sources: &[
            "https://developers.facebook.com/docs/sharing/webmasters/crawler/ (the crawler reads the served HTML)",
            "https://developer.x.com/en/docs/x-for-websites/cards/guides/troubleshooting-cards",
        ],
    },
    params: &[Param::count("max_text_chars")],
    run: crate::checks::Run::Page(run),
};

fn run(ctx: &Ctx) -> Outcome {
    let f = ctx.facts;
    let max_text = ctx.param("max_text_chars", 200.0) as usize;
    let shell = !f.body.empty_roots.is_empty() && f.body.text_chars < max_text;
    let has_title = first_value(&f.head, "og:title").is_some();
    let has_image = f.head.og_images.iter().any(|i| !i.url.trim().is_empty());
    let details =
        |o: Outcome| {
            o.detail("appShell", shell)
                .detail("textChars", f.body.text_chars)
                .evidence_all(f.body.empty_roots.iter().map(|(sel, line)| {
                    ev_line(sel, format!("<{}> (empty)", sel.replace('#', " id=")), *line)
                }))
        };
    if !shell {
        return details(Outcome::pass(ctx.t(
            "The served HTML has its content; preview bots can read it.",
            "Sunulan HTML içeriği barındırıyor; önizleme botları okuyabilir.",
        )));
    }
    if has_title && has_image {
        return details(Outcome::pass(ctx.t(
            "The page is an app shell filled by JavaScript, but og:title and og:image are in the served HTML, so previews work.",
            "Sayfa JavaScript ile doldurulan bir uygulama kabuğu, ama og:title ve og:image sunulan HTML'de olduğu için önizlemeler çalışır.",
        )));
    }
    let missing = match (has_title, has_image) {
        (false, false) => "og:title, og:image",
        (false, true) => "og:title",
        _ => "og:image",
    };
    details(Outcome::fail(ctx.t(
        format!("The served HTML is an empty app shell without {}: preview bots do not run JavaScript, so shares of this page show no card.", missing),
        format!("Sunulan HTML, {} olmayan boş bir uygulama kabuğu: önizleme botları JavaScript çalıştırmaz, bu sayfanın paylaşımları kartsız görünür.", missing),
    )))
    .detail("missing", missing)
}

#[cfg(test)]
mod tests {
    use crate::checks::test_util::run_on;
    use crate::vocab::Status;

    fn run(html: &str) -> crate::checks::Outcome {
        run_on(&super::CHECK, html, None)
    }

    #[test]
    fn empty_shell_without_tags_fails() {
        let o = run("<html><head><title>App</title></head>\n<body><div id=\"root\"></div><noscript>You need to enable JavaScript to run this app.</noscript><script src=\"/main.js\"></script></body></html>");
        assert_eq!(o.status, Status::Fail);
        assert!(o.message.contains("og:title, og:image"));
        assert_eq!(o.evidence[0].line, Some(2));
        let o = run(
            r#"<head><meta property="og:title" content="App title"></head><body><div id="app"></div></body>"#,
        );
        assert_eq!(o.status, Status::Fail);
        assert_eq!(o.details["missing"], "og:image");
    }

    #[test]
    fn shell_with_tags_passes() {
        let o = run(
            r#"<head><meta property="og:title" content="App title"><meta property="og:image" content="https://e.com/a.jpg"></head><body><div id="__next"></div></body>"#,
        );
        assert_eq!(o.status, Status::Pass);
        assert_eq!(o.details["appShell"], true);
    }

    #[test]
    fn server_rendered_page_passes() {
        let text = "Real content rendered on the server. ".repeat(10);
        let o = run(&format!(r#"<body><div id="root"><p>{text}</p></div></body>"#));
        assert_eq!(o.status, Status::Pass);
        assert_eq!(o.details["appShell"], false);
    }
}
