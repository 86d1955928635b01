//! `profile-avatar`: a profile image (og:image) for previews and recognition.

use crate::checks::{ev_line, Category, Check, Ctx, Outcome, RuleDoc, Text};

pub static CHECK: Check = Check {
    id: "profile-avatar",
    category: Category::Profile,
    weight: 1,
    title: Text {
        en: "Profile image",
        tr: "Profil resmi",
    },
    help: Text {
        en: "Upload your logo (square, centred, readable at 40 px) as the profile picture.",
        tr: "Logonuzu profil resmi olarak yükleyin (kare, ortalanmış, 40 pikselde okunabilir).",
    },
    doc: RuleDoc {
        what: "Reads the profile image: og:image, else twitter:image, else the page's h-card `u-photo` / avatar. Warn: none, or the platform's default picture (`default_profile`, `default-avatar`, `avatars/original/missing.png`, Telegram's logo, LinkedIn's ghost image, ...). Pass otherwise. Skip: URL-only audit.",
        why: "The picture is how people recognise the account in feeds, mentions and search; link previews of the profile show it too. Accounts with the default picture look abandoned or fake.",
        fix: "Upload a square logo (at least 400×400) with a plain background that stays readable when the platform crops it to a circle.",
        example: "<meta property=\"og:image\" content=\"https://pbs.twimg.com/profile_images/1/acme_400x400.jpg\">",
        sources: &["https://ogp.me/#metadata", "https://help.x.com/en/managing-your-account/how-to-customize-your-profile"],
    },
    params: &[],
    run: crate::checks::Run::Page(run),
};

fn run(ctx: &Ctx) -> Outcome {
    super::with_platform_help(ctx, &CHECK.help, judge(ctx))
}

const DEFAULTS: &[&str] = &[
    "default_profile",
    "default-avatar",
    "default_avatar",
    "avatars/original/missing",
    "/static/images/avatar",
    "blank-profile",
    "anonymous-user",
    "telegram.org/img/t_logo",
    "static.licdn.com/aero-v1/sc/h/",
];

fn judge(ctx: &Ctx) -> Outcome {
    let p = match super::page_profile(ctx) {
        Ok(p) => p,
        Err(o) => return o,
    };
    let Some(img) = p.avatar.as_deref() else {
        return Outcome::warn(ctx.t(
            "No profile image found (no og:image): the profile looks empty in search and previews.",
            "Profil resmi bulunamadı (og:image yok): profil aramalarda ve önizlemelerde boş görünür.",
        ));
    };
    let evidence = ev_line("meta[property=\"og:image\"]", img, p.avatar_line);
    let l = img.to_ascii_lowercase();
    if DEFAULTS.iter().any(|d| l.contains(d)) {
        return Outcome::warn(ctx.t(
            "The profile shows the platform's default picture: upload your logo.",
            "Profil, platformun varsayılan resmini gösteriyor: logonuzu yükleyin.",
        ))
        .evidence(evidence);
    }
    Outcome::pass(ctx.t("The profile has an image.", "Profilin bir resmi var.")).evidence(evidence)
}

#[cfg(test)]
mod tests {
    use crate::checks::test_util::run_on;
    use crate::vocab::Status;

    const URL: &str = "https://x.com/acme";

    #[test]
    fn statuses() {
        let ok =
            r#"<meta property="og:image" content="https://pbs.twimg.com/profile_images/1/acme_400x400.jpg">"#;
        assert_eq!(run_on(&super::CHECK, ok, Some(URL)).status, Status::Pass);
        let def = r#"<meta property="og:image" content="https://abs.twimg.com/sticky/default_profile_images/default_profile_400x400.png">"#;
        assert_eq!(run_on(&super::CHECK, def, Some(URL)).status, Status::Warn);
        assert_eq!(
            run_on(&super::CHECK, "<title>x</title>", Some(URL)).status,
            Status::Warn
        );
    }
}
