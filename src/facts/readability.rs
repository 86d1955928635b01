//! Readability facts (filled by the readability issue).

use serde::Serialize;

use super::Facts;
use crate::dom::Doc;
use crate::Options;

#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ReadabilityFacts {}

pub fn extract(_doc: &Doc, _facts: &Facts, _opts: &Options) -> ReadabilityFacts {
    ReadabilityFacts::default()
}
