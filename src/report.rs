//! The `Reporter` trait through which long core workflows (install, bootstrap, check) report
//! progress without knowing about the terminal.

/// Progress sink for core workflows; `ui::Ui` implements it and tests record it.
pub trait Reporter: Send + Sync {
    /// `► message`: an action starts.
    fn action(&self, msg: &str);
    /// `✚ message`: something was generated.
    fn generate(&self, msg: &str);
    /// `◎ message`: waiting for something.
    fn waiting(&self, msg: &str);
    /// `✔ message`: success.
    fn success(&self, msg: &str);
    /// `⚠️ message`: a warning.
    fn warning(&self, msg: &str);
    /// Detail shown only with `--verbose`.
    fn verbose(&self, msg: &str);
}
