//! What the user does with a selection: bookmark it, copy it with its citation, open its source,
//! export the view.

use super::{App, Effect, Focus, List, View};
use crate::ids::{ArticleId, QuoteId};
use crate::output::json;
use crate::output::sheet::{self, Format, Sheet};
use crate::store::{Bookmark, BookmarkKind, Op};
use std::ops::Range;
use std::path::PathBuf;

/// What is selected in the current view.
enum Selection {
    Article(ArticleId),
    Quote(QuoteId),
    /// A place in an article: a jump target, a mention.
    Passage(ArticleId, Range<usize>),
}

impl App {
    fn selection(&self) -> Option<Selection> {
        let data = self.data.as_ref()?;
        match (self.view, self.focus) {
            (View::Articles, Focus::Detail) => Some(match &self.reader.target {
                Some(t) => Selection::Passage(self.reader.article, t.clone()),
                None => {
                    // The sentence at the top of the reader.
                    let top = self.reader.lines.get(self.reader.scroll)?.start;
                    let s = data
                        .analysis()
                        .sentences_of(self.reader.article)
                        .map(|s| &data.analysis().sentences[s])
                        .find(|s| s.span.end() > top)?;
                    Selection::Passage(self.reader.article, s.span.start()..s.span.end())
                }
            }),
            (View::Articles, Focus::List) => self.selected_article().map(Selection::Article),
            (View::People, Focus::Detail) => {
                let items = data.person_items(self.selected_person());
                let item = items.get(self.person_items.selected)?;
                Some(Selection::Passage(item.article, item.range.clone()))
            }
            (View::Quotes, _) => self.selected_quote().map(Selection::Quote),
            (View::Search, _) => {
                let hit = self.searcher.results().hits.get(self.results.selected)?;
                (hit.kind == crate::search::HitKind::Quote)
                    .then_some(Selection::Quote(QuoteId::new(hit.entry)))
            }
            (View::Timeline, _) => {
                let event = data
                    .story
                    .timeline()
                    .events
                    .get(self.timeline_events.get(self.timeline.selected)?.index())?;
                let source = match self.focus {
                    Focus::Detail => event.sources.get(self.timeline_sources.selected)?,
                    Focus::List => event.sources.first()?,
                };
                let s = data.analysis().sentences.get(source.sentence.index())?;
                Some(Selection::Passage(source.article, s.span.range()))
            }
            _ => None,
        }
    }

    /// The article the selection belongs to.
    pub(super) fn current_article(&self) -> Option<ArticleId> {
        let data = self.data.as_ref()?;
        match self.selection() {
            Some(Selection::Article(a) | Selection::Passage(a, _)) => Some(a),
            Some(Selection::Quote(q)) => Some(data.analysis().quotes[q].article),
            None if self.view == View::Bookmarks => {
                let b = self
                    .store
                    .as_ref()?
                    .shelf
                    .bookmarks
                    .get(self.selected_bookmark()?)?;
                data.corpus().find(&b.article)
            }
            None => None,
        }
    }

    pub(super) fn bookmark(&mut self) {
        let Some(data) = &self.data else { return };
        let event = (self.view == View::Timeline && self.focus == Focus::List)
            .then(|| self.timeline_events.get(self.timeline.selected))
            .flatten()
            .and_then(|&e| data.story.timeline().events.get(e.index()));
        let bookmark = if let Some(e) = event {
            e.sources.first().map(|s| Bookmark {
                kind: BookmarkKind::Event,
                article: data.corpus().articles[s.article].id.clone(),
                label: e.label.clone(),
                start: None,
            })
        } else if self.view == View::Bookmarks {
            let i = self.selected_bookmark();
            (self.store.as_ref()).and_then(|s| s.shelf.bookmarks.get(i?).cloned())
        } else {
            self.selection().map(|sel| match sel {
                Selection::Article(a) => Bookmark {
                    kind: BookmarkKind::Article,
                    article: data.corpus().articles[a].id.clone(),
                    label: data.corpus().articles[a].title.clone(),
                    start: None,
                },
                Selection::Quote(q) => {
                    let q = &data.analysis().quotes[q];
                    Bookmark {
                        kind: BookmarkKind::Quote,
                        article: data.corpus().articles[q.article].id.clone(),
                        label: q.text.clone(),
                        start: Some(q.span.start()),
                    }
                }
                Selection::Passage(a, r) => Bookmark {
                    kind: BookmarkKind::Quote,
                    article: data.corpus().articles[a].id.clone(),
                    label: data.corpus().articles[a].text[r.clone()].to_string(),
                    start: Some(r.start),
                },
            })
        };
        let Some(bookmark) = bookmark else {
            self.message = Some("Nothing selected to bookmark".into());
            return;
        };
        let Some(store) = &mut self.store else {
            self.message = Some("Bookmarks cannot be saved: no data directory".into());
            return;
        };
        let removing = store.is_bookmarked(&bookmark);
        self.message = Some(match store.apply(Op::Toggle(bookmark)) {
            Ok(_) if removing => "Bookmark removed".into(),
            Ok(_) => format!(
                "Bookmarked ({} lists bookmarks)",
                View::Bookmarks.key_label()
            ),
            Err(e) => e,
        });
        let len = self.bookmark_rows().len();
        self.bookmarks.selected = self.bookmarks.selected.min(len.saturating_sub(1));
    }

    /// The selection as text with its citation: “…” — speaker, outlet, date, url.
    pub fn citation(&self) -> Option<String> {
        let data = self.data.as_ref()?;
        let (article, text, speaker) = match self.selection()? {
            Selection::Article(a) => (a, data.corpus().articles[a].title.clone(), None),
            Selection::Quote(q) => {
                let q = &data.analysis().quotes[q];
                let speaker = q
                    .speaker
                    .map(|p| data.analysis().people[p].name.clone())
                    .or_else(|| q.speaker_text.as_deref().map(String::from));
                (q.article, format!("“{}”", q.text), speaker)
            }
            Selection::Passage(a, r) => {
                (a, format!("“{}”", &data.corpus().articles[a].text[r]), None)
            }
        };
        let a = &data.corpus().articles[article];
        let parts: Vec<String> = [
            speaker,
            Some(a.outlet.clone()),
            a.date.map(|d| d.to_string()),
            a.url.clone(),
        ]
        .into_iter()
        .flatten()
        .collect();
        Some(format!("{text} — {}", parts.join(", ")))
    }

    pub(super) fn copy(&mut self) {
        match self.citation() {
            Some(text) => {
                self.effects.push(Effect::Copy(text));
                self.message = Some("Copied with citation".into());
            }
            None => self.message = Some("Nothing selected to copy".into()),
        }
    }

    pub(super) fn open_url(&mut self) {
        let url = self
            .current_article()
            .and_then(|a| self.data.as_ref()?.corpus().articles[a].url.clone());
        match url {
            Some(u) if u.starts_with("http://") || u.starts_with("https://") => {
                self.message = Some(format!("Opening {u}"));
                self.effects.push(Effect::OpenUrl(u));
            }
            Some(u) => self.message = Some(format!("Not a web address: {u}")),
            None => self.message = Some("No URL is known for this article".into()),
        }
    }

    /// Writes what the view shows to a Markdown or CSV file in the export directory, under a
    /// name no file has yet.
    pub(super) fn export(&mut self, format: Format) {
        let Some(data) = &self.data else { return };
        let (slug, mut doc): (&str, Sheet) = match (self.view, self.focus) {
            (View::People, Focus::Detail) => {
                let Some(&p) = self.people_order.get(self.people.selected) else {
                    return;
                };
                let name = data.analysis().people[p].name.clone();
                (
                    "quotes-of",
                    sheet::quotes(data.corpus(), data.analysis(), Some(&name)),
                )
            }
            (View::People, _) => ("people", sheet::people(data.corpus(), data.analysis())),
            (View::Quotes, _) => (
                "quotes",
                sheet::quotes(data.corpus(), data.analysis(), None)
                    .pick(self.quotes_order.iter().map(|q| q.index())),
            ),
            (View::Bookmarks, _) => match &self.store {
                Some(s) => ("bookmarks", sheet::bookmarks(data.corpus(), &s.shelf)),
                None => return,
            },
            (View::Articles, _) => (
                "articles",
                sheet::articles(data.corpus()).pick(self.articles_order.iter().map(|a| a.index())),
            ),
            (View::Compare, _) => {
                let c = &self.compare;
                match json::compare(
                    data.corpus(),
                    data.analysis(),
                    c.left,
                    c.right,
                    Some(data.story.idf()),
                ) {
                    Some(doc) => ("compare", sheet::compare(&doc)),
                    None => return,
                }
            }
            (View::Variants, _) => (
                "variants",
                sheet::variants(&json::variants(
                    data.corpus(),
                    data.analysis(),
                    data.story.variants(),
                )),
            ),
            (View::Matrix, _) => (
                "matrix",
                sheet::matrix(data.corpus(), data.story.outlets(), data.story.matrix()),
            ),
            (View::Timeline, _) => (
                "timeline",
                sheet::timeline_of(
                    data.corpus(),
                    data.story.timeline(),
                    self.timeline_events.iter().copied(),
                ),
            ),
            (View::Search, _) => (
                "search",
                sheet::search(&data.story, &self.searcher.results().hits, &self.query),
            ),
        };
        // The lists exported as shown say which filter chose their rows.
        let shown = matches!(self.view, View::Articles | View::Quotes | View::Timeline);
        if let Some(list) = List::of(self.view).filter(|_| shown) {
            let filter = &self.shapes.get(list).filter;
            if !filter.is_empty() {
                doc.title = format!("{} (filter: {filter})", doc.title);
            }
        }
        let path = free_path(&self.export_dir, slug, format.extension());
        self.message = Some(
            match crate::config::write_atomic(&path, doc.render(format).as_bytes()) {
                Ok(()) => format!("Exported to {}", path.display()),
                Err(e) => format!("Export failed: {}: {e}", path.display()),
            },
        );
    }
}

/// `parallax-<slug>.<ext>` in `dir`, numbered if taken.
fn free_path(dir: &std::path::Path, slug: &str, ext: &str) -> PathBuf {
    let mut n = 1;
    loop {
        let name = if n == 1 {
            format!("parallax-{slug}.{ext}")
        } else {
            format!("parallax-{slug}-{n}.{ext}")
        };
        let path = dir.join(name);
        if !path.exists() {
            return path;
        }
        n += 1;
    }
}
