//! The gates of a run (`--fail-on`, `--min-score`, `--page-min-score` and their
//! config keys): one implementation for the CLI, the npm bin and the API. A gate
//! that fails gives a message; the faces print them and exit 1.

use super::{CheckReport, PageRecord, SiteReport, Status};

/// The gates to apply; `None` turns one off.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Gates {
    /// `Fail`: any failed check fails the run; `Warn`: any warning too.
    pub fail_on: Option<Status>,
    /// The score (the site score for a site) must be at least this.
    pub min_score: Option<u32>,
    /// Every page must score at least this.
    pub page_min_score: Option<u32>,
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

    /// The messages of the gates that failed, in order; empty when all pass.
    /// `score` is the run's score: the site score, or the page's for one page.
    pub fn check(&self, pages: &[PageRecord], site_checks: &[CheckReport], score: u32) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(level) = self.fail_on {
            let warn_too = level == Status::Warn;
            let bad = |st: Status| st == Status::Fail || (warn_too && st == Status::Warn);
            let n = pages.iter().map(|r| r.at_or_above(warn_too)).sum::<usize>()
                + site_checks.iter().filter(|c| bad(c.status)).count();
            if n > 0 {
                out.push(format!("{} checks at or above --fail-on {}", n, level.as_str()));
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
        out
    }

    /// The gates over a whole in-memory report (merged shards, or one page as
    /// a site of one page), its pages labelled by `labels`.
    pub fn check_site(&self, site: &SiteReport, labels: &[String]) -> Vec<String> {
        let records: Vec<PageRecord> = site
            .pages
            .iter()
            .zip(labels)
            .map(|(r, l)| PageRecord::of(r, l))
            .collect();
        self.check(&records, &site.site.checks, site.score)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Locale;

    fn rec(label: &str, score: u32, counts: [usize; 4]) -> PageRecord {
        PageRecord {
            label: label.into(),
            score,
            counts,
            locale: Locale::En,
        }
    }

    #[test]
    fn each_gate_says_why() {
        let pages = [rec("a.html", 90, [5, 1, 0, 0]), rec("b.html", 60, [3, 0, 2, 1])];
        assert!(Gates::default().check(&pages, &[], 75).is_empty());
        let g = Gates {
            fail_on: Some(Status::Fail),
            min_score: Some(80),
            page_min_score: Some(70),
        };
        assert_eq!(
            g.check(&pages, &[], 75),
            vec![
                "2 checks at or above --fail-on fail",
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
            vec!["3 checks at or above --fail-on warn"]
        );
        assert_eq!(Gates::parse_fail_on("warn"), Ok(Status::Warn));
        assert!(Gates::parse_fail_on("error").is_err());
    }
}
