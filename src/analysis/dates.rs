//! Temporal expressions in news sentences, resolved against the publication date.
//! (Placeholder interface — being implemented.)

use crate::date::Date;
use serde::Serialize;

#[derive(Clone, Copy, PartialEq, Eq, Debug, Serialize, PartialOrd, Ord, Hash)]
#[serde(rename_all = "lowercase")]
pub enum Granularity {
    Day,
    Week,
    Month,
    Year,
}

/// A resolved time: the first day of the period and its granularity.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub struct TimeValue {
    pub start: Date,
    pub granularity: Granularity,
}

impl TimeValue {
    /// TimeML form: `2023-03-20`, `2023-W11`, `2023-03`, `2023`.
    pub fn iso(&self) -> String {
        match self.granularity {
            Granularity::Day => self.start.to_string(),
            Granularity::Week => {
                let (y, w) = self.start.iso_week();
                format!("{y:04}-W{w:02}")
            }
            Granularity::Month => format!("{:04}-{:02}", self.start.year, self.start.month),
            Granularity::Year => format!("{:04}", self.start.year),
        }
    }
}

/// A temporal expression found in a sentence; offsets are bytes in that sentence.
#[derive(Clone, Debug, PartialEq)]
pub struct TimeExpr {
    pub start: usize,
    pub end: usize,
    /// `None` when it cannot be resolved (a relative expression with no publication date).
    pub value: Option<TimeValue>,
}

/// Finds the temporal expressions in one sentence.
pub fn extract(_sentence: &str, _published: Option<Date>) -> Vec<TimeExpr> {
    Vec::new()
}
