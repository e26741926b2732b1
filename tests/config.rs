//! The config file as the environment may name it: a device, a FIFO, a huge file, values made to
//! flood a warning. Every command still starts at once, says what was wrong in one readable
//! line, and runs on the defaults.

use parallax::tui::keymap::Keymap;
use std::collections::BTreeMap;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

/// Runs the binary with this config, failing (and ending the child) if it is not done in 20 s.
fn with_config(config: &Path, args: &[&str]) -> Output {
    let data = tempfile::tempdir().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_parallax"))
        .args(args)
        .env("PARALLAX_CONFIG", config)
        .env("PARALLAX_DATA_DIR", data.path())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(20);
    while child.try_wait().unwrap().is_none() {
        if Instant::now() > deadline {
            child.kill().unwrap();
            child.wait().unwrap();
            panic!("parallax {args:?} with PARALLAX_CONFIG={config:?} hangs");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn a_device_as_config_is_refused_not_read() {
    for device in ["/dev/zero", "/dev/urandom"] {
        let out = with_config(Path::new(device), &["config", "--path"]);
        assert!(out.status.success(), "{}", stderr(&out));
        assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), device);
        let err = stderr(&out);
        assert!(err.contains("not a regular file"), "{err}");
        let out = with_config(Path::new(device), &["articles", "--json"]);
        assert!(out.status.success(), "{}", stderr(&out));
    }
}

#[test]
fn a_fifo_as_config_is_refused_not_read() {
    let d = tempfile::tempdir().unwrap();
    let fifo = d.path().join("config.toml");
    let made = Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        return; // no mkfifo on this system
    }
    let out = with_config(&fifo, &["articles"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("not a regular file"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_huge_config_is_refused_with_its_size() {
    let d = tempfile::tempdir().unwrap();
    let cfg = d.path().join("config.toml");
    let mut text = "theme = \"light\"\n".to_string();
    text.push_str(&"# padding\n".repeat(200_000));
    std::fs::write(&cfg, text).unwrap();
    let out = with_config(&cfg, &["articles"]);
    assert!(out.status.success());
    let err = stderr(&out);
    assert!(err.contains("larger than 1 MiB"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
}

#[test]
fn a_value_repeated_in_a_config_error_is_cut() {
    let d = tempfile::tempdir().unwrap();
    let cfg = d.path().join("config.toml");
    let long = "x".repeat(50_000);
    std::fs::write(&cfg, format!("theme = \"\\u001b]0;pwned\\u0007{long}\"\n")).unwrap();
    let out = with_config(&cfg, &["articles"]);
    assert!(out.status.success());
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("line 1") && err.contains('…'), "{err}");
    assert!(
        err.chars().count() < 300,
        "a warning of {} chars",
        err.len()
    );
    assert!(!err.contains(['\u{1b}', '\u{7}']), "{err:?}");
}

#[test]
fn key_warnings_cut_and_clean_what_they_repeat() {
    let long = "x".repeat(50_000);
    let mut keys = BTreeMap::new();
    keys.insert(format!("{long}\u{9b}2J"), vec!["q".to_string()]);
    keys.insert(
        "quit".to_string(),
        vec![format!("\u{1b}]0;pwned\u{7}{long}")],
    );
    let (_, warnings) = Keymap::with_overrides(&keys);
    assert_eq!(warnings.len(), 2, "{warnings:?}");
    for w in &warnings {
        assert!(w.chars().count() < 200, "a warning of {} chars", w.len());
        assert!(!w.contains(['\u{1b}', '\u{7}', '\u{9b}']), "{w:?}");
        assert!(w.contains('…'), "{w}");
    }
}
