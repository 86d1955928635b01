//! "Did you mean": the known names close to an unknown one. The one suggester of
//! the engine: check ids (`checks::registry::near`), config keys, category ids.

/// Names of `known` close to `word`: the closest by edit distance first, then
/// names sharing a word (a part between `-` or `_` longer than three letters)
/// with it; at most three.
pub fn near<'a>(word: &str, known: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
    let lower = word.to_ascii_lowercase();
    let mut near: Vec<(usize, &str)> = known
        .into_iter()
        .filter(|c| {
            let cl = c.to_ascii_lowercase();
            distance(&cl, &lower) <= 2
                || (lower.len() > 2 && cl.contains(&lower))
                || (cl.len() > 2 && lower.contains(&cl))
                || cl.split(['-', '_']).any(|p| p.len() > 3 && lower.contains(p))
        })
        .map(|c| (distance(&c.to_ascii_lowercase(), &lower), c))
        .collect();
    near.sort();
    near.dedup();
    near.into_iter().map(|(_, c)| c).take(3).collect()
}

/// ` (did you mean a, b?)`, or nothing when no name is close.
pub fn did_you_mean<'a>(word: &str, known: impl IntoIterator<Item = &'a str>) -> String {
    let n = near(word, known);
    if n.is_empty() {
        String::new()
    } else {
        format!(" (did you mean {}?)", n.join(", "))
    }
}

/// Levenshtein distance (names are short).
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_close_names() {
        let keys = ["min", "max", "min_width", "rec_width"];
        assert_eq!(near("maximum", keys), vec!["max"]);
        assert_eq!(near("min-width", keys)[0], "min_width");
        assert!(near("zzzzzz", keys).is_empty());
        assert_eq!(did_you_mean("mn", ["min"]), " (did you mean min?)");
    }
}
