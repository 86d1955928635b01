//! Readability formulas, one per language (plus a second where the field has two),
//! with their sources and score bands in English and Turkish.
//!
//! Notation: ASL = words / sentences, ASW = syllables / words.
//!
//! | id | language | formula | source |
//! | --- | --- | --- | --- |
//! | `flesch` | en | 206.835 − 1.015·ASL − 84.6·ASW | Flesch, R. (1948). A new readability yardstick. J. Applied Psychology 32(3) |
//! | `flesch-kincaid` | en | 0.39·ASL + 11.8·ASW − 15.59 (US school grade) | Kincaid, Fishburne, Rogers & Chissom (1975), Naval Technical Training Command Research Branch Report 8-75 |
//! | `atesman` | tr | 198.825 − 40.175·ASW − 2.610·ASL | Ateşman, E. (1997). Türkçede okunabilirliğin ölçülmesi. Dil Dergisi 58 |
//! | `bezirci-yilmaz` | tr | √(ASL·(0.84·H3 + 1.5·H4 + 3.5·H5 + 26.25·H6)), Hn = n-syllable words per sentence (H6: six or more) — school grade | Bezirci, B. & Yılmaz, A. E. (2010). Metinlerin okunabilirliğinin ölçülmesi üzerine bir yazılım kütüphanesi ve Türkçe için yeni bir okunabilirlik ölçütü. DEÜ Mühendislik Fakültesi Fen ve Mühendislik Dergisi 12(3) |
//! | `amstad` | de | 180 − ASL − 58.5·ASW | Amstad, T. (1978). Wie verständlich sind unsere Zeitungen? Dissertation, Universität Zürich |
//! | `fernandez-huerta` | es | 206.84 − 60·ASW − 1.02·ASL | Fernández Huerta, J. (1959). Medidas sencillas de lecturabilidad. Consigna 214 (in the corrected reading of Law, G. (2011), "Error in the Fernandez Huerta readability formula") |
//! | `szigriszt-pazos` | es | 206.835 − 62.3·ASW − ASL, INFLESZ bands | Szigriszt Pazos, F. (1993). Sistemas predictivos de legibilidad del mensaje escrito: fórmula de perspicuidad. Tesis, Universidad Complutense; bands: Barrio-Cantalejo, I. M. et al. (2008). Validación de la Escala INFLESZ. Anales Sis San Navarra 31(2) |
//! | `kandel-moles` | fr | 207 − 1.015·ASL − 73.6·ASW | Kandel, L. & Moles, A. (1958). Application de l'indice de Flesch à la langue française. Cahiers Études de Radio-Télévision 19 |
//! | `flesch-vacca` | it | 217 − 1.3·ASL − 60·ASW | Franchina, V. & Vacca, R. (1986). Adaptation of Flesch readability index on a bilingual text written by the same author both in Italian and English languages. Linguaggi 3 |
//! | `gulpease` | it | 89 + (300·sentences − 10·letters) / words | Lucisano, P. & Piemontese, M. E. (1988). GULPEASE: una formula per la predizione della difficoltà dei testi in lingua italiana. Scuola e città 39(3) |
//! | `flesch-douma` | nl | 206.835 − 0.93·ASL − 77·ASW | Douma, W. H. (1960). De leesbaarheid van landbouwbladen. Landbouwhogeschool Wageningen |
//! | `oborneva` | ru | 206.835 − 1.3·ASL − 60.1·ASW | Oborneva, I. V. (2006). Автоматизированная оценка сложности учебных текстов на основе статистических параметров. Dissertation, Moscow |
//! | `flesch-pt` | pt | 248.835 − 1.015·ASL − 84.6·ASW | Martins, T. B. F., Ghiraldelo, C. M., Nunes, M. G. V. & Oliveira Jr., O. N. (1996). Readability formulas applied to textbooks in Brazilian Portuguese. Notas do ICMSC 28, USP São Carlos |
//! | `pisarek` | pl | ½·√(ASL² + N²), N = % of words with 4+ syllables (difficulty level, higher is harder) | Pisarek, W. (1969). Jak mierzyć zrozumiałość tekstu? Zeszyty Prasoznawcze 4; as used by Jasnopis (Broda et al. 2010) |
//!
//! Flesch's bands (1948) serve every Flesch-type ease formula (Amstad,
//! Fernández-Huerta, Kandel-Moles, Flesch-Vacca, Douma, Oborneva, the Portuguese
//! Flesch), as their authors calibrated them to it. Ateşman and INFLESZ bands are
//! the authors' own. Grade-type formulas (Flesch-Kincaid, Bezirci-Yılmaz,
//! Pisarek) use school-year bands.

/// Counts a formula reads.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Counts {
    pub words: u32,
    pub sentences: u32,
    pub syllables: u32,
    /// Letters and digits in the words (Gulpease).
    pub letters: u32,
    /// Words by syllable count: `by_syllables[n]` for n = 1..=5, index 6 = six or more.
    pub by_syllables: [u32; 7],
}

impl Counts {
    pub fn asl(&self) -> f64 {
        self.words as f64 / self.sentences.max(1) as f64
    }
    pub fn asw(&self) -> f64 {
        self.syllables as f64 / self.words.max(1) as f64
    }
    /// Words with at least `n` syllables (n ≤ 6).
    pub fn words_with_at_least(&self, n: usize) -> u32 {
        self.by_syllables[n.min(6)..].iter().sum()
    }
}

/// Which way a score reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scale {
    /// 0–100, higher is easier.
    Ease,
    /// A school grade / difficulty level, higher is harder.
    Grade,
}

/// A score band: for `Ease`, scores ≥ `bound`; for `Grade`, scores ≤ `bound`.
#[derive(Debug, Clone, Copy)]
pub struct Band {
    pub bound: f64,
    pub id: &'static str,
    pub en: &'static str,
    pub tr: &'static str,
}

#[derive(Debug)]
pub struct Formula {
    pub id: &'static str,
    pub name: &'static str,
    pub scale: Scale,
    /// The formula's range; scores are clamped to it (the raw value is kept too).
    pub min: f64,
    pub max: f64,
    /// readability-score: pass at or beyond this (≥ for Ease, ≤ for Grade) ...
    pub pass: f64,
    /// ... warn at or beyond this, fail otherwise.
    pub warn: f64,
    pub compute: fn(&Counts) -> f64,
    pub bands: &'static [Band],
    pub source: &'static str,
}

impl Formula {
    pub fn raw(&self, c: &Counts) -> f64 {
        (self.compute)(c)
    }
    pub fn clamp(&self, raw: f64) -> f64 {
        if raw.is_nan() {
            return self.min;
        }
        raw.clamp(self.min, self.max)
    }
    pub fn band(&self, score: f64) -> &'static Band {
        let found = match self.scale {
            Scale::Ease => self.bands.iter().find(|b| score >= b.bound),
            Scale::Grade => self.bands.iter().find(|b| score <= b.bound),
        };
        found.unwrap_or(&self.bands[self.bands.len() - 1])
    }
}

const fn band(bound: f64, id: &'static str, en: &'static str, tr: &'static str) -> Band {
    Band { bound, id, en, tr }
}

/// Flesch (1948), table 5.
pub static FLESCH_BANDS: &[Band] = &[
    band(90.0, "very-easy", "very easy", "çok kolay"),
    band(80.0, "easy", "easy", "kolay"),
    band(70.0, "fairly-easy", "fairly easy", "oldukça kolay"),
    band(60.0, "standard", "standard", "standart"),
    band(50.0, "fairly-difficult", "fairly difficult", "oldukça zor"),
    band(30.0, "difficult", "difficult", "zor"),
    band(f64::NEG_INFINITY, "very-difficult", "very difficult", "çok zor"),
];

/// Ateşman (1997): 90–100 çok kolay, 70–89 kolay, 50–69 orta güçlükte, 30–49 zor, 1–29 çok zor.
pub static ATESMAN_BANDS: &[Band] = &[
    band(90.0, "very-easy", "very easy", "çok kolay"),
    band(70.0, "easy", "easy", "kolay"),
    band(50.0, "medium", "medium difficulty", "orta güçlükte"),
    band(30.0, "difficult", "difficult", "zor"),
    band(f64::NEG_INFINITY, "very-difficult", "very difficult", "çok zor"),
];

/// INFLESZ (Barrio-Cantalejo et al. 2008).
pub static INFLESZ_BANDS: &[Band] = &[
    band(80.0, "very-easy", "very easy", "çok kolay"),
    band(65.0, "fairly-easy", "fairly easy", "oldukça kolay"),
    band(55.0, "normal", "normal", "normal"),
    band(40.0, "somewhat-difficult", "somewhat difficult", "biraz zor"),
    band(f64::NEG_INFINITY, "very-difficult", "very difficult", "çok zor"),
];

/// Gulpease (Lucisano & Piemontese 1988): who reads the text easily.
pub static GULPEASE_BANDS: &[Band] = &[
    band(
        80.0,
        "easy-elementary",
        "easy for primary-school readers",
        "ilkokul okuru için kolay",
    ),
    band(
        60.0,
        "easy-middle",
        "easy for middle-school readers",
        "ortaokul okuru için kolay",
    ),
    band(
        40.0,
        "easy-high",
        "easy for high-school readers",
        "lise okuru için kolay",
    ),
    band(f64::NEG_INFINITY, "very-difficult", "very difficult", "çok zor"),
];

/// School-year bands for grade-type formulas (Flesch-Kincaid, Pisarek).
pub static GRADE_BANDS: &[Band] = &[
    band(
        6.0,
        "very-easy",
        "very easy (primary school)",
        "çok kolay (ilkokul)",
    ),
    band(9.0, "easy", "easy (middle school)", "kolay (ortaokul)"),
    band(12.0, "medium", "medium (high school)", "orta (lise)"),
    band(16.0, "difficult", "difficult (university)", "zor (üniversite)"),
    band(
        f64::INFINITY,
        "very-difficult",
        "very difficult (academic)",
        "çok zor (akademik)",
    ),
];

/// Bezirci & Yılmaz (2010): the school level the text suits.
pub static YOD_BANDS: &[Band] = &[
    band(
        8.0,
        "primary",
        "primary school (grades 1–8)",
        "ilköğretim (1–8. sınıf)",
    ),
    band(
        12.0,
        "high-school",
        "high school (grades 9–12)",
        "lise (9–12. sınıf)",
    ),
    band(16.0, "undergraduate", "undergraduate", "lisans"),
    band(f64::INFINITY, "academic", "academic", "akademik"),
];

macro_rules! ease {
    ($id:expr, $name:expr, $bands:expr, $source:expr, $f:expr) => {
        Formula {
            id: $id,
            name: $name,
            scale: Scale::Ease,
            min: 0.0,
            max: 100.0,
            pass: 60.0,
            warn: 30.0,
            compute: $f,
            bands: $bands,
            source: $source,
        }
    };
}

pub static FLESCH: Formula = ease!(
    "flesch",
    "Flesch reading ease",
    FLESCH_BANDS,
    "Flesch (1948)",
    |c| { 206.835 - 1.015 * c.asl() - 84.6 * c.asw() }
);
pub static FLESCH_KINCAID: Formula = Formula {
    id: "flesch-kincaid",
    name: "Flesch-Kincaid grade",
    scale: Scale::Grade,
    min: 0.0,
    max: 30.0,
    pass: 9.0,
    warn: 12.0,
    compute: |c| 0.39 * c.asl() + 11.8 * c.asw() - 15.59,
    bands: GRADE_BANDS,
    source: "Kincaid et al. (1975)",
};
pub static ATESMAN: Formula = ease!("atesman", "Ateşman", ATESMAN_BANDS, "Ateşman (1997)", |c| {
    198.825 - 40.175 * c.asw() - 2.610 * c.asl()
});
pub static BEZIRCI_YILMAZ: Formula = Formula {
    id: "bezirci-yilmaz",
    name: "Bezirci-Yılmaz",
    scale: Scale::Grade,
    min: 0.0,
    max: 30.0,
    pass: 12.0,
    warn: 16.0,
    compute: |c| {
        let s = c.sentences.max(1) as f64;
        let h = |n: usize| c.by_syllables[n] as f64 / s;
        (c.asl() * (0.84 * h(3) + 1.5 * h(4) + 3.5 * h(5) + 26.25 * h(6))).sqrt()
    },
    bands: YOD_BANDS,
    source: "Bezirci & Yılmaz (2010)",
};
pub static AMSTAD: Formula = ease!(
    "amstad",
    "Amstad (Flesch for German)",
    FLESCH_BANDS,
    "Amstad (1978)",
    |c| { 180.0 - c.asl() - 58.5 * c.asw() }
);
pub static FERNANDEZ_HUERTA: Formula = ease!(
    "fernandez-huerta",
    "Fernández-Huerta",
    FLESCH_BANDS,
    "Fernández Huerta (1959)",
    |c| 206.84 - 60.0 * c.asw() - 1.02 * c.asl()
);
pub static SZIGRISZT_PAZOS: Formula = ease!(
    "szigriszt-pazos",
    "Szigriszt-Pazos (INFLESZ)",
    INFLESZ_BANDS,
    "Szigriszt Pazos (1993); INFLESZ bands, Barrio-Cantalejo et al. (2008)",
    |c| 206.835 - 62.3 * c.asw() - c.asl()
);
pub static KANDEL_MOLES: Formula = ease!(
    "kandel-moles",
    "Kandel-Moles",
    FLESCH_BANDS,
    "Kandel & Moles (1958)",
    |c| { 207.0 - 1.015 * c.asl() - 73.6 * c.asw() }
);
pub static FLESCH_VACCA: Formula = ease!(
    "flesch-vacca",
    "Flesch-Vacca",
    FLESCH_BANDS,
    "Franchina & Vacca (1986)",
    |c| 217.0 - 1.3 * c.asl() - 60.0 * c.asw()
);
pub static GULPEASE: Formula = Formula {
    id: "gulpease",
    name: "Gulpease",
    scale: Scale::Ease,
    min: 0.0,
    max: 100.0,
    pass: 60.0,
    warn: 40.0,
    compute: |c| 89.0 + (300.0 * c.sentences as f64 - 10.0 * c.letters as f64) / c.words.max(1) as f64,
    bands: GULPEASE_BANDS,
    source: "Lucisano & Piemontese (1988)",
};
pub static FLESCH_DOUMA: Formula = ease!(
    "flesch-douma",
    "Flesch-Douma",
    FLESCH_BANDS,
    "Douma (1960)",
    |c| { 206.835 - 0.93 * c.asl() - 77.0 * c.asw() }
);
pub static OBORNEVA: Formula = ease!(
    "oborneva",
    "Oborneva (Flesch for Russian)",
    FLESCH_BANDS,
    "Oborneva (2006)",
    |c| { 206.835 - 1.3 * c.asl() - 60.1 * c.asw() }
);
pub static FLESCH_PT: Formula = ease!(
    "flesch-pt",
    "Flesch for Portuguese (Martins et al.)",
    FLESCH_BANDS,
    "Martins et al. (1996)",
    |c| 248.835 - 1.015 * c.asl() - 84.6 * c.asw()
);
pub static PISAREK: Formula = Formula {
    id: "pisarek",
    name: "Pisarek",
    scale: Scale::Grade,
    min: 0.0,
    max: 100.0,
    pass: 12.0,
    warn: 16.0,
    compute: |c| {
        let hard = 100.0 * c.words_with_at_least(4) as f64 / c.words.max(1) as f64;
        0.5 * (c.asl().powi(2) + hard.powi(2)).sqrt()
    },
    bands: GRADE_BANDS,
    source: "Pisarek (1969)",
};

/// The formulas for a language, the main one (scored by readability-score) first.
pub fn for_language(lang: &str) -> &'static [&'static Formula] {
    static EN: [&Formula; 2] = [&FLESCH, &FLESCH_KINCAID];
    static TR: [&Formula; 2] = [&ATESMAN, &BEZIRCI_YILMAZ];
    static DE: [&Formula; 1] = [&AMSTAD];
    static ES: [&Formula; 2] = [&FERNANDEZ_HUERTA, &SZIGRISZT_PAZOS];
    static FR: [&Formula; 1] = [&KANDEL_MOLES];
    static IT: [&Formula; 2] = [&FLESCH_VACCA, &GULPEASE];
    static NL: [&Formula; 1] = [&FLESCH_DOUMA];
    static RU: [&Formula; 1] = [&OBORNEVA];
    static PT: [&Formula; 1] = [&FLESCH_PT];
    static PL: [&Formula; 1] = [&PISAREK];
    match lang {
        "en" => &EN,
        "tr" => &TR,
        "de" => &DE,
        "es" => &ES,
        "fr" => &FR,
        "it" => &IT,
        "nl" => &NL,
        "ru" => &RU,
        "pt" => &PT,
        "pl" => &PL,
        _ => &[],
    }
}

/// Every formula (for docs and tests).
pub static ALL: &[&Formula] = &[
    &FLESCH,
    &FLESCH_KINCAID,
    &ATESMAN,
    &BEZIRCI_YILMAZ,
    &AMSTAD,
    &FERNANDEZ_HUERTA,
    &SZIGRISZT_PAZOS,
    &KANDEL_MOLES,
    &FLESCH_VACCA,
    &GULPEASE,
    &FLESCH_DOUMA,
    &OBORNEVA,
    &FLESCH_PT,
    &PISAREK,
];

#[cfg(test)]
mod tests {
    use super::*;

    /// 100 words, 5 sentences, 150 syllables, 450 letters; 10 words of 3, 5 of 4, 2 of 5, 1 of 6+ syllables.
    fn counts() -> Counts {
        Counts {
            words: 100,
            sentences: 5,
            syllables: 150,
            letters: 450,
            by_syllables: [0, 60, 22, 10, 5, 2, 1],
        }
    }

    fn close(a: f64, b: f64) {
        assert!((a - b).abs() < 0.01, "{a} != {b}");
    }

    /// Each value computed by hand from the published formula (ASL 20, ASW 1.5).
    #[test]
    fn hand_computed_values() {
        let c = counts();
        close(FLESCH.raw(&c), 206.835 - 20.3 - 126.9); // 59.635
        close(FLESCH_KINCAID.raw(&c), 7.8 + 17.7 - 15.59); // 9.91
        close(ATESMAN.raw(&c), 198.825 - 60.2625 - 52.2); // 86.3625
                                                          // YOD: √(20 · (0.84·2 + 1.5·1 + 3.5·0.4 + 26.25·0.2)) = √(20 · 9.83) = 14.0214
        close(BEZIRCI_YILMAZ.raw(&c), 14.0214);
        close(AMSTAD.raw(&c), 180.0 - 20.0 - 87.75); // 72.25
        close(FERNANDEZ_HUERTA.raw(&c), 206.84 - 90.0 - 20.4); // 96.44
        close(SZIGRISZT_PAZOS.raw(&c), 206.835 - 93.45 - 20.0); // 93.385
        close(KANDEL_MOLES.raw(&c), 207.0 - 20.3 - 110.4); // 76.3
        close(FLESCH_VACCA.raw(&c), 217.0 - 26.0 - 90.0); // 101
        close(GULPEASE.raw(&c), 89.0 + (1500.0 - 4500.0) / 100.0); // 59
        close(FLESCH_DOUMA.raw(&c), 206.835 - 18.6 - 115.5); // 72.735
        close(OBORNEVA.raw(&c), 206.835 - 26.0 - 90.15); // 90.685
        close(FLESCH_PT.raw(&c), 248.835 - 20.3 - 126.9); // 101.635
                                                          // Pisarek: ½·√(20² + 8²) = ½·√464 = 10.7703
        close(PISAREK.raw(&c), 10.7703);
    }

    #[test]
    fn clamp_and_bands() {
        let c = counts();
        assert_eq!(FLESCH_VACCA.clamp(FLESCH_VACCA.raw(&c)), 100.0);
        assert_eq!(FLESCH.clamp(-12.0), 0.0);
        assert_eq!(FLESCH.band(59.6).id, "fairly-difficult");
        assert_eq!(ATESMAN.band(86.4).tr, "kolay");
        assert_eq!(ATESMAN.band(10.0).tr, "çok zor");
        assert_eq!(BEZIRCI_YILMAZ.band(14.0).tr, "lisans");
        assert_eq!(SZIGRISZT_PAZOS.band(60.0).id, "normal");
        assert_eq!(PISAREK.band(10.8).id, "medium");
    }

    #[test]
    fn every_formula_has_bands_and_source() {
        for f in ALL {
            assert!(!f.bands.is_empty() && !f.source.is_empty(), "{}", f.id);
            for b in f.bands {
                assert!(!b.en.is_empty() && !b.tr.is_empty());
            }
        }
        assert!(for_language("sv").is_empty());
    }
}
