//! Bad input never panics, hangs or loses output: every case ends in a report or
//! a clear error.

use smo_audit::{audit, Error, Options};

fn ok(bytes: &[u8]) -> smo_audit::Report {
    let r = audit(bytes, &Options::default()).expect("a report");
    assert!(r.score <= 100);
    serde_json::to_string(&r).expect("serializes");
    r
}

/// Empty input and text without a tag are refused with a clear error, never
/// scored; a bare doctype is a (poor) page.
#[test]
fn empty_and_whitespace() {
    for (bytes, says) in [
        (&b""[..], "empty"),
        (b"   \n\t ", "empty"),
        (b"<", "no HTML tag"),
        (b"just some words, no markup", "no HTML tag"),
    ] {
        let err = audit(bytes, &Options::default()).unwrap_err();
        assert!(err.to_string().contains(says), "{:?}: {}", bytes, err);
    }
    ok(b"<!doctype html>");
}

#[test]
fn binary_garbage_is_a_clear_error_or_a_report() {
    // Pseudo-random bytes (fixed seed): not HTML, must not panic.
    let mut x: u32 = 0x1234_5678;
    let mut bytes = Vec::with_capacity(100_000);
    for _ in 0..100_000 {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        bytes.push((x & 0xff) as u8);
    }
    match audit(&bytes, &Options::default()) {
        Ok(r) => assert!(r.score <= 100),
        Err(e) => assert!(e.to_string().contains("HTML"), "{}", e),
    }
    let zeros = vec![0u8; 10_000];
    let err = audit(&zeros, &Options::default()).unwrap_err();
    assert!(err.to_string().contains("does not look like HTML"));
}

#[test]
fn invalid_utf8_is_replaced_not_fatal() {
    let r = ok(b"<html><head><meta charset=utf-8><title>Bad \xff\xfe bytes \xc3</title></head></html>");
    assert!(r.facts["title"].as_str().unwrap().contains('\u{FFFD}'));
}

#[test]
fn every_sniffed_charset_decodes() {
    for label in [
        "utf-8",
        "windows-1254",
        "iso-8859-9",
        "windows-1252",
        "iso-8859-1",
        "iso-8859-2",
        "windows-1251",
        "koi8-r",
        "shift_jis",
        "euc-jp",
        "gbk",
        "gb18030",
        "big5",
        "euc-kr",
        "utf-16le",
        "x-user-defined",
        "iso-2022-jp",
        "macintosh",
        "windows-874",
        "bogus-charset",
    ] {
        let html = format!(
            "<html><head><meta charset=\"{}\"><title>T\u{e9}st</title></head><body><p>x\u{fd}\u{fe}</p></body></html>",
            label
        );
        // Bytes as Latin-1 (one byte a char), the way a legacy page is stored.
        let bytes: Vec<u8> = html.chars().map(|c| c as u32 as u8).collect();
        ok(&bytes);
    }
}

#[test]
fn hundred_thousand_nested_elements() {
    let n = 100_000;
    let mut s = String::with_capacity(n * 12);
    s.push_str("<html><head><title>Deep</title></head><body>");
    for _ in 0..n {
        s.push_str("<div>");
    }
    s.push_str("<a href=\"/x\">deep link</a>");
    for _ in 0..n {
        s.push_str("</div>");
    }
    let err = audit(s.as_bytes(), &Options::default()).unwrap_err();
    assert!(
        err.to_string().contains("nested more than 5000 levels"),
        "{}",
        err
    );
    // Deep but below the limit: a report.
    let ok_depth = format!(
        "<title>Deep</title>{}<a href=/x>x</a>{}",
        "<div>".repeat(4000),
        "</div>".repeat(4000)
    );
    let r = ok(ok_depth.as_bytes());
    assert_eq!(r.facts["title"], "Deep");
}

#[test]
fn fifty_megabytes_is_a_clean_limit_error() {
    let big = vec![b'a'; 50 * 1024 * 1024];
    let err = audit(&big, &Options::default()).unwrap_err();
    assert!(matches!(err, Error::Input(_)));
    assert!(err.to_string().contains("over the limit"), "{}", err);
    // A raised limit audits it.
    let opts = Options {
        max_bytes: 60 * 1024 * 1024,
        ..Default::default()
    };
    let mut page = b"<html><head><title>Big</title></head><body><p>".to_vec();
    page.resize(12 * 1024 * 1024, b'a');
    audit(&page, &opts).expect("raised limit audits");
}

#[test]
fn ten_thousand_links() {
    let mut s = String::from("<html><head><title>Links</title></head><body><main>");
    for i in 0..10_000 {
        s.push_str(&format!(
            "<a href=\"/p/{i}#frag{i}\" onclick=\"x()\">link {i}</a> <a href=\"#nope{i}\">f</a>"
        ));
    }
    s.push_str("</main></body></html>");
    let r = ok(s.as_bytes());
    for c in r.checks() {
        assert!(
            c.evidence.len() <= smo_audit::checks::MAX_EVIDENCE,
            "{} has {} evidence",
            c.id,
            c.evidence.len()
        );
    }
}

#[test]
fn broken_and_giant_json_ld() {
    let r = ok(b"<script type=\"application/ld+json\">{\"@type\": \"Article\", broken</script>");
    let block = &r.facts["jsonLd"][0];
    assert!(block["error"].is_string());
    let mut giant = String::from("<script type=\"application/ld+json\">{\"@type\":\"Article\",\"x\":[");
    for i in 0..200_000 {
        giant.push_str(&format!("{},", i));
    }
    giant.push_str("0]}</script>");
    ok(giant.as_bytes());
    // Deeply nested JSON: serde_json's recursion limit turns it into an error, not a crash.
    let deep = format!(
        "<script type=\"application/ld+json\">{}{}</script>",
        "[".repeat(10_000),
        "]".repeat(10_000)
    );
    let r = ok(deep.as_bytes());
    assert!(r.facts["jsonLd"][0]["error"].is_string());
}

#[test]
fn absurd_attribute_values() {
    let long = "x".repeat(1_000_000);
    let html = format!(
        "<html lang=\"{long}\"><head><meta property=\"og:title\" content=\"{long}\"><meta property=\"og:image:width\" content=\"99999999999999999999\"><meta property=\"og:image\" content=\"{long}\"><link rel=\"canonical\" href=\"http://[::1\"></head><body><a href=\"{long}\" class=\"{long}\" id=\"{long}\">a</a><img src=\"javascript:alert(1)\" width=\"-5\" height=\"NaN\"></body></html>"
    );
    ok(html.as_bytes());
    ok(
        "<a href=\"http://%zz%\">x</a><a href=\"https://\u{202e}evil.com\">y</a><base href=\"::::\">"
            .as_bytes(),
    );
}

#[test]
fn bad_url_option_is_a_clear_error() {
    let opts = Options {
        url: Some("not a url".into()),
        ..Default::default()
    };
    let err = audit(b"<title>x</title>", &opts).unwrap_err();
    assert!(err.to_string().contains("absolute address"), "{}", err);
    let opts = Options {
        url: Some("ftp://example.com/x".into()),
        ..Default::default()
    };
    assert!(audit(b"", &opts).is_err());
}

#[test]
fn unclosed_tags_stay_linear() {
    // Hundreds of thousands of tags with no `>` anywhere after them: the nesting
    // pre-scan once looked for the next `>` from every tag (quadratic: a hang).
    let page = "<div a".repeat(400_000);
    match audit(page.as_bytes(), &Options::default()) {
        Ok(r) => assert!(r.score <= 100),
        Err(e) => {
            let m = e.to_string();
            assert!(m.contains("nested") || m.contains("attributes"), "{}", m)
        }
    }
    // Unclosed comment and script openers, repeated.
    ok("<!--<script><style>".repeat(50_000).as_bytes());
}

#[test]
fn twenty_thousand_distinct_sibling_tags() {
    let mut page = String::from("<body>");
    for i in 0..20_000 {
        page.push_str(&format!("<x-t{i} class=C{i} data-K{i}=v id=i{i}>t</x-t{i}>"));
    }
    ok(page.as_bytes());
}

#[test]
fn hundred_thousand_attributes_on_one_element() {
    // html5ever checks every new attribute against the earlier ones: 100,000 took
    // 23 s in the parser alone. Now a clear error before parsing.
    let page = format!(
        "<div {}>x</div>",
        (0..100_000)
            .map(|i| format!("data-a{i}=v"))
            .collect::<Vec<_>>()
            .join(" ")
    );
    let e = audit(page.as_bytes(), &Options::default()).unwrap_err();
    assert!(e.to_string().contains("more than 1000 attributes"), "{}", e);
    // Many attributes spread over many elements are fine.
    ok("<p a b c d e f g h i j>x</p>".repeat(20_000).as_bytes());
}
