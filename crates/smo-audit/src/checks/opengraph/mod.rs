//! Open Graph & social cards (category weight 20).

use super::Check;

pub mod canonical;
pub mod common;
pub mod document_title;
pub mod favicon;
pub mod html_lang;
pub mod meta_description;
pub mod og_description;
pub mod og_image;
pub mod og_image_alt;
pub mod og_locale;
pub mod og_site_name;
pub mod og_syntax;
pub mod og_title;
pub mod og_type;
pub mod og_url;
pub mod spa_shell;
pub mod structured_data;
pub mod twitter_card;

pub static CHECKS: &[&Check] = &[
    &og_title::CHECK,
    &og_description::CHECK,
    &og_image::CHECK,
    &og_image_alt::CHECK,
    &og_url::CHECK,
    &og_type::CHECK,
    &og_site_name::CHECK,
    &og_locale::CHECK,
    &og_syntax::CHECK,
    &twitter_card::CHECK,
    &spa_shell::CHECK,
    &document_title::CHECK,
    &meta_description::CHECK,
    &canonical::CHECK,
    &structured_data::CHECK,
    &html_lang::CHECK,
    &favicon::CHECK,
];
