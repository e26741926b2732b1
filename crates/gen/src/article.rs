//! Writes one article: picks the story, outlet and publication day, then assembles a headline
//! and paragraphs (lead, events, quotes, background, captions, furniture) until the article
//! reaches its length. One `Writer` per article, with its own random stream.

use super::furniture::{capitalise, curl_quotes, slug};
use super::names::Pos;
use super::outlets::Outlet;
use super::rng::Rng;
use super::words::{Kind, Vocab, vocab};
use super::world::{Story, World};
use parallax::date::Date;

/// A finished article, ready to be written as one JSON line.
pub struct Written {
    pub id: String,
    pub outlet: String,
    pub title: String,
    pub date: Option<String>,
    pub url: String,
    pub text: String,
    /// Quotation-mark pairs in the text.
    pub quotes: usize,
}

/// The state of one article being written.
pub struct Writer<'a> {
    pub v: &'static Vocab,
    pub world: &'a World,
    pub story: &'a Story,
    pub kind: &'static Kind,
    pub outlet: &'a Outlet,
    pub rng: Rng,
    pub published: Date,
    pub text: String,
    pub words: usize,
    /// People already named in full in this article.
    introduced: Vec<usize>,
    /// Who was quoted in the previous paragraph, for "he added".
    pub last_speaker: Option<usize>,
    /// The people `{A}` and `{B}` stand for in the sentence being written.
    pub a: usize,
    pub b: usize,
    /// Headlines name people by surname only.
    pub headline: bool,
    pub caption_person: Option<usize>,
    /// The date phrase `{when}` stands for.
    pub when: String,
    pub event_noun: &'static str,
    /// The topic `{topic}` last stood for.
    pub last_topic: usize,
    /// Paragraphs that carry "Advertisement" so far (outlets with adverts).
    pub adverts: usize,
    /// Lines already quoted (person, line index) and background templates already used, so an
    /// article does not repeat itself.
    pub used_lines: Vec<(usize, usize)>,
    pub used_background: Vec<usize>,
    pub used_headings: Vec<usize>,
    /// How often each of the story's events has been reported in this article.
    pub event_mentions: Vec<u8>,
    /// Whether this article, written on the day of an event, reports it as still to come.
    pub early_edition: bool,
}

impl<'a> Writer<'a> {
    pub fn new(
        world: &'a World,
        story: usize,
        outlet: usize,
        published: Date,
        rng: Rng,
    ) -> Writer<'a> {
        let v = vocab();
        let story = &world.stories[story];
        Writer {
            v,
            world,
            kind: &v.kinds[story.kind],
            story,
            outlet: &world.outlets[outlet],
            rng,
            published,
            text: String::with_capacity(6_000),
            words: 0,
            introduced: Vec::with_capacity(16),
            last_speaker: None,
            a: 0,
            b: 0,
            headline: false,
            caption_person: None,
            when: String::new(),
            event_noun: "",
            last_topic: usize::MAX,
            adverts: 0,
            used_lines: Vec::with_capacity(16),
            used_background: Vec::with_capacity(32),
            used_headings: Vec::new(),
            event_mentions: vec![0; story.events.len()],
            early_edition: false,
        }
    }

    pub fn org(&self, i: usize) -> &'a str {
        self.story
            .orgs
            .get(i)
            .map_or("the government", String::as_str)
    }

    pub fn surname(&self, who: usize) -> &'a str {
        self.world
            .people
            .get(who)
            .map_or("", |p| p.surname_in(self.outlet.names))
    }

    /// Names a person: in full with their role the first time, briefly afterwards.
    pub fn mention(&mut self, who: usize, pos: Pos, out: &mut String) {
        let Some(p) = self.world.people.get(who) else {
            return;
        };
        let first = !self.introduced.contains(&who);
        if first {
            self.introduced.push(who);
        }
        p.mention(self.outlet.names, first, pos, &mut self.rng, out);
    }

    /// Appends a finished paragraph (after a blank line) and counts its words.
    pub fn paragraph_of(&mut self, para: &str) {
        let para = para.trim();
        if para.is_empty() {
            return;
        }
        if !self.text.is_empty() {
            self.text.push_str("\n\n");
        }
        // One pass counts the words and spots what an empty alternative leaves behind.
        let (mut words, mut untidy, mut prev) = (0, false, b' ');
        for &b in para.as_bytes() {
            if b == b' ' {
                untidy |= prev == b' ';
            } else {
                words += usize::from(prev == b' ');
                untidy |= b == b',' && prev == b' ';
            }
            prev = b;
        }
        if untidy {
            tidy(para, &mut self.text);
        } else {
            self.text.push_str(para);
        }
        self.words += words;
    }

    /// Appends a sentence to a paragraph being built, capitalised, with a space before it.
    pub fn push_sentence(para: &mut String, mut sentence: String) {
        capitalise(&mut sentence);
        if !para.is_empty() {
            para.push(' ');
        }
        para.push_str(&sentence);
    }

    /// A headline for story `i` (this one or another, for teasers), surnames only.
    pub fn title_for(&mut self, i: usize) -> String {
        let saved = (self.story, self.kind, self.a, self.b);
        if let Some(s) = self.world.stories.get(i) {
            self.story = s;
            self.kind = &self.v.kinds[s.kind];
        }
        self.headline = true;
        let mut title = String::new();
        let events = &self.story.events;
        let ev = events
            .iter()
            .rev()
            .find(|e| e.date <= self.published)
            .or(events.first());
        match ev {
            Some(e) if self.rng.chance(55) => {
                self.a = e.subject;
                self.b = e.object;
                if let Some(spec) = self.kind.events.get(e.spec) {
                    if spec.headline.starts_lowercase() {
                        title.push_str(self.surname(e.subject));
                        title.push(' ');
                    }
                    spec.headline.render(&mut title, self);
                }
            }
            _ => {
                self.a = self.story.cast.first().copied().unwrap_or(0);
                self.b = self.story.cast.get(1).copied().unwrap_or(0);
                if let Some(t) = self.rng.pick(&self.kind.titles) {
                    t.render(&mut title, self);
                }
            }
        }
        self.headline = false;
        (self.story, self.kind, self.a, self.b) = saved;
        capitalise(&mut title);
        title
    }

    /// Finishes the article: curls the marks if the outlet does, counts the quotes.
    pub fn finish(self, index: usize, title: String, curly: bool) -> Written {
        let quotes = self.text.bytes().filter(|&b| b == b'"').count() / 2;
        let (text, title) = if curly {
            (curl_quotes(&self.text), curl_quotes(&title))
        } else {
            (self.text, title)
        };
        let outlet = self.outlet;
        let p = self.published;
        let url = format!(
            "https://{}/{}/{:04}/{:02}/{:02}/{}-{index}",
            outlet.domain,
            outlet.section,
            p.year,
            p.month,
            p.day,
            slug(&title)
        );
        Written {
            id: format!("gen-{index:05}"),
            outlet: outlet.name.clone(),
            title,
            date: None,
            url,
            text,
            quotes,
        }
    }
}

/// Appends `para` without the double spaces and spaces before commas that an empty template
/// alternative (`[and|]`) leaves behind.
fn tidy(para: &str, out: &mut String) {
    let mut prev = ' ';
    let mut chars = para.chars().peekable();
    while let Some(c) = chars.next() {
        if c == ' ' && (prev == ' ' || chars.peek() == Some(&',')) {
            continue;
        }
        out.push(c);
        prev = c;
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn tidies_what_empty_alternatives_leave() {
        let mut s = String::new();
        super::tidy("counted,  every vote , and  more", &mut s);
        assert_eq!(s, "counted, every vote, and more");
    }
}
