//! Main content detection (issue: main content & navigation). Marks
//! `Region::CONTENT` / `Region::BOILERPLATE` on recorded elements and keeps
//! the main text blocks for readability.

use serde::Serialize;

use super::Facts;
use crate::dom::Doc;

#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MainFacts {}

pub fn extract(_doc: &Doc, _facts: &mut Facts) -> MainFacts {
    MainFacts::default()
}
