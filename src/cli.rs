//! The command line: arguments, subcommands and their output. Every subcommand prints a readable
//! table, or with `--json` a stable JSON document (see the README's contract); errors go to stderr
//! with exit code 1, and a closed pipe (`| head`) ends the program quietly.

mod stats;

use crate::corpus::{self, Corpus, clean};
use crate::output::{cite, json, sheet, text};
use crate::search::MAX_QUERY_CHARS;
use crate::search::query::MAX_TERMS;
use crate::story::{Part, Story};
use clap::{CommandFactory, Parser, Subcommand};
use serde::Serialize;
use stats::Stats;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser, Debug)]
#[command(
    name = "parallax",
    version,
    about = "See one story from every side: read many outlets' coverage of one news story"
)]
pub struct Cli {
    /// The corpus: a directory of .txt/.md/.json files, a .jsonl file or one article file.
    /// Without it, the bundled seed corpus.
    #[arg(long, global = true, value_name = "PATH")]
    pub corpus: Option<PathBuf>,
    /// Print one JSON line of phase timings (ms) and peak memory on stderr.
    #[arg(long, global = true)]
    pub stats: bool,
    /// Follow symbolic links that lead out of the corpus directory (skipped otherwise, with a
    /// diagnostic).
    #[arg(long, global = true)]
    pub follow_symlinks: bool,
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Open the interface on this corpus (the same as --corpus PATH).
    #[arg(value_name = "PATH")]
    pub path: Option<PathBuf>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// List the articles: id, outlet, date, words, title.
    Articles(Format),
    /// Load a corpus and report every problem found; exit 1 when nothing loads.
    Check {
        /// What to check (default: --corpus, else the bundled seeds).
        path: Option<PathBuf>,
        #[command(flatten)]
        format: Format,
    },
    /// The people in the story, most mentioned first.
    People(Format),
    /// Every direct quote with its speaker, in article order.
    Quotes(Format),
    /// Every date expression and what it resolves to.
    Dates(Format),
    /// The story's events in date order, every source's sentence for each, and disagreements.
    Timeline(Format),
    /// Fuzzy search over people and quotes (fzf syntax; p: people, q: quotes, @name speaker).
    Search {
        /// The query.
        query: String,
        /// At most this many results.
        #[arg(long, default_value_t = 20)]
        limit: usize,
        #[command(flatten)]
        format: Format,
    },
    /// Two articles side by side: aligned sentences and what only one side says.
    Compare {
        /// The left article's id.
        left: String,
        /// The right article's id.
        right: String,
        #[command(flatten)]
        format: Format,
    },
    /// The same statement as worded by different outlets.
    Variants(Format),
    /// Who covered what: sources by people, events and quotes.
    Matrix(Format),
    /// Who is quoted, by whom: each outlet's quotes by kind of source (named person, official,
    /// unnamed, organisation, none) and every speaker's quotes per outlet.
    Voices(Format),
    /// Write the timeline, people, quotes, articles, the matrix or a comparison as Markdown or
    /// CSV; quotes and articles also as CSL-JSON, the timeline as TimelineJS JSON.
    Export {
        #[command(subcommand)]
        what: ExportWhat,
        /// Output format.
        #[arg(long, value_enum, default_value = "markdown", global = true)]
        format: SheetFormat,
        /// Write to this file instead of standard output.
        #[arg(long, global = true, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Where the config file lives, or the default config.
    Config {
        /// Print the config file's path.
        #[arg(long)]
        path: bool,
        /// Print the default config.
        #[arg(long)]
        default: bool,
    },
    /// Print a shell completion script.
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff).
    #[command(hide = true)]
    Manpage,
}

#[derive(Subcommand, Debug, Clone)]
pub enum ExportWhat {
    /// The events with every source's sentence.
    Timeline,
    /// The coverage matrix.
    Matrix,
    /// Two articles side by side.
    Compare { left: String, right: String },
    /// Everyone found, with roles and aliases.
    People,
    /// Every quote, or one speaker's.
    Quotes {
        /// Only quotes whose speaker's name contains this.
        #[arg(long)]
        speaker: Option<String>,
    },
    /// Every article: outlet, date, words, title, URL.
    Articles,
}

/// The formats `export` writes.
#[derive(clap::ValueEnum, Debug, Clone, Copy)]
pub enum SheetFormat {
    Markdown,
    Csv,
    /// CSL-JSON, for Zotero and other citation managers (quotes, articles).
    CslJson,
    /// TimelineJS's JSON (the timeline).
    Timelinejs,
}

#[derive(clap::Args, Debug, Clone, Copy)]
pub struct Format {
    /// Print JSON instead of a table.
    #[arg(long)]
    pub json: bool,
}

/// Runs the program; the binary's whole `main`.
pub fn main() -> ExitCode {
    survive_file_size_limit();
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            // The error may repeat what the user typed or a path: one clean line either way.
            eprintln!("parallax: {}", clean::sanitize_line(&format!("{e:#}")));
            ExitCode::FAILURE
        }
    }
}

/// A write past the file-size limit (`ulimit -f`) raises SIGXFSZ, whose default is to end the
/// process there and then: mid-save, with the interface's terminal in raw mode and a temporary
/// file left behind. With a handler installed (one that only sets a flag nobody reads) the
/// write fails with EFBIG instead, and the save or export reports it as any other error.
fn survive_file_size_limit() {
    let ignored = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let _ = signal_hook::flag::register(signal_hook::consts::SIGXFSZ, ignored);
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.downcast_ref::<std::io::Error>()
        .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let mut stats = Stats::new(cli.stats);
    let (config, warnings) = crate::config::load();
    let corpus_path = config.corpus_or(cli.corpus.clone().or(cli.path.clone()));
    let options = corpus::LoadOptions {
        follow_symlinks: cli.follow_symlinks,
    };
    let open = |path: Option<PathBuf>| load(path, &options);
    let Some(command) = cli.command else {
        return crate::tui::run(corpus_path, options, &config, warnings).map(ExitCode::from);
    };
    for w in &warnings {
        eprintln!("parallax: warning: {}", clean::sanitize_line(w));
    }
    let code = match command {
        Command::Config { path, default } => {
            config_command(path, default)?;
            ExitCode::SUCCESS
        }
        Command::Completions { shell } => {
            let mut out = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "parallax", &mut out);
            write_out(&out)?;
            ExitCode::SUCCESS
        }
        Command::Manpage => {
            let mut out = Vec::new();
            clap_mangen::Man::new(Cli::command()).render(&mut out)?;
            write_out(&out)?;
            ExitCode::SUCCESS
        }
        Command::Check { path, format } => {
            let corpus = stats.time("load_ms", || open(path.or(corpus_path)));
            print_check(&corpus, format)?;
            if corpus.articles.is_empty() {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            }
        }
        command => {
            let corpus = stats.time("load_ms", || open(corpus_path));
            corpus.require()?;
            let story = Story::new(corpus);
            run_on(command, &story, &mut stats)?;
            if story.ready(Part::Analysis) {
                for d in &story.analysis().diagnostics {
                    eprintln!("parallax: warning: {}: {}", d.path, d.message);
                }
            }
            ExitCode::SUCCESS
        }
    };
    stats.finish();
    Ok(code)
}

/// Loads the corpus named, or the bundled seeds.
pub fn load(path: Option<PathBuf>, options: &corpus::LoadOptions) -> Corpus {
    match path {
        Some(p) => corpus::load_with_options(&p, options, &|_, _| {}),
        None => corpus::load_seeds(),
    }
}

fn run_on(command: Command, story: &Story, stats: &mut Stats) -> anyhow::Result<()> {
    let corpus = &story.corpus;
    // Each part is built on first use; timed here so `--stats` names the phase.
    let analysis = |stats: &mut Stats| stats.time("analyze_ms", || story.analysis());
    let timeline = |stats: &mut Stats| {
        analysis(stats);
        stats.time("timeline_ms", || story.timeline())
    };
    let find = |id: &str| {
        corpus
            .find(id)
            .ok_or_else(|| anyhow::anyhow!("no article \"{id}\" (see `parallax articles`)"))
    };
    let compare = |left: &str, right: &str| {
        let (l, r) = (find(left)?, find(right)?);
        json::compare(corpus, story.analysis(), l, r, Some(story.idf()))
            .ok_or_else(|| anyhow::anyhow!("cannot compare {left} and {right}"))
    };
    match command {
        Command::Articles(f) => emit(f, &json::articles(corpus), || text::articles(corpus)),
        Command::People(f) => {
            let a = analysis(stats);
            emit(f, &json::people(corpus, a), || text::people(corpus, a))
        }
        Command::Quotes(f) => {
            let a = analysis(stats);
            emit(f, &json::quotes(corpus, a), || text::quotes(corpus, a))
        }
        Command::Dates(f) => {
            let a = analysis(stats);
            emit(f, &json::dates(corpus, a), || text::dates(corpus, a))
        }
        Command::Timeline(f) => {
            let t = timeline(stats);
            let o = story.outlets();
            emit(f, &json::timeline(corpus, o, t), || {
                text::timeline(corpus, o, t)
            })
        }
        Command::Search {
            query,
            limit,
            format,
        } => {
            let chars = query.chars().count();
            if chars > MAX_QUERY_CHARS {
                anyhow::bail!(
                    "the query is {chars} characters long; queries are limited to {MAX_QUERY_CHARS}"
                );
            }
            if crate::search::parse(&query).ignored > 0 {
                anyhow::bail!(
                    "the query has more than {MAX_TERMS} terms; queries are limited to {MAX_TERMS}"
                );
            }
            analysis(stats);
            let index = stats.time("index_ms", || story.index());
            let hits = stats.time("query_ms", || index.search(&query, limit));
            let rows = json::rows(corpus, story.analysis(), index, (&query, &hits));
            emit(format, &rows, || text::search(&rows))
        }
        Command::Compare {
            left,
            right,
            format,
        } => {
            find(&left)?;
            find(&right)?;
            analysis(stats);
            let doc = compare(&left, &right)?;
            emit(format, &doc, || text::compare(&doc))
        }
        Command::Variants(f) => {
            let a = analysis(stats);
            let doc = json::variants(corpus, a, story.variants());
            emit(f, &doc, || text::variants(&doc))
        }
        Command::Matrix(f) => {
            timeline(stats);
            let doc = json::matrix(story.outlets(), story.matrix());
            emit(f, &doc, || text::matrix(story.outlets(), &doc))
        }
        Command::Voices(f) => {
            let a = analysis(stats);
            let doc = json::voices(
                story.outlets(),
                &crate::compare::voices::voices(a, story.outlets()),
            );
            emit(f, &doc, || text::voices(story.outlets(), &doc))
        }
        Command::Export { what, format, out } => {
            let a = analysis(stats);
            let rendered = match (format, &what) {
                (SheetFormat::Markdown | SheetFormat::Csv, what) => {
                    let doc = match what {
                        ExportWhat::Timeline => sheet::timeline(corpus, timeline(stats)),
                        ExportWhat::Matrix => {
                            timeline(stats);
                            sheet::matrix(corpus, story.outlets(), story.matrix())
                        }
                        ExportWhat::Compare { left, right } => {
                            sheet::compare(&compare(left, right)?)
                        }
                        ExportWhat::People => sheet::people(corpus, a),
                        ExportWhat::Quotes { speaker } => {
                            sheet::quotes(corpus, a, speaker.as_deref())
                        }
                        ExportWhat::Articles => sheet::articles(corpus),
                    };
                    doc.render(match format {
                        SheetFormat::Csv => sheet::Format::Csv,
                        _ => sheet::Format::Markdown,
                    })
                }
                (SheetFormat::CslJson, ExportWhat::Quotes { speaker }) => {
                    pretty(&cite::csl_quotes(corpus, a, speaker.as_deref()))?
                }
                (SheetFormat::CslJson, ExportWhat::Articles) => {
                    pretty(&cite::csl_articles(corpus))?
                }
                (SheetFormat::Timelinejs, ExportWhat::Timeline) => {
                    pretty(&cite::timelinejs(corpus, timeline(stats)))?
                }
                (SheetFormat::CslJson | SheetFormat::Timelinejs, _) => anyhow::bail!(
                    "--format csl-json exports quotes or articles, --format timelinejs the timeline"
                ),
            };
            match out {
                Some(path) => crate::config::write_atomic(&path, rendered.as_bytes())
                    .map_err(|e| anyhow::anyhow!("cannot write {}: {e}", path.display()))?,
                None => write_out(rendered.as_bytes())?,
            }
            Ok(())
        }
        Command::Check { .. }
        | Command::Config { .. }
        | Command::Completions { .. }
        | Command::Manpage => {
            unreachable!("handled before loading")
        }
    }
}

/// Prints `value` as JSON or the table `text` builds.
fn emit<T: Serialize>(
    format: Format,
    value: &T,
    text: impl FnOnce() -> String,
) -> anyhow::Result<()> {
    if !format.json {
        return write_out(text().as_bytes());
    }
    // Streamed, not built as one string first: a large corpus's JSON runs to tens of
    // megabytes, on top of the analysis it is made from.
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    // As an io::Error, so a closed pipe is still recognised as one.
    serde_json::to_writer_pretty(&mut out, value).map_err(std::io::Error::from)?;
    out.write_all(b"\n")?;
    out.flush()?;
    Ok(())
}

/// `value` as pretty JSON with a final newline, for a file.
fn pretty<T: Serialize>(value: &T) -> anyhow::Result<String> {
    Ok(serde_json::to_string_pretty(value)? + "\n")
}

fn write_out(bytes: &[u8]) -> anyhow::Result<()> {
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(bytes)?;
    stdout.flush()?;
    Ok(())
}

/// `--default` prints the default config; otherwise (`--path`, or nothing) the file's path.
fn config_command(_path: bool, default: bool) -> anyhow::Result<()> {
    if default {
        return write_out(crate::config::DEFAULT.as_bytes());
    }
    match crate::config::path() {
        Some(p) => write_out(format!("{}\n", p.display()).as_bytes()),
        None => anyhow::bail!("no home directory: set PARALLAX_CONFIG"),
    }
}

fn print_check(corpus: &Corpus, format: Format) -> anyhow::Result<()> {
    emit(format, &json::check(corpus), || text::check(corpus))
}
