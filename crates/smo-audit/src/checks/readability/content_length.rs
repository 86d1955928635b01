//! `content-length`: enough main text to be worth sharing.

use super::summary;
use crate::checks::{Category, Check, Ctx, Outcome, Param, RuleDoc, Text};
use crate::facts::PageKind;

pub static CHECK: Check = Check {
    id: "content-length",
    category: Category::Readability,
    weight: 1,
    title: Text {
        en: "Content length",
        tr: "İçerik uzunluğu",
    },
    help: Text {
        en: "Write enough main text to answer the visitor's question: at least 300 words on an article, 100 on other pages.",
        tr: "Ziyaretçinin sorusunu yanıtlayacak kadar ana metin yazın: makalede en az 300, diğer sayfalarda 100 kelime.",
    },
    doc: RuleDoc {
        what: "Counts the words of the main text (navigation, header, footer, sidebars and comments left out). On an article: pass ≥ 300 words, warn fewer, fail under 50. Elsewhere: pass ≥ 100, warn fewer. Skip on the home page. Params: `articleMin` (300), `articleFail` (50), `pageMin` (100).",
        why: "A visitor who follows a shared link expects substance; thin pages bounce, and platforms and search engines rank thin content lower.",
        fix: "Expand the page with the details a visitor needs: what, why, how, examples, answers to common questions.",
        example: "<article><h1>…</h1><p>… at least 300 words …</p></article>",
        sources: &["Yoast SEO text length check (300 words for posts): https://yoast.com/help/text-length-check/"],
    },
    params: &[Param::count("articleMin"), Param::count("pageMin"), Param::count("articleFail").at_most("articleMin")],
    run: crate::checks::Run::Page(run),
};

fn run(ctx: &Ctx) -> Outcome {
    let words = summary(ctx).words;
    let kind = ctx.kind();
    if kind == PageKind::Home {
        return Outcome::skip(ctx.t(
            "Home page: text length is not checked.",
            "Ana sayfa: metin uzunluğu denetlenmez.",
        ))
        .detail("words", words);
    }
    let article = kind == PageKind::Article;
    let min = if article {
        ctx.param("articleMin", 300.0)
    } else {
        ctx.param("pageMin", 100.0)
    } as u32;
    let fail_below = ctx.param("articleFail", 50.0) as u32;
    let what_en = if article { "an article" } else { "a page" };
    let what_tr = if article { "bir makale" } else { "bir sayfa" };
    let out = if words >= min {
        Outcome::pass(ctx.t(
            format!("{} words of main text.", words),
            format!("Ana metin {} kelime.", words),
        ))
    } else if article && words < fail_below {
        Outcome::fail(ctx.t(
            format!(
                "Only {} words of main text: far too thin for {} (aim for {}+).",
                words, what_en, min
            ),
            format!(
                "Ana metin yalnızca {} kelime: {} için çok zayıf ({}+ hedefleyin).",
                words, what_tr, min
            ),
        ))
    } else {
        Outcome::warn(ctx.t(
            format!(
                "Only {} words of main text; {} should have at least {}.",
                words, what_en, min
            ),
            format!(
                "Ana metin yalnızca {} kelime; {} en az {} kelime içermeli.",
                words, what_tr, min
            ),
        ))
    };
    out.detail("words", words).detail("min", min)
}

#[cfg(test)]
mod tests {
    use crate::checks::test_util::run_on;
    use crate::vocab::Status;

    fn article(words: usize) -> String {
        format!(
            "<head><meta property=og:type content=article></head><body><article><p>{}</p></article></body>",
            "word ".repeat(words)
        )
    }

    #[test]
    fn article_thresholds() {
        let url = Some("https://example.com/blog/post");
        assert_eq!(run_on(&super::CHECK, &article(320), url).status, Status::Pass);
        assert_eq!(run_on(&super::CHECK, &article(120), url).status, Status::Warn);
        assert_eq!(run_on(&super::CHECK, &article(20), url).status, Status::Fail);
    }

    #[test]
    fn pages_and_home() {
        let page = format!("<body><main><p>{}</p></main></body>", "word ".repeat(40));
        let o = run_on(&super::CHECK, &page, Some("https://example.com/about"));
        assert_eq!(o.status, Status::Warn);
        let o = run_on(&super::CHECK, &page, Some("https://example.com/"));
        assert_eq!(o.status, Status::Skip);
    }
}
