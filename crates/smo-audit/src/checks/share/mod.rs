//! Checks of this category (see ../shared/CHECKLIST.md).

pub mod dead_widgets;
pub mod feed_link;
pub mod follow_links;
pub mod newsletter_form;
pub mod oembed_link;
pub mod share_buttons;
pub mod share_labels;
pub mod share_target;

use super::Check;

pub static CHECKS: &[&Check] = &[
    &share_buttons::CHECK,
    &share_target::CHECK,
    &share_labels::CHECK,
    &dead_widgets::CHECK,
    &follow_links::CHECK,
    &feed_link::CHECK,
    &newsletter_form::CHECK,
    &oembed_link::CHECK,
];
