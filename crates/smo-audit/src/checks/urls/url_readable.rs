//! `url-readable`: the address names the page with words, not an id.

use super::rules::{readable, Readable};
use super::{home_skip, page_url, url_evidence};
use crate::checks::{Category, Check, Ctx, Outcome, RuleDoc, Text};

pub static CHECK: Check = Check {
    id: "url-readable",
    category: Category::Urls,
    weight: 3,
    title: Text {
        en: "Readable address",
        tr: "Okunabilir adres",
    },
    help: Text {
        en: "Give the page a word-based address (/blog/social-media-tips) and redirect the old id address to it with a 301.",
        tr: "Sayfaya kelimelerden oluşan bir adres verin (/blog/sosyal-medya-ipuclari) ve eski kimlikli adresi 301 ile ona yönlendirin.",
    },
    doc: RuleDoc {
        what: "Reads the page URL (given, else canonical, else og:url). Fail: the page is named by an id only — an id query parameter (`?p=123`, `?id=`, `profile.php?id=`) with no descriptive path, or a last segment that is digits (`/node/4711`), a UUID, 12+ hex digits or a random token, with no multi-word segment elsewhere in the path. Warn: a server script name in the path (`index.php`, `.aspx`, `.jsp`, `.cgi`, ...). Pass: words. Skip: no page URL, or the home page.",
        why: "A shared link shows its address under the card and in chat apps; words tell people what they will get before they click, ids look like spam. Google recommends simple, descriptive words in URLs; script names expose the technology and break when it changes.",
        fix: "Turn on pretty permalinks (WordPress: Settings → Permalinks → Post name), or route /topic-words to the page; 301-redirect the id address; hide the script name with a rewrite rule.",
        example: "https://example.com/blog/social-media-consulting",
        sources: &[
            "https://developers.google.com/search/docs/crawling-indexing/url-structure",
            "https://yoast.com/slug/",
        ],
    },
    params: &[],
    run: crate::checks::Run::Page(run),
};

fn run(ctx: &Ctx) -> Outcome {
    let url = match page_url(ctx) {
        Ok(u) => u,
        Err(skip) => return skip,
    };
    if let Some(skip) = home_skip(ctx, url) {
        return skip;
    }
    let out = match readable(url) {
        Readable::IdOnly(id) => Outcome::fail(ctx.t(
            format!("The address names the page by an id only ({id}): it says nothing to someone who sees the link in a feed."),
            format!("Adres sayfayı yalnızca bir kimlikle adlandırıyor ({id}): bağlantıyı akışta gören kişiye hiçbir şey anlatmıyor."),
        ))
        .detail("id", id),
        Readable::ScriptName(s) => Outcome::warn(ctx.t(
            format!("The address shows a server script name ({s}); words alone read better and survive a change of platform."),
            format!("Adreste sunucu betiği adı görünüyor ({s}); yalnızca kelimeler daha iyi okunur ve platform değişince bozulmaz."),
        ))
        .detail("script", s),
        Readable::Words => Outcome::pass(ctx.t("The address names the page with words.", "Adres sayfayı kelimelerle adlandırıyor.")),
    };
    out.evidence(url_evidence(url))
}

#[cfg(test)]
mod tests {
    use crate::checks::test_util::{run_on, run_with};
    use crate::options::Options;
    use crate::vocab::Status;

    #[test]
    fn id_addresses_fail() {
        for u in [
            "https://example.com/?p=123",
            "https://example.com/node/4711",
            "https://example.com/profile.php?id=7",
        ] {
            let o = run_on(&super::CHECK, "<title>x</title>", Some(u));
            assert_eq!(o.status, Status::Fail, "{u}");
        }
    }

    #[test]
    fn script_name_warns_words_pass() {
        let o = run_on(
            &super::CHECK,
            "<title>x</title>",
            Some("https://example.com/blog/index.php"),
        );
        assert_eq!(o.status, Status::Warn);
        let o = run_on(
            &super::CHECK,
            "<title>x</title>",
            Some("https://example.com/blog/sosyal-medya"),
        );
        assert_eq!(o.status, Status::Pass);
        assert_eq!(
            o.evidence[0].url.as_deref(),
            Some("https://example.com/blog/sosyal-medya")
        );
    }

    #[test]
    fn canonical_is_used_and_turkish_message() {
        let html = r#"<link rel="canonical" href="https://example.com/urun.aspx?id=5">"#;
        let o = run_with(
            &super::CHECK,
            html,
            &Options {
                locale: crate::i18n::Locale::Tr,
                ..Default::default()
            },
        );
        assert_eq!(o.status, Status::Fail);
        assert!(o.message.contains("kimlik"));
    }

    #[test]
    fn skips_without_url_and_on_home() {
        let o = run_on(&super::CHECK, "<title>x</title>", None);
        assert_eq!(o.status, Status::Skip);
        assert!(o.message.contains("--url"));
        let o = run_on(&super::CHECK, "<title>x</title>", Some("https://example.com/"));
        assert_eq!(o.status, Status::Skip);
    }
}
