//! Unit tests: one or more per rule, on sentences written for them.
