//! The invented world an article is written from: the outlets with their house styles, the
//! stories (a kind instantiated with countries, cities, organisations, a cast and event days)
//! and the people. Built once per seed, before any article.

use super::names::Person;
use super::outlets::{Outlet, build_outlets};
use super::rng::Rng;
use super::story::build_story;
use super::words::vocab;
use parallax::date::Date;

/// A dated event of a story.
#[derive(Clone, Debug)]
pub struct Event {
    /// Index into the kind's `events`.
    pub spec: usize,
    pub date: Date,
    /// People (indices into `World::people`).
    pub subject: usize,
    pub object: usize,
}

/// One story followed by many outlets.
#[derive(Debug)]
pub struct Story {
    pub kind: usize,
    /// Indices into the vocabulary's countries: the story's main country first.
    pub countries: [usize; 3],
    pub city: &'static str,
    pub city2: &'static str,
    pub orgs: Vec<String>,
    pub topics: Vec<String>,
    /// The principals and other officials (indices into `World::people`), in role order.
    pub cast: Vec<usize>,
    /// Experts and ordinary people quoted now and then.
    pub minor: Vec<usize>,
    /// In date order.
    pub events: Vec<Event>,
    /// How much coverage the story gets, relative to the others.
    pub weight: u32,
}

/// A photographer and their agency, for credits.
#[derive(Debug)]
pub struct Photographer {
    pub name: String,
    pub agency: &'static str,
}

#[derive(Debug)]
pub struct World {
    pub people: Vec<Person>,
    pub outlets: Vec<Outlet>,
    pub stories: Vec<Story>,
    pub photographers: Vec<Photographer>,
}

pub const STORIES: usize = 20;
pub const OUTLETS: usize = 60;
const PHOTOGRAPHERS: usize = 160;

/// The first Monday of the period the coverage spreads over (about five months).
pub fn first_day() -> Date {
    Date::from_days(19_366) // 2023-01-09
}

impl Story {
    /// Whether an event of this story could be announced before it happened.
    pub fn foreseen(&self, e: &Event) -> bool {
        let kind = vocab().kinds.get(self.kind);
        kind.and_then(|k| k.events.get(e.spec))
            .is_some_and(|s| s.foreseen)
    }
}

impl World {
    pub fn build(seed: u64) -> World {
        let v = vocab();
        let mut rng = Rng::derive(seed, u64::MAX);
        let outlets = build_outlets(v, &mut rng, OUTLETS);
        let mut people = Vec::new();
        let stories = (0..STORIES)
            .map(|i| build_story(v, &mut rng, i % v.kinds.len().max(1), &mut people))
            .collect();
        let photographers = (0..PHOTOGRAPHERS)
            .map(|_| {
                let (given, _) = v.given[rng.below(v.given.len())];
                let sur = v.surnames[rng.below(v.surnames.len())];
                let agency = rng.pick(&v.agencies).copied().unwrap_or("AFP");
                Photographer {
                    name: format!("{given} {sur}"),
                    agency,
                }
            })
            .collect();
        World {
            people,
            outlets,
            stories,
            photographers,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_outlets_stories_and_a_recurring_cast() {
        let w = World::build(11);
        assert_eq!(w.outlets.len(), OUTLETS);
        let mut names: Vec<&str> = w.outlets.iter().map(|o| o.name.as_str()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), OUTLETS, "outlet names are unique");
        assert!(w.outlets.iter().any(|o| o.curly) && w.outlets.iter().any(|o| !o.curly));
        assert!(w.outlets.iter().any(|o| o.names.variant));
        assert_eq!(w.stories.len(), STORIES);
        assert!((300..=3000).contains(&w.people.len()));
        for s in &w.stories {
            assert!(s.events.len() >= 3);
            assert!(s.events.windows(2).all(|e| e[0].date <= e[1].date));
            let mut surnames: Vec<&str> = s
                .cast
                .iter()
                .chain(&s.minor)
                .map(|&p| w.people[p].surname)
                .collect();
            let n = surnames.len();
            surnames.sort_unstable();
            surnames.dedup();
            assert_eq!(surnames.len(), n, "surnames are unique within a story");
            assert!(s.cast.iter().all(|&p| !w.people[p].quotes.is_empty()));
        }
        let variants = w.people.iter().filter(|p| p.variant.is_some()).count();
        assert!(
            variants * 10 > w.people.len(),
            "some people have transliteration variants"
        );
    }

    #[test]
    fn the_same_seed_builds_the_same_world() {
        let (a, b, c) = (World::build(3), World::build(3), World::build(4));
        let key = |w: &World| {
            format!(
                "{:?}{:?}",
                w.outlets.iter().map(|o| &o.name).collect::<Vec<_>>(),
                w.stories[0].events
            )
        };
        assert_eq!(key(&a), key(&b));
        assert_ne!(key(&a), key(&c));
    }
}
