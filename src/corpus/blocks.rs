//! blocks (in progress)
