//! `--stats`: the milliseconds of each phase and the peak memory, as one JSON line on stderr.

use std::time::Instant;

pub struct Stats {
    enabled: bool,
    phases: Vec<(&'static str, f64)>,
}

impl Stats {
    pub fn new(enabled: bool) -> Stats {
        Stats {
            enabled,
            phases: Vec::new(),
        }
    }

    /// Runs `f`, recording how long it took under `name`.
    pub fn time<T>(&mut self, name: &'static str, f: impl FnOnce() -> T) -> T {
        let start = Instant::now();
        let out = f();
        self.phases
            .push((name, start.elapsed().as_secs_f64() * 1000.0));
        out
    }

    /// Prints the line, if asked for.
    pub fn finish(&self) {
        if !self.enabled {
            return;
        }
        let mut map = serde_json::Map::new();
        for (name, ms) in &self.phases {
            map.insert(
                (*name).into(),
                serde_json::json!((ms * 100.0).round() / 100.0),
            );
        }
        map.insert("peak_rss_bytes".into(), serde_json::json!(peak_rss_bytes()));
        eprintln!("{}", serde_json::Value::Object(map));
    }
}

/// The process's peak resident set (VmHWM), where the system tells it.
pub fn peak_rss_bytes() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}
