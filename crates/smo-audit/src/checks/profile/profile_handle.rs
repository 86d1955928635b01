//! `profile-handle`: the profile's address carries a readable handle.

use crate::catalog::platforms::{digit_share, HandleKind, HandleProblem};
use crate::checks::{ev_line, Category, Check, Ctx, Outcome, Param, RuleDoc, Text};

pub static CHECK: Check = Check {
    id: "profile-handle",
    category: Category::Profile,
    weight: 3,
    title: Text {
        en: "Profile handle",
        tr: "Profil kullanıcı adı",
    },
    help: Text {
        en: "Claim a short, readable username on the platform (your brand name) and use that address everywhere.",
        tr: "Platformda kısa, okunabilir bir kullanıcı adı (marka adınız) alın ve her yerde o adresi kullanın.",
    },
    doc: RuleDoc {
        what: "Reads the profile address (the given URL, else canonical, og:url, twitter:url; else `profile:username` or \"(@handle)\" in the title). Fail: the profile is reached by a numeric or generated id (`facebook.com/profile.php?id=…`, `youtube.com/channel/UC…`, `linkedin.com/company/12345`, `vk.com/id123`, a default `jane-doe-4b3a2c1b5` LinkedIn URL, TikTok `user83920174`, a Bluesky `did:`). Warn: an id address while the page also names a vanity address; the handle breaks the platform's length or character rule (kept as data per platform: X ≤ 15, Instagram ≤ 30, TikTok 2–24, Telegram 5–32, GitHub ≤ 39, YouTube 3–30, ...); or the handle is mostly digits and underscores (share ≥ `maxDigitShare`, default 0.5). Pass: a readable vanity handle. Skip: no profile address known.",
        why: "The handle is the profile's address and its name in mentions: people type it, search it and read it in every shared link. A number tells them nothing and cannot be remembered or spoken; keywords in the address help the profile rank in the platform's search and in Google.",
        fix: "Claim a username: Facebook Settings → Username; YouTube Studio → Customization → Handle; LinkedIn → Edit public profile & URL (people) or Page admin → Edit → Public URL (companies); VK → Settings → Short address. Use the same brand handle on every network.",
        example: "https://www.instagram.com/acmecoffee/  (not https://www.facebook.com/profile.php?id=100064123456789)",
        sources: &[
            "https://help.x.com/en/managing-your-account/x-username-rules",
            "https://help.instagram.com/ (username rules: 30 characters, letters, numbers, periods, underscores)",
            "https://support.google.com/youtube/answer/11585688 (YouTube handles)",
            "https://www.linkedin.com/help/linkedin/answer/a542685 (custom public profile URL)",
            "https://core.telegram.org/method/account.updateUsername (5–32 characters)",
        ],
    },
    params: &[Param::ratio("maxDigitShare")],
    run: crate::checks::Run::Page(run),
};

fn run(ctx: &Ctx) -> Outcome {
    super::with_platform_help(ctx, &CHECK.help, judge(ctx))
}

fn judge(ctx: &Ctx) -> Outcome {
    let p = match super::profile(ctx) {
        Ok(p) => p,
        Err(o) => return o,
    };
    let Some(handle) = p.handle.as_deref() else {
        return Outcome::skip(ctx.t(
            "No profile address found: give the profile URL (--url https://x.com/yourbrand) to check the handle.",
            "Profil adresi bulunamadı: kullanıcı adını denetlemek için profil adresini verin (--url https://x.com/markaniz).",
        ));
    };
    let plat = super::platform_name(ctx, p);
    let evidence = ev_line(
        p.handle_source.unwrap_or("url"),
        p.profile_url.as_deref().unwrap_or(handle),
        0,
    );
    let kind = p.handle_kind.unwrap_or(HandleKind::Vanity);
    let shown = super::shown_handle(p, handle);
    let with_details = |o: Outcome| {
        o.evidence(evidence.clone())
            .detail("handle", handle)
            .detail("platform", p.platform.clone().unwrap_or_default())
            .detail(
                "handleKind",
                match kind {
                    HandleKind::Vanity => "vanity",
                    HandleKind::Numeric => "numeric",
                    HandleKind::Generated => "generated",
                },
            )
    };
    if kind != HandleKind::Vanity {
        let what_en = if kind == HandleKind::Numeric {
            "a numeric id"
        } else {
            "an id the platform generated"
        };
        let what_tr = if kind == HandleKind::Numeric {
            "sayısal bir kimlikle"
        } else {
            "platformun ürettiği bir kimlikle"
        };
        if let Some(v) = &p.vanity_url {
            return with_details(Outcome::warn(ctx.t(
                format!("This address reaches the {} profile by {} ({}), but the page also names a readable address: {}. Link to that one everywhere.", plat, what_en, handle, v),
                format!("Bu adres {} profiline {} ulaşıyor ({}), ama sayfa okunabilir bir adres de veriyor: {}. Her yerde o adresi kullanın.", plat, what_tr, handle, v),
            )))
            .detail("vanityUrl", v.clone());
        }
        return with_details(Outcome::fail(ctx.t(
            format!("The {} profile is reached by {} ({}), not a name people can read, remember or search.", plat, what_en, handle),
            format!("{} profiline {} ulaşılıyor ({}); insanların okuyabileceği, hatırlayabileceği ya da arayabileceği bir ad değil.", plat, what_tr, handle),
        )));
    }
    if let Some(rules) = p.rules {
        let probs = rules.handle_problems(handle);
        if let Some(pr) = probs.first() {
            let (en, tr) = match pr {
                HandleProblem::TooShort(n) => (
                    format!(
                        "The handle {} has {} characters; {} needs at least {} ({}).",
                        shown, n, plat, rules.handle_min, rules.handle_rule
                    ),
                    format!(
                        "{} kullanıcı adı {} karakter; {} en az {} karakter ister ({}).",
                        shown, n, plat, rules.handle_min, rules.handle_rule
                    ),
                ),
                HandleProblem::TooLong(n) => (
                    format!(
                        "The handle {} has {} characters; {} allows at most {} ({}).",
                        shown, n, plat, rules.handle_max, rules.handle_rule
                    ),
                    format!(
                        "{} kullanıcı adı {} karakter; {} en fazla {} karaktere izin verir ({}).",
                        shown, n, plat, rules.handle_max, rules.handle_rule
                    ),
                ),
                HandleProblem::BadChars(c) => (
                    format!(
                        "The handle {} contains characters {} does not allow in usernames: {} ({}).",
                        shown, plat, c, rules.handle_rule
                    ),
                    format!(
                        "{} kullanıcı adında {} platformunun izin vermediği karakterler var: {} ({}).",
                        shown, plat, c, rules.handle_rule
                    ),
                ),
            };
            return with_details(Outcome::warn(ctx.t(en, tr)));
        }
    }
    let core = p.rules.map(|r| r.handle_core(handle)).unwrap_or(handle);
    let share = digit_share(core);
    let max_share = ctx.param("maxDigitShare", 0.5);
    if share >= max_share && core.chars().count() > 2 {
        return with_details(Outcome::warn(ctx.t(
            format!("The handle {} is {:.0} % digits and underscores: hard to remember, type or say.", shown, share * 100.0),
            format!("{} kullanıcı adının %{:.0} kadarı rakam ve alt çizgi: hatırlaması, yazması ve söylemesi zor.", shown, share * 100.0),
        )))
        .detail("digitShare", (share * 100.0).round());
    }
    with_details(Outcome::pass(ctx.t(
        format!("The {} profile has a readable handle: {}.", plat, shown),
        format!("{} profilinin okunabilir bir kullanıcı adı var: {}.", plat, shown),
    )))
}

#[cfg(test)]
mod tests {
    use crate::checks::test_util::{run_on, run_with};
    use crate::options::Options;
    use crate::vocab::Status;

    fn on(url: &str) -> crate::checks::Outcome {
        run_on(&super::CHECK, "<title>x</title>", Some(url))
    }

    #[test]
    fn vanity_passes() {
        let o = on("https://x.com/acmecoffee");
        assert_eq!(o.status, Status::Pass, "{}", o.message);
        assert_eq!(o.details["handleKind"], "vanity");
    }

    #[test]
    fn ids_fail() {
        for u in [
            "https://www.facebook.com/profile.php?id=100064123456789",
            "https://www.youtube.com/channel/UCq3Ci-h945sbEYXpVlw7rJg",
            "https://www.linkedin.com/company/12345/",
            "https://vk.com/id123456",
            "https://www.linkedin.com/in/jane-doe-4b3a2c1b5/",
        ] {
            let o = on(u);
            assert_eq!(o.status, Status::Fail, "{u}: {}", o.message);
        }
    }

    #[test]
    fn rule_breaks_and_digits_warn() {
        let o = on("https://x.com/acme_coffee_roasters_ist");
        assert_eq!(o.status, Status::Warn, "{}", o.message);
        assert!(o.message.contains("at most 15"));
        let o = on("https://www.instagram.com/acme_2024_12/");
        assert_eq!(o.status, Status::Warn, "{}", o.message);
        assert!(o.message.contains("digits"));
    }

    #[test]
    fn id_with_vanity_alternative_warns() {
        let html = r#"<link rel="alternate" href="https://www.youtube.com/@acme"><meta property="og:type" content="profile">"#;
        let o = run_on(
            &super::CHECK,
            html,
            Some("https://www.youtube.com/channel/UCq3Ci-h945sbEYXpVlw7rJg"),
        );
        assert_eq!(o.status, Status::Warn, "{}", o.message);
    }

    #[test]
    fn no_address_skips_and_turkish() {
        let html = r#"<meta property="og:type" content="profile"><meta property="og:title" content="Acme">"#;
        assert_eq!(run_on(&super::CHECK, html, None).status, Status::Skip);
        let o = run_with(
            &super::CHECK,
            "",
            &Options {
                url: Some("https://www.facebook.com/profile.php?id=123456".into()),
                locale: crate::i18n::Locale::Tr,
                ..Default::default()
            },
        );
        assert_eq!(o.status, Status::Fail);
        assert!(o.message.contains("sayısal"));
    }
}
