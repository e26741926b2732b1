//! People found end to end through `analyze`: on the seeds (against a hand annotation)
//! and on a small corpus written for these tests about another story.

#[path = "support/corpus.rs"]
mod support;

#[test]
#[ignore = "prints what the analysis finds on the seeds"]
fn print_seeds() {
    println!("{}", support::dump(&support::seeds()));
}
