//! The engine's layers stack (docs/ARCHITECTURE.md): a module may use its own
//! layer and the layers below it, never one above, and the top-level modules
//! form no cycle. Read from the source: every `crate::…` path and every
//! `super::…` path that climbs to the crate root, in code and tests alike.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The layers, lowest first; each lists its top-level modules. `lib.rs` (the
/// public API) is above them all.
const LAYERS: &[(&str, &[&str])] = &[
    ("ground", &["options", "vocab", "i18n", "input", "dom", "text"]),
    ("catalog and readability", &["catalog", "readability"]),
    ("facts", &["facts"]),
    ("checks", &["checks"]),
    ("report", &["report"]),
    ("render", &["render"]),
    ("pipeline", &["pipeline", "profile_mode", "site", "config"]),
    ("run", &["run"]),
];

/// The layer of a top-level module; the crate root (`lib.rs` items) is above all.
fn layer_of(module: &str) -> Option<usize> {
    LAYERS.iter().position(|(_, mods)| mods.contains(&module))
}

fn layer_name(i: Option<usize>) -> &'static str {
    i.map(|i| LAYERS[i].0).unwrap_or("the crate root (lib.rs)")
}

/// The top-level module a file belongs to (`facts/site/mod.rs` → `facts`), and
/// how deep its own module is (`facts/site/mod.rs` → 2, `facts/kind.rs` → 2,
/// `vocab.rs` → 1, `lib.rs` → 0).
fn module_of(rel: &str) -> (String, usize) {
    let parts: Vec<&str> = rel.trim_end_matches(".rs").split('/').collect();
    if parts == ["lib"] {
        return (String::new(), 0);
    }
    let depth = if parts.last() == Some(&"mod") {
        parts.len() - 1
    } else {
        parts.len()
    };
    (parts[0].to_string(), depth)
}

/// Strip `//` comments and string literals so that paths in docs and messages
/// are not read as imports (raw strings included).
fn code_only(src: &str) -> String {
    let b = src.as_bytes();
    let mut out = String::with_capacity(src.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'/' && b.get(i + 1) == Some(&b'/') {
            while i < b.len() && b[i] != b'\n' {
                i += 1;
            }
        } else if b[i] == b'r'
            && (b.get(i + 1) == Some(&b'#') || b.get(i + 1) == Some(&b'"'))
            && (i == 0 || !(b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_'))
        {
            let mut j = i + 1;
            let mut hashes = 0;
            while b.get(j) == Some(&b'#') {
                hashes += 1;
                j += 1;
            }
            if b.get(j) != Some(&b'"') {
                out.push(b[i] as char);
                i += 1;
                continue;
            }
            j += 1;
            let close: Vec<u8> = std::iter::once(b'"')
                .chain(std::iter::repeat_n(b'#', hashes))
                .collect();
            while j < b.len() && !b[j..].starts_with(&close) {
                j += 1;
            }
            i = j + close.len();
            out.push_str("\"\"");
        } else if b[i] == b'"' {
            i += 1;
            while i < b.len() && b[i] != b'"' {
                if b[i] == b'\\' {
                    i += 1;
                }
                i += 1;
            }
            i += 1;
            out.push_str("\"\"");
        } else if b[i] == b'\'' && b.get(i + 2) == Some(&b'\'') {
            // a char literal such as '"'
            out.push_str("' '");
            i += 3;
        } else {
            let ch = src[i..].chars().next().unwrap_or(' ');
            out.push(ch);
            i += ch.len_utf8();
        }
    }
    out
}

fn ident_at(s: &str) -> &str {
    let end = s
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(s.len());
    &s[..end]
}

/// The first segments a path names after its `crate::` / `super::` prefix:
/// one ident, or each item of a `{…}` group.
fn first_segments(after: &str, out: &mut BTreeSet<String>) {
    let Some(group) = after.strip_prefix('{') else {
        out.insert(ident_at(after).to_string());
        return;
    };
    let mut level = 0;
    let mut item_start = true;
    for (k, c) in group.char_indices() {
        match c {
            '{' => level += 1,
            '}' if level == 0 => break,
            '}' => level -= 1,
            ',' if level == 0 => item_start = true,
            c if c.is_whitespace() => {}
            _ if item_start && level == 0 => {
                out.insert(ident_at(&group[k..]).to_string());
                item_start = false;
            }
            _ => {}
        }
    }
}

/// How many inline `mod name {` blocks enclose each byte of the code.
fn inline_mod_depths(code: &str) -> Vec<u8> {
    let b = code.as_bytes();
    let mut depths = vec![0u8; b.len() + 1];
    let mut braces = 0i32;
    let mut open: Vec<i32> = Vec::new();
    let mut pending = false;
    let mut i = 0;
    while i < b.len() {
        let word_start = i == 0 || !(b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_');
        if word_start && b[i..].starts_with(b"mod ") {
            let rest = code[i + 4..].trim_start();
            let name = ident_at(rest);
            if !name.is_empty() && rest[name.len()..].trim_start().starts_with('{') {
                pending = true;
            }
        }
        match b[i] {
            b'{' => {
                braces += 1;
                if pending {
                    open.push(braces);
                    pending = false;
                }
            }
            b'}' => {
                if open.last() == Some(&braces) {
                    open.pop();
                }
                braces -= 1;
            }
            _ => {}
        }
        depths[i] = open.len() as u8;
        i += 1;
    }
    depths
}

/// The top-level modules (or crate-root items) a file's code names.
fn targets(code: &str, depth: usize) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let word_before = |i: usize| {
        code[..i]
            .chars()
            .last()
            .is_some_and(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$' || c == ':')
    };
    let mut from = 0;
    while let Some(i) = code[from..].find("crate::").map(|i| i + from) {
        from = i + "crate::".len();
        if !word_before(i) {
            first_segments(&code[from..], &mut out);
        }
    }
    // `super::…::x` climbing to the crate root: a file `depth` deep, inside
    // `m` inline modules, reaches it with `depth + m` supers.
    let mods = inline_mod_depths(code);
    let mut from = 0;
    while let Some(i) = code[from..].find("super::").map(|i| i + from) {
        let mut after = &code[i..];
        let mut n = 0;
        while let Some(a) = after.strip_prefix("super::") {
            n += 1;
            after = a;
        }
        from = i + 7 * n;
        if !word_before(i) && depth > 0 && n >= depth + mods[i] as usize {
            first_segments(after, &mut out);
        }
    }
    out
}

/// Every edge from a top-level module to another that goes up a layer, as
/// messages, and the module graph.
fn check_tree(
    files: &[(String, String)],
    top_modules: &BTreeSet<String>,
) -> (Vec<String>, BTreeMap<String, BTreeSet<String>>) {
    let mut errors = Vec::new();
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (rel, src) in files {
        let (module, depth) = module_of(rel);
        if module.is_empty() {
            continue; // lib.rs: the API may use every layer
        }
        let from = layer_of(&module);
        if from.is_none() {
            errors.push(format!("{rel}: the top-level module `{module}` is in no layer; add it to LAYERS in tests/layers.rs and docs/ARCHITECTURE.md"));
            continue;
        }
        for t in targets(&code_only(src), depth) {
            let (target, to) = if top_modules.contains(&t) {
                let l = layer_of(&t);
                (t.clone(), l)
            } else {
                (format!("crate::{t} (an item of lib.rs)"), None)
            };
            if t == module {
                continue;
            }
            let upward = match (from, to) {
                (Some(f), Some(t)) => t > f,
                (_, None) => true,
                _ => false,
            };
            if upward {
                errors.push(format!(
                    "{rel}: `{module}` ({}) uses {target} ({}), a layer above it",
                    layer_name(from),
                    layer_name(to)
                ));
            }
            if top_modules.contains(&t) {
                graph.entry(module.clone()).or_default().insert(t);
            }
        }
    }
    (errors, graph)
}

/// A cycle among the top-level modules, if any (as a path).
fn find_cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        n: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        stack: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(i) = stack.iter().position(|s| s == n) {
            let mut c = stack[i..].to_vec();
            c.push(n.to_string());
            return Some(c);
        }
        if done.contains(n) {
            return None;
        }
        stack.push(n.to_string());
        for m in graph.get(n).into_iter().flatten() {
            if let Some(c) = visit(m, graph, stack, done) {
                return Some(c);
            }
        }
        stack.pop();
        done.insert(n.to_string());
        None
    }
    let mut done = BTreeSet::new();
    for n in graph.keys() {
        if let Some(c) = visit(n, graph, &mut Vec::new(), &mut done) {
            return Some(c);
        }
    }
    None
}

fn read_tree(dir: &Path, root: &Path, out: &mut Vec<(String, String)>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir).expect("read src").flatten().collect();
    entries.sort_by_key(|e| e.path());
    for e in entries {
        let p = e.path();
        if p.is_dir() {
            read_tree(&p, root, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            let rel = p.strip_prefix(root).unwrap().to_string_lossy().replace('\\', "/");
            out.push((rel, std::fs::read_to_string(&p).expect("read a source file")));
        }
    }
}

fn top_modules(files: &[(String, String)]) -> BTreeSet<String> {
    files
        .iter()
        .filter(|(r, _)| r != "lib.rs")
        .map(|(r, _)| module_of(r).0)
        .collect()
}

#[test]
fn no_module_imports_a_layer_above_it_and_no_cycle() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    read_tree(&src, &src, &mut files);
    assert!(files.len() > 50, "read the engine's source files");
    let tops = top_modules(&files);
    let (errors, graph) = check_tree(&files, &tops);
    assert!(errors.is_empty(), "upward imports:\n  {}", errors.join("\n  "));
    assert_eq!(find_cycle(&graph), None, "a cycle among the top-level modules");
}

/// The checker itself catches an upward `use`, a grouped one, a climbing
/// `super::` and one in a test module; comments and strings do not count.
#[test]
fn the_checker_sees_upward_imports() {
    let tops: BTreeSet<String> = ["facts", "report", "checks", "text", "site"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    let files = |src: &str| vec![("facts/previews.rs".to_string(), src.to_string())];
    let bad = [
        "use crate::report::Status;",
        "use crate::{text::squash, checks::Check};",
        "fn f() { let _ = crate::site::url_for(\"a\", \"b\"); }",
        "use super::super::report::Status;",
        "#[cfg(test)] mod tests { fn t() { crate::audit(b\"\", &Default::default()); } }",
    ];
    for src in bad {
        let (errors, _) = check_tree(&files(src), &tops);
        assert_eq!(errors.len(), 1, "{src}: {errors:?}");
    }
    let fine = [
        "use crate::text::squash; use super::Facts;",
        "// crate::report::Status in a comment",
        "const S: &str = \"crate::report::Status\";",
        "const R: &str = r#\"crate::site::x\"#;",
    ];
    for src in fine {
        let (errors, _) = check_tree(&files(src), &tops);
        assert!(errors.is_empty(), "{src}: {errors:?}");
    }
    let mut g = BTreeMap::new();
    g.insert("a".to_string(), BTreeSet::from(["b".to_string()]));
    g.insert("b".to_string(), BTreeSet::from(["a".to_string()]));
    assert!(find_cycle(&g).is_some());
}
