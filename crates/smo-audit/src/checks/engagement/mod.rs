//! Checks of this category (see ../shared/CHECKLIST.md).

pub mod comment_spam;
pub mod comments;
pub mod media_images;
pub mod media_video;

use super::Check;

pub static CHECKS: &[&Check] = &[
    &media_images::CHECK,
    &media_video::CHECK,
    &comments::CHECK,
    &comment_spam::CHECK,
];
