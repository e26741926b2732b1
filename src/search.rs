//! The fuzzy index over people and quotes. (In progress.)
