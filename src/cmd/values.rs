//! Enumerated flag values shared by several commands (pflag `Value` types of upstream
//! `internal/flags/*.go`): each parser rejects bad input with upstream's exact message, which the
//! clap error renderer prints as `invalid argument "<v>" for "--<flag>" flag: <message>`.
//! Kept here until the lead folds them into `cli.rs` next to the other Go-compatible parsers.

use std::fmt;

use crate::cli::{FlagError, OneOf};

/// The default of `--ignore-paths` on `build`, `push` and `diff artifact` (artifacts-create.md §A.3).
pub const EXCLUDE_OCI: &str = ".git/,.gitignore,.gitmodules,.gitattributes,*.jpg,*.jpeg,*.gif,*.png,*.wmv,*.flv,*.tar.gz,*.zip";

macro_rules! string_enum {
    ($(#[$m:meta])* $name:ident { $($variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum $name { $($variant),+ }

        impl $name {
            /// Every accepted value, in upstream's order.
            pub const VALUES: &'static [&'static str] = &[$($text),+];

            /// The flag spelling of this value.
            pub fn as_str(self) -> &'static str {
                match self { $(Self::$variant => $text),+ }
            }

            /// The value spelled exactly `s`.
            pub fn lookup(s: &str) -> Option<Self> {
                match s { $($text => Some(Self::$variant),)+ _ => None }
            }

            /// Parses `s`, rejecting it with upstream's two texts (see [`OneOf`]).
            ///
            /// # Errors
            /// `blank` for a blank value, `unsupported` for an unknown one.
            pub fn parse(
                s: &str,
                blank: &'static str,
                unsupported: &'static str,
            ) -> Result<Self, FlagError> {
                const ALL: &[$name] = &[$($name::$variant),+];
                let spec = OneOf { values: Self::VALUES, separator: ", ", blank, unsupported };
                spec.position(s).map(|i| ALL[i])
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

string_enum!(
    /// `--log-level` / `logs --level`: controller log level.
    LogLevel { Debug = "debug", Info = "info", Error = "error" }
);

string_enum!(
    /// `--ssh-key-algorithm`.
    KeyAlgorithm { Rsa = "rsa", Ecdsa = "ecdsa", Ed25519 = "ed25519" }
);

string_enum!(
    /// `--ssh-ecdsa-curve`.
    EcdsaCurve { P256 = "p256", P384 = "p384", P521 = "p521" }
);

string_enum!(
    /// `--provider` of the artifact commands.
    OciProvider { Generic = "generic", Aws = "aws", Azure = "azure", Gcp = "gcp" }
);

string_enum!(
    /// `bootstrap gitlab --visibility`.
    Visibility { Public = "public", Internal = "internal", Private = "private" }
);

/// clap value parser for log levels.
pub fn parse_log_level(s: &str) -> Result<LogLevel, FlagError> {
    let list = LogLevel::VALUES.join(", ");
    if s.is_empty() {
        return Err(FlagError(format!(
            "no log level given, must be one of: {list}"
        )));
    }
    LogLevel::lookup(s).ok_or_else(|| {
        FlagError(format!(
            "unsupported log level '{s}', must be one of: {list}"
        ))
    })
}

/// clap value parser for `--ssh-key-algorithm`.
pub fn parse_key_algorithm(s: &str) -> Result<KeyAlgorithm, FlagError> {
    KeyAlgorithm::parse(
        s,
        "no public key algorithm given, must be one of: {list}",
        "unsupported public key algorithm '{value}', must be one of: {list}",
    )
}

/// clap value parser for `--ssh-ecdsa-curve`.
pub fn parse_ecdsa_curve(s: &str) -> Result<EcdsaCurve, FlagError> {
    EcdsaCurve::lookup(s).ok_or_else(|| {
        FlagError(format!(
            "unsupported curve '{s}', must be one of: {}",
            EcdsaCurve::VALUES.join(", ")
        ))
    })
}

impl EcdsaCurve {
    /// The curve for key generation.
    pub fn to_ssh(self) -> crate::ssh::Curve {
        match self {
            Self::P256 => crate::ssh::Curve::P256,
            Self::P384 => crate::ssh::Curve::P384,
            Self::P521 => crate::ssh::Curve::P521,
        }
    }
}

/// clap value parser for `--provider` of the artifact commands and `create source oci`.
pub fn parse_oci_provider(s: &str) -> Result<OciProvider, FlagError> {
    OciProvider::parse(
        s,
        "no source OCI provider given, please specify the OCI provider name",
        "source OCI provider '{value}' is not supported, must be one of: {list}",
    )
}

/// clap value parser for `--visibility` (empty means private).
pub fn parse_visibility(s: &str) -> Result<Visibility, FlagError> {
    if s.is_empty() {
        return Ok(Visibility::Private);
    }
    Visibility::lookup(s).ok_or_else(|| FlagError(format!("unsupported visibility '{s}'")))
}

/// clap value parser for `--ssh-rsa-bits` (blank means 2048).
pub fn parse_rsa_bits(s: &str) -> Result<u32, FlagError> {
    if s.trim().is_empty() {
        return Ok(2048);
    }
    let bits: i64 = s.parse().map_err(|e: std::num::ParseIntError| {
        let reason = match e.kind() {
            std::num::IntErrorKind::PosOverflow | std::num::IntErrorKind::NegOverflow => {
                "value out of range"
            }
            _ => "invalid syntax",
        };
        FlagError(format!(
            "strconv.Atoi: parsing {}: {reason}",
            crate::cli::go_quote(s)
        ))
    })?;
    if bits < 1024 {
        return Err(FlagError(
            "RSA key bit size must be at least 1024".to_string(),
        ));
    }
    if bits % 8 != 0 {
        return Err(FlagError(
            "RSA key bit size must be a multiples of 8".to_string(),
        ));
    }
    u32::try_from(bits).map_err(|_| {
        FlagError(format!(
            "strconv.Atoi: parsing {}: value out of range",
            crate::cli::go_quote(s)
        ))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err<T: fmt::Debug>(r: Result<T, FlagError>) -> String {
        r.unwrap_err().to_string()
    }

    #[test]
    fn messages_match_upstream() {
        assert_eq!(parse_log_level("info"), Ok(LogLevel::Info));
        assert_eq!(
            err(parse_log_level("trace")),
            "unsupported log level 'trace', must be one of: debug, info, error"
        );
        assert_eq!(
            err(parse_log_level("")),
            "no log level given, must be one of: debug, info, error"
        );
        assert_eq!(
            err(parse_key_algorithm("dsa")),
            "unsupported public key algorithm 'dsa', must be one of: rsa, ecdsa, ed25519"
        );
        assert_eq!(
            err(parse_ecdsa_curve("p999")),
            "unsupported curve 'p999', must be one of: p256, p384, p521"
        );
        assert_eq!(
            err(parse_oci_provider("dummy")),
            "source OCI provider 'dummy' is not supported, must be one of: generic, aws, azure, gcp"
        );
        assert_eq!(parse_visibility(""), Ok(Visibility::Private));
        assert_eq!(
            err(parse_visibility("secret")),
            "unsupported visibility 'secret'"
        );
        assert_eq!(parse_rsa_bits(""), Ok(2048));
        assert_eq!(parse_rsa_bits("4096"), Ok(4096));
        assert_eq!(
            err(parse_rsa_bits("512")),
            "RSA key bit size must be at least 1024"
        );
        assert_eq!(
            err(parse_rsa_bits("1025")),
            "RSA key bit size must be a multiples of 8"
        );
        assert_eq!(
            err(parse_rsa_bits("x")),
            "strconv.Atoi: parsing \"x\": invalid syntax"
        );
        assert_eq!(
            err(parse_ecdsa_curve("p1")),
            "unsupported curve 'p1', must be one of: p256, p384, p521"
        );
    }
}
