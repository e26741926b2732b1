//! What a matched expression means before it is placed in time ([`Sem`]), and the calendar
//! arithmetic that places it against the publication date and the tense around it.

use super::{Anchor, Granularity, Tense, TimeKind, TimeValue};
use crate::date::Date;

/// Which occurrence a weekday, month or weekend word points to.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Shift {
    /// No modifier: the tense decides.
    Bare,
    /// "last": strictly before publication ("last Monday", "last March", "last weekend").
    Last,
    /// "this": the current one; the tense decides between the one just past and the next.
    This,
    /// "next": strictly after publication.
    Next,
    /// "this past weekend": the latest one before publication.
    Past,
    /// The nearer one to publication, whatever the tense ("the October vote").
    Near,
}

/// How the year of a quarter named by its number is found.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum QuarterYear {
    /// Not written: from publication and tense ("third-quarter profit").
    Bare,
    /// A fiscal quarter: the publication year, since a fiscal year's name is the company's.
    Fiscal,
    /// Years from publication's: "last year's third quarter" -1, "next year's" 1.
    Shift(i32),
    /// A year before the one found for [`QuarterYear::Bare`]: "the year-ago third quarter".
    YearBefore,
}

/// The meaning of an expression, still relative to publication and tense.
#[derive(Clone, Debug, PartialEq)]
pub enum Sem {
    /// Fully written out ("March 20, 2023", "2023-03-20", "February 2022", "2022").
    Abs(TimeValue),
    /// A day of a month without a year ("March 20").
    MonthDay {
        month: u8,
        day: u8,
    },
    /// A month alone ("in February", "last March").
    Month {
        month: u8,
        shift: Shift,
    },
    /// A month, or a day of it, in a year relative to publication ("February last year",
    /// "24 February last year").
    MonthOfYear {
        month: u8,
        day: Option<u8>,
        years: i32,
    },
    Weekday {
        wd: u8,
        shift: Shift,
    },
    /// Days from publication: today 0, yesterday -1, "two days ago" -2.
    Days(i64),
    Weeks(i64),
    Weekend(Shift),
    Months(i64),
    Years(i64),
    /// The day before the anchored event, when the event has a date of its own.
    Eve(Option<Box<Sem>>),
    /// Days after the latest day named before it in the article ("that day", "the next day").
    Anchor(i64),
    /// Years after the year the narrative is in ("that year", "the following year").
    AnchorYear(i32),
    /// Months after the month the narrative is in ("that month", "the following month").
    AnchorMonth(i32),
    /// A weekday after or before the narrative's day ("the following Monday", "the
    /// previous Friday").
    AnchorWeekday {
        wd: u8,
        forward: bool,
    },
    /// The week holding a day ("the week of March 6").
    WeekOf(Box<Sem>),
    /// A quarter named by its number ("the third quarter", "fiscal first quarter"), its year
    /// placed from publication as `year` says.
    Quarter {
        q: u8,
        year: QuarterYear,
    },
    /// Quarters from the one publication falls in: "last quarter" -1, "next quarter" 1.
    Quarters(i64),
    /// "the quarter ended Sept. 30": the quarter whose last month is `month`, in the year a
    /// past date of that month falls in.
    QuarterEnded {
        month: u8,
    },
    /// A period of the story a results article is on ("the quarter", "a year earlier", "the
    /// year-ago quarter", "the 1988 period"), placed by [`super::link`]; `quarter` says
    /// whether the words name a quarter, which decides the value found without the story.
    Story {
        anchor: Anchor,
        quarter: bool,
    },
    /// The last day of the year of publication ("by year-end").
    YearEnd,
    /// A season by the month it opens in ("last fall", "this summer", "over the summer").
    Season {
        month: u8,
        shift: Shift,
    },
    /// A holiday ("Thanksgiving", "last Christmas"): on `month`-`day`, or with a weekday on
    /// the first such weekday from that day.
    Holiday {
        month: u8,
        day: u8,
        weekday: Option<u8>,
        shift: Shift,
    },
    /// A vague time ("days ago"): found, never resolved.
    Vague,
}

impl Sem {
    /// Whether resolving this needs the tense of the sentence.
    pub fn needs_tense(&self) -> bool {
        match self {
            Sem::MonthDay { .. } => true,
            Sem::Month { shift, .. }
            | Sem::Weekday { shift, .. }
            | Sem::Weekend(shift)
            | Sem::Season { shift, .. }
            | Sem::Holiday { shift, .. } => {
                matches!(shift, Shift::Bare | Shift::This)
            }
            Sem::Eve(Some(inner)) | Sem::WeekOf(inner) => inner.needs_tense(),
            Sem::Quarter { year, .. } => {
                matches!(year, QuarterYear::Bare | QuarterYear::YearBefore)
            }
            _ => false,
        }
    }

    /// The offset from the article's previous day, for expressions resolved by [`super::link`].
    pub fn anchor(&self) -> Option<Anchor> {
        match self {
            Sem::Anchor(n) => Some(Anchor::Days(*n)),
            Sem::AnchorYear(n) => Some(Anchor::Years(*n)),
            Sem::AnchorMonth(n) => Some(Anchor::Months(*n)),
            &Sem::AnchorWeekday { wd, forward } => Some(Anchor::Weekday { wd, forward }),
            Sem::Eve(None) => Some(Anchor::Days(-1)),
            Sem::Story { anchor, .. } => Some(*anchor),
            _ => None,
        }
    }

    pub fn kind(&self) -> TimeKind {
        match self {
            Sem::Abs(_)
            | Sem::MonthDay { .. }
            | Sem::Month { .. }
            | Sem::MonthOfYear { .. }
            | Sem::Quarter { .. }
            | Sem::QuarterEnded { .. }
            | Sem::YearEnd
            | Sem::Season { .. }
            | Sem::Holiday { .. }
            | Sem::WeekOf(_) => TimeKind::Calendar,
            Sem::Weekday { .. } => TimeKind::Weekday,
            Sem::Eve(_)
            | Sem::Anchor(_)
            | Sem::AnchorYear(_)
            | Sem::AnchorMonth(_)
            | Sem::AnchorWeekday { .. }
            | Sem::Story { .. } => TimeKind::Anchored,
            _ => TimeKind::Relative,
        }
    }

    /// Whether the value is a single day, so a clock time can attach to it.
    pub fn is_day(&self) -> bool {
        match self {
            Sem::Abs(v) => v.granularity == Granularity::Day,
            Sem::MonthDay { .. }
            | Sem::Weekday { .. }
            | Sem::Days(_)
            | Sem::Anchor(_)
            | Sem::AnchorWeekday { .. }
            | Sem::YearEnd
            | Sem::Holiday { .. } => true,
            Sem::MonthOfYear { day, .. } => day.is_some(),
            _ => false,
        }
    }
}

fn day(d: Date) -> TimeValue {
    TimeValue {
        start: d,
        granularity: Granularity::Day,
    }
}

fn period(year: i32, month: u8, granularity: Granularity) -> Option<TimeValue> {
    Some(TimeValue {
        start: Date::new(year, month, 1)?,
        granularity,
    })
}

/// Months counted from year 0, for month arithmetic.
fn month_index(year: i32, month: u8) -> i64 {
    i64::from(year) * 12 + i64::from(month) - 1
}

fn from_month_index(i: i64) -> Option<(i32, u8)> {
    let year = i32::try_from(i.div_euclid(12)).ok()?;
    Some((year, (i.rem_euclid(12) + 1) as u8))
}

/// The year for a month written without one: the publication year, unless the tense or the
/// distance says the neighbouring year. News leaves the year out only for dates of the current
/// year or a few months around it (AP style writes the year otherwise), and its past tense is
/// often only the reporting verb over a date to come ("authorized a dividend payable Dec. 7",
/// "said the talks would end in May"): so a past tense moves a later month back a year only
/// when it is at least three months on. A future verb governs its own date, so any earlier
/// month is next year's.
fn year_for(month: u8, p: Date, tense: Tense) -> i32 {
    let diff = i32::from(month) - i32::from(p.month);
    match tense {
        Tense::Past if diff >= 3 => p.year - 1,
        Tense::Future if diff < 0 => p.year + 1,
        // Half a year either way is as near: news reports what happened, so the past.
        Tense::Unknown if diff >= 6 => p.year - 1,
        Tense::Unknown if diff < -6 => p.year + 1,
        _ => p.year,
    }
}

/// Quarters counted from year 0, for quarter arithmetic.
fn quarter_index(d: Date) -> i64 {
    i64::from(d.year) * 4 + i64::from((d.month - 1) / 3)
}

fn quarter_at(i: i64) -> Option<TimeValue> {
    let year = i32::try_from(i.div_euclid(4)).ok()?;
    period(year, (i.rem_euclid(4) * 3 + 1) as u8, Granularity::Quarter)
}

/// The year of quarter `q` named without one: the latest begun by publication, unless it
/// ended more than half a year before and the tense does not say past ("expects
/// first-quarter sales to rise", in November, is next year's).
fn quarter_year(q: u8, p: Date, tense: Tense) -> i32 {
    let this = i64::from(p.year) * 4 + i64::from(q) - 1;
    let begun = if this <= quarter_index(p) {
        this
    } else {
        this - 4
    };
    let ended = quarter_at(begun + 1).map_or(0, |v| p.days() - v.start.days());
    let year = i32::try_from(begun.div_euclid(4)).unwrap_or(p.year);
    if ended > 183 && tense != Tense::Past {
        year + 1
    } else {
        year
    }
}

/// Days back from `p` to the latest weekday `wd` (0 when `p` is one).
fn back(p: Date, wd: u8) -> i64 {
    (i64::from(p.weekday()) - i64::from(wd)).rem_euclid(7)
}

fn weekday(p: Date, wd: u8, shift: Shift, tense: Tense) -> Date {
    let b = back(p, wd);
    let f = (7 - b) % 7;
    let offset = match shift {
        Shift::Last | Shift::Past => -(if b == 0 { 7 } else { b }),
        Shift::Next => {
            if f == 0 {
                7
            } else {
                f
            }
        }
        // "this Friday" without a tense is usually the coming one.
        Shift::This if tense == Tense::Unknown => f,
        _ => match tense {
            Tense::Past => -b,
            Tense::Future => f,
            // News reports what happened: take the past one unless it is five or more days back.
            Tense::Unknown if b <= 4 => -b,
            Tense::Unknown => f,
        },
    };
    p.add_days(offset)
}

/// The Saturday of the weekend meant.
fn weekend(p: Date, shift: Shift, tense: Tense) -> Date {
    let saturday = p.week_start().add_days(5);
    let wd = p.weekday();
    match shift {
        Shift::Last => saturday.add_days(-7),
        Shift::Next => saturday.add_days(7),
        Shift::This if tense != Tense::Past => saturday,
        // The latest weekend begun before publication: on a Sunday, this one.
        _ if tense != Tense::Future => {
            if wd == 6 {
                saturday
            } else {
                saturday.add_days(-7)
            }
        }
        // Future: the coming weekend, or the one under way.
        _ => saturday,
    }
}

/// Resolves `sem`; `None` when it needs a publication date and there is none, or is vague.
pub fn resolve(sem: &Sem, published: Option<Date>, tense: Tense) -> Option<TimeValue> {
    if let Sem::Abs(v) = sem {
        return Some(*v);
    }
    if let Sem::Eve(inner) = sem {
        // The tense is the eve's: a past eve means an event on or before the day after
        // publication, a future one an event after it. So place the event from that day.
        let next_day = published.map(|p| p.add_days(1));
        let v = resolve(inner.as_deref()?, next_day, tense)?;
        return (v.granularity == Granularity::Day).then(|| day(v.start.add_days(-1)));
    }
    if let Sem::WeekOf(inner) = sem {
        let v = resolve(inner, published, tense)?;
        return Some(TimeValue {
            start: v.start.week_start(),
            granularity: Granularity::Week,
        });
    }
    let p = published?;
    match *sem {
        Sem::MonthDay { month, day: d } => Date::new(year_for(month, p, tense), month, d).map(day),
        Sem::Month { month, shift } => {
            let year = match shift {
                Shift::Last | Shift::Past if month >= p.month => p.year - 1,
                Shift::Next if month <= p.month => p.year + 1,
                Shift::Last | Shift::Past | Shift::Next => p.year,
                Shift::This => p.year,
                Shift::Bare => year_for(month, p, tense),
                Shift::Near => year_for(month, p, Tense::Unknown),
            };
            period(year, month, Granularity::Month)
        }
        Sem::MonthOfYear {
            month,
            day: d,
            years,
        } => {
            let year = p.year.checked_add(years)?;
            match d {
                Some(d) => Date::new(year, month, d).map(day),
                None => period(year, month, Granularity::Month),
            }
        }
        Sem::Weekday { wd, shift } => Some(day(weekday(p, wd, shift, tense))),
        Sem::Days(n) => Some(day(p.add_days(n))),
        Sem::Weeks(n) => Some(TimeValue {
            start: p.week_start().add_days(7 * n),
            granularity: Granularity::Week,
        }),
        Sem::Weekend(shift) => Some(TimeValue {
            start: weekend(p, shift, tense),
            granularity: Granularity::Week,
        }),
        Sem::Months(n) => {
            let (y, m) = from_month_index(month_index(p.year, p.month) + n)?;
            period(y, m, Granularity::Month)
        }
        Sem::Years(n) => period(
            p.year.checked_add(i32::try_from(n).ok()?)?,
            1,
            Granularity::Year,
        ),
        Sem::Quarter { q, year } => {
            let year = match year {
                QuarterYear::Bare => quarter_year(q, p, tense),
                QuarterYear::Fiscal => p.year,
                QuarterYear::Shift(n) => p.year.checked_add(n)?,
                QuarterYear::YearBefore => quarter_year(q, p, tense) - 1,
            };
            quarter_at(i64::from(year) * 4 + i64::from(q) - 1)
        }
        Sem::QuarterEnded { month } => {
            // The quarter is the three months up to the end month: the one holding the month
            // before it (a quarter ended July 31 is May to July, mostly the second).
            let year = year_for(month, p, Tense::Past);
            quarter_at((month_index(year, month) - 1).div_euclid(3))
        }
        Sem::Quarters(n) => quarter_at(quarter_index(p) + n),
        Sem::YearEnd => Date::new(p.year, 12, 31).map(day),
        Sem::Season { month, shift } => season(month, p, shift, tense),
        Sem::Holiday {
            month,
            day: d,
            weekday,
            shift,
        } => {
            let on = |year: i32| {
                let from = Date::new(year, month, d)?;
                Some(match weekday {
                    Some(wd) => {
                        from.add_days((i64::from(wd) - i64::from(from.weekday())).rem_euclid(7))
                    }
                    None => from,
                })
            };
            let year = match shift {
                Shift::Last | Shift::Past if on(p.year)? >= p => p.year - 1,
                Shift::Next if on(p.year)? <= p => p.year + 1,
                Shift::Last | Shift::Past | Shift::Next => p.year,
                Shift::This | Shift::Bare => year_for(month, p, tense),
                Shift::Near => year_for(month, p, Tense::Unknown),
            };
            on(year).map(day)
        }
        // Without the story's quarter in view, a results story is on the latest quarter
        // ended by publication.
        Sem::Story { anchor, quarter } => match anchor {
            Anchor::Quarter => quarter_at(quarter_index(p) - 1),
            Anchor::YearBefore if quarter => quarter_at(quarter_index(p) - 5),
            Anchor::YearBefore => period(p.year - 1, 1, Granularity::Year),
            Anchor::QuarterOf(y) if quarter => {
                let q = quarter_index(p) - 1;
                quarter_at(i64::from(y) * 4 + q.rem_euclid(4))
            }
            Anchor::QuarterOf(y) => period(y, 1, Granularity::Year),
            Anchor::Days(_) | Anchor::Years(_) | Anchor::Months(_) | Anchor::Weekday { .. } => None,
        },
        // Without the narrative's day, "the following Monday" is the next from publication,
        // "the previous Friday" the last.
        Sem::AnchorWeekday { wd, forward } => {
            let shift = if forward { Shift::Next } else { Shift::Last };
            Some(day(weekday(p, wd, shift, tense)))
        }
        Sem::Abs(_)
        | Sem::Eve(_)
        | Sem::WeekOf(_)
        | Sem::Anchor(_)
        | Sem::AnchorYear(_)
        | Sem::AnchorMonth(_)
        | Sem::Vague => None,
    }
}

/// The season opening in `month` meant by `shift` and `tense`: "last" the latest before the
/// one publication falls in, "next" the first after it, "this" the one of the publication
/// year (in January and February, the winter under way); a bare season by tense: past the
/// latest begun by publication, future the first not yet over, else as "this".
fn season(month: u8, p: Date, shift: Shift, tense: Tense) -> Option<TimeValue> {
    // Seasons counted from year 0, spring first: each opens in months 2, 5, 8, 11 (0-based).
    let current = (month_index(p.year, p.month) - 2).div_euclid(3);
    let kind = i64::from(month / 3) - 1;
    let this = if kind == 3 && p.month <= 2 {
        current
    } else {
        i64::from(p.year) * 4 + kind
    };
    let before = |at: i64| at - (at - kind).rem_euclid(4);
    let index = match (shift, tense) {
        (Shift::Last | Shift::Past, _) => before(current - 1),
        (Shift::Next, _) => before(current) + 4,
        (Shift::Bare, Tense::Past) => before(current),
        (Shift::Bare, Tense::Future) => before(current - 1) + 4,
        _ => this,
    };
    let (year, m) = from_month_index(index * 3 + 2)?;
    period(year, m, Granularity::Season)
}
