//! seeds (in progress)
