//! The gates of a run (`--fail-on`, `--min-score`, `--page-min-score`, the
//! config's `[gates]` per category and per check, and a baseline): one
//! implementation for the CLI, the npm bin and the API. A gate that fails gives
//! a message naming the gate and the pages; the faces print them and exit 1.
//! With a baseline, the gates on problems (`--fail-on`, `[gates] checks`)
//! count only the problems that are new; the score gates stay as they are.

use std::collections::BTreeMap;

use super::baseline::{problems, Baseline, Compared, Problem, SITE};
use super::{CheckReport, Report, SiteReport, Status};

/// The gates to apply; `None` (or empty) turns one off.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Gates {
    /// `Fail`: any failed check fails the run; `Warn`: any warning too.
    pub fail_on: Option<Status>,
    /// The score (the site score for a site) must be at least this.
    pub min_score: Option<u32>,
    /// Every page must score at least this.
    pub page_min_score: Option<u32>,
    /// Every page's score in these categories (by id) must be at least this.
    pub categories: BTreeMap<String, u32>,
    /// A failure of any of these checks (by id) fails the run.
    pub checks: Vec<String>,
    /// The problems of an earlier run: only new ones count.
    pub baseline: Option<Baseline>,
}

/// What the gates keep of one page: its label, score, category scores and
/// problems (small; kept for every page of a streamed site).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PageGate {
    pub label: String,
    pub score: u32,
    /// Category id and score, for the categories that have a score.
    pub categories: Vec<(String, u32)>,
    pub problems: Vec<Problem>,
}

impl PageGate {
    pub fn of(r: &Report, label: &str) -> PageGate {
        PageGate {
            label: label.to_string(),
            score: r.score,
            categories: r
                .categories
                .iter()
                .filter_map(|c| c.score.map(|s| (c.id.to_string(), s)))
                .collect(),
            problems: problems(r.checks()),
        }
    }
}

/// The outcome of the gates: the messages of those that failed (empty when all
/// pass) and, with a baseline, how the run compares to it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Verdict {
    pub failed: Vec<String>,
    pub baseline: Option<Compared>,
}

impl Verdict {
    /// The line a face prints about the baseline (`None` without one).
    pub fn baseline_line(&self) -> Option<String> {
        self.baseline.map(|c| {
            format!(
                "baseline: {} new, {} known, {} fixed problems",
                c.new, c.known, c.fixed
            )
        })
    }
}

/// At most this many pages are named in one gate's message.
const NAMED: usize = 10;

fn name_pages(pages: &[String]) -> String {
    let mut s = pages.iter().take(NAMED).cloned().collect::<Vec<_>>().join(", ");
    if pages.len() > NAMED {
        s.push_str(&format!(" and {} more", pages.len() - NAMED));
    }
    s
}

impl Gates {
    /// `fail` or `warn` (the values of `--fail-on`).
    pub fn parse_fail_on(s: &str) -> Result<Status, String> {
        match s {
            "fail" => Ok(Status::Fail),
            "warn" => Ok(Status::Warn),
            o => Err(format!("fail-on {:?}: use \"fail\" or \"warn\"", o)),
        }
    }

    /// Whether a problem counts: any without a baseline, else a new one.
    fn counts(&self, label: &str, p: &Problem) -> bool {
        self.baseline.as_ref().is_none_or(|b| !b.knows(label, p))
    }

    /// The messages of the gates that failed, in order; empty when all pass.
    /// `score` is the run's score: the site score, or the page's for one page.
    pub fn check(&self, pages: &[PageGate], site_checks: &[CheckReport], score: u32) -> Vec<String> {
        self.judge(pages, site_checks, score).failed
    }

    /// The gates over a run: its pages, its site checks and its score.
    pub fn judge(&self, pages: &[PageGate], site_checks: &[CheckReport], score: u32) -> Verdict {
        self.judge_with(pages, site_checks, true, score)
    }

    /// [`Gates::judge`] when `site_checks` hold only what the site checks say
    /// of the pages audited (`--only`): the baseline's other site problems are
    /// not counted as fixed.
    pub fn judge_partial(&self, pages: &[PageGate], site_checks: &[CheckReport], score: u32) -> Verdict {
        self.judge_with(pages, site_checks, false, score)
    }

    fn judge_with(
        &self,
        pages: &[PageGate],
        site_checks: &[CheckReport],
        site_whole: bool,
        score: u32,
    ) -> Verdict {
        let site_problems = problems(site_checks);
        let mut out = Vec::new();
        if let Some(level) = self.fail_on {
            let warn_too = level == Status::Warn;
            let bad = |st: Status| st == Status::Fail || (warn_too && st == Status::Warn);
            let mut n = 0;
            let mut named = Vec::new();
            for (label, ps) in pages
                .iter()
                .map(|p| (p.label.as_str(), &p.problems))
                .chain(std::iter::once((SITE, &site_problems)))
            {
                let mut checks: Vec<&str> = ps
                    .iter()
                    .filter(|p| bad(p.status) && self.counts(label, p))
                    .map(|p| p.check.as_str())
                    .collect();
                checks.dedup();
                if !checks.is_empty() {
                    n += checks.len();
                    named.push(format!("{} ({})", label, checks.join(", ")));
                }
            }
            if n > 0 {
                out.push(format!(
                    "{}{} checks at or above --fail-on {}: {}",
                    n,
                    if self.baseline.is_some() { " new" } else { "" },
                    level.as_str(),
                    name_pages(&named)
                ));
            }
        }
        if let Some(m) = self.min_score {
            if score < m {
                out.push(format!("score {} is under --min-score {}", score, m));
            }
        }
        if let Some(m) = self.page_min_score {
            for r in pages {
                if r.score < m {
                    out.push(format!(
                        "{} scored {}, under --page-min-score {}",
                        r.label, r.score, m
                    ));
                }
            }
        }
        for (cat, &m) in &self.categories {
            let under: Vec<String> = pages
                .iter()
                .filter_map(|p| {
                    p.categories
                        .iter()
                        .find(|(c, s)| c == cat && *s < m)
                        .map(|(_, s)| format!("{} ({})", p.label, s))
                })
                .collect();
            if !under.is_empty() {
                out.push(format!(
                    "[gates] categories.{} = {}: {} page(s) under it: {}",
                    cat,
                    m,
                    under.len(),
                    name_pages(&under)
                ));
            }
        }
        for id in &self.checks {
            let failing: Vec<String> = pages
                .iter()
                .map(|p| (p.label.as_str(), &p.problems))
                .chain(std::iter::once((SITE, &site_problems)))
                .filter(|(label, ps)| {
                    ps.iter()
                        .any(|p| &p.check == id && p.status == Status::Fail && self.counts(label, p))
                })
                .map(|(label, _)| label.to_string())
                .collect();
            if !failing.is_empty() {
                out.push(format!(
                    "[gates] checks: {} failed{} on {}",
                    id,
                    if self.baseline.is_some() { " anew" } else { "" },
                    name_pages(&failing)
                ));
            }
        }
        let baseline = self.baseline.as_ref().map(|b| {
            let mut c = b.compare(
                pages
                    .iter()
                    .map(|p| (p.label.as_str(), &p.problems[..]))
                    .chain(site_whole.then_some((SITE, &site_problems[..]))),
            );
            if !site_whole {
                // The site's problems about these pages: new or known, never
                // compared for fixed ones.
                let known = site_problems.iter().filter(|p| b.knows(SITE, p)).count();
                c.known += known;
                c.new += site_problems.len() - known;
            }
            c
        });
        Verdict {
            failed: out,
            baseline,
        }
    }

    /// The gates over a whole in-memory report (merged shards, or one page as
    /// a site of one page), its pages labelled by `labels`.
    pub fn check_site(&self, site: &SiteReport, labels: &[String]) -> Vec<String> {
        self.judge_site(site, labels).failed
    }

    /// [`Gates::judge`] over a whole in-memory report.
    pub fn judge_site(&self, site: &SiteReport, labels: &[String]) -> Verdict {
        let pages: Vec<PageGate> = site
            .pages
            .iter()
            .zip(labels)
            .map(|(r, l)| PageGate::of(r, l))
            .collect();
        let mut v = self.judge(&pages, &site.site.checks, site.score);
        let score_gates =
            self.min_score.is_some() || self.page_min_score.is_some() || !self.categories.is_empty();
        if score_gates {
            for (_, l) in site.pages.iter().zip(labels).filter(|(r, _)| r.partial.is_some()) {
                v.failed.push(format!(
                    "{}: a partial audit (a profile from its address alone) has no score to gate; audit the saved profile page",
                    l
                ));
            }
        }
        v
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prob(check: &str, status: Status, fp: &str) -> Problem {
        Problem {
            check: check.into(),
            status,
            fingerprint: fp.into(),
        }
    }

    fn page(label: &str, score: u32, og: u32, problems: Vec<Problem>) -> PageGate {
        PageGate {
            label: label.into(),
            score,
            categories: vec![("opengraph".into(), og), ("urls".into(), 100)],
            problems,
        }
    }

    fn pages() -> [PageGate; 2] {
        [
            page("a.html", 90, 95, vec![prob("og-title", Status::Warn, "")]),
            page(
                "b.html",
                60,
                50,
                vec![
                    prob("og-image", Status::Fail, ""),
                    prob("og-title", Status::Fail, "x"),
                ],
            ),
        ]
    }

    #[test]
    fn each_gate_says_why() {
        let pages = pages();
        assert!(Gates::default().check(&pages, &[], 75).is_empty());
        let g = Gates {
            fail_on: Some(Status::Fail),
            min_score: Some(80),
            page_min_score: Some(70),
            ..Default::default()
        };
        assert_eq!(
            g.check(&pages, &[], 75),
            vec![
                "2 checks at or above --fail-on fail: b.html (og-image, og-title)",
                "score 75 is under --min-score 80",
                "b.html scored 60, under --page-min-score 70"
            ]
        );
        let warn = Gates {
            fail_on: Some(Status::Warn),
            ..Default::default()
        };
        assert_eq!(
            warn.check(&pages, &[], 75),
            vec!["3 checks at or above --fail-on warn: a.html (og-title), b.html (og-image, og-title)"]
        );
        assert_eq!(Gates::parse_fail_on("warn"), Ok(Status::Warn));
        assert!(Gates::parse_fail_on("error").is_err());
    }

    #[test]
    fn category_and_check_gates_name_the_pages() {
        let pages = pages();
        let g = Gates {
            categories: [("opengraph".to_string(), 90), ("urls".to_string(), 90)].into(),
            checks: vec!["og-image".into(), "og-title".into(), "share-target".into()],
            ..Default::default()
        };
        assert_eq!(
            g.check(&pages, &[], 75),
            vec![
                "[gates] categories.opengraph = 90: 1 page(s) under it: b.html (50)",
                "[gates] checks: og-image failed on b.html",
                "[gates] checks: og-title failed on b.html",
            ]
        );
    }

    #[test]
    fn a_baseline_lets_known_problems_pass() {
        let pages = pages();
        let mut base = pages.clone();
        base[1].problems.retain(|p| p.check != "og-image");
        let mut g = Gates {
            fail_on: Some(Status::Fail),
            checks: vec!["og-title".into()],
            ..Default::default()
        };
        g.baseline = Some(baseline_of(&base));
        let v = g.judge(&pages, &[], 75);
        assert_eq!(
            v.failed,
            vec!["1 new checks at or above --fail-on fail: b.html (og-image)"]
        );
        assert_eq!(
            v.baseline,
            Some(Compared {
                new: 1,
                known: 2,
                fixed: 0
            })
        );
        g.baseline = Some(baseline_of(&pages));
        assert!(g.check(&pages, &[], 75).is_empty());
    }

    fn baseline_of(pages: &[PageGate]) -> Baseline {
        Baseline::from_keys(pages.iter().flat_map(|p| {
            p.problems
                .iter()
                .map(move |q| (p.label.clone(), q.check.clone(), q.fingerprint.clone()))
        }))
    }
}
