//! clean (in progress)
