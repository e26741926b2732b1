//! Side-by-side comparison: sentence alignment, quote variants, coverage matrix. (In progress.)
