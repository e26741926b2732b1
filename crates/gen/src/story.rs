//! One story instantiated from its kind: countries and cities drawn, organisations and topics
//! rendered, a cast with roles and lines to say, bystanders and experts, and event days.

use super::names::{self, Person};
use super::rng::Rng;
use super::template::{Filler, Slot, Template};
use super::words::{Kind, Vocab};
use super::world::{Event, Story, first_day};

/// Experts and ordinary people per story.
const MINOR_PER_STORY: usize = 36;

/// Fills the story-level slots (places, organisations) while a story is being built.
struct StoryFiller<'a> {
    rng: &'a mut Rng,
    v: &'static Vocab,
    countries: [usize; 3],
    city: &'static str,
    city2: &'static str,
    orgs: &'a [String],
    topics: &'a [String],
}

impl Filler for StoryFiller<'_> {
    fn rng(&mut self) -> &mut Rng {
        self.rng
    }
    fn fill(&mut self, slot: Slot, out: &mut String) {
        let c = |i: usize| &self.v.countries[self.countries[i]];
        match slot {
            Slot::City => out.push_str(self.city),
            Slot::City2 => out.push_str(self.city2),
            Slot::Country => out.push_str(c(0).name),
            Slot::Country2 => out.push_str(c(1).name),
            Slot::Country3 => out.push_str(c(2).name),
            Slot::Dem => out.push_str(c(0).demonym),
            Slot::Dem2 => out.push_str(c(1).demonym),
            Slot::Dem3 => out.push_str(c(2).demonym),
            Slot::Org | Slot::Org2 | Slot::Org3 => {
                let i = match slot {
                    Slot::Org => 0,
                    Slot::Org2 => 1,
                    _ => 2,
                };
                out.push_str(self.orgs.get(i).map_or("the government", String::as_str));
            }
            Slot::Topic | Slot::Topic2 => {
                let t = self
                    .rng
                    .pick(self.topics)
                    .map_or("the crisis", String::as_str);
                out.push_str(t);
            }
            Slot::Year => out.push_str("2023"),
            Slot::YearMinus => out.push_str(["2015", "2017", "2019", "2020"][self.rng.below(4)]),
            Slot::Month => out.push_str(["January", "February", "March"][self.rng.below(3)]),
            Slot::Num => out.push_str(["three", "four", "five", "six", "seven"][self.rng.below(5)]),
            Slot::Count => {
                out.push_str(["1,200", "3,400", "15,000", "240", "870"][self.rng.below(5)])
            }
            Slot::Pct => out.push_str(["12 percent", "40 percent", "7 percent"][self.rng.below(3)]),
            Slot::Frag => out.push_str(self.rng.pick(&self.v.fragments).copied().unwrap_or("")),
            _ => out.push_str(self.city),
        }
    }
}

impl StoryFiller<'_> {
    fn render(&mut self, t: &Template) -> String {
        let mut s = String::new();
        t.render(&mut s, self);
        s
    }
}

fn new_person(v: &Vocab, rng: &mut Rng, surname: &'static str) -> Person {
    let (given, female) = v.given[rng.below(v.given.len())];
    let variant = if rng.chance(25) {
        names::variant(surname, rng)
    } else {
        None
    };
    Person {
        given,
        surname,
        variant,
        female,
        pre: String::new(),
        post: String::new(),
        official: false,
        demonym: None,
        quotes: Vec::new(),
    }
}

pub fn build_story(
    v: &'static Vocab,
    rng: &mut Rng,
    kind: usize,
    people: &mut Vec<Person>,
) -> Story {
    let k = &v.kinds[kind];
    let mut countries = [0usize; 3];
    let mut pool: Vec<usize> = (0..v.countries.len()).collect();
    rng.shuffle(&mut pool);
    countries.copy_from_slice(&pool[..3]);
    let home = &v.countries[countries[0]];
    let city = home.cities[rng.weighted(&[6, 2, 2])];
    let city2 = *rng
        .pick(
            &home
                .cities
                .iter()
                .filter(|c| **c != city)
                .collect::<Vec<_>>(),
        )
        .map_or(&city, |c| *c);
    let mut orgs = Vec::new();
    let mut topics = Vec::new();
    // Surnames are unique within a story, so that "Mr. Halvorsen" is never ambiguous there.
    let mut surnames = v.surnames.clone();
    rng.shuffle(&mut surnames);
    let mut surnames = surnames.into_iter();
    let mut f = StoryFiller {
        rng,
        v,
        countries,
        city,
        city2,
        orgs: &[],
        topics: &[],
    };
    for t in &k.orgs {
        let s = f.render(t);
        orgs.push(s);
    }
    f.orgs = &orgs;
    for t in &k.topics {
        let s = f.render(t);
        topics.push(s);
    }
    f.topics = &topics;
    let mut cast = Vec::new();
    for role in &k.roles {
        let mut p = new_person(v, f.rng, surnames.next().unwrap_or("Novak"));
        p.pre = f.render(&role.pre);
        p.post = f.render(&role.post);
        p.official = true;
        p.demonym = role
            .country
            .and_then(|i| countries.get(i))
            .map(|&c| v.countries[c].demonym);
        for _ in 0..4 {
            let t = if f.rng.chance(75) {
                f.rng.pick(&k.quotes)
            } else {
                f.rng.pick(&v.quotes)
            };
            if let Some(t) = t {
                p.quotes.push(f.render(t));
            }
        }
        cast.push(people.len());
        people.push(p);
    }
    let mut minor = Vec::new();
    for _ in 0..MINOR_PER_STORY {
        let mut p = new_person(v, f.rng, surnames.next().unwrap_or("Novak"));
        p.post = if f.rng.chance(45) {
            let desc = f
                .rng
                .pick(&v.experts)
                .map(|t| f.render(t))
                .unwrap_or_default();
            format!("{} {desc}", names::article_for(&desc))
        } else {
            let age = f.rng.range(19, 79);
            let job = f.rng.pick(&v.occupations).copied().unwrap_or("resident");
            let from = if f.rng.chance(60) { city } else { city2 };
            format!("a {age}-year-old {job} from {from}")
        };
        // Experts may echo the story's own lines; bystanders speak for themselves.
        let echo = if p.post.contains("year-old") { 0 } else { 30 };
        for _ in 0..3 {
            let t = if f.rng.chance(echo) {
                f.rng.pick(&k.quotes)
            } else {
                f.rng.pick(&v.quotes)
            };
            if let Some(t) = t {
                p.quotes.push(f.render(t));
            }
        }
        minor.push(people.len());
        people.push(p);
    }
    let events = schedule(f.rng, k.events.len(), &cast, k);
    let weight = f.rng.range(1, 10) as u32;
    Story {
        kind,
        countries,
        city,
        city2,
        orgs,
        topics,
        cast,
        minor,
        events,
        weight,
    }
}

/// Picks most of the kind's events, in narrative order, on days a few apart.
fn schedule(rng: &mut Rng, n: usize, cast: &[usize], k: &Kind) -> Vec<Event> {
    let mut day = first_day().add_days(rng.below(135) as i64);
    let mut events = Vec::new();
    for spec in 0..n {
        if rng.chance(15) && spec > 0 {
            continue;
        }
        let s = &k.events[spec];
        let person = |i: usize| cast.get(i).or(cast.first()).copied().unwrap_or(0);
        events.push(Event {
            spec,
            date: day,
            subject: person(s.subject),
            object: person(s.object),
        });
        day = day.add_days(rng.weighted(&[2, 5, 4, 2, 1, 1]) as i64);
    }
    events
}
