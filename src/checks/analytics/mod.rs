//! Checks of this category (see ../shared/CHECKLIST.md).

pub mod analytics;
pub mod internal_utm;

use super::Check;

pub static CHECKS: &[&Check] = &[&analytics::CHECK, &internal_utm::CHECK];
