//! The JSON contract of the CLI: one `Serialize` type per document, with stable field names
//! (documented in the README and decoded back by the tests). Articles are named by id, offsets
//! are in characters, dates in TimeML form.

mod analysis;
mod compare;
mod search;
mod timeline;

pub use analysis::{
    ArticleRow, Check, DateRow, Ids, PersonRow, QuoteRow, VariantRow, articles, check, dates,
    people, quotes,
};
pub use compare::{
    CompareJson, MatrixJson, OutletJson, OutletVoicesJson, PairJson, VariantGroupJson, VariantJson,
    VoiceJson, VoicesJson, compare, matrix, variants, voices,
};
pub use search::{Row, rows};
pub(crate) use timeline::id;
pub use timeline::{
    ConflictJson, EventJson, NumberJson, QuantityJson, SourceJson, TimelineJson, event_id, timeline,
};
