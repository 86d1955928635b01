//! NFKD with combining marks removed, for one character at a time: the
//! transliteration step of slugs (`é` → `e`, `ﬁ` → `fi`, `①` → `1`, `한` → jamo).
//!
//! This replaces the `unicode-normalization` crate in the engine to keep the
//! WebAssembly build small (its decomposition, combining-class and composition
//! tables were about 119 KB of the module; see docs/wasm-size.md). The table in
//! `nfkd_table.rs` is generated from that crate (now a dev-dependency) by
//! `SMO_GEN_NFKD=1 cargo test --lib text::nfkd::tests::generate -- --ignored`,
//! and the test `same_as_unicode_normalization` compares every code point with
//! it, so the behaviour is exactly the crate's.
//!
//! The table is behind the default cargo feature `nfkd-table`. The WebAssembly
//! build leaves it out (about 25 KiB gzipped) and asks the JavaScript host,
//! whose `String.prototype.normalize("NFKD")` and `\p{M}` do the same, through
//! [`set_host`]; the Unicode version is then the host's.

use std::sync::OnceLock;

#[cfg(feature = "nfkd-table")]
use super::nfkd_table::{OFFS, OUT, RUNS, SINGLES};

/// A host's NFKD of one character with its combining marks (General_Category
/// M) removed, or `None` when that is the character itself.
pub type HostNfkd = fn(char) -> Option<String>;

static HOST: OnceLock<HostNfkd> = OnceLock::new();

/// Decompose with `f` from now on (once per process; a later call is ignored).
/// A build with the table (feature `nfkd-table`) keeps using the table.
pub fn set_host(f: HostNfkd) {
    let _ = HOST.set(f);
}

/// The characters of NFKD(`c`) that are not combining marks (General_Category
/// M). None when that is just `c` itself (most characters, all of ASCII).
pub fn strip_marks(c: char) -> Option<Stripped> {
    let cp = c as u32;
    if cp < 0x80 {
        return None;
    }
    // Hangul syllables: the algorithmic decomposition of Unicode §3.12.
    if (HANGUL_S..HANGUL_S + HANGUL_COUNT).contains(&cp) {
        let s = cp - HANGUL_S;
        let l = char::from_u32(0x1100 + s / (21 * 28));
        let v = char::from_u32(0x1161 + (s % (21 * 28)) / 28);
        let t = match s % 28 {
            0 => None,
            t => char::from_u32(0x11A7 + t),
        };
        let mut buf = [None; 3];
        buf[0] = l;
        buf[1] = v;
        buf[2] = t;
        return Some(Stripped::Jamo(buf, 0));
    }
    from_table(cp).or_else(|| {
        let f = HOST.get()?;
        f(c).map(|s| Stripped::Owned(s, 0))
    })
}

/// The table's answer (without the table: none).
#[cfg(feature = "nfkd-table")]
fn from_table(cp: u32) -> Option<Stripped> {
    // Runs: consecutive code points mapped to one consecutive character each.
    let i = RUNS.partition_point(|&(start, _, _)| start <= cp);
    if i > 0 {
        let (start, len, out) = RUNS[i - 1];
        if cp < start + len as u32 {
            return char::from_u32(out + (cp - start)).map(Stripped::One);
        }
    }
    let i = SINGLES.binary_search(&cp).ok()?;
    let from = *OFFS.get(i)? as usize;
    let to = *OFFS.get(i + 1)? as usize;
    OUT.get(from..to).map(Stripped::Str)
}

#[cfg(not(feature = "nfkd-table"))]
fn from_table(_cp: u32) -> Option<Stripped> {
    None
}

const HANGUL_S: u32 = 0xAC00;
const HANGUL_COUNT: u32 = 11172;

/// What [`strip_marks`] gives: iterate it for the characters.
#[derive(Debug, Clone)]
pub enum Stripped {
    One(char),
    Str(&'static str),
    Jamo([Option<char>; 3], usize),
    /// The host's answer and the byte offset of the next character.
    Owned(String, usize),
}

impl Iterator for Stripped {
    type Item = char;
    fn next(&mut self) -> Option<char> {
        match self {
            Stripped::One(c) => {
                let c = *c;
                *self = Stripped::Str("");
                Some(c)
            }
            Stripped::Str(s) => {
                let mut it = s.chars();
                let c = it.next()?;
                *s = it.as_str();
                Some(c)
            }
            Stripped::Jamo(buf, i) => {
                while *i < buf.len() {
                    let c = buf[*i];
                    *i += 1;
                    if c.is_some() {
                        return c;
                    }
                }
                None
            }
            Stripped::Owned(s, i) => {
                let c = s.get(*i..)?.chars().next()?;
                *i += c.len_utf8();
                Some(c)
            }
        }
    }
}

#[cfg(all(test, feature = "nfkd-table"))]
mod tests {
    use super::*;
    use unicode_normalization::char::is_combining_mark;
    use unicode_normalization::UnicodeNormalization;

    fn reference(c: char) -> Vec<char> {
        std::iter::once(c)
            .nfkd()
            .filter(|&d| !is_combining_mark(d))
            .collect()
    }

    fn ours(c: char) -> Vec<char> {
        match strip_marks(c) {
            Some(s) => s.collect(),
            None => vec![c],
        }
    }

    #[test]
    fn same_as_unicode_normalization() {
        let mut checked = 0;
        for cp in 0..=0x10FFFFu32 {
            let Some(c) = char::from_u32(cp) else { continue };
            assert_eq!(ours(c), reference(c), "U+{cp:04X}");
            checked += 1;
        }
        assert_eq!(checked, 0x110000 - 0x800);
    }

    #[test]
    fn examples() {
        assert_eq!(ours('é'), vec!['e']);
        assert_eq!(ours('ﬁ'), vec!['f', 'i']);
        assert_eq!(ours('\u{301}'), Vec::<char>::new());
        assert_eq!(ours('한'), vec!['\u{1112}', '\u{1161}', '\u{11AB}']);
        assert!(strip_marks('a').is_none());
        assert!(strip_marks('ß').is_none());
    }

    /// Writes src/text/nfkd_table.rs from unicode-normalization.
    #[test]
    #[ignore]
    fn generate() {
        if std::env::var_os("SMO_GEN_NFKD").is_none() {
            return;
        }
        let mut map: Vec<(u32, String)> = Vec::new();
        for cp in 0x80..=0x10FFFFu32 {
            let Some(c) = char::from_u32(cp) else { continue };
            if (HANGUL_S..HANGUL_S + HANGUL_COUNT).contains(&cp) {
                continue;
            }
            let r = reference(c);
            if r != [c] {
                map.push((cp, r.into_iter().collect()));
            }
        }
        let single = |s: &str| {
            let mut it = s.chars();
            match (it.next(), it.next()) {
                (Some(c), None) => Some(c as u32),
                _ => None,
            }
        };
        let mut runs: Vec<(u32, u16, u32)> = Vec::new();
        let mut singles: Vec<(u32, &str)> = Vec::new();
        let mut i = 0;
        while i < map.len() {
            let mut j = i + 1;
            if let Some(o) = single(&map[i].1) {
                while j < map.len()
                    && map[j].0 == map[i].0 + (j - i) as u32
                    && single(&map[j].1) == Some(o + (j - i) as u32)
                {
                    j += 1;
                }
                if j - i >= 4 {
                    runs.push((map[i].0, (j - i) as u16, o));
                    i = j;
                    continue;
                }
            }
            singles.push((map[i].0, &map[i].1));
            i += 1;
        }
        let mut out = String::new();
        let mut offs = vec![0u16];
        for (_, s) in &singles {
            out.push_str(s);
            offs.push(u16::try_from(out.len()).expect("table fits u16 offsets"));
        }
        use std::fmt::Write;
        let mut f = String::new();
        f.push_str(
            "//! Generated by `SMO_GEN_NFKD=1 cargo test --lib text::nfkd::tests::generate -- --ignored`\n",
        );
        f.push_str("//! from unicode-normalization: NFKD of one character minus combining marks.\n");
        f.push_str("//! Do not edit by hand.\n\n");
        f.push_str("/// (first code point, count, first output code point).\n");
        f.push_str("#[rustfmt::skip]\npub static RUNS: &[(u32, u16, u32)] = &[\n");
        for (a, n, o) in &runs {
            writeln!(f, "(0x{a:X},{n},0x{o:X}),").unwrap();
        }
        f.push_str("];\n\n/// Code points of the other mapped characters, sorted.\n");
        f.push_str("#[rustfmt::skip]\npub static SINGLES: &[u32] = &[\n");
        for chunk in singles.chunks(12) {
            let line: Vec<String> = chunk.iter().map(|(a, _)| format!("0x{a:X}")).collect();
            writeln!(f, "{},", line.join(",")).unwrap();
        }
        f.push_str("];\n\n/// Byte offsets into OUT: SINGLES[i] maps to OUT[OFFS[i]..OFFS[i + 1]].\n");
        f.push_str("#[rustfmt::skip]\npub static OFFS: &[u16] = &[\n");
        for chunk in offs.chunks(16) {
            let line: Vec<String> = chunk.iter().map(|o| o.to_string()).collect();
            writeln!(f, "{},", line.join(",")).unwrap();
        }
        f.push_str("];\n\n/// The outputs, concatenated.\n");
        write!(f, "pub static OUT: &str = \"").unwrap();
        for c in out.chars() {
            write!(f, "\\u{{{:x}}}", c as u32).unwrap();
        }
        f.push_str("\";\n");
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/text/nfkd_table.rs");
        std::fs::write(path, f).unwrap();
        eprintln!(
            "{} runs, {} singles, {} output bytes",
            runs.len(),
            singles.len(),
            out.len()
        );
    }
}
