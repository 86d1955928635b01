//! Slug text tools: language-aware lower-casing, transliteration to ASCII,
//! slug word splitting, stemming and keyword matching across scripts.
//!
//! Everything here is pure and allocation-light; no regex, no panics on any
//! input (no byte slicing of text).

use unicode_segmentation::UnicodeSegmentation;

use super::stopwords;

/// The primary language subtag, lower-cased (`tr-TR` → `tr`).
pub fn primary_lang(lang: &str) -> String {
    lang.trim()
        .split(['-', '_'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase()
}

/// Lower-case with the Turkish / Azeri rules when `lang` is `tr` or `az`
/// (`I` → `ı`, `İ` → `i`); the Unicode default otherwise.
pub fn lower(s: &str, lang: Option<&str>) -> String {
    // ASCII without `I` lower-cases the same in every language.
    if s.is_ascii() && !s.contains('I') {
        return s.to_ascii_lowercase();
    }
    lower_chars(s, lang)
}

/// [`lower`] character by character (what its ASCII shortcut must equal).
pub fn lower_chars(s: &str, lang: Option<&str>) -> String {
    let turkic = matches!(lang.map(primary_lang).as_deref(), Some("tr" | "az"));
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            'I' if turkic => out.push('ı'),
            'İ' => out.push('i'),
            _ => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// Language-specific letters, checked before the shared table.
fn lang_specific(c: char, lang: &str) -> Option<&'static str> {
    Some(match (lang, c) {
        ("de", 'ä') => "ae",
        ("de", 'ö') => "oe",
        ("de", 'ü') => "ue",
        ("de", 'Ä') => "Ae",
        ("de", 'Ö') => "Oe",
        ("de", 'Ü') => "Ue",
        ("da" | "nb" | "nn" | "no", 'ø') => "oe",
        ("da" | "nb" | "nn" | "no", 'å') => "aa",
        ("uk", 'г') => "h",
        ("uk", 'Г') => "H",
        ("uk", 'и') => "y",
        ("uk", 'ї') => "i",
        ("uk", 'И') => "Y",
        ("bg", 'щ') => "sht",
        ("bg", 'Щ') => "Sht",
        ("bg", 'ъ') => "a",
        ("bg", 'Ъ') => "A",
        _ => return None,
    })
}

/// Letters that NFKD does not reduce to ASCII: Latin specials, Cyrillic, Greek.
fn shared(c: char) -> Option<&'static str> {
    Some(match c {
        // Latin letters without a decomposition.
        'ß' => "ss",
        'ẞ' => "SS",
        'ı' => "i",
        'æ' => "ae",
        'Æ' => "AE",
        'œ' => "oe",
        'Œ' => "OE",
        'ø' => "o",
        'Ø' => "O",
        'ł' => "l",
        'Ł' => "L",
        'đ' | 'ð' => "d",
        'Đ' | 'Ð' => "D",
        'þ' => "th",
        'Þ' => "Th",
        'ħ' => "h",
        'Ħ' => "H",
        'ŀ' => "l",
        'Ŀ' => "L",
        'ŉ' => "n",
        'ĸ' => "k",
        'ſ' => "s",
        // Cyrillic (Russian, Ukrainian, Bulgarian; a common slug scheme).
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' => "g",
        'ґ' => "g",
        'д' => "d",
        'е' => "e",
        'ё' => "yo",
        'є' => "ye",
        'ж' => "zh",
        'з' => "z",
        'и' => "i",
        'і' => "i",
        'ї' => "yi",
        'й' => "y",
        'к' => "k",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' => "u",
        'ф' => "f",
        'х' => "kh",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "shch",
        'ъ' => "",
        'ы' => "y",
        'ь' => "",
        'э' => "e",
        'ю' => "yu",
        'я' => "ya",
        // Greek (ELOT 743 style, lower case; accents go through NFKD).
        'α' => "a",
        'β' => "v",
        'γ' => "g",
        'δ' => "d",
        'ε' => "e",
        'ζ' => "z",
        'η' => "i",
        'θ' => "th",
        'ι' => "i",
        'κ' => "k",
        'λ' => "l",
        'μ' => "m",
        'ν' => "n",
        'ξ' => "x",
        'ο' => "o",
        'π' => "p",
        'ρ' => "r",
        'σ' | 'ς' => "s",
        'τ' => "t",
        'υ' => "y",
        'φ' => "f",
        'χ' => "ch",
        'ψ' => "ps",
        'ω' => "o",
        _ => return None,
    })
}

/// Transliterate to ASCII where a letter has a known Latin form. Case is kept
/// for Latin letters; Cyrillic and Greek come out lower-case. Combining marks
/// are dropped (NFKD). Letters of other scripts (Arabic, CJK, ...) are kept.
/// `lang` picks the German (`ä` → `ae`), Nordic, Ukrainian and Bulgarian forms.
pub fn translit(s: &str, lang: Option<&str>) -> String {
    let lang = lang.map(primary_lang).unwrap_or_default();
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c);
            continue;
        }
        if let Some(r) = lang_specific(c, &lang) {
            out.push_str(r);
            continue;
        }
        if let Some(r) = shared(c) {
            out.push_str(r);
            continue;
        }
        // Upper-case Cyrillic / Greek: map the lower-case form.
        let mut lowered = c.to_lowercase();
        if let (Some(l), None) = (lowered.next(), lowered.next()) {
            if l != c {
                if let Some(r) = lang_specific(l, &lang).or_else(|| shared(l)) {
                    out.push_str(r);
                    continue;
                }
            }
        }
        let stripped = super::nfkd::strip_marks(c).unwrap_or(super::nfkd::Stripped::One(c));
        for d in stripped {
            if d.is_ascii() {
                out.push(d);
            } else if let Some(r) = shared(d).or_else(|| {
                let mut l = d.to_lowercase();
                l.next().and_then(shared)
            }) {
                out.push_str(r);
            } else {
                out.push(d);
            }
        }
    }
    out
}

/// Lower-case and transliterate: the form slug words are compared in.
pub fn fold(s: &str, lang: Option<&str>) -> String {
    // ASCII folds to its ASCII lower case in every language (a Turkish `I` becomes
    // `ı`, which transliterates back to `i`).
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    translit(&lower(s, lang), lang).to_lowercase()
}

/// A clean hyphenated slug of any text: folded to ASCII, every run of other
/// characters turned into one hyphen, apostrophes dropped (`don't` → `dont`).
/// Letters that cannot be transliterated are kept (lower-cased).
pub fn slugify(s: &str, lang: Option<&str>) -> String {
    let folded = fold(s, lang);
    let mut out = String::with_capacity(folded.len());
    let mut pending = false;
    for c in folded.chars() {
        if matches!(c, '\'' | '’' | 'ʼ') {
            continue;
        }
        if c.is_alphanumeric() {
            if pending && !out.is_empty() {
                out.push('-');
            }
            pending = false;
            out.push(c);
        } else {
            pending = true;
        }
    }
    out
}

pub use super::percent_decode;

/// How the words of a slug are separated.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Separators {
    pub hyphen: bool,
    pub underscore: bool,
    /// A literal space or `%20`.
    pub space: bool,
    pub plus: bool,
    pub dot: bool,
    /// `myBlogPost`.
    pub camel: bool,
}

/// Which separators a (still percent-encoded or decoded) path segment uses.
pub fn separators(segment: &str) -> Separators {
    let raw_space = segment.contains("%20") || segment.contains("%2520");
    let s = percent_decode(segment);
    let mut sep = Separators {
        hyphen: s.contains('-'),
        underscore: s.contains('_'),
        space: raw_space || s.contains(' '),
        plus: s.contains('+'),
        dot: false,
        camel: false,
    };
    let chars: Vec<char> = s.chars().collect();
    for w in chars.windows(2) {
        if w[0].is_lowercase() && w[1].is_uppercase() {
            sep.camel = true;
        }
        if w[0] == '.' {
            sep.dot = true;
        }
    }
    sep
}

/// Split one slug (a path segment, percent-encoded or not) into its words:
/// hyphens, underscores, `+`, spaces / `%20`, dots and other punctuation, and
/// camelCase boundaries (`myBlogPost` → my, blog, post; `HTMLParser` → html,
/// parser). Words come out as written (not lower-cased, not folded).
pub fn split_slug(segment: &str) -> Vec<String> {
    let mut words = Vec::new();
    for_each_slug_word(segment, |w| words.push(w.to_string()));
    words
}

/// The words of [`split_slug`], handed to `f` one by one as slices (no allocation
/// per word; for counting and testing words).
pub fn for_each_slug_word(segment: &str, mut f: impl FnMut(&str)) {
    let s = percent_decode(segment);
    for part in s.split(|c: char| !c.is_alphanumeric()) {
        if part.is_empty() {
            continue;
        }
        let mut start = 0;
        let mut prev: Option<char> = None;
        let mut it = part.char_indices().peekable();
        while let Some((i, c)) = it.next() {
            let next = it.peek().map(|&(_, n)| n);
            let boundary = match prev {
                Some(p) if c.is_uppercase() => {
                    p.is_lowercase() || (p.is_uppercase() && next.is_some_and(char::is_lowercase))
                }
                _ => false,
            };
            if boundary && i > start {
                f(part.get(start..i).unwrap_or(""));
                start = i;
            }
            prev = Some(c);
        }
        if start < part.len() {
            f(part.get(start..).unwrap_or(""));
        }
    }
}

/// Words of running text (titles, headings), as written.
pub fn text_words(s: &str) -> Vec<String> {
    s.unicode_words()
        .map(|w| {
            w.chars()
                .filter(|c| !matches!(c, '\'' | '’' | 'ʼ'))
                .collect::<String>()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// Letters of scripts written without spaces between words (Chinese, Japanese,
/// Thai, Lao, Khmer, Myanmar): word matching there falls back to substrings.
pub fn is_unspaced_script(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FFFF
        | 0x0E00..=0x0EFF | 0x1780..=0x17FF | 0x1000..=0x109F)
}

/// The snowball stemmer for a language, when there is one.
pub fn stemmer_for(lang: &str) -> Option<rust_stemmers::Stemmer> {
    use rust_stemmers::{Algorithm, Stemmer};
    let alg = match primary_lang(lang).as_str() {
        "en" => Algorithm::English,
        "tr" => Algorithm::Turkish,
        "de" => Algorithm::German,
        "fr" => Algorithm::French,
        "es" => Algorithm::Spanish,
        "it" => Algorithm::Italian,
        "pt" => Algorithm::Portuguese,
        "nl" => Algorithm::Dutch,
        "ru" => Algorithm::Russian,
        "sv" => Algorithm::Swedish,
        "da" => Algorithm::Danish,
        "nb" | "nn" | "no" => Algorithm::Norwegian,
        "fi" => Algorithm::Finnish,
        "hu" => Algorithm::Hungarian,
        "ro" => Algorithm::Romanian,
        "el" => Algorithm::Greek,
        _ => return None,
    };
    Some(Stemmer::create(alg))
}

/// Stem a lower-cased word (unchanged when the language has no stemmer).
pub fn stem(word: &str, lang: &str) -> String {
    match stemmer_for(lang) {
        Some(s) => s.stem(word).into_owned(),
        None => word.to_string(),
    }
}

/// Turkish consonant softening (k/ğ, p/b, t/d, ç/c) seen after transliteration:
/// the snowball stemmer turns a final `ğ` back into `k`, but in an ASCII slug
/// the `ğ` is already a `g`. Apply the same rule to the folded stem.
pub fn turkish_final_consonant(mut s: String) -> String {
    let last = s.chars().last();
    let hard = match last {
        Some('g') => Some('k'),
        Some('b') => Some('p'),
        Some('d') => Some('t'),
        _ => None,
    };
    if let Some(h) = hard {
        if s.chars().count() > 3 {
            s.pop();
            s.push(h);
        }
    }
    s
}

/// Comparison keys of one word for keyword matching across scripts and
/// transliteration: the folded word, the folded native stem, and the stem of
/// the folded word, for each language given. Two words match when their key
/// sets intersect (so `danışmanlığı` matches `danismanligi`, and `consulting`
/// matches `consultant` only if the English stems agree — they do not).
pub fn keyword_keys(word: &str, langs: &[&str]) -> Vec<String> {
    let mut keys: Vec<String> = Vec::with_capacity(1 + 2 * langs.len());
    let mut add = |k: String| {
        if !k.is_empty() && !keys.contains(&k) {
            keys.push(k);
        }
    };
    // `fold` depends only on the primary language, so the first fold is reused.
    let first = langs.first().copied();
    let first_primary = first.map(primary_lang);
    let first_fold = fold(word, first);
    add(first_fold.clone());
    for &lang in langs {
        let l = primary_lang(lang);
        let folded = if first_primary.as_deref() == Some(l.as_str()) {
            first_fold.clone()
        } else {
            fold(word, Some(&l))
        };
        let Some(st) = stemmer_for(&l) else {
            add(folded);
            continue;
        };
        let low = lower(word, Some(&l));
        let native_stem = st.stem(&low);
        let native = fold(&native_stem, Some(&l));
        // Stemming is a function of its input: one call when both forms agree.
        let ascii = if low == folded {
            native_stem.into_owned()
        } else {
            st.stem(&folded).into_owned()
        };
        if l == "tr" {
            add(turkish_final_consonant(native));
            add(turkish_final_consonant(ascii));
        } else {
            add(native);
            add(ascii);
        }
        add(folded);
    }
    keys
}

/// True when two words are the same keyword (see [`keyword_keys`]).
pub fn same_keyword(a: &str, b: &str, langs: &[&str]) -> bool {
    let ka = keyword_keys(a, langs);
    keyword_keys(b, langs).iter().any(|k| ka.contains(k))
}

/// The content words of a text: split, stop words (of `langs`) and pure
/// numbers and one-letter words out.
pub fn content_words(words: &[String], langs: &[&str]) -> Vec<String> {
    words
        .iter()
        .filter(|w| w.chars().count() > 1 || !w.chars().all(char::is_alphabetic))
        .filter(|w| !w.chars().all(|c| c.is_ascii_digit()))
        .filter(|w| !langs.iter().any(|l| stopwords::is_stop_word(w, l)))
        .cloned()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn turkish_lower_and_fold() {
        assert_eq!(lower("IŞIK İSTANBUL", Some("tr")), "ışık istanbul");
        assert_eq!(lower("IŞIK", Some("en")), "işik");
        assert_eq!(fold("IŞIK İstanbul", Some("tr")), "isik istanbul");
        assert_eq!(fold("İİ", None), "ii");
        assert_eq!(
            slugify("Sosyal Medya Danışmanlığı: Çözüm Ğ Ü Ö", Some("tr")),
            "sosyal-medya-danismanligi-cozum-g-u-o"
        );
    }

    #[test]
    fn european_letters() {
        assert_eq!(slugify("Größe Ärzte über", Some("de")), "groesse-aerzte-ueber");
        // Without German, umlauts lose their dots (Turkish, Hungarian, ...).
        assert_eq!(slugify("Über", Some("tr")), "uber");
        assert_eq!(
            slugify("Crème brûlée à la française", Some("fr")),
            "creme-brulee-a-la-francaise"
        );
        assert_eq!(slugify("Año niño São João", None), "ano-nino-sao-joao");
        assert_eq!(slugify("Łódź żółć", Some("pl")), "lodz-zolc");
        assert_eq!(
            slugify("Příliš žluťoučký kůň", Some("cs")),
            "prilis-zlutoucky-kun"
        );
        assert_eq!(slugify("Știință și țară", Some("ro")), "stiinta-si-tara");
        assert_eq!(slugify("Smørrebrød", None), "smorrebrod");
        assert_eq!(slugify("Smørrebrød på", Some("da")), "smoerrebroed-paa");
        assert_eq!(slugify("Ærø Þór œuvre", None), "aero-thor-oeuvre");
    }

    #[test]
    fn cyrillic_and_greek() {
        assert_eq!(slugify("Привет, мир", Some("ru")), "privet-mir");
        assert_eq!(slugify("Щука и ёж", Some("ru")), "shchuka-i-yozh");
        assert_eq!(slugify("Щука", Some("bg")), "shtuka");
        assert_eq!(slugify("Київ гривня", Some("uk")), "kyiv-hryvnya");
        assert_eq!(slugify("Αθήνα Ελλάδα", Some("el")), "athina-ellada");
    }

    #[test]
    fn slugify_edges() {
        assert_eq!(slugify("  --Don't   stop!! -- ", None), "dont-stop");
        assert_eq!(slugify("", None), "");
        assert_eq!(slugify("東京 tour", None), "東京-tour");
        assert_eq!(slugify("ﬁle №5", None), "file-no5");
    }

    #[test]
    fn percent_decoding() {
        assert_eq!(percent_decode("sosyal%20medya"), "sosyal medya");
        assert_eq!(percent_decode("ba%C5%9Flik"), "başlik");
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("%zz%4"), "%zz%4");
        assert_eq!(percent_decode("%FF"), "\u{FFFD}");
    }

    #[test]
    fn slug_splitting() {
        assert_eq!(split_slug("sosyal-medya_rehberi"), ["sosyal", "medya", "rehberi"]);
        assert_eq!(split_slug("my%20blog+post.html"), ["my", "blog", "post", "html"]);
        assert_eq!(split_slug("myBlogPost"), ["my", "Blog", "Post"]);
        assert_eq!(split_slug("HTMLParser2"), ["HTML", "Parser2"]);
        assert_eq!(split_slug("ba%C5%9Flik"), ["başlik"]);
        assert!(split_slug("---").is_empty());
        let s = separators("my_blog%20Post");
        assert!(s.underscore && s.space && !s.hyphen);
        assert!(separators("myBlog").camel);
        assert!(!separators("my-blog").camel);
    }

    #[test]
    fn turkish_keyword_across_transliteration() {
        let langs = ["tr"];
        assert!(same_keyword("danışmanlığı", "danismanligi", &langs));
        assert!(same_keyword("Danışmanlığı", "danismanlik", &langs));
        assert!(same_keyword("Sosyal", "sosyal", &langs));
        assert!(same_keyword("Medya", "medya", &langs));
        assert!(same_keyword("kitapları", "kitaplar", &langs));
        assert!(!same_keyword("danışmanlığı", "medya", &langs));
    }

    #[test]
    fn english_keyword_stems() {
        let langs = ["en"];
        assert!(same_keyword("Consulting", "consult", &langs));
        assert!(
            same_keyword("Marketing", "marketer", &langs)
                == (stem("marketing", "en") == stem("marketer", "en"))
        );
        assert!(same_keyword("tips", "tip", &langs));
        let c1 = stem("consulting", "en");
        let c2 = stem("consultant", "en");
        assert_eq!(same_keyword("consulting", "consultant", &langs), c1 == c2);
        assert!(!same_keyword("social", "media", &langs));
    }

    #[test]
    fn stems_decide_english_matches() {
        // Porter2 gives "consult" for both, so they are one keyword.
        assert_eq!(stem("consultant", "en"), "consult");
        assert!(same_keyword("consulting", "consultant", &["en"]));
        assert!(same_keyword("Marketing", "marketer", &["en"]));
        assert!(!same_keyword("market", "marked", &["en"]));
    }

    #[test]
    fn unspaced_scripts() {
        assert!("東京".chars().all(is_unspaced_script));
        assert!("ภาษาไทย".chars().all(is_unspaced_script));
        assert!(!"şehir".chars().any(is_unspaced_script));
    }

    #[test]
    fn content_words_drop_stop_words() {
        let w: Vec<String> = ["the", "best", "of", "2024", "ve", "a", "seo"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(content_words(&w, &["en", "tr"]), ["best", "seo"]);
    }
}
