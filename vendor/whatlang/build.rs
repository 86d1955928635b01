//! smo-audit: the trigram profiles as UTF-8 strings instead of `char`
//! triples. Reads upstream's generated `src/trigrams/profiles_upstream.rs`
//! (kept unchanged) and writes `profiles.rs` to OUT_DIR: for each script the
//! same languages in the same order, each profile its trigrams in the same
//! order, concatenated (3 characters each, about 1 KB a language instead of
//! 3.6 KB).

use std::env;
use std::fmt::Write as _;
use std::fs;
use std::path::Path;

fn main() {
    let src = "src/trigrams/profiles_upstream.rs";
    println!("cargo:rerun-if-changed={src}");
    let text = fs::read_to_string(src).unwrap();
    let mut out = String::from(
        "/// Concatenated trigrams (3 characters each), most frequent first.\n\
         pub type LangProfile = &'static str;\n\
         pub type LangProfileList = &'static [(Lang, LangProfile)];\n",
    );
    let mut profile: Option<String> = None;
    let mut count = 0;
    for line in text.lines() {
        let line = line.trim();
        if let Some(rest) = line.strip_prefix("pub static ") {
            let name = rest.split(':').next().unwrap();
            writeln!(out, "pub static {name}: LangProfileList = &[").unwrap();
        } else if let Some(lang) = line.strip_prefix("Lang::") {
            let lang = lang.trim_end_matches(',');
            write!(out, "    (Lang::{lang}, ").unwrap();
            profile = Some(String::new());
            count = 0;
        } else if let Some(args) = line.strip_prefix("Trigram(") {
            let args = args.strip_suffix("),").unwrap();
            let chars: Vec<char> = args
                .split(", ")
                .map(|c| {
                    let inner = c.strip_prefix('\'').unwrap().strip_suffix('\'').unwrap();
                    let mut it = inner.chars();
                    let ch = it.next().unwrap();
                    assert!(it.next().is_none() && ch != '\\', "escaped char {c}");
                    ch
                })
                .collect();
            assert_eq!(chars.len(), 3);
            profile.as_mut().unwrap().extend(chars);
            count += 1;
        } else if line == "]," && profile.is_some() {
            let p = profile.take().unwrap();
            assert_eq!(p.chars().count(), count * 3);
            writeln!(out, "{p:?}),").unwrap();
        } else if line == "];" {
            out.push_str("];\n");
        }
    }
    let to = Path::new(&env::var("OUT_DIR").unwrap()).join("profiles.rs");
    fs::write(to, out).unwrap();
}
