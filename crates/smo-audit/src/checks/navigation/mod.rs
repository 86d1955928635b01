//! Checks of the `navigation` category (see ../shared/CHECKLIST.md): what keeps a
//! visitor from a social post on the site.

use super::Check;

pub mod broken_fragments;
pub mod crawlable_anchors;
pub mod internal_links;
pub mod internal_new_tab;
pub mod link_text;
pub mod nav_breadcrumbs;
pub mod nav_menu;
pub mod nav_related;
pub mod nav_search;
pub mod page_weight;
pub mod viewport;

pub static CHECKS: &[&Check] = &[
    &nav_menu::CHECK,
    &nav_breadcrumbs::CHECK,
    &nav_related::CHECK,
    &nav_search::CHECK,
    &internal_links::CHECK,
    &link_text::CHECK,
    &crawlable_anchors::CHECK,
    &broken_fragments::CHECK,
    &viewport::CHECK,
    &page_weight::CHECK,
    &internal_new_tab::CHECK,
];
