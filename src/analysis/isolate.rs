//! The second line of defence: one article whose analysis panics (a rule meeting text nobody
//! foresaw) is left out with a diagnostic naming it, and the rest of the corpus is analysed.
//! The panic is caught where the article is worked on; its message is kept for the
//! diagnostic and not printed, so the interface's screen is not written over and its
//! terminal-restoring panic hook does not run for a panic that was handled.

use std::cell::{Cell, RefCell};
use std::panic::{self, AssertUnwindSafe};
use std::sync::Once;

thread_local! {
    /// Inside [`article`] on this thread: a panic here is caught, not reported.
    static INSIDE: Cell<bool> = const { Cell::new(false) };
    /// The message of the panic caught last on this thread.
    static CAUGHT: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Runs `work` on one article. `Err` holds the message of the panic it raised.
pub fn article<T>(work: impl FnOnce() -> T) -> Result<T, String> {
    static HOOK: Once = Once::new();
    HOOK.call_once(|| {
        // Wraps whatever hook is set (the interface's, or the default): panics outside an
        // article's work go to it as before.
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if INSIDE.with(Cell::get) {
                let at = info
                    .location()
                    .map(|l| format!(" at {}:{}", l.file(), l.line()))
                    .unwrap_or_default();
                let what = info
                    .payload()
                    .downcast_ref::<&str>()
                    .map(|s| (*s).to_string())
                    .or_else(|| info.payload().downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "a panic".into());
                CAUGHT.with(|c| *c.borrow_mut() = Some(format!("{what}{at}")));
            } else {
                previous(info);
            }
        }));
    });
    let outer = INSIDE.with(|i| i.replace(true));
    let result = panic::catch_unwind(AssertUnwindSafe(work));
    INSIDE.with(|i| i.set(outer));
    result.map_err(|_| {
        CAUGHT
            .with(|c| c.borrow_mut().take())
            .unwrap_or_else(|| "a panic".into())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_is_caught_with_its_message_and_work_that_succeeds_passes_through() {
        assert_eq!(article(|| 41 + 1), Ok(42));
        let failed = article(|| -> usize { panic!("index out of bounds") });
        let message = failed.expect_err("the panic is caught");
        assert!(message.starts_with("index out of bounds at "), "{message}");
        assert!(message.contains("isolate.rs"), "{message}");
        // Nested: the inner catch leaves the outer one in force.
        let outer = article(|| {
            let _ = article(|| panic!("inner"));
            panic!("outer")
        });
        assert!(outer.expect_err("caught").starts_with("outer"));
    }
}
