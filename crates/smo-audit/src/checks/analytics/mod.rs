//! Checks of this category (see ../shared/CHECKLIST.md).

pub mod internal_utm;
pub mod web_analytics;

use super::Check;

pub static CHECKS: &[&Check] = &[&web_analytics::CHECK, &internal_utm::CHECK];
