//! Baselines: "fail only on new problems". A problem is a warned or failed
//! check on a page (or on the site) and one piece of its evidence; it is known
//! by the page's path (or label), the check id and a fingerprint of the
//! evidence (selector, snippet and URL with white space squashed; never the
//! line number, which moves when lines above change). A baseline is the set of
//! problems of an earlier run's `--format json` report (page or site).

use std::collections::BTreeSet;

use super::{CheckReport, Evidence, Report, SiteReport, Status};

/// The label of the site checks' problems (not a page path).
pub const SITE: &str = "(site)";

/// One problem of a page or of the site.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
pub struct Problem {
    pub check: String,
    pub status: Status,
    /// The evidence's fingerprint; empty for a check without evidence.
    pub fingerprint: String,
}

/// A fingerprint of one evidence item that stays the same across runs while
/// the thing it points at does: FNV-1a (64 bits, hex) of the selector, the
/// squashed snippet and the URL (no line number).
pub fn fingerprint(e: &Evidence) -> String {
    let squash = |s: &Option<String>| s.as_deref().map(crate::text::squash).unwrap_or_default();
    let text = format!(
        "{}\u{1f}{}\u{1f}{}",
        squash(&e.selector),
        squash(&e.snippet),
        e.url.as_deref().map(|u| u.trim()).unwrap_or("")
    );
    let mut h: u64 = 0xcbf29ce484222325;
    for b in text.as_bytes() {
        h ^= *b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    format!("{:016x}", h)
}

/// The problems of some checks: one per evidence item of each warned or
/// failed check (one for a check without evidence).
pub fn problems<'a>(checks: impl IntoIterator<Item = &'a CheckReport>) -> Vec<Problem> {
    let mut out = Vec::new();
    for c in checks {
        if !matches!(c.status, Status::Warn | Status::Fail) {
            continue;
        }
        let mut fps: Vec<String> = c.evidence.iter().map(fingerprint).collect();
        if fps.is_empty() {
            fps.push(String::new());
        }
        fps.sort();
        fps.dedup();
        for fingerprint in fps {
            out.push(Problem {
                check: c.id.to_string(),
                status: c.status,
                fingerprint,
            });
        }
    }
    out
}

/// The problems of an earlier run, by (page label, check id, fingerprint).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Baseline {
    keys: BTreeSet<(String, String, String)>,
    /// Read from a one-page report: its problems match whatever the page is
    /// called now.
    single_page: bool,
}

/// How a run compares to its baseline.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Compared {
    /// Problems not in the baseline.
    pub new: usize,
    /// Problems in the baseline too.
    pub known: usize,
    /// Problems of the baseline gone now (on the pages audited this time, and
    /// the site).
    pub fixed: usize,
}

impl Baseline {
    /// Read a `--format json` report (a page's or a site's); `file` names it
    /// in errors.
    pub fn from_json(text: &str, file: &str) -> Result<Baseline, String> {
        let v: serde_json::Value = serde_json::from_str(text)
            .map_err(|e| format!("{}: not a JSON report of smo-audit (--format json): {}", file, e))?;
        let mut keys = BTreeSet::new();
        let mut add = |label: &str, ps: Vec<Problem>| {
            for p in ps {
                keys.insert((label.to_string(), p.check, p.fingerprint));
            }
        };
        if v.get("pages").is_some() {
            let site: SiteReport = serde_json::from_value(v)
                .map_err(|e| format!("{}: not a site report of smo-audit: {}", file, e))?;
            let labels = site.page_labels();
            for (i, r) in site.pages.iter().enumerate() {
                let label = labels
                    .get(i)
                    .cloned()
                    .or_else(|| r.url.clone())
                    .unwrap_or_else(|| format!("page {}", i + 1));
                add(&label, problems(r.checks()));
            }
            add(SITE, problems(&site.site.checks));
            Ok(Baseline {
                keys,
                single_page: false,
            })
        } else {
            let r: Report = serde_json::from_value(v)
                .map_err(|e| format!("{}: not a page report of smo-audit: {}", file, e))?;
            add("", problems(r.checks()));
            Ok(Baseline {
                keys,
                single_page: true,
            })
        }
    }

    /// A baseline of (page label, check id, fingerprint) keys.
    pub fn from_keys(keys: impl IntoIterator<Item = (String, String, String)>) -> Baseline {
        Baseline {
            keys: keys.into_iter().collect(),
            single_page: false,
        }
    }

    /// The problems it holds.
    pub fn len(&self) -> usize {
        self.keys.len()
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    fn key(&self, label: &str, p: &Problem) -> (String, String, String) {
        let label = if self.single_page && label != SITE {
            ""
        } else {
            label
        };
        (label.to_string(), p.check.clone(), p.fingerprint.clone())
    }

    /// Whether a problem of `label` was there before.
    pub fn knows(&self, label: &str, p: &Problem) -> bool {
        self.keys.contains(&self.key(label, p))
    }

    /// Compare a run's problems (page label → its problems, the site's under
    /// [`SITE`]) to the baseline.
    pub fn compare<'a>(&self, run: impl IntoIterator<Item = (&'a str, &'a [Problem])>) -> Compared {
        let mut c = Compared::default();
        let mut seen = BTreeSet::new();
        let mut labels = BTreeSet::new();
        for (label, ps) in run {
            labels.insert(if self.single_page && label != SITE {
                ""
            } else {
                label
            });
            for p in ps {
                let k = self.key(label, p);
                if self.keys.contains(&k) {
                    c.known += 1;
                } else {
                    c.new += 1;
                }
                seen.insert(k);
            }
        }
        c.fixed = self
            .keys
            .iter()
            .filter(|k| labels.contains(k.0.as_str()) && !seen.contains(*k))
            .count();
        c
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ev(sel: &str, snippet: &str, line: u32) -> Evidence {
        Evidence {
            selector: Some(sel.into()),
            snippet: Some(snippet.into()),
            line: Some(line),
            url: None,
            status: None,
        }
    }

    #[test]
    fn fingerprints_ignore_lines_and_spacing() {
        assert_eq!(
            fingerprint(&ev("img", "<img  src=a.png>", 3)),
            fingerprint(&ev("img", "<img src=a.png>", 90))
        );
        assert_ne!(
            fingerprint(&ev("img", "<img src=a.png>", 3)),
            fingerprint(&ev("img", "<img src=b.png>", 3))
        );
    }

    #[test]
    fn new_known_fixed() {
        let p = |c: &str, fp: &str| Problem {
            check: c.into(),
            status: Status::Fail,
            fingerprint: fp.into(),
        };
        let mut b = Baseline::default();
        b.keys.insert(("a.html".into(), "og-image".into(), "".into()));
        b.keys.insert(("a.html".into(), "og-title".into(), "x".into()));
        b.keys.insert(("b.html".into(), "og-title".into(), "x".into()));
        let a = [p("og-image", ""), p("og-description", "")];
        let c = b.compare([("a.html", &a[..])]);
        assert_eq!(
            c,
            Compared {
                new: 1,
                known: 1,
                fixed: 1
            }
        );
        assert!(b.knows("a.html", &a[0]) && !b.knows("b.html", &a[0]));
    }
}
