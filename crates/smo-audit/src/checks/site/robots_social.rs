//! `robots-social`: robots.txt must let the social preview bots in.

use url::Url;

use super::{ev_page, SiteCtx};
use crate::checks::{Category, Check, Outcome, RuleDoc, Text};
use crate::facts::site::robots::{Robots, SOCIAL_BOTS};

pub static CHECK: Check = Check {
    id: "robots-social",
    category: Category::Site,
    weight: 3,
    title: Text {
        en: "robots.txt lets social bots in",
        tr: "robots.txt sosyal botlara izin veriyor",
    },
    help: Text {
        en: "Allow facebookexternalhit, Twitterbot, LinkedInBot and the other preview bots in robots.txt for your pages and og:images.",
        tr: "robots.txt dosyasında facebookexternalhit, Twitterbot, LinkedInBot ve diğer önizleme botlarına sayfalarınız ve og:image görselleriniz için izin verin.",
    },
    doc: RuleDoc {
        what: "Parses robots.txt as RFC 9309 says (groups, case-insensitive product tokens, `*` fallback, longest match with allow winning ties, `*` and `$`) and asks, for each social preview bot (facebookexternalhit, Facebot, Twitterbot, LinkedInBot, Pinterestbot, Slackbot, WhatsApp, TelegramBot, Discordbot), whether it may fetch each page and each same-host og:image. Fail: any is blocked (bot, path and rule line listed). Warn: no robots.txt. Pass otherwise. Skip: pages without a file tree.",
        why: "Preview bots obey robots.txt: a blocked page is shared as a bare link with no title, text or picture, and a blocked og:image shows no picture. A `Disallow: /` left over from staging silently kills every share.",
        fix: "Add a group for the preview bots that allows the pages and images (`User-agent: Twitterbot` … `Allow: /`), or narrow the Disallow rule that catches them.",
        example: "User-agent: facebookexternalhit\nUser-agent: Twitterbot\nUser-agent: LinkedInBot\nAllow: /",
        sources: &[
            "https://www.rfc-editor.org/rfc/rfc9309",
            "https://developers.facebook.com/docs/sharing/webmasters/web-crawlers/",
            "https://developer.x.com/en/docs/twitter-for-websites/cards/guides/troubleshooting-cards",
        ],
    },
    params: &[],
    run: crate::checks::Run::Site(run),
};

fn run(ctx: &SiteCtx) -> Outcome {
    let d = ctx.data;
    let Some(text) = d.robots_txt.as_deref() else {
        if !d.has_files {
            return Outcome::skip(ctx.t(
                "No file tree to look for robots.txt in.",
                "robots.txt aranacak bir dosya ağacı yok.",
            ));
        }
        return Outcome::warn(ctx.t(
            "No robots.txt: bots are allowed everywhere, but there is nowhere to name your sitemap or keep crawlers out of private paths.",
            "robots.txt yok: botlar her yere girebilir, ama site haritanızı bildirecek ya da özel yolları kapatacak bir yer de yok.",
        ));
    };
    let robots = Robots::parse(text);
    let mut paths: Vec<(String, String)> = Vec::new();
    for p in &d.pages {
        if let Ok(u) = Url::parse(&p.url) {
            paths.push((p.path.clone(), path_of(&u)));
            for (img, _) in &p.og_images {
                if let Ok(iu) = u.join(img) {
                    if iu.host_str() == u.host_str() {
                        paths.push((p.path.clone(), path_of(&iu)));
                    }
                }
            }
        }
    }
    if paths.is_empty() {
        paths.push((String::new(), "/".into()));
    }
    paths.sort();
    paths.dedup();
    let mut blocked = Vec::new();
    for (bot, who) in SOCIAL_BOTS {
        let hits: Vec<_> = paths
            .iter()
            .filter_map(|(page, path)| {
                let dec = robots.decide(bot, path);
                (!dec.allowed).then_some((page, path, dec.rule))
            })
            .collect();
        if !hits.is_empty() {
            blocked.push((*bot, *who, hits));
        }
    }
    if blocked.is_empty() {
        return Outcome::pass(ctx.t(
            format!(
                "robots.txt lets all {} social preview bots fetch the {} pages and images.",
                SOCIAL_BOTS.len(),
                paths.len()
            ),
            format!(
                "robots.txt, {} sosyal önizleme botunun tümünün {} sayfa ve görseli almasına izin veriyor.",
                SOCIAL_BOTS.len(),
                paths.len()
            ),
        ));
    }
    let names: Vec<&str> = blocked.iter().map(|b| b.0).collect();
    let mut out = Outcome::fail(ctx.t(
        format!("robots.txt blocks {} from some pages or images: those shares show no preview.", names.join(", ")),
        format!("robots.txt bazı sayfa ya da görsellerde {} botlarını engelliyor: bu paylaşımlar önizlemesiz görünür.", names.join(", ")),
    ))
    .detail("blockedBots", names.clone());
    for (bot, who, hits) in &blocked {
        for (_page, path, rule) in hits.iter().take(3) {
            let (line, rule_txt) = rule
                .as_ref()
                .map(|r| (r.line, format!("Disallow: {}", r.pattern)))
                .unwrap_or((0, String::new()));
            out = out.evidence(ev_page(
                "robots.txt",
                format!("{} ({}) blocked from {} by {}", bot, who, path, rule_txt),
                line,
            ));
        }
    }
    out
}

fn path_of(u: &Url) -> String {
    match u.query() {
        Some(q) => format!("{}?{}", u.path(), q),
        None => u.path().to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_util::{run, site};
    use super::*;
    use crate::vocab::Status;

    #[test]
    fn rules() {
        let pages = [
            ("index.html", "<meta property=og:image content=/img/a.png>"),
            ("blog/x.html", ""),
        ];
        let d = site(&pages, &[], Some("User-agent: *\nDisallow: /admin\n"));
        assert_eq!(run(&CHECK, &d).status, Status::Pass);
        let d = site(
            &pages,
            &[],
            Some("User-agent: *\nDisallow: /\n\nUser-agent: Twitterbot\nAllow: /\n"),
        );
        let o = run(&CHECK, &d);
        assert_eq!(o.status, Status::Fail);
        assert!(!o.details["blockedBots"]
            .as_array()
            .unwrap()
            .iter()
            .any(|b| b == "Twitterbot"));
        assert_eq!(o.evidence[0].line, Some(2));
        let d = site(&pages, &[], Some("User-agent: *\nDisallow: /img/\n"));
        assert_eq!(run(&CHECK, &d).status, Status::Fail, "blocked og:image");
        let d = site(&pages, &[], None);
        assert_eq!(run(&CHECK, &d).status, Status::Warn);
    }
}
