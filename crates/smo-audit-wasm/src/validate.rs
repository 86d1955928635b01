//! Options from JavaScript checked by the engine before they are read
//! (`smo_audit::config::options`: unknown keys, rule ids, rule params,
//! locales, formats and values of the wrong kind, each with the nearest known
//! name). This module only hands the engine the object as JSON data and turns
//! its message into a JS `TypeError`.

use serde::Deserialize;
use wasm_bindgen::prelude::*;

use smo_audit::config::options::{self, Object};
use smo_audit::render::Format;
use smo_audit::Locale;

/// A JS `TypeError` with a plain message.
pub fn type_error(msg: impl std::fmt::Display) -> JsValue {
    js_sys::TypeError::new(&msg.to_string()).into()
}

/// The options object as JSON data for the engine: `JSON.stringify` of it,
/// with the file bytes of `files` left out (a shallow copy with `files: {}`;
/// the engine checks the key, the reader the bytes).
fn as_json(js: &JsValue) -> Result<serde_json::Value, JsValue> {
    if js.is_undefined() || js.is_null() {
        return Ok(serde_json::Value::Null);
    }
    let files = JsValue::from_str("files");
    let data = if js.is_object() && js_sys::Reflect::has(js, &files).unwrap_or(false) {
        let copy = js_sys::Object::assign(&js_sys::Object::new(), &js_sys::Object::from(js.clone()));
        let given = js_sys::Reflect::get(&copy, &files).unwrap_or(JsValue::UNDEFINED);
        if given.is_object() && !js_sys::Array::is_array(&given) {
            let _ = js_sys::Reflect::set(&copy, &files, &js_sys::Object::new());
        }
        copy.into()
    } else {
        js.clone()
    };
    let text = js_sys::JSON::stringify(&data).map_err(|_| {
        type_error("the options must be plain data (strings, numbers, booleans, arrays, objects)")
    })?;
    match text.as_string() {
        Some(t) => serde_json::from_str(&t).map_err(type_error),
        // A function or a symbol: JSON has no text for it.
        None => Ok(serde_json::Value::String(
            js.js_typeof().as_string().unwrap_or_default(),
        )),
    }
}

/// Check an options object with the engine; a problem is a `TypeError`.
pub fn check(js: &JsValue, what: Object) -> Result<(), JsValue> {
    options::check(&as_json(js)?, what).map_err(type_error)
}

/// Check, then read an options object (missing: the defaults).
pub fn read<T: for<'de> Deserialize<'de> + Default>(js: JsValue, what: Object) -> Result<T, JsValue> {
    check(&js, what)?;
    if js.is_undefined() || js.is_null() {
        return Ok(T::default());
    }
    serde_wasm_bindgen::from_value(js).map_err(|e| type_error(format!("invalid options: {}", e)))
}

/// The pages' own `rules` (`auditSite`'s `{path, html, rules?}`).
pub fn page_rules(pages: &js_sys::Array) -> Result<(), JsValue> {
    let key = JsValue::from_str("rules");
    for (i, p) in pages.iter().enumerate() {
        if p.is_object() {
            let rules = js_sys::Reflect::get(&p, &key).unwrap_or(JsValue::UNDEFINED);
            options::check_rules(&as_json(&rules)?, &format!("pages[{}].rules", i)).map_err(type_error)?;
        }
    }
    Ok(())
}

/// A locale's name (missing: English).
pub fn locale(name: Option<&str>) -> Result<Locale, JsValue> {
    name.map_or(Ok(Locale::En), |n| options::locale(n).map_err(type_error))
}

/// An output format's name.
pub fn format(name: &str) -> Result<Format, JsValue> {
    options::format(name).map_err(type_error)
}
