//! The host decoder hook (`input::set_legacy_decoder`), as the wasm binding
//! uses it with the JavaScript `TextDecoder`: every legacy encoding goes
//! through it, UTF-8 and the replacement encoding never do, and an encoding
//! the host does not know is a clear error. Its own test binary: the hook is
//! process-wide.

use std::sync::atomic::{AtomicUsize, Ordering};

use smo_audit::input::{decode, set_legacy_decoder, InputError, DEFAULT_MAX_BYTES};

static CALLS: AtomicUsize = AtomicUsize::new(0);

/// A host that knows every encoding but EUC-JP (as a host without it would).
fn host(encoding: &'static str, bytes: &[u8]) -> Option<(String, bool)> {
    CALLS.fetch_add(1, Ordering::SeqCst);
    if encoding == "EUC-JP" {
        return None;
    }
    let enc = encoding_rs::Encoding::for_label(encoding.as_bytes())?;
    let (text, had_errors) = enc.decode_without_bom_handling(bytes);
    Some((text.into_owned(), had_errors))
}

#[test]
fn legacy_pages_go_through_the_host_decoder() {
    set_legacy_decoder(host);

    let before = CALLS.load(Ordering::SeqCst);
    let page = encoding_rs::WINDOWS_1254
        .encode("<meta charset=windows-1254><title>Şişli</title>")
        .0
        .into_owned();
    let d = decode(&page, None, DEFAULT_MAX_BYTES).unwrap();
    assert_eq!(d.text, "<meta charset=windows-1254><title>Şişli</title>");
    assert_eq!(
        (d.encoding, d.source, d.had_errors),
        ("windows-1254", "meta", false)
    );

    let sjis = encoding_rs::SHIFT_JIS.encode("<p>日本語</p>").0.into_owned();
    let d = decode(&sjis, Some("text/html; charset=shift_jis"), DEFAULT_MAX_BYTES).unwrap();
    assert_eq!((d.text.as_ref(), d.encoding), ("<p>日本語</p>", "Shift_JIS"));

    // UTF-16 with its BOM, and windows-1252 by default.
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend("<p>ğ</p>".encode_utf16().flat_map(u16::to_le_bytes));
    let d = decode(&utf16, None, DEFAULT_MAX_BYTES).unwrap();
    assert_eq!(
        (d.text.as_ref(), d.encoding, d.source),
        ("<p>ğ</p>", "UTF-16LE", "bom")
    );
    let d = decode(b"<p>caf\xE9</p>", None, DEFAULT_MAX_BYTES).unwrap();
    assert_eq!((d.text.as_ref(), d.encoding), ("<p>café</p>", "windows-1252"));
    assert_eq!(CALLS.load(Ordering::SeqCst) - before, 4);

    // UTF-8 (valid or not) and the replacement encoding: never the host.
    let before = CALLS.load(Ordering::SeqCst);
    let d = decode("<p>çğü</p>".as_bytes(), None, DEFAULT_MAX_BYTES).unwrap();
    assert!(matches!(d.text, std::borrow::Cow::Borrowed(_)));
    let d = decode(b"<meta charset=utf-8><p>caf\xE9</p>", None, DEFAULT_MAX_BYTES).unwrap();
    assert_eq!(
        (d.text.as_ref(), d.had_errors),
        ("<meta charset=utf-8><p>caf\u{FFFD}</p>", true)
    );
    let d = decode(b"<meta charset=iso-2022-kr><p>x</p>", None, DEFAULT_MAX_BYTES).unwrap();
    assert_eq!(
        (d.text.as_ref(), d.encoding, d.had_errors),
        ("\u{FFFD}", "replacement", true)
    );
    assert_eq!(CALLS.load(Ordering::SeqCst), before);

    // An encoding the host cannot decode: refused with its name, never guessed.
    let err = decode(b"<meta charset=euc-jp><p>\xA4\xA2</p>", None, DEFAULT_MAX_BYTES).unwrap_err();
    assert_eq!(err, InputError::NoDecoder { encoding: "EUC-JP" });
    assert!(err.to_string().contains("EUC-JP"), "{err}");
}
