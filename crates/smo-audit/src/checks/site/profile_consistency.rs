//! `profile-consistency`: the site's profile links use one handle across networks.

use std::collections::BTreeMap;

use super::{ev_page, SiteCtx};
use crate::checks::{Category, Check, Outcome, RuleDoc, Text};

pub static CHECK: Check = Check {
    id: "profile-consistency",
    category: Category::Site,
    weight: 1,
    title: Text {
        en: "Consistent profile handles",
        tr: "Tutarlı profil kullanıcı adları",
    },
    help: Text {
        en: "Use one handle on every network (and link the same profile from every page) so people find you by one name.",
        tr: "Her ağda aynı kullanıcı adını kullanın (ve her sayfadan aynı profile bağlantı verin) ki insanlar sizi tek bir adla bulsun.",
    },
    doc: RuleDoc {
        what: "Collects the links to social profiles (Facebook, Instagram, X, LinkedIn, YouTube, TikTok, Pinterest, Telegram, GitHub, Threads) on all pages and compares the handles, ignoring case, `-`, `_` and `.`. Warn: more than one handle, or one network linked to two different profiles; the handles are listed. Pass otherwise; skip with fewer than 2 profile links.",
        why: "A brand called @kivilcimdijital on Instagram and @kivilcim_dgtl on X is harder to find, mention and tag; two profiles linked on one network split the followers.",
        fix: "Claim the same handle on each network where you can and update the links; remove links to old or personal profiles.",
        example: "<a href=\"https://www.instagram.com/brand/\">Instagram</a> <a href=\"https://x.com/brand\">X</a>",
        sources: &["https://help.instagram.com/583107688369069"],
    },
    params: &[],
    run: crate::checks::Run::Site(run),
};

fn norm(h: &str) -> String {
    h.chars()
        .filter(|c| !matches!(c, '-' | '_' | '.'))
        .collect::<String>()
        .to_lowercase()
}

fn run(ctx: &SiteCtx) -> Outcome {
    let d = ctx.data;
    // Each handle's first link (network, handle, page, line): all the
    // findings show.
    let mut by_handle: BTreeMap<String, (&str, &str, &str, u32)> = BTreeMap::new();
    let mut by_net: BTreeMap<&str, BTreeMap<String, ()>> = BTreeMap::new();
    let mut total = 0;
    for p in d.pages.views() {
        for (net, h, line) in p.profiles() {
            total += 1;
            by_handle.entry(norm(h)).or_insert((net, h, p.path(), line));
            by_net.entry(net).or_default().insert(norm(h), ());
        }
    }
    if total < 2 {
        return Outcome::skip(ctx.t(
            "Fewer than two links to social profiles.",
            "Sosyal profillere ikiden az bağlantı var.",
        ));
    }
    let split_nets: Vec<&str> = by_net
        .iter()
        .filter(|(_, hs)| hs.len() > 1)
        .map(|(n, _)| *n)
        .collect();
    if by_handle.len() <= 1 {
        let h = by_handle.keys().next().cloned().unwrap_or_default();
        return Outcome::pass(ctx.t(
            format!(
                "All {} profile links use the handle {} on {} networks.",
                total,
                h,
                by_net.len()
            ),
            format!(
                "{} profil bağlantısının tümü {} ağda {} kullanıcı adını kullanıyor.",
                total,
                by_net.len(),
                h
            ),
        ));
    }
    let names: Vec<String> = by_handle.values().map(|v| format!("{} ({})", v.1, v.0)).collect();
    let mut out = Outcome::warn(ctx.t(
        format!(
            "The site's profile links use {} different handles: {}.",
            by_handle.len(),
            names.join(", ")
        ),
        format!(
            "Sitenin profil bağlantıları {} farklı kullanıcı adı kullanıyor: {}.",
            by_handle.len(),
            names.join(", ")
        ),
    ))
    .detail("handles", names)
    .detail(
        "networksWithTwoProfiles",
        split_nets.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
    );
    for v in by_handle.values() {
        let (net, h, path, line) = v;
        out = out.evidence(ev_page(path, format!("{}: {}", net, h), *line));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::test_util::{run, site};
    use super::*;
    use crate::vocab::Status;

    #[test]
    fn rules() {
        let same = "<a href='https://www.instagram.com/kivilcim_dijital/'>i</a><a href='https://x.com/KivilcimDijital'>x</a><a href='https://www.linkedin.com/company/kivilcim-dijital/'>l</a><a href='https://www.facebook.com/sharer/sharer.php?u=x'>share</a>";
        assert_eq!(
            run(&CHECK, &site(&[("index.html", same)], &[], None)).status,
            Status::Pass
        );
        let diff =
            "<a href='https://www.instagram.com/kivilcim/'>i</a><a href='https://x.com/kvlcm_tr'>x</a>";
        let o = run(&CHECK, &site(&[("index.html", diff)], &[], None));
        assert_eq!(o.status, Status::Warn);
        assert_eq!(
            run(
                &CHECK,
                &site(&[("index.html", "<a href='https://x.com/a'>x</a>")], &[], None)
            )
            .status,
            Status::Skip
        );
    }
}
