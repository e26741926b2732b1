//! parallax: see one story from every side. A library of pure stages — load a corpus, analyse it,
//! search and compare it — with two front ends, a terminal UI and a scriptable CLI.

pub mod analysis;
pub mod compare;
pub mod corpus;
pub mod date;
pub mod generate;
pub mod search;
