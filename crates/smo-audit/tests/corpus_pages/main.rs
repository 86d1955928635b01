//! Whole-page tests on every real page of ../shared/corpus/readability (absent:
//! each test says so and passes): the facts, checks and audit of real markup, as
//! the public API gives them. `cargo test -p smo-audit --test corpus_pages --
//! --nocapture` prints how many corpus pages each test read.

#[path = "../support/corpus.rs"]
mod corpus;

mod previews;
mod share;
mod urls;
