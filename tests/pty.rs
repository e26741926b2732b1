//! The real binary in a pseudo-terminal: it draws the seed corpus, answers keys, and gives the
//! terminal back (main screen, visible cursor, cooked mode) on quit and on signals.

use portable_pty::{CommandBuilder, MasterPty, PtySize, native_pty_system};
use std::io::{Read, Write};
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

struct Session {
    master: Box<dyn MasterPty + Send>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn portable_pty::Child + Send + Sync>,
    output: Receiver<Vec<u8>>,
    parser: vt100::Parser,
}

/// The terminal's local mode flags (ICANON, ECHO, …) as text.
fn local_flags(master: &dyn MasterPty) -> String {
    format!("{:?}", master.get_termios().expect("termios").local_flags)
}

impl Session {
    fn start(args: &[&str]) -> (Session, String) {
        Session::start_with(args, &[])
    }

    fn start_with(args: &[&str], env: &[(&str, &str)]) -> (Session, String) {
        Session::start_in(
            CommandBuilder::new(env!("CARGO_BIN_EXE_parallax")),
            args,
            env,
        )
    }

    /// Runs `cmd` (the binary, or a shell that sets a limit and then runs it) with `args`.
    fn start_in(mut cmd: CommandBuilder, args: &[&str], env: &[(&str, &str)]) -> (Session, String) {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows: 30,
                cols: 100,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
        let cooked = local_flags(pair.master.as_ref());
        cmd.args(args);
        cmd.env("TERM", "xterm-256color");
        // Keep the user's own state and config out of the test.
        let home = std::env::temp_dir().join(format!("parallax-pty-{}", std::process::id()));
        cmd.env("PARALLAX_DATA_DIR", home.join("data"));
        cmd.env("PARALLAX_CONFIG", home.join("config.toml"));
        for (k, v) in env {
            cmd.env(k, v);
        }
        let child = pair.slave.spawn_command(cmd).unwrap();
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().unwrap();
        let (tx, output) = channel();
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 || tx.send(buf[..n].to_vec()).is_err() {
                    break;
                }
            }
        });
        let writer = pair.master.take_writer().unwrap();
        let s = Session {
            master: pair.master,
            writer,
            child,
            output,
            parser: vt100::Parser::new(30.try_into().unwrap(), 100.try_into().unwrap(), 0),
        };
        (s, cooked)
    }

    /// Feeds output to the emulator until `done` holds for the screen text.
    fn wait_for(&mut self, what: &str, done: impl Fn(&str) -> bool) {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            if done(&self.parser.screen().contents()) {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "timed out waiting for {what}:\n{}",
                self.parser.screen().contents()
            );
            if let Ok(bytes) = self.output.recv_timeout(Duration::from_millis(100)) {
                self.parser.process(&bytes);
            }
        }
    }

    fn send(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).unwrap();
        self.writer.flush().unwrap();
    }

    /// Waits for the process to end, then drains what it printed last.
    fn wait_exit(&mut self) -> portable_pty::ExitStatus {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                while let Ok(bytes) = self.output.recv_timeout(Duration::from_millis(200)) {
                    self.parser.process(&bytes);
                }
                return status;
            }
            assert!(Instant::now() < deadline, "the program did not exit");
            if let Ok(bytes) = self.output.recv_timeout(Duration::from_millis(50)) {
                self.parser.process(&bytes);
            }
        }
    }

    fn assert_restored(&self, cooked: &str) {
        let screen = self.parser.screen();
        assert!(!screen.alternate_screen(), "still on the alternate screen");
        assert!(!screen.hide_cursor(), "cursor still hidden");
        assert_eq!(
            local_flags(self.master.as_ref()),
            cooked,
            "terminal modes not restored"
        );
    }
}

#[test]
fn browses_the_seeds_and_quits_cleanly() {
    let (mut s, cooked) = Session::start(&[]);
    s.wait_for("the article list", |t| {
        t.contains("UPI") && t.contains("The Wire") && t.contains("Latin Times")
    });
    assert_ne!(
        local_flags(s.master.as_ref()),
        cooked,
        "raw mode is on while running"
    );
    s.send("jj\r");
    s.wait_for("the reader on the third article", |t| {
        t.contains("Reader") && t.contains("Latin Times · 2023-03-21")
    });
    s.send("?");
    s.wait_for("the help", |t| t.contains("Keys"));
    s.send("\x1b");
    // A lone Esc, not the start of Alt+q: wait until it has closed the help.
    s.wait_for("the help to close", |t| !t.contains("Keys"));
    s.send("q");
    let status = s.wait_exit();
    assert!(status.success(), "{status:?}");
    s.assert_restored(&cooked);
}

#[test]
fn signals_restore_the_terminal_and_exit_as_shells_expect() {
    for (signal, number) in [("TERM", 15), ("HUP", 1), ("INT", 2)] {
        let (mut s, cooked) = Session::start(&[]);
        s.wait_for("the article list", |t| t.contains("The Wire"));
        let pid = s.child.process_id().unwrap().to_string();
        let killed = std::process::Command::new("kill")
            .args([&format!("-{signal}"), &pid])
            .status()
            .unwrap();
        assert!(killed.success());
        let status = s.wait_exit();
        s.assert_restored(&cooked);
        assert_eq!(status.exit_code(), 128 + number, "SIG{signal}: {status:?}");
    }
}

#[test]
fn a_save_past_the_file_size_limit_is_reported_and_the_program_goes_on() {
    let data = tempfile::tempdir().unwrap();
    // A state file bigger than the limit: reading it is allowed, writing it back is not.
    let notes: String = (0..40)
        .map(|i| format!("\"n{i}\": \"{}\"", "a note worth keeping ".repeat(4)))
        .collect::<Vec<_>>()
        .join(", ");
    let state =
        format!(r#"{{"version": 1, "corpora": {{"/elsewhere": {{"notes": {{{notes}}}}}}}}}"#);
    let path = data.path().join("state.json");
    std::fs::write(&path, &state).unwrap();
    let dir = data.path().to_str().unwrap();
    // `ulimit -f 1`: at most one block (512 or 1024 bytes, by shell) per file written.
    let mut shell = CommandBuilder::new("sh");
    shell.args([
        "-c",
        "ulimit -f 1 && exec \"$0\"",
        env!("CARGO_BIN_EXE_parallax"),
    ]);
    let (mut s, cooked) = Session::start_in(shell, &[], &[("PARALLAX_DATA_DIR", dir)]);
    s.wait_for("the article list", |t| t.contains("The Wire"));
    // The story's parts are built on the loader thread after the list shows: a bookmark asked
    // for before they are ready is answered "Still analysing", so ask again until it is tried.
    let deadline = Instant::now() + Duration::from_secs(20);
    let mut asked = Instant::now();
    s.send("b");
    while !s.parser.screen().contents().contains("file-size limit") && Instant::now() < deadline {
        if let Ok(bytes) = s.output.recv_timeout(Duration::from_millis(50)) {
            s.parser.process(&bytes);
        }
        let waiting = s.parser.screen().contents().contains("Still analysing");
        if waiting && asked.elapsed() > Duration::from_millis(300) {
            s.send("b");
            asked = Instant::now();
        }
    }
    s.wait_for("the failed save reported", |t| {
        t.contains("file-size limit")
    });
    assert!(s.child.try_wait().unwrap().is_none(), "still running");
    s.send("j");
    s.send("q");
    let status = s.wait_exit();
    assert!(status.success(), "{status:?}");
    s.assert_restored(&cooked);
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        state,
        "the state is whole"
    );
    let mut left: Vec<String> = std::fs::read_dir(data.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    left.sort();
    assert_eq!(left, ["state.json", "state.lock"], "no temporary file left");
}

#[test]
fn a_panic_restores_the_terminal_and_says_what_happened() {
    let (mut s, cooked) = Session::start_with(&[], &[("PARALLAX_TEST_PANIC", "1")]);
    let status = s.wait_exit();
    assert!(!status.success());
    s.assert_restored(&cooked);
    assert!(
        s.parser
            .screen()
            .contents()
            .contains("PARALLAX_TEST_PANIC is set")
    );
}

#[test]
fn a_vanished_terminal_ends_the_program() {
    // A bare pty with no reader thread holding the master open, so dropping it hangs up.
    let pair = native_pty_system()
        .openpty(PtySize {
            rows: 30,
            cols: 100,
            pixel_width: 0,
            pixel_height: 0,
        })
        .unwrap();
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_parallax"));
    let home = std::env::temp_dir().join(format!("parallax-pty-hup-{}", std::process::id()));
    cmd.env("TERM", "xterm-256color");
    cmd.env("PARALLAX_DATA_DIR", home.join("data"));
    cmd.env("PARALLAX_CONFIG", home.join("config.toml"));
    let mut child = pair.slave.spawn_command(cmd).unwrap();
    drop(pair.slave);
    std::thread::sleep(Duration::from_millis(1500));
    // Closing the master side hangs up the terminal, as when a terminal window is closed.
    drop(pair.master);
    let deadline = Instant::now() + Duration::from_secs(10);
    while child.try_wait().unwrap().is_none() {
        assert!(
            Instant::now() < deadline,
            "still running after the terminal went away"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn types_a_query_and_opens_a_result() {
    let (mut s, cooked) = Session::start(&[]);
    s.wait_for("the article list", |t| t.contains("The Wire"));
    s.send("/");
    s.wait_for("the search view", |t| t.contains("Search “”"));
    s.send("q:stoltenberg");
    s.wait_for("quote results", |t| {
        t.contains("Search “q:stoltenberg”") && t.contains("Q ")
    });
    s.send("\r");
    s.wait_for("the reader at the quote", |t| {
        t.contains("Reader") && t.contains("Stoltenberg")
    });
    s.send("\x1b");
    s.wait_for("the results again, query kept", |t| {
        t.contains("Search “q:stoltenberg”")
    });
    s.send("\x1b");
    s.wait_for("the query cleared", |t| t.contains("Search “”"));
    s.send("\x1b");
    s.wait_for("the articles", |t| t.contains("Articles (5)"));
    s.send("q");
    assert!(s.wait_exit().success());
    s.assert_restored(&cooked);
}
