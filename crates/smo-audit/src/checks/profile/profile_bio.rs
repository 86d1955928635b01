//! `profile-bio`: a description that fits what the platform shows.

use crate::checks::{ev_line, Category, Check, Ctx, Outcome, Param, RuleDoc, Text};
use crate::text::char_len;

pub static CHECK: Check = Check {
    id: "profile-bio",
    category: Category::Profile,
    weight: 3,
    title: Text {
        en: "Profile bio",
        tr: "Profil biyografisi",
    },
    help: Text {
        en: "Write a bio that says what you offer, for whom, and where, with your main keyword, within the platform's limit.",
        tr: "Ne sunduğunuzu, kime ve nerede sunduğunuzu ana anahtar kelimenizle, platformun sınırı içinde anlatan bir biyografi yazın.",
    },
    doc: RuleDoc {
        what: "Reads the bio from the page (h-card `p-note`, Telegram's description, X's UserDescription) or from og:description / twitter:description / meta description with the platform's generated text removed (follower counts, \"See Instagram photos and videos from …\", \"Follow their code on GitHub\"); on LinkedIn people pages the headline from the title. Fail: no description. Warn: longer than the platform shows (X 160, Instagram 150, TikTok 80, LinkedIn headline 220, LinkedIn company tagline 120, Facebook intro 101, YouTube 1000, Pinterest 500, GitHub 160, Threads 150, Bluesky 256, Mastodon 500, Telegram 70, VK status 140; override with `max`) or shorter than `min` (30) characters. Pass otherwise. Skip: URL-only audit.",
        why: "The bio is the profile's pitch: it is what people read before they follow, what the platform's search and Google index, and what link previews of the profile show. Past the platform's limit it is cut off (or cannot be saved); under 30 characters it says too little to earn a follow.",
        fix: "One or two sentences: what you do, for whom, where, and a call to action, with the keyword people search for. Keep the website in the website field, not only in the bio.",
        example: "Small-batch coffee roastery in Kadıköy · beans shipped across Türkiye · order at acmecoffee.com.tr",
        sources: &[
            "https://help.x.com/en/managing-your-account/how-to-customize-your-profile (bio 160)",
            "https://help.instagram.com/ (bio 150)",
            "https://support.tiktok.com/ (bio 80)",
            "https://www.linkedin.com/help/linkedin/answer/a540837 (headline 220)",
            "https://core.telegram.org/api/profile (bio 70)",
        ],
    },
    params: &[Param::count("min").at_most("max"), Param::count("max")],
    run: crate::checks::Run::Page(run),
};

fn run(ctx: &Ctx) -> Outcome {
    super::with_platform_help(ctx, &CHECK.help, judge(ctx))
}

fn judge(ctx: &Ctx) -> Outcome {
    let p = match super::page_profile(ctx) {
        Ok(p) => p,
        Err(o) => return o,
    };
    let plat = super::platform_name(ctx, p);
    let (label_en, label_tr) = p.rules.map(|r| r.bio_label).unwrap_or(("bio", "biyografi"));
    let Some(bio) = p.bio.as_deref().filter(|b| !b.trim().is_empty()) else {
        return Outcome::fail(ctx.t(
            format!(
                "No {} found: the page states no description of the profile beyond what {} generates.",
                label_en, plat
            ),
            format!(
                "{} bulunamadı: sayfa, {} tarafından üretilen metin dışında profil açıklaması içermiyor.",
                label_tr, plat
            ),
        ));
    };
    let max = ctx.param("max", p.rules.map(|r| r.bio_max).unwrap_or(160) as f64) as usize;
    let min = ctx.param("min", 30.0) as usize;
    let n = p.bio_length.max(char_len(bio.trim()));
    let evidence = ev_line(p.bio_source.unwrap_or("og:description"), bio, p.bio_line);
    let out = if n > max {
        Outcome::warn(ctx.t(
            format!(
                "The {} is {} characters; {} shows at most {}, so the rest is cut off.",
                label_en, n, plat, max
            ),
            format!(
                "{} {} karakter; {} en fazla {} karakter gösterir, gerisi kesilir.",
                label_tr, n, plat, max
            ),
        ))
    } else if n < min {
        Outcome::warn(ctx.t(
            format!(
                "The {} is only {} characters; under {} it says too little to earn a follow.",
                label_en, n, min
            ),
            format!(
                "{} yalnızca {} karakter; {} karakterin altı takip kazandıracak kadar şey anlatmaz.",
                label_tr, n, min
            ),
        ))
    } else {
        Outcome::pass(ctx.t(
            format!("The {} is {} characters (limit {}).", label_en, n, max),
            format!("{} {} karakter (sınır {}).", label_tr, n, max),
        ))
    };
    out.evidence(evidence).detail("length", n).detail("max", max)
}

#[cfg(test)]
mod tests {
    use crate::checks::test_util::run_on;
    use crate::vocab::Status;

    fn bio(text: &str, url: &str) -> crate::checks::Outcome {
        let html = format!(
            r#"<meta property="og:type" content="profile"><meta property="og:title" content="Acme"><meta property="og:description" content="{text}">"#
        );
        run_on(&super::CHECK, &html, Some(url))
    }

    #[test]
    fn good_bio_passes() {
        let o = bio(
            "Small-batch coffee roastery in Kadıköy, shipping across Türkiye.",
            "https://x.com/acme",
        );
        assert_eq!(o.status, Status::Pass, "{}", o.message);
    }

    #[test]
    fn per_platform_limits() {
        let text =
            "Small-batch coffee roastery in Kadıköy, shipping beans across Türkiye every week since 2012.";
        assert_eq!(bio(text, "https://x.com/acme").status, Status::Pass);
        // TikTok shows 80 characters.
        let o = bio(text, "https://www.tiktok.com/@acme");
        assert_eq!(o.status, Status::Warn, "{}", o.message);
        assert_eq!(o.details["max"], 80);
    }

    #[test]
    fn short_warns_and_missing_fails() {
        assert_eq!(bio("Coffee.", "https://x.com/acme").status, Status::Warn);
        let o = bio(
            "1,234 Followers, 5 Following, 12 Posts - See Instagram photos and videos from Acme (@acme)",
            "https://www.instagram.com/acme/",
        );
        assert_eq!(o.status, Status::Fail, "{}", o.message);
    }
}
