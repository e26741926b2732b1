//! The `parallax-gen` binary: writes a synthetic corpus (JSONL) for benchmarks and scale tests,
//! `parallax-gen N --out FILE.jsonl [--seed S]`, and prints one summary line on stderr.

use clap::Parser;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// Write a synthetic corpus (JSONL) for benchmarks: realistic coverage of invented stories.
#[derive(Parser, Debug)]
#[command(name = "parallax-gen", version)]
struct Args {
    /// How many articles.
    n: usize,
    /// Where to write the JSONL.
    #[arg(long)]
    out: PathBuf,
    /// The random seed; the same seed gives the same bytes.
    #[arg(long, default_value_t = 1)]
    seed: u64,
}

fn main() -> ExitCode {
    let args = Args::parse();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("parallax-gen: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: &Args) -> Result<(), String> {
    let file = std::fs::File::create(&args.out)
        .map_err(|e| format!("cannot write {}: {e}", args.out.display()))?;
    let mut w = std::io::BufWriter::new(file);
    let written = parallax_gen::generate(args.n, args.seed, &mut w).and_then(|s| {
        // Flushed here so that an error writing the last buffer is reported, not dropped.
        w.flush()?;
        Ok(s)
    });
    let s = written.map_err(|e| format!("cannot write {}: {e}", args.out.display()))?;
    eprintln!(
        "wrote {} articles, {} bytes, {} quotes to {}",
        s.articles,
        s.bytes,
        s.quotes,
        args.out.display()
    );
    Ok(())
}
