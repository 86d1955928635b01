//! Slug transliteration's NFKD by the host: `String.prototype.normalize("NFKD")`
//! with the combining marks (`\p{M}`) removed, as the engine's own table does in
//! the native build (feature `nfkd-table`, left out here: about 25 KiB gzipped;
//! docs/wasm-size.md). Called only for non-ASCII characters the slug's own
//! transliteration tables do not cover; each answer is kept for the next time.

use std::cell::RefCell;
use std::collections::HashMap;

use js_sys::{JsString, RegExp};

thread_local! {
    static MARKS: RegExp = RegExp::new("\\p{M}", "gu");
    static SEEN: RefCell<HashMap<char, Option<String>>> = RefCell::new(HashMap::new());
}

/// NFKD of `c` without its combining marks, or `None` when that is `c` itself.
pub fn nfkd(c: char) -> Option<String> {
    if let Some(known) = SEEN.with(|m| m.borrow().get(&c).cloned()) {
        return known;
    }
    let mut buf = [0u8; 4];
    let one: &str = c.encode_utf8(&mut buf);
    let decomposed = JsString::from(one).normalize("NFKD");
    let stripped: Option<String> = MARKS.with(|re| decomposed.replace_by_pattern(re, "")).as_string();
    let answer = stripped.filter(|s| s != one);
    SEEN.with(|m| m.borrow_mut().insert(c, answer.clone()));
    answer
}
