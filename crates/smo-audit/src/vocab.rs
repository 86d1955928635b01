//! The words every layer shares: a check's status and a page's kind (the
//! locale is `i18n::Locale`).

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Hash, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
pub enum Status {
    Pass,
    Warn,
    Fail,
    Skip,
}

impl Status {
    /// pass 1, warn 0.5, fail 0; skip is left out.
    pub fn points(self) -> Option<f64> {
        match self {
            Status::Pass => Some(1.0),
            Status::Warn => Some(0.5),
            Status::Fail => Some(0.0),
            Status::Skip => None,
        }
    }
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Pass => "pass",
            Status::Warn => "warn",
            Status::Fail => "fail",
            Status::Skip => "skip",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
pub enum PageKind {
    Home,
    Article,
    Profile,
    #[default]
    Page,
}

impl PageKind {
    pub fn as_str(self) -> &'static str {
        match self {
            PageKind::Home => "home",
            PageKind::Article => "article",
            PageKind::Profile => "profile",
            PageKind::Page => "page",
        }
    }
    pub fn parse(s: &str) -> Option<PageKind> {
        match s.trim().to_ascii_lowercase().as_str() {
            "home" => Some(PageKind::Home),
            "article" => Some(PageKind::Article),
            "profile" => Some(PageKind::Profile),
            "page" => Some(PageKind::Page),
            _ => None,
        }
    }
}
