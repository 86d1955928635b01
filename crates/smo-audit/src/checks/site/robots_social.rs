//! `robots-social`: robots.txt must let the social preview bots in.

use url::Url;

use super::{ev_page, SiteCtx};
use crate::checks::{Category, Check, Outcome, RuleDoc, Text};
use crate::facts::site::robots::{Robots, Rule, SOCIAL_BOTS};

/// Blocked addresses shown for each bot.
const SHOWN: usize = 3;

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
    // Each page's address and its same-host og:images, in the order of the
    // pages' paths (then the addresses), each (page, address) once; only the
    // first hits of each bot are kept, as only they are shown.
    let mut order: Vec<u32> = (0..d.pages.len())
        .map(|i| u32::try_from(i).unwrap_or(u32::MAX))
        .collect();
    order.sort_by(|a, b| {
        d.pages
            .get(*a as usize)
            .path()
            .cmp(d.pages.get(*b as usize).path())
    });
    let mut hits: Vec<Vec<(String, Option<Rule>)>> = vec![Vec::new(); SOCIAL_BOTS.len()];
    let mut blocked_any = vec![false; SOCIAL_BOTS.len()];
    let mut count = 0usize;
    let mut judge = |paths: &[String]| {
        for path in paths {
            for (b, (bot, _)) in SOCIAL_BOTS.iter().enumerate() {
                let dec = robots.decide(bot, path);
                if !dec.allowed {
                    blocked_any[b] = true;
                    if hits[b].len() < SHOWN {
                        hits[b].push((path.clone(), dec.rule));
                    }
                }
            }
        }
    };
    for same in order.chunk_by(|a, b| d.pages.get(*a as usize).path() == d.pages.get(*b as usize).path()) {
        let mut paths: Vec<String> = Vec::new();
        for i in same {
            let p = d.pages.get(*i as usize);
            if let Ok(u) = Url::parse(p.url()) {
                paths.push(path_of(&u));
                for (img, _) in p.og_images() {
                    if let Ok(iu) = u.join(img) {
                        if iu.host_str() == u.host_str() {
                            paths.push(path_of(&iu));
                        }
                    }
                }
            }
        }
        paths.sort();
        paths.dedup();
        count += paths.len();
        judge(&paths);
    }
    if count == 0 {
        count = 1;
        judge(&["/".to_string()]);
    }
    let blocked: Vec<_> = SOCIAL_BOTS
        .iter()
        .zip(hits)
        .zip(blocked_any)
        .filter(|(_, any)| *any)
        .map(|(((bot, who), hits), _)| (*bot, *who, hits))
        .collect();
    if blocked.is_empty() {
        return Outcome::pass(ctx.t(
            format!(
                "robots.txt lets all {} social preview bots fetch the {} pages and images.",
                SOCIAL_BOTS.len(),
                count
            ),
            format!(
                "robots.txt, {} sosyal önizleme botunun tümünün {} sayfa ve görseli almasına izin veriyor.",
                SOCIAL_BOTS.len(),
                count
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
        for (path, rule) in hits {
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
