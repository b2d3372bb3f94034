//! The only writer to stdout and stderr: data output, flux's logger lines (`►` `✚` `◎` `✔` `⚠️`
//! `✗`), tables, and capture for tests.

pub mod prompt;
pub mod table;
pub mod tablewriter;

use std::io::{self, IsTerminal, Write};
use std::sync::{Arc, Mutex, MutexGuard};

use crate::report::Reporter;

/// How a capturing `Ui` keeps what was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// stdout and stderr go to the terminal.
    Terminal,
    /// Both streams recorded, plus one interleaved buffer in write order (upstream goldens).
    Capture,
}

#[derive(Debug, Default)]
struct Captured {
    combined: Vec<u8>,
    stdout: Vec<u8>,
    stderr: Vec<u8>,
}

#[derive(Debug)]
struct Inner {
    mode: Mode,
    verbose: bool,
    captured: Captured,
}

/// Output handle shared by every command of one invocation. Cloning shares the sink.
#[derive(Debug, Clone)]
pub struct Ui {
    inner: Arc<Mutex<Inner>>,
}

/// What a capturing `Ui` recorded.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Output {
    /// stdout and stderr in the order written.
    pub combined: String,
    /// stdout only.
    pub stdout: String,
    /// stderr only.
    pub stderr: String,
}

impl Ui {
    /// A `Ui` that writes to the process's stdout and stderr.
    pub fn terminal() -> Self {
        Self::new(Mode::Terminal)
    }

    /// A `Ui` that records everything for tests.
    pub fn capture() -> Self {
        Self::new(Mode::Capture)
    }

    fn new(mode: Mode) -> Self {
        Self {
            inner: Arc::new(Mutex::new(Inner {
                mode,
                verbose: false,
                captured: Captured::default(),
            })),
        }
    }

    fn lock(&self) -> MutexGuard<'_, Inner> {
        self.inner
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// What was captured so far (empty for a terminal `Ui`).
    pub fn output(&self) -> Output {
        let inner = self.lock();
        Output {
            combined: String::from_utf8_lossy(&inner.captured.combined).into_owned(),
            stdout: String::from_utf8_lossy(&inner.captured.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&inner.captured.stderr).into_owned(),
        }
    }

    /// Turns `--verbose` detail on or off.
    pub fn set_verbose(&self, on: bool) {
        self.lock().verbose = on;
    }

    /// Whether stderr is a terminal (progress bars and spinners only then).
    pub fn stderr_is_tty(&self) -> bool {
        self.lock().mode == Mode::Terminal && io::stderr().is_terminal()
    }

    /// Writes data to stdout. A closed pipe is reported as `io::ErrorKind::BrokenPipe`, which
    /// the error renderer turns into a quiet exit 0.
    pub fn out(&self, text: &str) -> io::Result<()> {
        self.out_bytes(text.as_bytes())
    }

    /// Writes raw bytes to stdout.
    pub fn out_bytes(&self, bytes: &[u8]) -> io::Result<()> {
        let mut inner = self.lock();
        match inner.mode {
            Mode::Terminal => {
                let mut stdout = io::stdout().lock();
                stdout.write_all(bytes)?;
                stdout.flush()
            }
            Mode::Capture => {
                inner.captured.stdout.extend_from_slice(bytes);
                inner.captured.combined.extend_from_slice(bytes);
                Ok(())
            }
        }
    }

    /// Writes one line to stderr (a newline is added).
    pub fn err_line(&self, line: &str) {
        let mut inner = self.lock();
        match inner.mode {
            Mode::Terminal => {
                let mut stderr = io::stderr().lock();
                // Nothing useful can be done when stderr itself is gone.
                let _ = writeln!(stderr, "{line}");
            }
            Mode::Capture => {
                let bytes = format!("{line}\n");
                inner.captured.stderr.extend_from_slice(bytes.as_bytes());
                inner.captured.combined.extend_from_slice(bytes.as_bytes());
            }
        }
    }

    /// `✗ message`: the final error line.
    pub fn failure(&self, msg: &str) {
        self.err_line(&format!("✗ {msg}"));
    }
}

impl Reporter for Ui {
    fn action(&self, msg: &str) {
        self.err_line(&format!("► {msg}"));
    }
    fn generate(&self, msg: &str) {
        self.err_line(&format!("✚ {msg}"));
    }
    fn waiting(&self, msg: &str) {
        self.err_line(&format!("◎ {msg}"));
    }
    fn success(&self, msg: &str) {
        self.err_line(&format!("✔ {msg}"));
    }
    fn warning(&self, msg: &str) {
        self.err_line(&format!("⚠️ {msg}"));
    }
    fn verbose(&self, msg: &str) {
        if self.lock().verbose {
            self.err_line(msg);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capture_interleaves_streams_in_write_order() {
        let ui = Ui::capture();
        ui.generate("generating GitRepository source");
        ui.out("---\n").unwrap();
        ui.success("done");
        let out = ui.output();
        assert_eq!(
            out.combined,
            "✚ generating GitRepository source\n---\n✔ done\n"
        );
        assert_eq!(out.stdout, "---\n");
        assert_eq!(out.stderr, "✚ generating GitRepository source\n✔ done\n");
    }

    #[test]
    fn warning_uses_emoji_variation_selector() {
        let ui = Ui::capture();
        ui.warning("x");
        assert_eq!(
            ui.output().stderr.as_bytes()[..6],
            *"\u{26a0}\u{fe0f}".as_bytes()
        );
    }
}
