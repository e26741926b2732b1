//! The shape of an article: which story, outlet and day; a headline; an optional photo at the
//! top; a dated lead; then quotes, events, background, the odd subheading and caption until
//! the article is long enough; then the footer.

use super::article::{Writer, Written};
use super::rng::Rng;
use super::world::World;

/// Days between the focus event and publication, weighted towards the day after: previews
/// before, reports on the day and after, and a tail of later analysis.
const OFFSETS: [(i64, u32); 12] = [
    (-4, 1),
    (-3, 2),
    (-2, 3),
    (-1, 5),
    (0, 10),
    (1, 12),
    (2, 6),
    (3, 3),
    (4, 2),
    (6, 2),
    (9, 1),
    (14, 1),
];

/// Writes article `index` of the corpus for `seed`.
pub fn write_article(world: &World, seed: u64, index: usize) -> Written {
    let mut rng = Rng::derive(seed, index as u64);
    let weights: Vec<u32> = world.stories.iter().map(|s| s.weight).collect();
    let story = rng.weighted(&weights);
    let weights: Vec<u32> = world.outlets.iter().map(|o| o.weight).collect();
    let outlet = rng.weighted(&weights);
    let events = &world.stories[story].events;
    let focus = rng.below(events.len());
    let offset_weights: Vec<u32> = OFFSETS.iter().map(|o| o.1).collect();
    let offset = OFFSETS[rng.weighted(&offset_weights)].0;
    // Nobody previews what cannot be foreseen: such an event is reported after the fact.
    let foreseen = events
        .get(focus)
        .is_some_and(|e| world.stories[story].foreseen(e));
    let offset = if foreseen { offset } else { offset.abs() };
    let published = events
        .get(focus)
        .map_or(parallax::date::Date::from_days(19_436), |e| {
            e.date.add_days(offset)
        });
    let curly = world.outlets[outlet].curly != rng.chance(8);
    let target = rng.range(360, 960) + rng.range(0, 120);
    let mut w = Writer::new(world, story, outlet, published, rng);
    w.early_edition = w.rng.chance(25);
    let title = w.title_for(story);
    w.body(focus, target);
    w.footer();
    let times = w.outlet.times;
    let no_date = w.rng.chance(3);
    let hour = w.rng.range(5, 22);
    let minute = w.rng.below(12) * 5;
    let mut out = w.finish(index, title, curly);
    if !no_date {
        out.date = Some(if times {
            format!("{published}T{hour:02}:{minute:02}:00Z")
        } else {
            published.to_string()
        });
    }
    out
}

impl Writer<'_> {
    fn body(&mut self, focus: usize, target: usize) {
        if self.rng.chance(self.outlet.photo_rate) {
            self.caption();
        }
        // Events the outlet can know about: the past ones and those announced for the next days.
        let known: Vec<usize> = (0..self.story.events.len())
            .filter(|&i| {
                let e = &self.story.events[i];
                e.date <= self.published
                    || (self.story.foreseen(e) && e.date.days() <= self.published.days() + 10)
            })
            .collect();
        self.lead(focus, &known);
        let subject = self.story.events.get(focus).map_or(0, |e| e.subject);
        self.quote_paragraph(subject);
        let mut since_heading = 0;
        while self.words < target {
            since_heading += 1;
            match self.rng.weighted(&[22, 34, 26, 3, 4, 2]) {
                0 => {
                    let Some(i) = self.next_event(&known) else {
                        continue;
                    };
                    let mut para = String::new();
                    let e = self.event_sentence(i);
                    Writer::push_sentence(&mut para, e);
                    if self.rng.chance(60) {
                        let bg = self.background_sentence();
                        Writer::push_sentence(&mut para, bg);
                    }
                    self.add_advert(&mut para);
                    self.paragraph_of(&para);
                    self.last_speaker = None;
                }
                1 => {
                    let who = self.speaker();
                    self.quote_paragraph(who);
                }
                2 => {
                    let mut para = String::new();
                    for _ in 0..self.rng.range(1, 3) {
                        let bg = self.background_sentence();
                        Writer::push_sentence(&mut para, bg);
                    }
                    self.add_advert(&mut para);
                    self.paragraph_of(&para);
                    self.last_speaker = None;
                }
                3 if since_heading > 3 && self.words > 150 => {
                    let h = self.rng.below(self.v.headings.len());
                    if let Some(&heading) = self
                        .v
                        .headings
                        .get(h)
                        .filter(|_| !self.used_headings.contains(&h))
                    {
                        self.used_headings.push(h);
                        self.paragraph_of(heading);
                        since_heading = 0;
                    }
                }
                4 if self.outlet.photo_rate > 0 => self.caption(),
                5 if self.outlet.adverts => self.paragraph_of("Advertisement"),
                _ => {}
            }
        }
    }

    /// The opening paragraph: dateline, the focus event, one more sentence.
    fn lead(&mut self, focus: usize, known: &[usize]) {
        let mut para = String::new();
        self.dateline(&mut para);
        let mut first = self.event_sentence(focus);
        super::furniture::capitalise(&mut first);
        para.push_str(&first);
        let other = self.rng.pick(known).copied().filter(|&i| i != focus);
        let second = if let Some(i) = other.filter(|_| self.rng.chance(50)) {
            self.event_sentence(i)
        } else {
            self.background_sentence()
        };
        Writer::push_sentence(&mut para, second);
        self.add_advert(&mut para);
        self.paragraph_of(&para);
    }

    /// Who speaks next: the same person again now and then, mostly the cast, sometimes an
    /// expert or a bystander.
    fn speaker(&mut self) -> usize {
        let story = self.story;
        match (self.last_speaker, self.rng.below(100)) {
            (Some(p), 0..30) => p,
            (_, 0..62) => {
                // The principals speak most.
                let n = story.cast.len();
                let i = if self.rng.chance(65) {
                    self.rng.below(n.min(4))
                } else {
                    self.rng.below(n)
                };
                story.cast.get(i).copied().unwrap_or(0)
            }
            _ => self.rng.pick(&story.minor).copied().unwrap_or(0),
        }
    }

    /// Appends "Advertisement" to a paragraph for outlets whose page text carries it inline.
    pub fn add_advert(&mut self, para: &mut String) {
        if self.outlet.adverts && self.adverts < 2 && self.rng.chance(15) {
            para.push_str(" Advertisement");
            self.adverts += 1;
        }
    }
}
