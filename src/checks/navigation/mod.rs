//! Checks of this category (see ../shared/CHECKLIST.md).

use super::Check;

pub static CHECKS: &[&Check] = &[];
