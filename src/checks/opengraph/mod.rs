//! Open Graph & social cards (category weight 20).

use super::Check;

pub mod og_title;

pub static CHECKS: &[&Check] = &[&og_title::CHECK];
