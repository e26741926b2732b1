//! parallax: see one story from every side. A library of pure stages — load a corpus, analyse it,
//! search and compare it — with two front ends, a terminal UI and a scriptable CLI.

pub mod analysis;
pub mod cli;
pub mod compare;
pub mod config;
pub mod corpus;
pub mod date;
pub mod ids;
pub mod output;
pub mod search;
pub mod store;
pub mod story;
pub mod text;
pub mod timeline;
pub mod tui;
