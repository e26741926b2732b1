//! What the template slots stand for inside an article: `{A}` is the sentence's subject as this
//! outlet names them at this point, `{when}` the date phrase of the event being reported,
//! `{count}` a fresh number, and so on.

use super::article::Writer;
use super::dates::month_name;
use super::names::Pos;
use super::rng::Rng;
use super::template::{Filler, Slot};

impl Filler for Writer<'_> {
    fn rng(&mut self) -> &mut Rng {
        &mut self.rng
    }

    fn fill(&mut self, slot: Slot, out: &mut String) {
        let story = self.story;
        let v = self.v;
        let c = |i: usize| &v.countries[story.countries[i]];
        match slot {
            Slot::A => match self.caption_person {
                Some(p) => self.caption_mention(p, out),
                None if self.headline => out.push_str(self.surname(self.a)),
                None => self.mention(self.a, Pos::Subject, out),
            },
            Slot::B if self.headline => out.push_str(self.surname(self.b)),
            Slot::B => self.mention(self.b, Pos::Inner, out),
            Slot::ASur => out.push_str(self.surname(self.a)),
            Slot::BSur => out.push_str(self.surname(self.b)),
            Slot::City => out.push_str(story.city),
            Slot::City2 => out.push_str(story.city2),
            Slot::Country => out.push_str(c(0).name),
            Slot::Country2 => out.push_str(c(1).name),
            Slot::Country3 => out.push_str(c(2).name),
            Slot::Dem => out.push_str(c(0).demonym),
            Slot::Dem2 => out.push_str(c(1).demonym),
            Slot::Dem3 => out.push_str(c(2).demonym),
            Slot::Org => out.push_str(self.org(0)),
            Slot::Org2 => out.push_str(self.org(1)),
            Slot::Org3 => out.push_str(self.org(2)),
            Slot::Topic | Slot::Topic2 => {
                // `{topic2}` names a different topic from the `{topic}` before it.
                let n = story.topics.len();
                let mut i = self.rng.below(n);
                if slot == Slot::Topic2 && i == self.last_topic && n > 1 {
                    i = (i + 1 + self.rng.below(n - 1)) % n;
                }
                self.last_topic = i;
                out.push_str(story.topics.get(i).map_or("the crisis", String::as_str));
            }
            Slot::Num => out.push_str(NUMBERS[self.rng.below(NUMBERS.len())]),
            Slot::Count => {
                let n = self.rng.range(12, 9_800) * [1, 1, 10][self.rng.below(3)];
                push_thousands(out, n);
            }
            Slot::Pct => {
                out.push_str(&self.rng.range(2, 64).to_string());
                out.push_str(if self.outlet.uk_dates {
                    " per cent"
                } else {
                    " percent"
                });
            }
            Slot::Month => out.push_str(month_name(if self.published.month == 1 {
                12
            } else {
                self.published.month - 1
            })),
            Slot::Year => out.push_str(&self.published.year.to_string()),
            Slot::YearMinus => {
                out.push_str(&(self.published.year - self.rng.range(2, 9) as i32).to_string())
            }
            Slot::Frag => {
                let list = if self.rng.chance(60) {
                    &self.kind.frags
                } else {
                    &v.fragments
                };
                out.push_str(self.rng.pick(list).copied().unwrap_or("a mistake"));
            }
            Slot::When => out.push_str(&self.when),
            Slot::Event => {
                out.push_str("the ");
                out.push_str(self.event_noun);
            }
            Slot::Weekday => {
                let back = self.rng.range(1, 3) as i64;
                out.push_str(self.published.add_days(-back).weekday_name());
            }
            Slot::Outlet => out.push_str(&self.outlet.name),
        }
    }
}

const NUMBERS: [&str; 9] = [
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
];

fn push_thousands(out: &mut String, n: usize) {
    let s = n.to_string();
    for (i, ch) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
}
