//! `media-video`: a video on the page (own `<video>` or a player embed).

use crate::catalog::ServiceKind;
use crate::checks::{ev, ev_line, Category, Check, Ctx, Outcome, RuleDoc, Text};
use crate::facts::PageKind;

pub static CHECK: Check = Check {
    id: "media-video",
    category: Category::Engagement,
    weight: 1,
    title: Text { en: "Video", tr: "Video" },
    help: Text {
        en: "Consider a short video (a <video> element or a YouTube / Vimeo embed) that sums up the article.",
        tr: "Yazıyı özetleyen kısa bir video düşünün (<video> öğesi ya da YouTube / Vimeo yerleştirmesi).",
    },
    doc: RuleDoc {
        what: "Pass: a `<video>` element, a player embed from the catalogue (YouTube, Vimeo, Dailymotion, Wistia, JW Player, Brightcove, Vidyard, Loom, Twitch, TikTok, Facebook video, Rutube, VK Video, `<lite-youtube>`), or `og:video`. Warn: none on an article. Skip: other page kinds without video.",
        why: "Video is the most shared and most watched content type in social feeds; an article with a video gives the network a richer card and visitors a reason to stay.",
        fix: "Embed a relevant video near the top of the article and declare it with og:video.",
        example: "<iframe src=\"https://www.youtube-nocookie.com/embed/VIDEO_ID\" title=\"Video: how it works\" allowfullscreen></iframe>",
        sources: &["https://ogp.me/#structured", "https://developers.google.com/search/docs/appearance/video"],
    },
    params: &[],
    run: crate::checks::Run::Page(run),
};

fn run(ctx: &Ctx) -> Outcome {
    let f = ctx.facts;
    if let Some(v) = f.body.embeds.iter().find(|e| e.tag == "video") {
        return Outcome::pass(ctx.t("The page has a <video>.", "Sayfada <video> var."))
            .evidence(ev(&v.loc, v.src.as_deref().unwrap_or("<video>")));
    }
    if let Some(s) = f.share.services_of(ServiceKind::Video).next() {
        return Outcome::pass(ctx.t(
            format!("Video embed: {}.", s.name),
            format!("Video yerleştirmesi: {}.", s.name),
        ))
        .evidence(ev_line(&s.via, s.name, s.line));
    }
    if let Some(v) = f.head.og_videos.first() {
        return Outcome::pass(ctx.t("The page declares og:video.", "Sayfa og:video bildiriyor."))
            .evidence(ev_line("meta[property=\"og:video\"]", &v.url, v.line));
    }
    if ctx.kind() == PageKind::Article {
        Outcome::warn(ctx.t("This article has no video.", "Bu yazıda video yok."))
    } else {
        Outcome::skip(ctx.t(
            "No video; only expected on articles.",
            "Video yok; yalnızca yazılarda beklenir.",
        ))
    }
}

#[cfg(test)]
mod tests {
    use crate::checks::test_util::run_on;
    use crate::vocab::Status;

    #[test]
    fn video_paths() {
        assert_eq!(
            run_on(&super::CHECK, r#"<video src="a.mp4" controls></video>"#, None).status,
            Status::Pass
        );
        assert_eq!(
            run_on(
                &super::CHECK,
                r#"<iframe src="https://player.vimeo.com/video/1"></iframe>"#,
                None
            )
            .status,
            Status::Pass
        );
        assert_eq!(
            run_on(
                &super::CHECK,
                r#"<meta property="og:type" content="article"><p>x</p>"#,
                None
            )
            .status,
            Status::Warn
        );
        assert_eq!(run_on(&super::CHECK, "<p>x</p>", None).status, Status::Skip);
    }
}
