//! Every check, page and site, in report order (the site checks last). Each
//! category module lists its own checks.

use super::{Category, Check, Run};

/// Every check: the page checks, then the site checks.
pub fn all() -> impl Iterator<Item = &'static Check> {
    super::profile::CHECKS
        .iter()
        .chain(super::share::CHECKS)
        .chain(super::opengraph::CHECKS)
        .chain(super::urls::CHECKS)
        .chain(super::navigation::CHECKS)
        .chain(super::readability::CHECKS)
        .chain(super::engagement::CHECKS)
        .chain(super::analytics::CHECKS)
        .chain(super::site::CHECKS)
        .copied()
}

/// The checks of one page.
pub fn page() -> impl Iterator<Item = &'static Check> {
    all().filter(|c| matches!(c.run, Run::Page(_)))
}

/// The checks of the whole site.
pub fn site() -> impl Iterator<Item = &'static Check> {
    all().filter(|c| matches!(c.run, Run::Site(_)))
}

pub fn find(id: &str) -> Option<&'static Check> {
    all().find(|c| c.id == id)
}

/// Check ids close to an unknown one (the one "did you mean" of the CLI, the
/// config file and the API: `text::near`).
pub fn near(id: &str) -> Vec<&'static str> {
    crate::text::near::near(id, all().map(|c| c.id))
}

pub fn in_category(cat: Category) -> impl Iterator<Item = &'static Check> {
    all().filter(move |c| c.category == cat)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn ids_are_unique_and_documented() {
        let mut seen = HashSet::new();
        for c in all() {
            assert!(seen.insert(c.id), "duplicate check id {}", c.id);
            assert!((1..=3).contains(&c.weight), "{} weight", c.id);
            assert!(!c.title.en.is_empty() && !c.title.tr.is_empty(), "{} title", c.id);
            assert!(!c.help.en.is_empty() && !c.help.tr.is_empty(), "{} help", c.id);
            assert!(
                !c.doc.what.is_empty() && !c.doc.why.is_empty() && !c.doc.fix.is_empty(),
                "{} doc",
                c.id
            );
            assert!(!c.doc.example.is_empty(), "{} example", c.id);
            assert!(
                c.id.chars()
                    .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '-'),
                "{} id form",
                c.id
            );
        }
    }

    /// Every threshold a check reads (`ctx.param("NAME", …)` in its file) is
    /// declared in its `params`, and every declared one is read: the config
    /// validation trusts the declarations.
    #[test]
    fn params_declared_are_the_params_read() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/checks");
        let mut stack = vec![dir];
        let mut seen = 0;
        while let Some(d) = stack.pop() {
            for e in std::fs::read_dir(&d).unwrap() {
                let p = e.unwrap().path();
                if p.is_dir() {
                    stack.push(p);
                    continue;
                }
                let src = std::fs::read_to_string(&p).unwrap();
                let Some(at) = src.find("\npub static CHECK: Check = Check {") else {
                    continue;
                };
                let id = src[at..]
                    .split("id: \"")
                    .nth(1)
                    .unwrap()
                    .split('"')
                    .next()
                    .unwrap();
                let check = find(id).unwrap_or_else(|| panic!("{} not registered", id));
                let mut read: Vec<&str> = src
                    .split("param(\"")
                    .skip(1)
                    .map(|r| r.split('"').next().unwrap())
                    .collect();
                read.sort();
                read.dedup();
                let mut declared: Vec<&str> = check.params.iter().map(|p| p.name).collect();
                declared.sort();
                assert_eq!(read, declared, "{}: params read vs declared", id);
                for p in check.params {
                    if let Some(o) = p.at_most {
                        assert!(
                            check.params.iter().any(|q| q.name == o),
                            "{}: {} at most {}",
                            id,
                            p.name,
                            o
                        );
                    }
                }
                seen += 1;
            }
        }
        assert_eq!(seen, all().count());
    }
}
