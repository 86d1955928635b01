//! Social profile checks (category weight 60 on profile pages; absent elsewhere).
//! They read `facts.profile` (src/facts/profile.rs) and the per-platform rules
//! in `catalog::platforms`.

use super::{Check, Ctx, Outcome};
use crate::facts::profile::Profile;

pub mod profile_avatar;
pub mod profile_bio;
pub mod profile_handle;
pub mod profile_name;
pub mod profile_website;

pub static CHECKS: &[&Check] = &[
    &profile_handle::CHECK,
    &profile_name::CHECK,
    &profile_bio::CHECK,
    &profile_website::CHECK,
    &profile_avatar::CHECK,
];

/// The profile facts, or a skip saying why there are none.
pub(crate) fn profile<'a>(ctx: &Ctx<'a>) -> Result<&'a Profile, Outcome> {
    ctx.facts
        .profile
        .profile
        .as_ref()
        .ok_or_else(|| Outcome::skip(ctx.t("Not a profile page.", "Bu bir profil sayfası değil.")))
}

/// The profile facts of a page (not a URL-only audit); a skip that says what to give otherwise.
pub(crate) fn page_profile<'a>(ctx: &Ctx<'a>) -> Result<&'a Profile, Outcome> {
    let p = profile(ctx)?;
    if p.source == "url" {
        return Err(url_only_skip(ctx));
    }
    Ok(p)
}

/// The skip message of every check a URL-only profile audit cannot run.
pub fn url_only_skip(ctx: &Ctx) -> Outcome {
    Outcome::skip(url_only_message(ctx.locale))
}

/// What to give for a full profile audit (the saved profile page).
pub fn url_only_message(locale: crate::i18n::Locale) -> String {
    locale
        .pick(
            "Only the profile address was given. For a full audit, save the profile page (in the browser: File → Save Page As, \"Webpage, HTML only\") and audit that file with the same --url.",
            "Yalnızca profil adresi verildi. Tam denetim için profil sayfasını kaydedin (tarayıcıda: Dosya → Sayfayı Farklı Kaydet, \"Web sayfası, yalnızca HTML\") ve o dosyayı aynı --url ile denetleyin.",
        )
        .to_string()
}

/// Why a profile audited from its address alone is partial, and what the
/// saved page adds.
pub fn partial_message(locale: crate::i18n::Locale) -> String {
    locale
        .pick(
            "Partial audit from the profile address alone: only the handle could be checked, so there is no score. The saved profile page adds the name, bio, website link, picture, Open Graph tags and the rest of the checklist.",
            "Yalnızca profil adresinden kısmi denetim: yalnızca kullanıcı adı denetlenebildi, bu yüzden puan yok. Kaydedilmiş profil sayfası adı, tanıtımı, web sitesi bağlantısını, resmi, Open Graph etiketlerini ve listenin geri kalanını ekler.",
        )
        .to_string()
}

/// The platform's display name for messages ("X (Twitter)", "this platform").
pub(crate) fn platform_name(ctx: &Ctx, p: &Profile) -> String {
    match p.platform_name {
        Some(n) => n.to_string(),
        None => ctx.t("the platform", "platform"),
    }
}

/// A handle as the platform writes it: `@acme` on X, Instagram, TikTok, ...;
/// `acme-coffee` on LinkedIn, Facebook, GitHub, Pinterest, VK.
pub(crate) fn shown_handle(p: &Profile, handle: &str) -> String {
    let plain = matches!(
        p.rules.map(|r| r.network),
        Some("linkedin" | "facebook" | "github" | "pinterest" | "vk")
    ) || p.handle_kind != Some(crate::catalog::platforms::HandleKind::Vanity);
    if plain || handle.starts_with('@') {
        handle.to_string()
    } else {
        format!("@{}", handle)
    }
}

/// Add where to make the change on this platform to a warn / fail help line.
pub(crate) fn with_platform_help(ctx: &Ctx, help: &super::Text, o: Outcome) -> Outcome {
    use crate::vocab::Status;
    if !matches!(o.status, Status::Warn | Status::Fail) || o.help.is_some() {
        return o;
    }
    let Some(rules) = ctx.facts.profile.profile.as_ref().and_then(|p| p.rules) else {
        return o;
    };
    let edit = ctx.locale.pick(rules.edit.0, rules.edit.1);
    let base = help.get(ctx.locale);
    o.with_help(format!("{} ({})", base.trim_end_matches('.'), edit))
}
