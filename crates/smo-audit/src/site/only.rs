//! `--only`: audit and gate some pages of a site (those a pull request
//! changed) while the site checks still see every page. Which pages a list of
//! paths names, and which of the site checks' findings are about them, are
//! decided here so every face agrees.

use std::collections::HashSet;

use crate::facts::site::PageView;
use crate::report::CheckReport;

/// The pages named by a list of paths.
#[derive(Debug, Clone, Default)]
pub struct Only {
    paths: HashSet<String>,
}

fn norm(p: &str) -> String {
    let p = p.trim().replace('\\', "/");
    let mut p = p.as_str();
    while let Some(rest) = p.strip_prefix("./") {
        p = rest;
    }
    p.trim_start_matches('/').to_string()
}

impl Only {
    /// The pages of a site rooted at one of `roots` (the audited folder as
    /// given, and as seen from the current folder) named by `paths`: each
    /// relative to the root (`blog/post.html`), or to the current folder with
    /// the root in front (`site/blog/post.html`, as `git diff --name-only`
    /// prints them).
    pub fn new<S: AsRef<str>>(paths: &[S], roots: &[S]) -> Only {
        let roots: Vec<String> = roots
            .iter()
            .map(|r| norm(r.as_ref()).trim_end_matches('/').to_string())
            .filter(|r| !r.is_empty() && r != ".")
            .collect();
        let mut set = HashSet::new();
        for p in paths {
            let p = norm(p.as_ref());
            if p.is_empty() {
                continue;
            }
            for r in &roots {
                if let Some(rest) = p.strip_prefix(r.as_str()).and_then(|x| x.strip_prefix('/')) {
                    set.insert(rest.to_string());
                }
            }
            set.insert(p);
        }
        Only { paths: set }
    }

    /// The paths as `--only` gives them: each argument, or `@FILE`'s lines
    /// (`read` reads the file; blank lines and `#` comments are skipped).
    pub fn expand(
        args: &[String],
        mut read: impl FnMut(&str) -> Result<String, String>,
    ) -> Result<Vec<String>, String> {
        let mut out = Vec::new();
        for a in args {
            match a.strip_prefix('@') {
                Some(file) => {
                    let text = read(file)?;
                    out.extend(
                        text.lines()
                            .map(str::trim)
                            .filter(|l| !l.is_empty() && !l.starts_with('#'))
                            .map(str::to_string),
                    );
                }
                None => out.push(a.clone()),
            }
        }
        Ok(out)
    }

    /// Whether the page at `path` (relative to the site root) is named.
    pub fn has(&self, path: &str) -> bool {
        self.paths.contains(&norm(path))
    }

    /// The site checks' findings about the named pages only: each check keeps
    /// the evidence whose URL is one of those pages' (or their path); a check
    /// left without evidence passes for the gates. `pages` are the named
    /// pages' summaries.
    pub fn site_checks<'a>(
        &self,
        checks: &[CheckReport],
        pages: impl IntoIterator<Item = PageView<'a>>,
    ) -> Vec<CheckReport> {
        let mut keys: HashSet<&str> = HashSet::new();
        for p in pages {
            keys.insert(p.url());
            keys.insert(p.path());
        }
        checks
            .iter()
            .filter_map(|c| {
                let evidence: Vec<_> = c
                    .evidence
                    .iter()
                    .filter(|e| {
                        e.url
                            .as_deref()
                            .is_some_and(|u| keys.contains(u.split('#').next().unwrap_or(u).trim()))
                    })
                    .cloned()
                    .collect();
                (!evidence.is_empty()).then(|| CheckReport {
                    evidence,
                    ..c.clone()
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_from_the_root_or_the_current_folder() {
        let o = Only::new(
            &["site/blog/a.html", "./about.html", "README.md", "other/x.html"],
            &["./site/", "/abs/site"],
        );
        assert!(o.has("blog/a.html") && o.has("about.html"));
        assert!(!o.has("x.html") && !o.has("index.html"));
        let files = Only::expand(&["a.html".into(), "@changed.txt".into()], |f| {
            assert_eq!(f, "changed.txt");
            Ok("site/b.html\n\n# note\n  c.html \n".into())
        })
        .unwrap();
        assert_eq!(files, vec!["a.html", "site/b.html", "c.html"]);
    }
}
