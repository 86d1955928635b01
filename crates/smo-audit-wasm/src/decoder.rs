//! Legacy charsets (windows-125x, ISO-8859-x, Shift_JIS, GBK, Big5, EUC-KR, …)
//! decoded by the host's `TextDecoder`: browsers and Node implement every
//! WHATWG encoding, so the module does not carry encoding_rs's mapping tables
//! (about 100 KiB gzipped; docs/wasm-size.md). The engine finds labels, BOMs
//! and `<meta charset>` itself and calls this for the bytes alone.

use wasm_bindgen::prelude::*;
use web_sys::{TextDecoder, TextDecoderOptions};

/// Installed when the module is instantiated, before any export runs (with
/// the host's NFKD for slugs, src/nfkd.rs).
#[wasm_bindgen(start)]
fn install() {
    smo_audit::input::set_legacy_decoder(decode);
    smo_audit::text::set_nfkd_host(crate::nfkd::nfkd);
}

/// Decode with replacement, as encoding_rs does: a strict decode first (the
/// common case, one pass); only when it throws, a replacing decode, and the
/// page is marked as having had errors.
fn decode(encoding: &'static str, bytes: &[u8]) -> Option<(String, bool)> {
    let strict = decoder(encoding, true)?;
    if let Ok(text) = strict.decode_with_u8_array(bytes) {
        return Some((text, false));
    }
    let text = decoder(encoding, false)?.decode_with_u8_array(bytes).ok()?;
    Some((text, true))
}

/// A decoder for `encoding` (a WHATWG name, which is also a label), with the
/// BOM left in the text (the engine has handled it), or `None` when the host
/// does not know the encoding (Node built with small ICU).
fn decoder(encoding: &str, fatal: bool) -> Option<TextDecoder> {
    let opts = TextDecoderOptions::new();
    opts.set_fatal(fatal);
    // `ignoreBOM` (not in web-sys's options): a second BOM stays text, as in
    // encoding_rs's decode without BOM handling.
    js_sys::Reflect::set(&opts, &JsValue::from_str("ignoreBOM"), &JsValue::TRUE).ok()?;
    TextDecoder::new_with_label_and_options(encoding, &opts).ok()
}
