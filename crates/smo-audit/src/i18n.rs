//! Message locale. Check messages are written in both languages next to the check.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
pub enum Locale {
    #[default]
    En,
    Tr,
}

impl Locale {
    pub fn parse(s: &str) -> Option<Locale> {
        match s.trim().to_ascii_lowercase().as_str() {
            "en" | "en-us" | "en-gb" | "english" => Some(Locale::En),
            "tr" | "tr-tr" | "turkish" | "türkçe" => Some(Locale::Tr),
            _ => None,
        }
    }
    pub fn as_str(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Tr => "tr",
        }
    }
    pub fn pick<T>(self, en: T, tr: T) -> T {
        match self {
            Locale::En => en,
            Locale::Tr => tr,
        }
    }
}
