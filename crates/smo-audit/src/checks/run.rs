//! The one runner of every check, page or site: a check turned off is not run,
//! a configured severity caps or raises its status, a panic (a bug) becomes a
//! skip naming the check instead of losing the output.

use std::borrow::Cow;

use super::site::SiteCtx;
use super::{registry, Category, Check, Ctx, Outcome, Run};
use crate::facts::site::SiteData;
use crate::facts::Facts;
use crate::i18n::Locale;
use crate::options::Options;
use crate::vocab::Status;

/// A check that ran, and what it found (severity applied, help resolved).
#[derive(Debug, Clone)]
pub struct Ran {
    pub check: &'static Check,
    pub outcome: Outcome,
    /// The outcome's own help, else the check's.
    pub help: Cow<'static, str>,
}

/// Run the page checks that apply to the page's kind, in report order.
pub fn page(facts: &Facts, opts: &Options) -> Vec<Ran> {
    let mut out = Vec::new();
    for check in registry::page() {
        if check.category == Category::Site || check.category.weight(facts.kind).is_none() {
            continue;
        }
        let ctx = Ctx {
            facts,
            locale: opts.locale,
            opts,
            check_id: check.id,
        };
        out.extend(one(check, opts, || match check.run {
            Run::Page(f) => f(&ctx),
            Run::Site(_) => unreachable!("registry::page holds page checks"),
        }));
    }
    out
}

/// Run the site checks over the site's data, in report order.
pub fn site(data: &SiteData, opts: &Options) -> Vec<Ran> {
    let mut out = Vec::new();
    for check in registry::site() {
        out.extend(one(check, opts, || {
            let ctx = SiteCtx::new(data, opts, check.id);
            match check.run {
                Run::Site(f) => f(&ctx),
                Run::Page(_) => unreachable!("registry::site holds site checks"),
            }
        }));
    }
    out
}

/// Run one check under its configuration; None when it is turned off.
fn one(check: &'static Check, opts: &Options, f: impl FnOnce() -> Outcome) -> Option<Ran> {
    let rule = opts.rules.get(check.id);
    if rule.is_some_and(|r| r.enabled == Some(false)) {
        return None;
    }
    let mut o = catch(check, opts.locale, f);
    if let Some(sev) = rule.and_then(|r| r.severity) {
        // A configured severity caps how bad a failure counts (fail → warn), or raises warn → fail.
        o.status = match (o.status, sev) {
            (Status::Fail, Status::Warn) => Status::Warn,
            (Status::Warn, Status::Fail) => Status::Fail,
            (s, _) => s,
        };
    }
    let help = match o.help.take() {
        Some(h) => Cow::Owned(h),
        None => Cow::Borrowed(check.help.get(opts.locale)),
    };
    Some(Ran {
        check,
        outcome: o,
        help,
    })
}

/// A panic in a check becomes a skip natively, so no output is lost (wasm
/// builds abort on panic: there is nothing to catch).
fn catch(check: &Check, locale: Locale, f: impl FnOnce() -> Outcome) -> Outcome {
    #[cfg(not(target_arch = "wasm32"))]
    {
        match std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)) {
            Ok(o) => o,
            Err(_) => Outcome::skip(locale.pick(
                &format!(
                    "Internal error in check {}; please report it with this page.",
                    check.id
                ),
                &format!("{} denetiminde iç hata; lütfen bu sayfayla bildirin.", check.id),
            )),
        }
    }
    #[cfg(target_arch = "wasm32")]
    {
        let _ = (check, locale);
        f()
    }
}
