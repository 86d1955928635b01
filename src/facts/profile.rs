//! profile facts (filled by its own issue).

use serde::Serialize;

use super::Facts;
use crate::dom::Doc;

#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ProfileFacts {}

pub fn extract(_doc: &Doc, _facts: &Facts) -> ProfileFacts {
    ProfileFacts::default()
}
