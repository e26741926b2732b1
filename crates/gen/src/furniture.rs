//! Everything around the story proper that real article text drags along: photo captions with
//! credits at either end ("TOPSHOT - ...", "Photo by NAME/AGENCY", "NAME/AGENCY via REUTERS"),
//! datelines, "Advertisement", teasers, newsletter pitches and copyright lines; plus the
//! typographer's pass that curls quote marks for the outlets that print them curly.

use super::article::Writer;
use super::dates::calendar;
use super::names::Pos;
use parallax::date::Date;

impl Writer<'_> {
    /// A photo caption paragraph (sometimes the caption twice, the second time with its credit,
    /// as pages scraped with their image alt text read).
    pub fn caption(&mut self) {
        let v = self.v;
        let cast = &self.story.cast;
        let who = cast
            .get(self.rng.below(cast.len().min(4)))
            .copied()
            .unwrap_or(0);
        let shot = self.photo_date();
        let photographer = self.rng.below(self.world.photographers.len());
        let Some(ph) = self.world.photographers.get(photographer) else {
            return;
        };
        let Some(t) = self.rng.pick(&v.captions) else {
            return;
        };
        let mut what = String::new();
        self.caption_person = Some(who);
        t.render(&mut what, self);
        self.caption_person = None;
        capitalise(&mut what);
        let uk = self.outlet.uk_dates;
        let mut date = String::new();
        calendar(shot, uk, true, &mut date);
        let style = self.rng.below(6);
        if self.rng.chance(15) && style != 0 {
            self.paragraph_of(&format!("{what}, {date}."));
        }
        let agency = ph.agency;
        let text = match style {
            0 => format!(
                "TOPSHOT - {what}, on {date}. {}/{}/AFP via Getty Images",
                ph.name.to_uppercase(),
                agency.to_uppercase()
            ),
            1 => format!("{what} on {date}. Photo by {}/{agency}", ph.name),
            2 => format!("{what}, {date}. ({agency}/{}/Pool via REUTERS)", ph.name),
            3 => format!("{}/{agency} via REUTERS {what} on {date}.", ph.name),
            4 => format!("{what}. (Photo: {}/{agency})", ph.name),
            _ => format!("{what} on {date}. Credit: {}/{agency}", ph.name),
        };
        self.paragraph_of(&text);
    }

    /// The day a photo was taken: one of the story's days up to publication.
    fn photo_date(&mut self) -> Date {
        let known: Vec<Date> = self
            .story
            .events
            .iter()
            .map(|e| e.date)
            .filter(|d| *d <= self.published)
            .collect();
        self.rng.pick(&known).copied().unwrap_or(self.published)
    }

    /// The person a caption shows, with their full name and role.
    pub fn caption_mention(&mut self, who: usize, out: &mut String) {
        if let Some(p) = self.world.people.get(who) {
            p.mention(self.outlet.names, true, Pos::Inner, &mut self.rng, out);
        }
    }

    /// The dateline that opens the first paragraph, if the outlet uses one.
    pub fn dateline(&mut self, out: &mut String) {
        use super::outlets::Dateline;
        let mut day = String::new();
        calendar(self.published, self.outlet.uk_dates, false, &mut day);
        match self.outlet.dateline {
            Dateline::None => {}
            Dateline::Agency => {
                out.push_str(&format!("{day} ({}) -- ", self.outlet.tag));
            }
            Dateline::City => {
                out.push_str(&self.story.city.to_uppercase());
                if self.rng.chance(50) {
                    out.push_str(&format!(", {day} ({}) - ", self.outlet.tag));
                } else {
                    out.push_str(" \u{2014} ");
                }
            }
        }
    }

    /// Teasers, pitches and the copyright line that close an article.
    pub fn footer(&mut self) {
        let v = self.v;
        if self.outlet.teasers && self.rng.chance(70) {
            let teaser = self.rng.pick(&v.teasers).copied().unwrap_or("Read more:");
            let other = self.rng.below(self.world.stories.len());
            let title = self.title_for(other);
            if teaser.ends_with(':') {
                self.paragraph_of(&format!("{teaser} {title}"));
            } else {
                self.paragraph_of(teaser);
                self.paragraph_of(&title);
            }
        }
        if self.rng.chance(25) {
            self.furniture_line(true);
        }
        if self.outlet.copyright {
            self.furniture_line(false);
        }
    }

    fn furniture_line(&mut self, pitch: bool) {
        let list = if pitch {
            &self.v.pitches
        } else {
            &self.v.copyrights
        };
        if let Some(t) = self.rng.pick(list) {
            let mut s = String::new();
            t.render(&mut s, self);
            self.paragraph_of(&s);
        }
    }
}

/// Upper-cases the first letter, after any opening marks (sentences that open with "the
/// minister" or "on Monday", headlines that open with a quoted phrase).
pub fn capitalise(s: &mut String) {
    let skip = s.len()
        - s.trim_start_matches(['"', '\'', '\u{201C}', '\u{2018}'])
            .len();
    if let Some(c) = s[skip..].chars().next().filter(char::is_ascii_lowercase) {
        s.replace_range(skip..skip + 1, &c.to_ascii_uppercase().to_string());
    }
}

/// Curls straight quote marks and apostrophes the way a typesetting system does: a mark after
/// a space, an opening bracket or another opening mark opens; anything else closes.
pub fn curl_quotes(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 32);
    let mut last = 0;
    // Copy the runs between marks whole; only the marks themselves need a look back.
    for (at, mark) in text.match_indices(['"', '\'']) {
        out.push_str(&text[last..at]);
        last = at + 1;
        let opens = out.chars().next_back().is_none_or(|p| {
            p.is_whitespace() || matches!(p, '(' | '[' | '\u{2014}' | '\u{201C}' | '\u{2018}')
        });
        out.push(match (mark, opens) {
            ("\"", true) => '\u{201C}',
            ("\"", false) => '\u{201D}',
            (_, true) => '\u{2018}',
            (_, false) => '\u{2019}',
        });
    }
    out.push_str(&text[last..]);
    out
}

/// A URL slug from a title: lower-case words joined by hyphens, at most eight of them.
pub fn slug(title: &str) -> String {
    let mut out = String::new();
    for word in title
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(8)
    {
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(&word.to_ascii_lowercase());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn curls_opening_and_closing_marks_and_apostrophes() {
        let s = curl_quotes(r#""It's 'fine'," O'Connell said. "Yes.""#);
        assert_eq!(
            s,
            "\u{201C}It\u{2019}s \u{2018}fine\u{2019},\u{201D} O\u{2019}Connell said. \u{201C}Yes.\u{201D}"
        );
    }

    #[test]
    fn slugs_and_capitals() {
        assert_eq!(
            slug("Petrova's 'new era': talks end in Korvath"),
            "petrova-s-new-era-talks-end-in-korvath"
        );
        let mut s = String::from("on Monday");
        capitalise(&mut s);
        assert_eq!(s, "On Monday");
        let mut s = String::from("'a new era': talks end");
        capitalise(&mut s);
        assert_eq!(s, "'A new era': talks end");
    }
}
