//! The terminal interface (The Elm Architecture): one [`App`] state, events turned into actions,
//! `update` applying them and `view` drawing the state. This file owns the terminal: it is set up
//! here and given back on every exit path — quit, error, panic, SIGINT, SIGTERM, SIGHUP.
//! A save past the file-size limit (SIGXFSZ) does not end it: see `cli::main`.

pub mod action;
pub mod app;
pub mod data;
mod effects;
pub mod keymap;
pub mod layout;
pub mod list;
pub mod theme;
pub mod view;
pub mod wrap;

use crate::analysis::Analysis;
use crate::config::Config;
use crate::corpus::{self, Corpus};
use crate::store::Store;
use crate::story::{Part, Story};
use app::App;
use data::Data;
use keymap::Keymap;
use ratatui::crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use ratatui::crossterm::execute;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::time::Duration;
use theme::Theme;

/// What the loader thread reports: progress while loading, the articles once loaded (their
/// parts still building), then each part as it is ready.
pub enum Loaded {
    Progress { done: usize, total: usize },
    Ready(Box<Data>),
    Part(Part),
    Failed(Box<Data>, String),
}

/// Opens the interface on the corpus at `path` (or the bundled seeds) and runs it until quit.
/// Returns the exit status: 0 after a quit, 128 + the signal's number after SIGTERM, SIGHUP or
/// SIGINT, as shells report a program a signal ended.
pub fn run(
    path: Option<PathBuf>,
    options: corpus::LoadOptions,
    config: &Config,
    warnings: Vec<String>,
) -> anyhow::Result<u8> {
    use std::io::IsTerminal;
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        anyhow::bail!(
            "the interface needs a terminal; for scripts use a subcommand (parallax --help lists them)"
        );
    }
    // The number of the signal that asks the interface to end; 0 while none has.
    let stop = Arc::new(AtomicUsize::new(0));
    for signal in [
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGHUP,
        signal_hook::consts::SIGINT,
    ] {
        signal_hook::flag::register_usize(signal, Arc::clone(&stop), signal as usize)?;
    }
    let corpus_name = path.as_ref().map_or_else(
        || "seeds".to_string(),
        |p| {
            std::fs::canonicalize(p)
                .unwrap_or_else(|_| p.clone())
                .display()
                .to_string()
        },
    );
    let loaded = spawn_loader(path, options);
    spawn_watchdog(Arc::clone(&stop));
    let (keymap, key_warnings) = Keymap::with_overrides(&config.keys);
    let store = Store::open(&corpus_name);
    let mut notes: Vec<String> = warnings
        .into_iter()
        .chain(key_warnings)
        .chain(store.warnings.clone())
        .collect();
    if store.first_run {
        notes.push(format!(
            "Welcome to parallax: ? for the keys, 1–{} for the views",
            app::View::ALL.len()
        ));
    }
    let setup = Setup {
        keymap,
        store,
        theme: Theme::named(config.theme),
        message: (!notes.is_empty()).then(|| notes.join(" · ")),
    };

    // ratatui's hook restores the screen; ours, run after it, also releases the mouse.
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        release_terminal_modes();
        previous(info);
    }));
    let mut terminal =
        ratatui::try_init().map_err(|e| anyhow::anyhow!("cannot set up the terminal: {e}"))?;
    // Bracketed paste: a terminal that has it sends a paste as one event, not as keys.
    let _ = execute!(std::io::stdout(), EnableMouseCapture, EnableBracketedPaste);
    let result = event_loop(&mut terminal, setup, &loaded, &stop);
    release_terminal_modes();
    ratatui::restore();
    result.map(|()| exit_status(stop.load(Ordering::Relaxed)))
}

/// Turns off what ratatui's restore does not know of: mouse reporting, bracketed paste.
fn release_terminal_modes() {
    let _ = execute!(
        std::io::stdout(),
        DisableMouseCapture,
        DisableBracketedPaste
    );
}

/// 0, or 128 + the signal that ended the interface.
fn exit_status(signal: usize) -> u8 {
    if signal == 0 {
        0
    } else {
        u8::try_from(128 + signal).unwrap_or(u8::MAX)
    }
}

/// After a signal the event loop normally sees the flag within a tick and leaves cleanly. When
/// the terminal itself has gone (SIGHUP on a closed pty), crossterm can spin on end-of-file and
/// never return to the loop; the watchdog then restores what it can and exits.
fn spawn_watchdog(stop: Arc<AtomicUsize>) {
    std::thread::spawn(move || {
        while stop.load(Ordering::Relaxed) == 0 {
            std::thread::sleep(Duration::from_millis(100));
        }
        std::thread::sleep(Duration::from_millis(500));
        release_terminal_modes();
        ratatui::restore();
        std::process::exit(exit_status(stop.load(Ordering::Relaxed)).into());
    });
}

/// Loads and analyses on a thread of its own, so the interface stays responsive (and `q` works)
/// while a large corpus loads.
fn spawn_loader(path: Option<PathBuf>, options: corpus::LoadOptions) -> Receiver<Loaded> {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let corpus = match &path {
            Some(p) => corpus::load_with_options(p, &options, &|done, total| {
                if done % 64 == 0 || done == total {
                    let _ = tx.send(Loaded::Progress { done, total });
                }
            }),
            None => corpus::load_seeds(),
        };
        if let Err(e) = corpus.require() {
            let data = Data::new(Story::with_analysis(corpus, Analysis::default()));
            let _ = tx.send(Loaded::Failed(Box::new(data), e.to_string()));
            return;
        }
        // The articles go to the interface at once; the parts follow as each is built.
        let data = Data::pending(Arc::new(Story::new(corpus)));
        let builder = data.builder();
        let _ = tx.send(Loaded::Ready(Box::new(data)));
        builder.build(|part| {
            let _ = tx.send(Loaded::Part(part));
        });
    });
    rx
}

/// What the interface starts with besides the corpus.
struct Setup {
    keymap: Keymap,
    store: Store,
    theme: Theme,
    message: Option<String>,
}

/// The most events applied between two frames.
const EVENT_BATCH: usize = 1024;

fn event_loop(
    terminal: &mut ratatui::DefaultTerminal,
    setup: Setup,
    loaded: &Receiver<Loaded>,
    stop: &AtomicUsize,
) -> anyhow::Result<()> {
    let size = terminal.size()?;
    let mut app = App::new((size.width, size.height));
    app.keymap = setup.keymap;
    app.store = Some(setup.store);
    app.message = setup.message;
    let theme = setup.theme;
    let mut loader_open = true;
    // For the terminal-safety test only: a panic after the first frame must still restore.
    let panic_for_test = std::env::var_os("PARALLAX_TEST_PANIC").is_some();
    while !app.quit && stop.load(Ordering::Relaxed) == 0 {
        terminal.draw(|frame| view::render(&app, &theme, frame))?;
        if panic_for_test && app.data.is_some() {
            panic!("PARALLAX_TEST_PANIC is set");
        }
        if event::poll(Duration::from_millis(50))? {
            // Take everything pending (a resize storm, fast typing, a paste sent as keys)
            // before drawing again, answered together; a flood is taken in batches so the
            // screen keeps up.
            let mut events = Vec::new();
            loop {
                events.push(event::read()?);
                if events.len() >= EVENT_BATCH || !event::poll(Duration::ZERO)? {
                    break;
                }
            }
            app.handle_events(&events);
        }
        for effect in std::mem::take(&mut app.effects) {
            if let Err(message) = effects::run(&effect) {
                app.message = Some(message);
            }
        }
        while loader_open {
            match loaded.try_recv() {
                Ok(msg) => receive(&mut app, msg),
                Err(TryRecvError::Empty) => break,
                Err(TryRecvError::Disconnected) => loader_open = false,
            }
        }
    }
    Ok(())
}

/// Applies a loader report to the app.
pub fn receive(app: &mut App, msg: Loaded) {
    match msg {
        Loaded::Progress { done, total } => {
            app.loading.done = done;
            app.loading.total = total;
        }
        Loaded::Ready(data) => app.set_data(*data),
        Loaded::Part(part) => app.part_ready(part),
        Loaded::Failed(data, message) => {
            app.set_data(*data);
            app.failed = Some(message);
        }
    }
}

/// Builds the interface's data synchronously (tests and benchmarks).
pub fn prepare(corpus: Corpus) -> Data {
    Data::new(Story::new(corpus))
}
