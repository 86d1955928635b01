//! share facts (filled by its own issue).

use serde::Serialize;

use super::Facts;
use crate::dom::Doc;

#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ShareFacts {}

pub fn extract(_doc: &Doc, _facts: &Facts) -> ShareFacts {
    ShareFacts::default()
}
