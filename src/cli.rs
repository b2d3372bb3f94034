//! The root `Cli`, its `GlobalArgs` (kube connection flags, `--timeout`, `--verbose`, `-n`), and
//! the Go/pflag-compatible value types and parsers shared by every command (durations,
//! `--flag=true|false` booleans, string slices). No I/O.

use std::ffi::OsString;
use std::fmt;
use std::str::FromStr;

use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand};

use crate::cmd;

/// Command line interface for running Flux CD: bootstrap, install, create and operate the GitOps
/// toolkit on a Kubernetes cluster.
#[derive(Debug, Parser)]
#[command(
    name = "flux",
    bin_name = "flux",
    disable_version_flag = true,
    arg_required_else_help = true
)]
#[command(about = "Command line utility for assembling Kubernetes CD pipelines the GitOps way.")]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

/// The root command enum: one variant per top-level command of flux v2.9.4.
// Parsed once per process and moved into its handler: variant sizes do not matter here.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Subcommand)]
pub enum Command {
    Bootstrap(cmd::bootstrap::BootstrapArgs),
    Build(cmd::build::BuildArgs),
    Check(cmd::check::CheckArgs),
    Completion(cmd::completion::CompletionArgs),
    Create(cmd::create::CreateArgs),
    Debug(cmd::debug::DebugArgs),
    Delete(cmd::delete::DeleteArgs),
    Diff(cmd::diff::DiffArgs),
    #[command(hide = true)]
    Docgen(cmd::docgen::DocgenArgs),
    Envsubst(cmd::envsubst::EnvsubstArgs),
    Events(cmd::events::EventsArgs),
    Export(cmd::export::ExportArgs),
    Get(cmd::get::GetArgs),
    Install(cmd::install::InstallArgs),
    List(cmd::list::ListArgs),
    Logs(cmd::logs::LogsArgs),
    Migrate(cmd::migrate::MigrateArgs),
    Plugin(cmd::plugin::PluginArgs),
    Pull(cmd::pull::PullArgs),
    Push(cmd::push::PushArgs),
    Reconcile(cmd::reconcile::ReconcileArgs),
    Resume(cmd::resume::ResumeArgs),
    Stats(cmd::stats::StatsArgs),
    Suspend(cmd::suspend::SuspendArgs),
    Tag(cmd::tag::TagArgs),
    Trace(cmd::trace::TraceArgs),
    Tree(cmd::tree::TreeArgs),
    Trigger(cmd::trigger::TriggerArgs),
    Uninstall(cmd::uninstall::UninstallArgs),
    Verify(cmd::verify::VerifyArgs),
    Version(cmd::version::VersionArgs),
}

/// Flags every command accepts (cobra persistent flags on the root).
#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Global Options")]
pub struct GlobalArgs {
    /// timeout for this operation
    #[arg(long, global = true, default_value = "5m0s", value_parser = parse_duration)]
    pub timeout: GoDuration,

    /// print generated objects
    #[arg(long, global = true, action = clap::ArgAction::Set, num_args = 0..=1,
          default_missing_value = "true", require_equals = true, default_value = "false",
          value_parser = parse_bool)]
    pub verbose: bool,

    /// when enabled, the default namespace of the current kubeconfig context is used instead of
    /// flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)
    #[arg(long, global = true, action = clap::ArgAction::Set, num_args = 0..=1,
          default_missing_value = "true", require_equals = true, default_value = "false",
          value_parser = parse_bool)]
    pub ns_follows_kube_context: bool,

    /// the address and port of the Kubernetes API server
    #[arg(long, global = true, value_name = "SERVER")]
    pub server: Option<String>,

    /// path to the kubeconfig file
    #[arg(long, global = true)]
    pub kubeconfig: Option<String>,

    /// the name of the kubeconfig context to use
    #[arg(long, global = true)]
    pub context: Option<String>,

    /// the name of the kubeconfig cluster to use
    #[arg(long, global = true)]
    pub cluster: Option<String>,

    /// the name of the kubeconfig user to use
    #[arg(long, global = true)]
    pub user: Option<String>,

    /// the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)
    #[arg(short = 'n', long, global = true)]
    pub namespace: Option<String>,

    /// username to impersonate for the operation
    #[arg(long = "as", global = true, value_name = "AS")]
    pub as_user: Option<String>,

    /// group to impersonate for the operation, can be repeated to specify multiple groups
    #[arg(long, global = true, action = clap::ArgAction::Append)]
    pub as_group: Vec<String>,

    /// UID to impersonate for the operation
    #[arg(long, global = true)]
    pub as_uid: Option<String>,

    /// bearer token for authentication to the API server
    #[arg(long, global = true)]
    pub token: Option<String>,

    /// path to a cert file for the certificate authority
    #[arg(long, global = true)]
    pub certificate_authority: Option<String>,

    /// path to a client certificate file for TLS
    #[arg(long, global = true)]
    pub client_certificate: Option<String>,

    /// path to a client key file for TLS
    #[arg(long, global = true)]
    pub client_key: Option<String>,

    /// if true, the server's certificate will not be checked for validity
    #[arg(long, global = true, action = clap::ArgAction::Set, num_args = 0..=1,
          default_missing_value = "true", require_equals = true, default_value = "false",
          value_parser = parse_bool)]
    pub insecure_skip_tls_verify: bool,

    /// server name to use for server certificate validation
    #[arg(long, global = true)]
    pub tls_server_name: Option<String>,

    /// default cache directory
    #[arg(long, global = true, default_value = "~/.kube/cache")]
    pub cache_dir: String,

    /// if true, opt-out of response compression for all requests to the server
    #[arg(long, global = true, action = clap::ArgAction::Set, num_args = 0..=1,
          default_missing_value = "true", require_equals = true, default_value = "false",
          value_parser = parse_bool)]
    pub disable_compression: bool,

    /// the maximum queries-per-second of requests sent to the Kubernetes API
    #[arg(long, global = true, default_value = "50", value_parser = parse_f32)]
    pub kube_api_qps: f32,

    /// the maximum burst queries-per-second of requests sent to the Kubernetes API
    #[arg(long, global = true, default_value = "300", value_parser = parse_i32)]
    pub kube_api_burst: i32,
}

/// The clap command tree with flux's parsing settings applied to every subcommand: a repeated
/// flag overrides the earlier value, as pflag does.
pub fn command() -> clap::Command {
    fn tune(cmd: clap::Command) -> clap::Command {
        cmd.args_override_self(true)
            .disable_help_subcommand(true)
            .mut_subcommands(tune)
    }
    let cmd = Cli::command();
    // `flux help <cmd>` exists upstream (cobra), so the root keeps its help subcommand.
    tune(cmd).disable_help_subcommand(false)
}

/// Parses argv (argv[0] is the program name) into a `Cli`.
pub fn parse(argv: &[OsString]) -> Result<Cli, clap::Error> {
    let matches = command().try_get_matches_from(argv)?;
    Cli::from_arg_matches(&matches)
}

// ---------------------------------------------------------------------------------------------
// Go-compatible values
// ---------------------------------------------------------------------------------------------

/// A Go `time.Duration`: parsed like `time.ParseDuration`, printed like `Duration.String()`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct GoDuration(pub i64);

const NS: i64 = 1;
const US: i64 = 1_000;
const MS: i64 = 1_000_000;
const SEC: i64 = 1_000_000_000;
const MIN: i64 = 60 * SEC;
const HOUR: i64 = 60 * MIN;

impl GoDuration {
    /// A duration of whole seconds.
    pub const fn from_secs(secs: i64) -> Self {
        Self(secs * SEC)
    }

    /// Nanoseconds.
    pub const fn as_nanos(self) -> i64 {
        self.0
    }

    /// The duration as a std `Duration` (negative values clamp to zero).
    pub fn to_std(self) -> std::time::Duration {
        std::time::Duration::from_nanos(self.0.max(0) as u64)
    }

    /// Whether the duration is zero.
    pub const fn is_zero(self) -> bool {
        self.0 == 0
    }
}

/// Error from `GoDuration::from_str`, worded as Go's `time.ParseDuration`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct DurationError(String);

impl FromStr for GoDuration {
    type Err = DurationError;

    fn from_str(orig: &str) -> Result<Self, Self::Err> {
        let invalid = || DurationError(format!("time: invalid duration {}", go_quote(orig)));
        let mut s = orig;
        let mut neg = false;
        if let Some(rest) = s.strip_prefix('-') {
            neg = true;
            s = rest;
        } else if let Some(rest) = s.strip_prefix('+') {
            s = rest;
        }
        if s == "0" {
            return Ok(Self(0));
        }
        if s.is_empty() {
            return Err(invalid());
        }
        let mut total: u128 = 0;
        while !s.is_empty() {
            let first = s.as_bytes()[0];
            if !(first == b'.' || first.is_ascii_digit()) {
                return Err(invalid());
            }
            let int_len = s.bytes().take_while(u8::is_ascii_digit).count();
            let int_part = &s[..int_len];
            s = &s[int_len..];
            let mut frac_part = "";
            if let Some(rest) = s.strip_prefix('.') {
                let frac_len = rest.bytes().take_while(u8::is_ascii_digit).count();
                frac_part = &rest[..frac_len];
                s = &rest[frac_len..];
            }
            if int_part.is_empty() && frac_part.is_empty() {
                return Err(invalid());
            }
            let unit_len = s
                .bytes()
                .take_while(|b| *b != b'.' && !b.is_ascii_digit())
                .count();
            let unit = &s[..unit_len];
            s = &s[unit_len..];
            if unit.is_empty() {
                return Err(DurationError(format!(
                    "time: missing unit in duration {}",
                    go_quote(orig)
                )));
            }
            let scale: i64 = match unit {
                "ns" => NS,
                "us" | "µs" | "μs" => US,
                "ms" => MS,
                "s" => SEC,
                "m" => MIN,
                "h" => HOUR,
                _ => {
                    return Err(DurationError(format!(
                        "time: unknown unit {} in duration {}",
                        go_quote(unit),
                        go_quote(orig)
                    )));
                }
            };
            let int_val: u128 = if int_part.is_empty() {
                0
            } else {
                int_part.parse().map_err(|_| invalid())?
            };
            let mut v = int_val.checked_mul(scale as u128).ok_or_else(invalid)?;
            if !frac_part.is_empty() {
                let mut f: f64 = 0.0;
                let mut mul = 1.0;
                for c in frac_part.bytes().take(18) {
                    mul /= 10.0;
                    f += f64::from(c - b'0') * mul;
                }
                v += (f * scale as f64) as u128;
            }
            total = total.checked_add(v).ok_or_else(invalid)?;
            if total > i64::MAX as u128 {
                return Err(invalid());
            }
        }
        let total = total as i64;
        Ok(Self(if neg { -total } else { total }))
    }
}

impl fmt::Display for GoDuration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&go_duration_string(self.0))
    }
}

impl serde::Serialize for GoDuration {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_string())
    }
}

impl<'de> serde::Deserialize<'de> for GoDuration {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// Go's `time.Duration.String()`.
fn go_duration_string(d: i64) -> String {
    if d == 0 {
        return "0s".to_string();
    }
    let neg = d < 0;
    let u = d.unsigned_abs();
    let sign = if neg { "-" } else { "" };
    if u < SEC as u64 {
        let (unit, scale) = if u < US as u64 {
            ("ns", 1u64)
        } else if u < MS as u64 {
            ("µs", US as u64)
        } else {
            ("ms", MS as u64)
        };
        return format!("{sign}{}{unit}", frac_string(u, scale));
    }
    let secs_total = u / SEC as u64;
    let nanos = u % SEC as u64;
    let hours = secs_total / 3600;
    let mins = (secs_total % 3600) / 60;
    let secs = secs_total % 60;
    let sec_str = frac_string(secs * SEC as u64 + nanos, SEC as u64);
    if hours > 0 {
        format!("{sign}{hours}h{mins}m{sec_str}s")
    } else if mins > 0 {
        format!("{sign}{mins}m{sec_str}s")
    } else {
        format!("{sign}{sec_str}s")
    }
}

/// `v / scale` with the fraction's trailing zeros removed (Go's `fmtFrac`).
fn frac_string(v: u64, scale: u64) -> String {
    let int = v / scale;
    let frac = v % scale;
    if frac == 0 {
        return int.to_string();
    }
    let digits = scale.to_string().len() - 1;
    let f = format!("{frac:0digits$}");
    format!("{int}.{}", f.trim_end_matches('0'))
}

/// Go's `%q` for the plain strings that appear in flag errors.
pub fn go_quote(s: &str) -> String {
    go_quote_with(s, |c| {
        c.is_control().then(|| format!("\\x{:02x}", c as u32))
    })
}

/// `s` in double quotes with `"`, `\`, newline, tab and carriage return backslash-escaped, as
/// both Go's `%q` and `encoding/json` write them; any other character is written as `escape`
/// spells it, or as itself when that returns `None`.
pub fn go_quote_with(s: &str, escape: impl Fn(char) -> Option<String>) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c => match escape(c) {
                Some(e) => out.push_str(&e),
                None => out.push(c),
            },
        }
    }
    out.push('"');
    out
}

/// pflag's string-slice semantics on clap's comma-split values: an explicitly empty value
/// (`--x=`, `--x=""`) is an empty list, not one empty entry (artifacts-create.md §0.2).
pub fn pflag_slice(values: Vec<String>) -> Vec<String> {
    if values.len() == 1 && values[0].is_empty() {
        Vec::new()
    } else {
        values
    }
}

/// A flag value that failed to parse; its text is upstream's `pflag.Value.Set` error, which the
/// clap error renderer prints as `invalid argument "<v>" for "--<flag>" flag: <text>`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct FlagError(pub String);

/// An enumerated flag value (a pflag `Value` of upstream `internal/flags`): the accepted
/// spellings in upstream's order and upstream's two rejection texts. In both texts `{list}`
/// stands for the accepted values joined by `separator`; in `unsupported`, `{value}` stands for
/// the rejected input.
#[derive(Debug, Clone, Copy)]
pub struct OneOf {
    /// The accepted spellings, matched exactly.
    pub values: &'static [&'static str],
    /// What joins `values` in the messages (`", "` or `"|"`).
    pub separator: &'static str,
    /// The text for an empty or all-blank value.
    pub blank: &'static str,
    /// The text for any other value not in `values`.
    pub unsupported: &'static str,
}

impl OneOf {
    /// The index of `s` in `values`.
    ///
    /// # Errors
    /// `blank` for an empty or all-blank value, `unsupported` for any other unknown one.
    pub fn position(&self, s: &str) -> Result<usize, FlagError> {
        let list = || self.values.join(self.separator);
        if s.trim().is_empty() {
            return Err(FlagError(self.blank.replace("{list}", &list())));
        }
        self.values.iter().position(|v| *v == s).ok_or_else(|| {
            FlagError(
                self.unsupported
                    .replace("{list}", &list())
                    .replace("{value}", s),
            )
        })
    }

    /// `s` itself, when it is one of `values`.
    ///
    /// # Errors
    /// As [`OneOf::position`].
    pub fn check(&self, s: &str) -> Result<String, FlagError> {
        self.position(s).map(|i| self.values[i].to_string())
    }
}

/// clap value parser for Go durations (`1m30s`).
pub fn parse_duration(s: &str) -> Result<GoDuration, DurationError> {
    s.parse()
}

/// Error from `parse_bool`, worded as Go's `strconv.ParseBool`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("strconv.ParseBool: parsing {}: invalid syntax", go_quote(.0))]
pub struct BoolError(String);

/// clap value parser for pflag booleans (`--prune=true`, `--prune=0`, `--prune=F`).
pub fn parse_bool(s: &str) -> Result<bool, BoolError> {
    match s {
        "1" | "t" | "T" | "TRUE" | "true" | "True" => Ok(true),
        "0" | "f" | "F" | "FALSE" | "false" | "False" => Ok(false),
        _ => Err(BoolError(s.to_string())),
    }
}

/// Error from the numeric parsers, worded as Go's `strconv`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("strconv.{func}: parsing {}: {reason}", go_quote(.input))]
pub struct NumError {
    func: &'static str,
    input: String,
    reason: &'static str,
}

/// clap value parser for pflag `int`/`int32` flags.
pub fn parse_i32(s: &str) -> Result<i32, NumError> {
    parse_int::<i32>(s, "ParseInt")
}

/// clap value parser for pflag `int64` flags.
pub fn parse_i64(s: &str) -> Result<i64, NumError> {
    parse_int::<i64>(s, "ParseInt")
}

/// clap value parser for pflag `uint`/`uint32` flags.
pub fn parse_u32(s: &str) -> Result<u32, NumError> {
    parse_int::<u32>(s, "ParseUint")
}

fn parse_int<T: FromStr<Err = std::num::ParseIntError>>(
    s: &str,
    func: &'static str,
) -> Result<T, NumError> {
    s.parse::<T>().map_err(|e| NumError {
        func,
        input: s.to_string(),
        reason: match e.kind() {
            std::num::IntErrorKind::PosOverflow | std::num::IntErrorKind::NegOverflow => {
                "value out of range"
            }
            _ => "invalid syntax",
        },
    })
}

/// clap value parser for pflag `float32` flags.
pub fn parse_f32(s: &str) -> Result<f32, NumError> {
    s.parse::<f32>().map_err(|_| NumError {
        func: "ParseFloat",
        input: s.to_string(),
        reason: "invalid syntax",
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn go_quote_escapes() {
        assert_eq!(go_quote(""), r#""""#);
        assert_eq!(go_quote("plain 1m"), r#""plain 1m""#);
        assert_eq!(
            go_quote("a\"b\\c\nd\te\rf\u{1}g\u{1f}h\u{7f}i<>&\u{2028}\u{85}é"),
            "\"a\\\"b\\\\c\\nd\\te\\rf\\x01g\\x1fh\\x7fi<>&\u{2028}\\x85é\""
        );
    }

    fn d(s: &str) -> String {
        s.parse::<GoDuration>()
            .map(|d| d.to_string())
            .unwrap_or_else(|e| e.to_string())
    }

    #[test]
    fn durations_parse_and_print_like_go() {
        assert_eq!(d("1m"), "1m0s");
        assert_eq!(d("5m0s"), "5m0s");
        assert_eq!(d("90s"), "1m30s");
        assert_eq!(d("1h30m"), "1h30m0s");
        assert_eq!(d("1.5s"), "1.5s");
        assert_eq!(d("100ms"), "100ms");
        assert_eq!(d("0"), "0s");
        assert_eq!(d("2h"), "2h0m0s");
        assert_eq!(d("1500us"), "1.5ms");
        assert_eq!(d("-3s"), "-3s");
        assert_eq!(d("x"), "time: invalid duration \"x\"");
        assert_eq!(d("1"), "time: missing unit in duration \"1\"");
        assert_eq!(d("1d"), "time: unknown unit \"d\" in duration \"1d\"");
        assert_eq!(d(""), "time: invalid duration \"\"");
        assert_eq!(d("."), "time: invalid duration \".\"");
    }

    #[test]
    fn bools_follow_strconv() {
        assert_eq!(parse_bool("T"), Ok(true));
        assert_eq!(parse_bool("0"), Ok(false));
        assert_eq!(
            parse_bool("yes").unwrap_err().to_string(),
            "strconv.ParseBool: parsing \"yes\": invalid syntax"
        );
    }

    #[test]
    fn ints_follow_strconv() {
        assert_eq!(
            parse_i32("x").unwrap_err().to_string(),
            "strconv.ParseInt: parsing \"x\": invalid syntax"
        );
    }
}
