//! Typed indices for everything one module hands another by position: an article, an outlet,
//! a person, a sentence, a quote, an event. Each is its own type, so a column of outlets cannot
//! be labelled by an article index (it does not compile), and each is 32 bits with a niche, so
//! an `Option` of one costs nothing: a large corpus stores them by the hundred thousand.
//!
//! [`narrow`] is the one conversion of an index or a byte offset to the 32 bits they are
//! stored in.

use std::num::NonZeroU32;

/// An index or byte offset as the analysis stores it. Offsets past 4 GiB cannot occur: the
/// loader keeps no article that long, and the analysis skips any that would be.
pub fn narrow(x: usize) -> u32 {
    u32::try_from(x).unwrap_or(u32::MAX)
}

macro_rules! typed_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        ///
        /// Stored as the index plus one, so that `Option` of it uses the zero.
        #[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(NonZeroU32);

        impl $name {
            /// The id of position `index`.
            pub fn new(index: usize) -> $name {
                $name(NonZeroU32::MIN.saturating_add(narrow(index).min(u32::MAX - 1)))
            }

            /// The position it names.
            pub fn index(self) -> usize {
                (self.0.get() - 1) as usize
            }

            /// The ids of the first `n` positions, in order.
            pub fn all(n: usize) -> impl DoubleEndedIterator<Item = $name> + ExactSizeIterator {
                (0..n).map($name::new)
            }
        }

        /// The first position: what a view shows before anything is chosen.
        impl Default for $name {
            fn default() -> $name {
                $name::new(0)
            }
        }

        impl std::fmt::Debug for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, "{}({})", stringify!($name), self.index())
            }
        }
    };
}

typed_id!(
    /// An article: a position in [`crate::corpus::Corpus::articles`].
    ArticleId
);
typed_id!(
    /// An outlet: a position in [`crate::corpus::Outlets`], the distinct outlets of a corpus.
    OutletId
);
typed_id!(
    /// A person: a position in [`crate::analysis::Analysis::people`].
    PersonId
);
typed_id!(
    /// A sentence of story text: a position in [`crate::analysis::Analysis::sentences`].
    SentenceId
);
typed_id!(
    /// A quote: a position in [`crate::analysis::Analysis::quotes`].
    QuoteId
);
typed_id!(
    /// An event: a position in [`crate::timeline::Timeline::events`].
    EventId
);

/// Lets the table a kind of id names be indexed by it, and only by it among ids:
/// `corpus.articles[article]`, `analysis.people[person]`.
macro_rules! indexes {
    ($id:ident => $item:ty) => {
        impl std::ops::Index<$id> for Vec<$item> {
            type Output = $item;
            fn index(&self, id: $id) -> &$item {
                &self[id.index()]
            }
        }
        impl std::ops::IndexMut<$id> for Vec<$item> {
            fn index_mut(&mut self, id: $id) -> &mut $item {
                &mut self[id.index()]
            }
        }
    };
}

indexes!(ArticleId => crate::corpus::Article);
indexes!(PersonId => crate::analysis::Person);
indexes!(SentenceId => crate::analysis::Sentence);
indexes!(QuoteId => crate::analysis::Quote);
indexes!(EventId => crate::timeline::Event);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_options_are_free() {
        assert_eq!(ArticleId::new(0).index(), 0);
        assert_eq!(PersonId::new(41).index(), 41);
        assert!(SentenceId::new(3) < SentenceId::new(4));
        assert_eq!(size_of::<Option<SentenceId>>(), 4);
        assert_eq!(
            QuoteId::all(3).map(QuoteId::index).collect::<Vec<_>>(),
            [0, 1, 2]
        );
        // Saturates rather than wrapping to another id.
        assert_eq!(EventId::new(usize::MAX).index(), (u32::MAX - 1) as usize);
    }
}
