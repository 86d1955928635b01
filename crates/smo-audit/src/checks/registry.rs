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

/// Check ids close to an unknown one: the closest by edit distance first, then
/// ids sharing a word with it (the one "did you mean" of the CLI, the config file
/// and the API).
pub fn near(id: &str) -> Vec<&'static str> {
    let mut near: Vec<(usize, &str)> = all()
        .map(|c| c.id)
        .filter(|c| {
            distance(c, id) <= 2
                || c.contains(id)
                || id.contains(*c)
                || c.split('-').any(|p| p.len() > 3 && id.contains(p))
        })
        .map(|c| (distance(c, id), c))
        .collect();
    near.sort();
    near.into_iter().map(|(_, c)| c).take(3).collect()
}

/// Levenshtein distance (check ids are short ASCII).
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            cur.push((prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
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
}
