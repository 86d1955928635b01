//! Stop words: short function words that carry no topic in a URL or title.
//! One place for the data; lookups compare ASCII-folded forms, so `için` and
//! the slug word `icin` are both stop words.
//!
//! Lists: English, Turkish, German, French, Spanish, Italian, Portuguese, Dutch
//! (the most frequent function words of each, kept short on purpose: a word
//! that can be a keyword — "home", "new", "free" — is not listed).

use std::collections::HashSet;
use std::sync::OnceLock;

use super::slug::{fold, primary_lang};

const EN: &str = "a an the and or but nor so yet of in on at to for from by with without about \
    into onto over under up down out off than then as is are was were be been being am do does \
    did doing have has had having i me my we our ours you your yours he him his she her hers it \
    its they them their theirs this that these those what which who whom whose when where why how \
    all any both each few more most other some such no not only own same too very can will just \
    should would could shall may might must s t d ll m re ve isnt arent wasnt dont doesnt didnt \
    cant wont if while because until again further here there once also via per";

const TR: &str = "ve veya ile ama fakat ancak ya da de ki mi mı mu mü bir bu şu o bunu şunu onu \
    bunlar şunlar onlar için gibi kadar göre diye çok daha en az ne neden nasıl nerede niçin hangi \
    kim her hiç bazı tüm bütün ise eğer hem yani ben sen biz siz benim senin bizim sizin onun \
    onların olarak olan olup oldu olduğu ama ayrıca sonra önce şey mı ya veya dahi bile ile";

const DE: &str = "der die das den dem des ein eine einer eines einem einen und oder aber sondern \
    denn in im ins am an auf aus bei mit nach von vom vor zu zum zur über unter für gegen ohne um \
    durch bis ist sind war waren sein hat haben wird werden wie was wer wo wann warum nicht auch \
    als so noch nur schon sehr es er sie wir ihr ich du man sich dass daß ob wenn";

const FR: &str = "le la les l un une des du de d et ou mais donc or ni car à au aux en dans sur \
    sous par pour avec sans chez vers entre est sont être été a ont avoir ce cet cette ces qui que \
    qu quoi dont où comment pourquoi quand il elle ils elles on nous vous je tu se sa son ses leur \
    leurs ne pas plus très aussi comme si y";

const ES: &str = "el la los las lo un una unos unas y e o u pero ni de del a al en con sin por \
    para sobre entre hasta desde es son ser fue está están estar ha han haber que qué quien \
    quién cual cuál como cómo cuando cuándo donde dónde porque se su sus le les me te nos os mi \
    tu muy más ya no sí también este esta estos estas ese esa";

const IT: &str = "il lo la i gli le l un uno una e ed o ma né di del dello della dei degli delle \
    a al allo alla ai agli alle da dal dalla dai in nel nello nella nei negli nelle con su sul \
    sulla per tra fra è sono essere stato ha hanno che chi cui come quando dove perché non più \
    molto anche se si ci vi mi ti questo questa quello quella";

const PT: &str = "o a os as um uma uns umas e ou mas nem de do da dos das em no na nos nas ao \
    aos à às por pelo pela pelos pelas para com sem sobre entre até é são ser foi está estão \
    estar tem têm ter que quem qual como quando onde porque se seu sua seus suas lhe me te nos \
    muito mais já não sim também este esta isso isto esse essa";

const NL: &str = "de het een en of maar want dus van in op aan te voor met zonder over onder \
    uit bij naar tot door om is zijn was waren ben heeft hebben wordt worden dat die dit deze wie \
    wat waar wanneer waarom hoe niet ook als zo nog al er zich ik je jij u we wij ze zij hij mijn \
    uw ons onze";

fn list(lang: &str) -> Option<&'static str> {
    Some(match lang {
        "en" => EN,
        "tr" => TR,
        "de" => DE,
        "fr" => FR,
        "es" => ES,
        "it" => IT,
        "pt" => PT,
        "nl" => NL,
        _ => return None,
    })
}

/// Languages that have a stop-word list.
pub const LANGUAGES: [&str; 8] = ["en", "tr", "de", "fr", "es", "it", "pt", "nl"];

fn set(lang: &str) -> Option<&'static HashSet<String>> {
    static SETS: [OnceLock<HashSet<String>>; 8] = [
        OnceLock::new(),
        OnceLock::new(),
        OnceLock::new(),
        OnceLock::new(),
        OnceLock::new(),
        OnceLock::new(),
        OnceLock::new(),
        OnceLock::new(),
    ];
    let i = LANGUAGES.iter().position(|l| *l == lang)?;
    let words = list(lang)?;
    Some(SETS[i].get_or_init(|| {
        let mut s = HashSet::new();
        for w in words.split_whitespace() {
            // Both the native and the folded form (German also the generic fold).
            s.insert(fold(w, Some(lang)));
            s.insert(fold(w, None));
        }
        s
    }))
}

/// True when `word` (any case, native or transliterated) is a stop word of `lang`.
/// Languages without a list have no stop words.
pub fn is_stop_word(word: &str, lang: &str) -> bool {
    let lang = primary_lang(lang);
    match set(&lang) {
        Some(s) => {
            // ASCII folds the same with or without a language: one lookup.
            s.contains(&fold(word, Some(&lang))) || (!word.is_ascii() && s.contains(&fold(word, None)))
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_loads_and_has_words() {
        for l in LANGUAGES {
            let s = set(l).expect("list");
            assert!(s.len() >= 40, "{l} has {} words", s.len());
        }
        assert!(set("xx").is_none());
    }

    #[test]
    fn native_and_folded_forms() {
        assert!(is_stop_word("için", "tr"));
        assert!(is_stop_word("icin", "tr"));
        assert!(is_stop_word("NASIL", "tr"));
        assert!(is_stop_word("The", "en"));
        assert!(is_stop_word("über", "de"));
        assert!(is_stop_word("ueber", "de"));
        assert!(is_stop_word("uber", "de-DE"));
        assert!(is_stop_word("où", "fr"));
        assert!(!is_stop_word("medya", "tr"));
        assert!(!is_stop_word("consulting", "en"));
        assert!(!is_stop_word("the", "xx"));
    }
}
