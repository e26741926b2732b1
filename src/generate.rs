//! A generator of synthetic coverage for benchmarks. (In progress.)
