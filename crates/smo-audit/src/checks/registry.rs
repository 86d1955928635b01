//! Every check, in report order. Each category module lists its own checks.

use super::{Category, Check};

/// All page checks.
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
        .copied()
}

pub fn find(id: &str) -> Option<&'static Check> {
    all().find(|c| c.id == id)
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
