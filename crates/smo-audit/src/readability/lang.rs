//! Language of a text: declared tags and detection (whatlang, trigram-based).

/// The BCP 47 primary subtag of a declared language ("tr-TR", "tr_TR", "TR" → "tr").
/// None for empty, malformed or undetermined ("und", "x-default") tags.
pub fn primary_tag(s: &str) -> Option<String> {
    let p = s.trim().split(['-', '_']).next()?.to_ascii_lowercase();
    let ok = (2..=3).contains(&p.len()) && p.chars().all(|c| c.is_ascii_lowercase()) && p != "und";
    ok.then_some(p)
}

/// A detection result: ISO 639-1 code where one exists (else 639-3), whatlang's
/// confidence (0–1) and whether whatlang calls it reliable.
#[derive(Debug, Clone, PartialEq)]
pub struct Detected {
    pub lang: String,
    pub confidence: f64,
    pub reliable: bool,
}

/// At most this many characters are looked at. Measured on the 130 corpus pages
/// that whatlang classifies: the first 1,500 characters of the main text give the
/// same language, reliability and (2-decimal) confidence as the first 4,000 on all
/// 130; 1,000 differ on one page. Detection is the dearest step of readability, so
/// it reads no more than it needs.
pub const DETECT_CHARS: usize = 1_500;

/// The sample that confirms a declared language: when whatlang reliably finds
/// the declared language in the first 500 characters of the main text, it is
/// not asked again about the first [`DETECT_CHARS`]. On the corpus
/// (`tests/lang_sample.rs`) the sample gives the same language and reliability
/// as the full detection on every page that declares one.
pub const CONFIRM_CHARS: usize = 500;

/// Detect the language of `text`; None when the text is too short or unclear.
pub fn detect(text: &str) -> Option<Detected> {
    detect_head(text, DETECT_CHARS)
}

/// [`detect`], confirming `declared` on a sample first: when the first
/// [`CONFIRM_CHARS`] characters reliably read as the declared language, that
/// answer (and its confidence) stands; otherwise the first [`DETECT_CHARS`]
/// decide, as [`detect`] does.
pub fn detect_confirming(text: &str, declared: Option<&str>) -> Option<Detected> {
    let Some(declared) = declared else {
        return detect(text);
    };
    // A text no longer than the sample: one detection.
    if text.char_indices().nth(CONFIRM_CHARS).is_none() {
        return detect(text);
    }
    match detect_head(text, CONFIRM_CHARS) {
        Some(d) if d.reliable && same_language(&d.lang, declared) => Some(d),
        _ => detect(text),
    }
}

/// Detection on the first `chars` characters of `text`.
fn detect_head(text: &str, chars: usize) -> Option<Detected> {
    let end = text
        .char_indices()
        .nth(chars)
        .map(|(i, _)| i)
        .unwrap_or(text.len());
    let info = whatlang::detect(&text[..end])?;
    let code = info.lang().code();
    Some(Detected {
        lang: iso639_1(code).unwrap_or(code).to_string(),
        confidence: info.confidence(),
        reliable: info.is_reliable(),
    })
}

/// ISO 639-3 (whatlang's codes) → ISO 639-1.
fn iso639_1(code: &str) -> Option<&'static str> {
    const MAP: &[(&str, &str)] = &[
        ("afr", "af"),
        ("aka", "ak"),
        ("amh", "am"),
        ("ara", "ar"),
        ("aze", "az"),
        ("bel", "be"),
        ("ben", "bn"),
        ("bul", "bg"),
        ("cat", "ca"),
        ("ces", "cs"),
        ("cmn", "zh"),
        ("dan", "da"),
        ("deu", "de"),
        ("ell", "el"),
        ("eng", "en"),
        ("epo", "eo"),
        ("est", "et"),
        ("fin", "fi"),
        ("fra", "fr"),
        ("guj", "gu"),
        ("heb", "he"),
        ("hin", "hi"),
        ("hrv", "hr"),
        ("hun", "hu"),
        ("hye", "hy"),
        ("ind", "id"),
        ("ita", "it"),
        ("jav", "jv"),
        ("jpn", "ja"),
        ("kan", "kn"),
        ("kat", "ka"),
        ("khm", "km"),
        ("kor", "ko"),
        ("lat", "la"),
        ("lav", "lv"),
        ("lit", "lt"),
        ("mal", "ml"),
        ("mar", "mr"),
        ("mkd", "mk"),
        ("mya", "my"),
        ("nep", "ne"),
        ("nld", "nl"),
        ("nob", "nb"),
        ("ori", "or"),
        ("pan", "pa"),
        ("pes", "fa"),
        ("pol", "pl"),
        ("por", "pt"),
        ("ron", "ro"),
        ("rus", "ru"),
        ("sin", "si"),
        ("slk", "sk"),
        ("slv", "sl"),
        ("sna", "sn"),
        ("spa", "es"),
        ("srp", "sr"),
        ("swe", "sv"),
        ("tam", "ta"),
        ("tel", "te"),
        ("tgl", "tl"),
        ("tha", "th"),
        ("tuk", "tk"),
        ("tur", "tr"),
        ("ukr", "uk"),
        ("urd", "ur"),
        ("uzb", "uz"),
        ("vie", "vi"),
        ("yid", "yi"),
        ("zul", "zu"),
    ];
    MAP.iter().find(|(k, _)| *k == code).map(|(_, v)| *v)
}

/// Two tags name the same language for our purposes (Norwegian variants, ...).
pub fn same_language(a: &str, b: &str) -> bool {
    let norm = |l: &str| {
        match l {
            "nb" | "nn" | "no" => "no",
            "hr" | "sr" | "bs" => "sh",
            "ms" | "id" => "ms",
            other => other,
        }
        .to_string()
    };
    norm(a) == norm(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags() {
        assert_eq!(primary_tag("tr-TR").as_deref(), Some("tr"));
        assert_eq!(primary_tag(" EN_us ").as_deref(), Some("en"));
        assert_eq!(primary_tag(""), None);
        assert_eq!(primary_tag("und"), None);
        assert_eq!(primary_tag("1234"), None);
    }

    #[test]
    fn detects_turkish_and_english() {
        let d = detect("Bu sayfa, sosyal medya paylaşımlarını artırmak için hazırlanmış kısa bir rehberdir ve okunabilirliği ölçülür.").unwrap();
        assert_eq!(d.lang, "tr");
        let d =
            detect("This page is a short guide written to help small shops get more shares on social media.")
                .unwrap();
        assert_eq!(d.lang, "en");
        assert!(d.confidence > 0.5);
        assert!(same_language("nb", "no"));
    }
}
