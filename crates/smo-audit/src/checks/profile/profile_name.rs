//! `profile-name`: the display name carries the brand (and matches the handle).

use crate::checks::{ev_line, Category, Check, Ctx, Outcome, RuleDoc, Text};
use crate::text::slug::fold;

pub static CHECK: Check = Check {
    id: "profile-name",
    category: Category::Profile,
    weight: 2,
    title: Text {
        en: "Profile name",
        tr: "Profil adı",
    },
    help: Text {
        en: "Set the profile's display name to your brand name (plus a keyword if it fits), matching the handle.",
        tr: "Profilin görünen adını marka adınız yapın (uygunsa bir anahtar kelimeyle), kullanıcı adıyla uyumlu olsun.",
    },
    doc: RuleDoc {
        what: "Reads the display name from og:title, twitter:title or <title> with the platform's suffix stripped (\" | Facebook\", \" • Instagram photos and videos\", \" (@x) / X\", \" - YouTube\", \" | LinkedIn\", \" | TikTok\", ...). Fail: no display name. Warn: the name shares no word with the handle or the bio (words folded to ASCII and lower case; a word counts when it is at least 3 letters and found in the handle, or equal to a bio word). Pass otherwise. Skip: URL-only audit.",
        why: "The display name is the bold line next to every post, comment and search result, and platform search matches it. A name that has nothing in common with the handle or the description makes people doubt they found the right account.",
        fix: "Use the brand name people search for; on Instagram, X and TikTok the name field is searchable, so \"Acme Coffee · Kadıköy Roastery\" helps more than a slogan.",
        example: "<meta property=\"og:title\" content=\"Acme Coffee (@acmecoffee) • Instagram photos and videos\">",
        sources: &[
            "https://help.instagram.com/ (name field is searchable)",
            "https://ogp.me/#type_profile",
        ],
    },
    params: &[],
    run: crate::checks::Run::Page(run),
};

fn run(ctx: &Ctx) -> Outcome {
    super::with_platform_help(ctx, &CHECK.help, judge(ctx))
}

fn words(s: &str, lang: Option<&str>) -> Vec<String> {
    fold(s, lang)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 3)
        .map(str::to_string)
        .collect()
}

fn judge(ctx: &Ctx) -> Outcome {
    let p = match super::page_profile(ctx) {
        Ok(p) => p,
        Err(o) => return o,
    };
    let plat = super::platform_name(ctx, p);
    let Some(name) = p.display_name.as_deref().filter(|n| !n.trim().is_empty()) else {
        return Outcome::fail(ctx.t(
            format!(
                "No display name found (no og:title or <title>): {} shows the handle alone.",
                plat
            ),
            format!(
                "Görünen ad bulunamadı (og:title ya da <title> yok): {} yalnızca kullanıcı adını gösterir.",
                plat
            ),
        ));
    };
    let evidence = ev_line(p.name_source.unwrap_or("title"), name, p.name_line);
    let alnum = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .collect::<String>()
            .to_lowercase()
    };
    if let (Some(h), Some(k)) = (p.handle.as_deref(), p.handle_kind) {
        if k != crate::catalog::platforms::HandleKind::Vanity && alnum(name) == alnum(h) {
            return Outcome::warn(ctx.t(
                format!(
                    "The display name is the platform's generated id ({}): set your brand name.",
                    name
                ),
                format!(
                    "Görünen ad, platformun ürettiği kimlik ({}): marka adınızı yazın.",
                    name
                ),
            ))
            .evidence(evidence);
        }
    }
    let lang = ctx.facts.readability_language();
    let lang = lang.as_deref();
    let name_words = words(name, lang);
    // A numeric or generated id is not a name to compare with.
    let handle = p
        .handle
        .as_deref()
        .filter(|_| p.handle_kind == Some(crate::catalog::platforms::HandleKind::Vanity))
        .map(|h| {
            fold(h, lang)
                .chars()
                .filter(|c| c.is_alphanumeric())
                .collect::<String>()
        })
        .unwrap_or_default();
    let bio_words = p.bio.as_deref().map(|b| words(b, lang)).unwrap_or_default();
    let in_handle = !handle.is_empty()
        && (name_words.iter().any(|w| handle.contains(w.as_str()))
            || (handle.chars().count() >= 3 && {
                let joined: String = name_words.concat();
                joined.contains(&handle)
            }));
    let in_bio = name_words.iter().any(|w| bio_words.contains(w));
    let out = if in_handle || in_bio {
        Outcome::pass(ctx.t(
            format!(
                "The display name \"{}\" matches the {}.",
                name,
                if in_handle { "handle" } else { "bio" }
            ),
            format!(
                "Görünen ad \"{}\" {} ile uyumlu.",
                name,
                if in_handle {
                    "kullanıcı adı"
                } else {
                    "biyografi"
                }
            ),
        ))
    } else if handle.is_empty() && p.bio.is_none() {
        Outcome::pass(ctx.t(
            format!(
                "The display name is \"{}\" (no handle or bio to compare it with).",
                name
            ),
            format!(
                "Görünen ad \"{}\" (karşılaştırılacak kullanıcı adı ya da biyografi yok).",
                name
            ),
        ))
    } else {
        Outcome::warn(ctx.t(
            format!("The display name \"{}\" shares no word with the handle or the bio: people searching for the handle may not recognise the account.", name),
            format!("Görünen ad \"{}\" kullanıcı adı ya da biyografiyle hiçbir kelimeyi paylaşmıyor: kullanıcı adını arayanlar hesabı tanımayabilir.", name),
        ))
    };
    out.evidence(evidence).detail("name", name)
}

#[cfg(test)]
mod tests {
    use crate::checks::test_util::run_on;
    use crate::vocab::Status;

    const URL: &str = "https://www.instagram.com/acmecoffee/";

    #[test]
    fn matching_name_passes() {
        let html =
            r#"<meta property="og:title" content="Acme Coffee (@acmecoffee) • Instagram photos and videos">"#;
        let o = run_on(&super::CHECK, html, Some(URL));
        assert_eq!(o.status, Status::Pass, "{}", o.message);
        assert_eq!(o.details["name"], "Acme Coffee");
    }

    #[test]
    fn unrelated_name_warns() {
        let html = r#"<meta property="og:title" content="Good vibes only ✨ (@acmecoffee) • Instagram photos and videos"><meta property="og:description" content="Daily thoughts">"#;
        let o = run_on(&super::CHECK, html, Some(URL));
        assert_eq!(o.status, Status::Warn, "{}", o.message);
    }

    #[test]
    fn turkish_letters_fold() {
        let html =
            r#"<meta property="og:title" content="Çiçekçi Gül (@cicekcigul) • Instagram photos and videos">"#;
        let o = run_on(&super::CHECK, html, Some("https://www.instagram.com/cicekcigul/"));
        assert_eq!(o.status, Status::Pass, "{}", o.message);
    }

    #[test]
    fn missing_fails() {
        let o = run_on(&super::CHECK, "<p>nothing</p>", Some(URL));
        assert_eq!(o.status, Status::Fail, "{}", o.message);
    }
}
