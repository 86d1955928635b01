//! `document-title`: the `<title>` element (search results, tabs, fallback headline).

use crate::checks::{ev_line, Category, Check, Ctx, Outcome, Param, RuleDoc, Text};
use crate::text::char_len;

pub static CHECK: Check = Check {
    id: "document-title",
    category: Category::Opengraph,
    weight: 2,
    title: Text {
        en: "Page title",
        tr: "Sayfa başlığı",
    },
    help: Text {
        en: "Give the page one <title> of 10–60 characters that names its topic first.",
        tr: "Sayfaya konusunu başta söyleyen 10–60 karakterlik tek bir <title> verin.",
    },
    doc: RuleDoc {
        what: "Reads the first `<title>` (outside SVG, template and noscript). Fail: none, or empty. Warn: shorter than `min` (10) or longer than `max` (60) characters, or more than one `<title>`. Pass otherwise.",
        why: "The title is the link text in search results and browser tabs, and the headline LinkedIn, Facebook, Discord and WhatsApp fall back to when og:title is missing. Google shows roughly the first 50–60 characters (about 600 pixels).",
        fix: "Write a unique title per page, topic first, brand last, under about 60 characters.",
        example: "<title>Social media consulting for small shops | Acme</title>",
        sources: &[
            "https://developers.google.com/search/docs/appearance/title-link",
            "Yoast SEO: SEO title width check (~600 px, about 60 characters)",
        ],
    },
    params: &[Param::count("min").at_most("max"), Param::count("max")],
    run: crate::checks::Run::Page(run),
};

fn run(ctx: &Ctx) -> Outcome {
    let h = &ctx.facts.head;
    let min = ctx.param("min", 10.0) as usize;
    let max = ctx.param("max", 60.0) as usize;
    let Some(title) = h.title.as_deref() else {
        return Outcome::fail(ctx.t(
            "No <title>: search results and shares fall back to the address or the first text on the page.",
            "<title> yok: arama sonuçları ve paylaşımlar adrese ya da sayfadaki ilk metne döner.",
        ));
    };
    let ev = ev_line("title", format!("<title>{}</title>", title), h.title_line);
    let n = char_len(title);
    let out = if n == 0 {
        Outcome::fail(ctx.t("The <title> is empty.", "<title> boş."))
    } else if n < min {
        Outcome::warn(ctx.t(
            format!(
                "The title is {} characters long; under {} it says too little.",
                n, min
            ),
            format!(
                "Başlık {} karakter; {} karakterin altı çok az şey söyler.",
                n, min
            ),
        ))
    } else if n > max {
        Outcome::warn(ctx.t(
            format!(
                "The title is {} characters long; search results cut it after about {}.",
                n, max
            ),
            format!(
                "Başlık {} karakter; arama sonuçları yaklaşık {} karakterden sonra keser.",
                n, max
            ),
        ))
    } else if h.title_count > 1 {
        Outcome::warn(ctx.t(
            format!(
                "The page has {} <title> elements; browsers and crawlers use only the first.",
                h.title_count
            ),
            format!(
                "Sayfada {} <title> öğesi var; tarayıcılar ve botlar yalnızca ilkini kullanır.",
                h.title_count
            ),
        ))
    } else {
        Outcome::pass(ctx.t(
            format!("The title is {} characters long.", n),
            format!("Başlık {} karakter.", n),
        ))
    };
    out.evidence(ev)
        .detail("length", n)
        .detail("count", h.title_count)
}

#[cfg(test)]
mod tests {
    use crate::checks::test_util::run_on;
    use crate::vocab::Status;

    fn run(html: &str) -> crate::checks::Outcome {
        run_on(&super::CHECK, html, None)
    }

    #[test]
    fn missing_or_empty_fails() {
        assert_eq!(run("<p>x</p>").status, Status::Fail);
        assert_eq!(run("<title>  </title>").status, Status::Fail);
        // An SVG title is not the document title.
        assert_eq!(
            run("<body><svg><title>Icon</title></svg></body>").status,
            Status::Fail
        );
    }

    #[test]
    fn short_long_and_duplicate_warn() {
        assert_eq!(run("<title>Home</title>").status, Status::Warn);
        let long = "Word ".repeat(15);
        assert_eq!(run(&format!("<title>{long}</title>")).status, Status::Warn);
        let o = run("<title>A proper page title</title><title>Second</title>");
        assert_eq!(o.status, Status::Warn);
        assert_eq!(o.details["count"], 2);
    }

    #[test]
    fn good_passes() {
        let o = run("<head>\n<title>Küçük işletmeler için sosyal medya</title>");
        assert_eq!(o.status, Status::Pass);
        assert_eq!(o.evidence[0].line, Some(2));
    }
}
