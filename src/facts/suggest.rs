//! Derived facts: the suggested slug.

use serde::Serialize;

use super::Facts;
use crate::Options;

#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SuggestFacts {}

pub fn extract(_facts: &Facts, _opts: &Options) -> SuggestFacts {
    SuggestFacts::default()
}
