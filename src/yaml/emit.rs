//! A port of the parts of go-yaml v2 (`sigs.k8s.io/yaml/goyaml.v2`) that `yaml.Marshal` uses
//! for JSON-shaped data: the encoder's scalar style choice (`encode.go`), the YAML 1.1 plain
//! scalar resolver (`resolve.go`), the map key order (`sorter.go`) and the emitter state
//! machine (`emitterc.go`), restricted to block mappings, block sequences, empty flow
//! collections and scalars without anchors or tags.

use std::cmp::Ordering;

use serde_json::{Map, Number, Value};

/// go-yaml's default indentation step (`best_indent`).
const BEST_INDENT: i64 = 2;
/// go-yaml's default line width (`best_width`).
const BEST_WIDTH: usize = 80;
/// go-yaml's limit for a mapping key written without the `? ` indicator.
const MAX_SIMPLE_KEY_LEN: usize = 128;

// ---------------------------------------------------------------------------------------------
// Resolver (resolve.go, encode.go isBase60Float)
// ---------------------------------------------------------------------------------------------

/// What go-yaml v2's `resolve("", s)` makes of an untagged plain scalar.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Resolved {
    /// `!!null`: empty, `~`, `null`, `Null`, `NULL`.
    Null,
    /// `!!bool`, including the YAML 1.1 spellings (`yes`, `off`, `y`, ...).
    Bool(bool),
    /// `!!int` that fits an `int64`.
    Int(i64),
    /// `!!int` that fits a `uint64` but not an `int64`.
    Uint(u64),
    /// `!!int` too large for 64 bits (go-yaml returns a `*big.Int`); the text is kept.
    BigInt(String),
    /// `!!float` (may be infinite or NaN for `.inf` / `.nan`).
    Float(f64),
    /// `!!timestamp`; decoded into `interface{}` as the original string.
    Timestamp,
    /// `!!str`.
    Str,
}

impl Resolved {
    /// Whether the value resolves to a string tag (plain style is then safe on output).
    fn is_str(&self) -> bool {
        matches!(self, Resolved::Str)
    }
}

/// Go `strconv` error kinds that the resolver distinguishes.
#[derive(Debug, Clone, Copy, PartialEq)]
enum NumErr {
    Syntax,
    Range,
}

/// Port of go-yaml v2 `resolve("", in)` for an untagged plain scalar.
pub(super) fn resolve(input: &str) -> Resolved {
    let hint = match input.as_bytes().first() {
        None => b'N',
        Some(b'+' | b'-') => b'S',
        Some(b'0'..=b'9') => b'D',
        Some(b'y' | b'Y' | b'n' | b'N' | b't' | b'T' | b'f' | b'F' | b'o' | b'O' | b'~') => b'M',
        Some(b'.') => b'.',
        Some(_) => 0,
    };
    if hint == 0 {
        return Resolved::Str;
    }
    if let Some(found) = resolve_map(input) {
        return found;
    }
    match hint {
        b'.' => match go_parse_float(input) {
            Some(f) => Resolved::Float(f),
            None => Resolved::Str,
        },
        b'D' | b'S' => resolve_number(input),
        _ => Resolved::Str,
    }
}

/// The fixed spellings of go-yaml v2's `resolveMap`.
fn resolve_map(s: &str) -> Option<Resolved> {
    Some(match s {
        "y" | "Y" | "yes" | "Yes" | "YES" | "true" | "True" | "TRUE" | "on" | "On" | "ON" => {
            Resolved::Bool(true)
        }
        "n" | "N" | "no" | "No" | "NO" | "false" | "False" | "FALSE" | "off" | "Off" | "OFF" => {
            Resolved::Bool(false)
        }
        "" | "~" | "null" | "Null" | "NULL" => Resolved::Null,
        ".nan" | ".NaN" | ".NAN" => Resolved::Float(f64::NAN),
        ".inf" | ".Inf" | ".INF" | "+.inf" | "+.Inf" | "+.INF" => Resolved::Float(f64::INFINITY),
        "-.inf" | "-.Inf" | "-.INF" => Resolved::Float(f64::NEG_INFINITY),
        // "<<" is in go-yaml's map too, but its first byte has no resolver hint, so the map
        // is never consulted for it: it resolves to !!str.
        _ => return None,
    })
}

/// The `'D'` / `'S'` branch of go-yaml v2's resolver: timestamp, int, uint, float, binary,
/// big int.
fn resolve_number(input: &str) -> Resolved {
    if is_timestamp(input) {
        return Resolved::Timestamp;
    }
    let plain: String = input.chars().filter(|&c| c != '_').collect();
    if let Ok(i) = go_parse_int(&plain, 0) {
        return Resolved::Int(i);
    }
    let uint_err = match go_parse_uint(&plain, 0) {
        Ok(u) => return Resolved::Uint(u),
        Err(e) => e,
    };
    if is_yaml_style_float(&plain)
        && let Some(f) = go_parse_float(&plain)
    {
        return Resolved::Float(f);
    }
    if let Some(rest) = plain.strip_prefix("0b") {
        if let Ok(i) = go_parse_int(rest, 2) {
            return Resolved::Int(i);
        }
        if let Ok(u) = go_parse_uint(rest, 2) {
            return Resolved::Uint(u);
        }
    } else if let Some(rest) = plain.strip_prefix("-0b")
        && let Ok(i) = go_parse_int(&format!("-{rest}"), 2)
    {
        return Resolved::Int(i);
    }
    if uint_err == NumErr::Range && big_int_ok(&plain) {
        return Resolved::BigInt(plain);
    }
    Resolved::Str
}

/// Go `strconv.ParseUint(s, base, 64)` (base 0 = auto-detect `0b`/`0o`/`0x`/`0` prefixes).
fn go_parse_uint(s: &str, base: u32) -> Result<u64, NumErr> {
    if s.is_empty() {
        return Err(NumErr::Syntax);
    }
    let bytes = s.as_bytes();
    let base0 = base == 0;
    let (base, digits): (u64, &[u8]) = if base0 {
        if bytes[0] == b'0' {
            let second = bytes.get(1).map(u8::to_ascii_lowercase);
            match second {
                Some(b'b') if bytes.len() >= 3 => (2, &bytes[2..]),
                Some(b'o') if bytes.len() >= 3 => (8, &bytes[2..]),
                Some(b'x') if bytes.len() >= 3 => (16, &bytes[2..]),
                _ => (8, &bytes[1..]),
            }
        } else {
            (10, bytes)
        }
    } else {
        (u64::from(base), bytes)
    };
    let cutoff = u64::MAX / base + 1;
    let mut underscores = false;
    let mut n: u64 = 0;
    for &c in digits {
        let d = match c {
            b'_' if base0 => {
                underscores = true;
                continue;
            }
            b'0'..=b'9' => u64::from(c - b'0'),
            _ if c.to_ascii_lowercase().is_ascii_lowercase() => {
                u64::from(c.to_ascii_lowercase() - b'a') + 10
            }
            _ => return Err(NumErr::Syntax),
        };
        if d >= base {
            return Err(NumErr::Syntax);
        }
        if n >= cutoff {
            return Err(NumErr::Range);
        }
        n *= base;
        match n.checked_add(d) {
            Some(n1) => n = n1,
            None => return Err(NumErr::Range),
        }
    }
    if underscores && !underscore_ok(s) {
        return Err(NumErr::Syntax);
    }
    Ok(n)
}

/// Go `strconv.ParseInt(s, base, 64)`.
fn go_parse_int(s: &str, base: u32) -> Result<i64, NumErr> {
    if s.is_empty() {
        return Err(NumErr::Syntax);
    }
    let (neg, rest) = match s.as_bytes()[0] {
        b'+' => (false, &s[1..]),
        b'-' => (true, &s[1..]),
        _ => (false, s),
    };
    let un = go_parse_uint(rest, base)?;
    const CUTOFF: u64 = 1 << 63;
    if !neg && un >= CUTOFF {
        return Err(NumErr::Range);
    }
    if neg && un > CUTOFF {
        return Err(NumErr::Range);
    }
    if neg {
        Ok((un as i64).wrapping_neg())
    } else {
        Ok(un as i64)
    }
}

/// Go `strconv.underscoreOK`: underscores only between digits (or after a base prefix).
fn underscore_ok(s: &str) -> bool {
    let mut bytes = s.as_bytes();
    let mut saw = b'^';
    let mut i = 0;
    if let Some(b'-' | b'+') = bytes.first() {
        bytes = &bytes[1..];
    }
    let mut hex = false;
    if bytes.len() >= 2
        && bytes[0] == b'0'
        && matches!(bytes[1].to_ascii_lowercase(), b'b' | b'o' | b'x')
    {
        i = 2;
        saw = b'0';
        hex = bytes[1].eq_ignore_ascii_case(&b'x');
    }
    while i < bytes.len() {
        let c = bytes[i];
        i += 1;
        if c.is_ascii_digit() || (hex && matches!(c.to_ascii_lowercase(), b'a'..=b'f')) {
            saw = b'0';
            continue;
        }
        if c == b'_' {
            if saw != b'0' {
                return false;
            }
            saw = b'_';
            continue;
        }
        if saw == b'_' {
            return false;
        }
        saw = b'!';
    }
    saw != b'_'
}

/// Whether `math/big.Int.SetString(s, 0)` accepts `s` (sign, base prefix, digits).
fn big_int_ok(s: &str) -> bool {
    let s = s.strip_prefix(['+', '-']).unwrap_or(s);
    let bytes = s.as_bytes();
    let (base, digits): (u8, &[u8]) = match bytes {
        [b'0', p, rest @ ..] if matches!(p.to_ascii_lowercase(), b'b' | b'o' | b'x') => {
            let base = match p.to_ascii_lowercase() {
                b'b' => 2,
                b'o' => 8,
                _ => 16,
            };
            (base, rest)
        }
        [b'0', rest @ ..] if !rest.is_empty() => (8, rest),
        _ => (10, bytes),
    };
    !digits.is_empty()
        && digits.iter().all(|&c| {
            let d = match c {
                b'0'..=b'9' => c - b'0',
                b'a'..=b'z' => c - b'a' + 10,
                b'A'..=b'Z' => c - b'A' + 10,
                _ => return false,
            };
            d < base
        })
}

/// go-yaml's `yamlStyleFloat`: `^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$`.
fn is_yaml_style_float(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    if let Some(b'-' | b'+') = b.first() {
        i = 1;
    }
    let digits = |i: &mut usize| {
        let start = *i;
        while *i < b.len() && b[*i].is_ascii_digit() {
            *i += 1;
        }
        *i - start
    };
    if b.get(i) == Some(&b'.') {
        i += 1;
        if digits(&mut i) == 0 {
            return false;
        }
    } else {
        if digits(&mut i) == 0 {
            return false;
        }
        if b.get(i) == Some(&b'.') {
            i += 1;
            digits(&mut i);
        }
    }
    if let Some(b'e' | b'E') = b.get(i) {
        i += 1;
        if let Some(b'-' | b'+') = b.get(i) {
            i += 1;
        }
        if digits(&mut i) == 0 {
            return false;
        }
    }
    i == b.len()
}

/// Go `strconv.ParseFloat(s, 64)` for decimal spellings (all the resolver can reach): an
/// optional sign, digits with an optional `.`, an optional exponent, `_` only between digits.
/// Overflow to infinity is an error, as in Go.
fn go_parse_float(s: &str) -> Option<f64> {
    let b = s.as_bytes();
    let mut i = 0;
    if let Some(b'-' | b'+') = b.first() {
        i = 1;
    }
    let mut saw_digits = false;
    let mut saw_dot = false;
    let mut underscores = false;
    while i < b.len() {
        match b[i] {
            b'_' => underscores = true,
            b'.' if !saw_dot => saw_dot = true,
            b'0'..=b'9' => saw_digits = true,
            _ => break,
        }
        i += 1;
    }
    if !saw_digits {
        return None;
    }
    if let Some(b'e' | b'E') = b.get(i) {
        i += 1;
        if let Some(b'-' | b'+') = b.get(i) {
            i += 1;
        }
        if !b.get(i).is_some_and(u8::is_ascii_digit) {
            return None;
        }
        while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'_') {
            if b[i] == b'_' {
                underscores = true;
            }
            i += 1;
        }
    }
    if i != b.len() || (underscores && !underscore_ok(s)) {
        return None;
    }
    let cleaned: String = s.chars().filter(|&c| c != '_').collect();
    let f: f64 = cleaned.parse().ok()?;
    if f.is_infinite() { None } else { Some(f) }
}

/// go-yaml's `parseTimestamp`: `YYYY-` followed by one of the layouts
/// `2006-1-2T15:4:5.999999999Z07:00`, the same with `t`, `2006-1-2 15:4:5.999999999` and
/// `2006-1-2`, with Go `time.Parse` semantics (1–2 digit fields, range checks).
pub(super) fn is_timestamp(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() < 5 || !b[..4].iter().all(u8::is_ascii_digit) || b[4] != b'-' {
        return false;
    }
    let Some((year, month, day, rest)) = parse_date(b) else {
        return false;
    };
    if !day_in_range(year, month, day) {
        return false;
    }
    if rest.is_empty() {
        return true;
    }
    match rest[0] {
        b'T' | b't' => match parse_clock(&rest[1..]) {
            Some(tail) => parse_zone(tail),
            None => false,
        },
        b' ' => parse_clock(&rest[1..]).is_some_and(<[u8]>::is_empty),
        _ => false,
    }
}

/// Go `time` `getnum(s, false)`: one or two digits.
fn getnum(b: &[u8]) -> Option<(u32, &[u8])> {
    let first = *b.first()?;
    if !first.is_ascii_digit() {
        return None;
    }
    match b.get(1) {
        Some(&second) if second.is_ascii_digit() => Some((
            u32::from(first - b'0') * 10 + u32::from(second - b'0'),
            &b[2..],
        )),
        _ => Some((u32::from(first - b'0'), &b[1..])),
    }
}

/// `2006-1-2`: returns year, month, day and the remaining bytes.
fn parse_date(b: &[u8]) -> Option<(u32, u32, u32, &[u8])> {
    let year = b[..4]
        .iter()
        .fold(0u32, |acc, &c| acc * 10 + u32::from(c - b'0'));
    let (month, rest) = getnum(&b[5..])?;
    if !(1..=12).contains(&month) {
        return None;
    }
    let rest = rest.strip_prefix(b"-")?;
    let (day, rest) = getnum(rest)?;
    Some((year, month, day, rest))
}

fn day_in_range(year: u32, month: u32, day: u32) -> bool {
    let leap = year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400));
    let max = match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    (1..=max).contains(&day)
}

/// `15:4:5.999999999`: returns the remaining bytes.
fn parse_clock(b: &[u8]) -> Option<&[u8]> {
    let (hour, rest) = getnum(b)?;
    if hour >= 24 {
        return None;
    }
    let rest = rest.strip_prefix(b":")?;
    let (minute, rest) = getnum(rest)?;
    if minute >= 60 {
        return None;
    }
    let rest = rest.strip_prefix(b":")?;
    let (second, mut rest) = getnum(rest)?;
    if second >= 60 {
        return None;
    }
    if rest.len() >= 2 && matches!(rest[0], b'.' | b',') && rest[1].is_ascii_digit() {
        let mut i = 1;
        while i < rest.len() && rest[i].is_ascii_digit() {
            i += 1;
        }
        rest = &rest[i..];
    }
    Some(rest)
}

/// `Z07:00`: `Z` or `±hh:mm`, and nothing after it.
fn parse_zone(b: &[u8]) -> bool {
    if b == b"Z" {
        return true;
    }
    if b.len() != 6 || !matches!(b[0], b'+' | b'-') || b[3] != b':' {
        return false;
    }
    let two = |x: &[u8]| {
        (x[0].is_ascii_digit() && x[1].is_ascii_digit())
            .then(|| u32::from(x[0] - b'0') * 10 + u32::from(x[1] - b'0'))
    };
    matches!((two(&b[1..3]), two(&b[4..6])), (Some(h), Some(m)) if h <= 24 && m <= 60)
}

/// go-yaml's `isBase60Float`: `^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$`.
pub(super) fn is_base60_float(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    if let Some(b'-' | b'+') = b.first() {
        i = 1;
    }
    if !b.get(i).is_some_and(u8::is_ascii_digit) {
        return false;
    }
    i += 1;
    while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'_') {
        i += 1;
    }
    let mut groups = 0;
    while b.get(i) == Some(&b':') {
        i += 1;
        match (b.get(i), b.get(i + 1)) {
            (Some(b'0'..=b'5'), Some(b'0'..=b'9')) => i += 2,
            (Some(b'0'..=b'9'), _) => i += 1,
            _ => return false,
        }
        groups += 1;
    }
    if groups == 0 {
        return false;
    }
    if b.get(i) == Some(&b'.') {
        i += 1;
        while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'_') {
            i += 1;
        }
    }
    i == b.len()
}

// ---------------------------------------------------------------------------------------------
// Numbers
// ---------------------------------------------------------------------------------------------

/// The text go-yaml writes for a JSON number after the Go pipeline: `encoding/json` prints a
/// float64 with `'f'` formatting (exponent form below 1e-6 or from 1e21), go-yaml re-reads that
/// text (integral text becomes an int) and prints floats with `FormatFloat(f, 'g', -1, 64)`.
pub(super) fn number_text(n: &Number) -> String {
    if let Some(i) = n.as_i64() {
        return i.to_string();
    }
    if let Some(u) = n.as_u64() {
        return u.to_string();
    }
    match n.as_f64() {
        Some(f) => float_text(f),
        None => n.to_string(),
    }
}

/// The integer go-yaml would read back from Go's JSON text for `f`, when that text is integral.
pub(super) fn float_as_json_int(f: f64) -> Option<Number> {
    let abs = f.abs();
    if !f.is_finite() || !(abs == 0.0 || (1e-6..1e21).contains(&abs)) {
        return None;
    }
    // Rust's `Display` for f64 is the shortest round-trip digits without an exponent, which is
    // what Go's `strconv.FormatFloat(f, 'f', -1, 64)` produces.
    let text = format!("{f}");
    if text.contains('.') {
        return None;
    }
    if let Ok(i) = text.parse::<i64>() {
        return Some(Number::from(i));
    }
    text.parse::<u64>().ok().map(Number::from)
}

/// See [`number_text`].
fn float_text(f: f64) -> String {
    if let Some(n) = float_as_json_int(f) {
        return n.to_string();
    }
    go_format_float_g(f)
}

/// Go `strconv.FormatFloat(f, 'g', -1, 64)` with go-yaml's `.inf` / `-.inf` / `.nan` spellings.
pub(super) fn go_format_float_g(f: f64) -> String {
    if f.is_nan() {
        return ".nan".to_owned();
    }
    if f.is_infinite() {
        return if f > 0.0 { ".inf" } else { "-.inf" }.to_owned();
    }
    format_g_from_exp(&format!("{f:e}"))
}

/// Go `strconv.FormatFloat(f, 'g', -1, 32)` (used for float map keys by `sigs.k8s.io/yaml`).
pub(super) fn go_format_float32_g(f: f64) -> String {
    let g = f as f32;
    if g.is_nan() {
        return ".nan".to_owned();
    }
    if g.is_infinite() {
        return if g > 0.0 { ".inf" } else { "-.inf" }.to_owned();
    }
    format_g_from_exp(&format!("{g:e}"))
}

/// Formats Rust's shortest `{:e}` output (`-1.25e-7`) the way Go's `'g'` verb with precision
/// -1 does: `%e` (two-digit exponent minimum) when the exponent is < -4 or >= 6 (Go uses 6
/// as the precision for this decision when formatting the shortest representation), `%f`
/// otherwise.
fn format_g_from_exp(exp_form: &str) -> String {
    let (mantissa, exp) = match exp_form.split_once('e') {
        Some((m, e)) => (m, e.parse::<i64>().unwrap_or(0)),
        None => (exp_form, 0),
    };
    let (neg, mantissa) = match mantissa.strip_prefix('-') {
        Some(m) => (true, m),
        None => (false, mantissa),
    };
    let digits: Vec<u8> = mantissa.bytes().filter(u8::is_ascii_digit).collect();
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    if digits.iter().all(|&d| d == b'0') {
        out.push('0');
        return out;
    }
    let nd = digits.len() as i64;
    let dp = exp + 1;
    if !(-4..6).contains(&exp) {
        out.push(char::from(digits[0]));
        if nd > 1 {
            out.push('.');
            out.extend(digits[1..].iter().map(|&d| char::from(d)));
        }
        out.push('e');
        out.push(if exp < 0 { '-' } else { '+' });
        let e = exp.abs();
        if e < 10 {
            out.push('0');
        }
        out.push_str(&e.to_string());
        return out;
    }
    let digit_at = |i: i64| -> char {
        if i >= 0 && i < nd {
            char::from(digits[i as usize])
        } else {
            '0'
        }
    };
    if dp > 0 {
        for i in 0..dp {
            out.push(digit_at(i));
        }
    } else {
        out.push('0');
    }
    let prec = (nd - dp).max(0);
    if prec > 0 {
        out.push('.');
        for i in 0..prec {
            out.push(digit_at(dp + i));
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Key order (sorter.go)
// ---------------------------------------------------------------------------------------------

/// go-yaml v2 `keyList.Less` for two string keys.
pub(super) fn key_less(a: &str, b: &str) -> bool {
    let ar: Vec<char> = a.chars().collect();
    let br: Vec<char> = b.chars().collect();
    let is_letter = |c: char| c.is_alphabetic();
    let is_digit = |c: char| c.is_ascii_digit();
    let digit = |c: char| i64::from(u32::from(c).wrapping_sub(u32::from('0')));
    for i in 0..ar.len().min(br.len()) {
        if ar[i] == br[i] {
            continue;
        }
        let al = is_letter(ar[i]);
        let bl = is_letter(br[i]);
        if al && bl {
            return ar[i] < br[i];
        }
        if al || bl {
            return bl;
        }
        let mut an: i64 = 0;
        let mut bn: i64 = 0;
        if ar[i] == '0' || br[i] == '0' {
            let mut j = i;
            while j > 0 && is_digit(ar[j - 1]) {
                j -= 1;
                if ar[j] != '0' {
                    an = 1;
                    bn = 1;
                    break;
                }
            }
        }
        let mut ai = i;
        while ai < ar.len() && is_digit(ar[ai]) {
            an = an.wrapping_mul(10).wrapping_add(digit(ar[ai]));
            ai += 1;
        }
        let mut bi = i;
        while bi < br.len() && is_digit(br[bi]) {
            bn = bn.wrapping_mul(10).wrapping_add(digit(br[bi]));
            bi += 1;
        }
        if an != bn {
            return an < bn;
        }
        if ai != bi {
            return ai < bi;
        }
        return ar[i] < br[i];
    }
    ar.len() < br.len()
}

/// Total order built from [`key_less`].
fn key_cmp(a: &str, b: &str) -> Ordering {
    if key_less(a, b) {
        Ordering::Less
    } else if key_less(b, a) {
        Ordering::Greater
    } else {
        Ordering::Equal
    }
}

// ---------------------------------------------------------------------------------------------
// Emitter (emitterc.go)
// ---------------------------------------------------------------------------------------------

/// Scalar styles of the subset we emit.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Style {
    Plain,
    SingleQuoted,
    DoubleQuoted,
    Literal,
}

/// `yaml_emitter_analyze_scalar` results.
#[derive(Debug, Clone, Copy)]
struct Analysis {
    multiline: bool,
    flow_plain_allowed: bool,
    block_plain_allowed: bool,
    single_quoted_allowed: bool,
    block_allowed: bool,
}

/// A scalar event: text plus the style the encoder asked for.
struct Scalar {
    chars: Vec<char>,
    byte_len: usize,
    style: Style,
}

impl Scalar {
    fn new(text: &str, style: Style) -> Self {
        Scalar {
            chars: text.chars().collect(),
            byte_len: text.len(),
            style,
        }
    }

    /// go-yaml `encoder.stringv` style choice for an untagged string.
    fn string(s: &str) -> Self {
        let style = if s.contains('\n') {
            Style::Literal
        } else if resolve(s).is_str() && !is_base60_float(s) {
            Style::Plain
        } else {
            Style::DoubleQuoted
        };
        Scalar::new(s, style)
    }

    fn for_value(value: &Value) -> Option<Self> {
        Some(match value {
            Value::Null => Scalar::new("null", Style::Plain),
            Value::Bool(b) => Scalar::new(if *b { "true" } else { "false" }, Style::Plain),
            Value::Number(n) => Scalar::new(&number_text(n), Style::Plain),
            Value::String(s) => Scalar::string(s),
            Value::Array(_) | Value::Object(_) => return None,
        })
    }
}

fn is_break(c: char) -> bool {
    matches!(c, '\r' | '\n' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

fn is_blank(c: char) -> bool {
    c == ' ' || c == '\t'
}

fn is_blankz(c: char) -> bool {
    is_blank(c) || is_break(c) || c == '\0'
}

/// go-yaml `is_printable` (byte-pattern test expressed on code points).
fn is_printable(c: char) -> bool {
    let v = u32::from(c);
    v == 0x0A
        || (0x20..=0x7E).contains(&v)
        || (0xA0..=0xD7FF).contains(&v)
        || ((0xE000..=0xFFFD).contains(&v) && v != 0xFEFF)
}

/// Port of `yaml_emitter_analyze_scalar`.
fn analyze(chars: &[char]) -> Analysis {
    if chars.is_empty() {
        return Analysis {
            multiline: false,
            flow_plain_allowed: false,
            block_plain_allowed: true,
            single_quoted_allowed: true,
            block_allowed: false,
        };
    }
    let mut block_indicators = false;
    let mut flow_indicators = false;
    let mut line_breaks = false;
    let mut special_characters = false;
    let mut leading_space = false;
    let mut leading_break = false;
    let mut trailing_space = false;
    let mut trailing_break = false;
    let mut break_space = false;
    let mut space_break = false;
    let mut previous_space = false;
    let mut previous_break = false;

    if chars.starts_with(&['-', '-', '-']) || chars.starts_with(&['.', '.', '.']) {
        block_indicators = true;
        flow_indicators = true;
    }
    let mut preceded_by_whitespace = true;
    let n = chars.len();
    for (i, &c) in chars.iter().enumerate() {
        let followed_by_whitespace = i + 1 >= n || is_blank(chars[i + 1]);
        if i == 0 {
            match c {
                '#' | ',' | '[' | ']' | '{' | '}' | '&' | '*' | '!' | '|' | '>' | '\'' | '"'
                | '%' | '@' | '`' => {
                    flow_indicators = true;
                    block_indicators = true;
                }
                '?' | ':' => {
                    flow_indicators = true;
                    if followed_by_whitespace {
                        block_indicators = true;
                    }
                }
                '-' if followed_by_whitespace => {
                    flow_indicators = true;
                    block_indicators = true;
                }
                _ => {}
            }
        } else {
            match c {
                ',' | '?' | '[' | ']' | '{' | '}' => flow_indicators = true,
                ':' => {
                    flow_indicators = true;
                    if followed_by_whitespace {
                        block_indicators = true;
                    }
                }
                '#' if preceded_by_whitespace => {
                    flow_indicators = true;
                    block_indicators = true;
                }
                _ => {}
            }
        }
        if !is_printable(c) {
            special_characters = true;
        }
        if c == ' ' {
            if i == 0 {
                leading_space = true;
            }
            if i + 1 == n {
                trailing_space = true;
            }
            if previous_break {
                break_space = true;
            }
            previous_space = true;
            previous_break = false;
        } else if is_break(c) {
            line_breaks = true;
            if i == 0 {
                leading_break = true;
            }
            if i + 1 == n {
                trailing_break = true;
            }
            if previous_space {
                space_break = true;
            }
            previous_space = false;
            previous_break = true;
        } else {
            previous_space = false;
            previous_break = false;
        }
        preceded_by_whitespace = is_blankz(c);
    }

    let mut a = Analysis {
        multiline: line_breaks,
        flow_plain_allowed: true,
        block_plain_allowed: true,
        single_quoted_allowed: true,
        block_allowed: true,
    };
    if leading_space || leading_break || trailing_space || trailing_break {
        a.flow_plain_allowed = false;
        a.block_plain_allowed = false;
    }
    if trailing_space {
        a.block_allowed = false;
    }
    if break_space {
        a.flow_plain_allowed = false;
        a.block_plain_allowed = false;
        a.single_quoted_allowed = false;
    }
    if space_break || special_characters {
        a.flow_plain_allowed = false;
        a.block_plain_allowed = false;
        a.single_quoted_allowed = false;
        a.block_allowed = false;
    }
    if line_breaks {
        a.flow_plain_allowed = false;
        a.block_plain_allowed = false;
    }
    if flow_indicators {
        a.flow_plain_allowed = false;
    }
    if block_indicators {
        a.block_plain_allowed = false;
    }
    a
}

/// The emitter state that matters for the event subset we produce.
struct Emitter {
    out: String,
    column: usize,
    indent: i64,
    indents: Vec<i64>,
    whitespace: bool,
    indention: bool,
    /// Flow nesting depth; stays 0 because only empty flow collections are produced.
    flow_level: usize,
    mapping_context: bool,
    simple_key_context: bool,
}

/// Serialises one document the way go-yaml v2 `yaml.Marshal` does (implicit document start,
/// no `---`, ends with a line break).
pub(super) fn emit_document(value: &Value) -> String {
    let mut e = Emitter {
        out: String::new(),
        column: 0,
        indent: -1,
        indents: Vec::new(),
        whitespace: true,
        indention: true,
        flow_level: 0,
        mapping_context: false,
        simple_key_context: false,
    };
    e.emit_node(value, false, false);
    // DOCUMENT-END (implicit): break the last line.
    e.write_indent();
    e.out
}

impl Emitter {
    fn put(&mut self, c: char) {
        self.out.push(c);
        self.column += 1;
    }

    fn put_break(&mut self) {
        self.out.push('\n');
        self.column = 0;
    }

    fn write_break(&mut self, c: char) {
        if c == '\n' {
            self.put_break();
        } else {
            self.put(c);
            self.column = 0;
        }
    }

    fn increase_indent(&mut self, flow: bool, indentless: bool) {
        self.indents.push(self.indent);
        if self.indent < 0 {
            self.indent = if flow { BEST_INDENT } else { 0 };
        } else if !indentless {
            self.indent += BEST_INDENT;
        }
    }

    fn pop_indent(&mut self) {
        self.indent = self.indents.pop().unwrap_or(-1);
    }

    fn write_indent(&mut self) {
        let indent = self.indent.max(0) as usize;
        if !self.indention || self.column > indent || (self.column == indent && !self.whitespace) {
            self.put_break();
        }
        while self.column < indent {
            self.put(' ');
        }
        self.whitespace = true;
        self.indention = true;
    }

    fn write_indicator(&mut self, s: &str, need_ws: bool, is_ws: bool, is_indention: bool) {
        if need_ws && !self.whitespace {
            self.put(' ');
        }
        for c in s.chars() {
            self.put(c);
        }
        self.whitespace = is_ws;
        self.indention = self.indention && is_indention;
    }

    /// `yaml_emitter_emit_node` for a value. The root and sequence context flags are not
    /// tracked: in go-yaml they only feed `open_ended`, which `yaml.Marshal` resets before the
    /// stream end.
    fn emit_node(&mut self, value: &Value, mapping: bool, simple_key: bool) {
        self.mapping_context = mapping;
        self.simple_key_context = simple_key;
        match value {
            Value::Array(items) => self.emit_sequence(items),
            Value::Object(map) => self.emit_mapping(map),
            _ => {
                if let Some(scalar) = Scalar::for_value(value) {
                    let analysis = analyze(&scalar.chars);
                    self.emit_scalar(&scalar, analysis);
                }
            }
        }
    }

    fn emit_sequence(&mut self, items: &[Value]) {
        if self.flow_level > 0 || items.is_empty() {
            // Only empty flow sequences are produced: `[` then `]` (the indentation pushed
            // and popped in between has no visible effect).
            self.write_indicator("[", true, true, false);
            self.write_indicator("]", false, false, false);
            return;
        }
        let indentless = self.mapping_context && !self.indention;
        self.increase_indent(false, indentless);
        for item in items {
            self.write_indent();
            self.write_indicator("-", true, false, true);
            self.emit_node(item, false, false);
        }
        self.pop_indent();
    }

    fn emit_mapping(&mut self, map: &Map<String, Value>) {
        if self.flow_level > 0 || map.is_empty() {
            // Only empty flow mappings are produced: `{` then `}`.
            self.write_indicator("{", true, true, false);
            self.write_indicator("}", false, false, false);
            return;
        }
        let mut keys: Vec<&String> = map.keys().collect();
        keys.sort_by(|a, b| key_cmp(a, b));
        self.increase_indent(false, false);
        for key in keys {
            let Some(value) = map.get(key) else { continue };
            let key_scalar = Scalar::string(key);
            let analysis = analyze(&key_scalar.chars);
            self.write_indent();
            let simple = !analysis.multiline && key_scalar.byte_len <= MAX_SIMPLE_KEY_LEN;
            if simple {
                self.mapping_context = true;
                self.simple_key_context = true;
                self.emit_scalar(&key_scalar, analysis);
                self.write_indicator(":", false, false, false);
            } else {
                self.write_indicator("?", true, false, true);
                self.mapping_context = true;
                self.simple_key_context = false;
                self.emit_scalar(&key_scalar, analysis);
                self.write_indent();
                self.write_indicator(":", true, false, true);
            }
            self.emit_node(value, true, false);
        }
        self.pop_indent();
    }

    /// `yaml_emitter_select_scalar_style`.
    fn select_style(&self, scalar: &Scalar, a: &Analysis) -> Style {
        let mut style = scalar.style;
        if self.simple_key_context && a.multiline {
            style = Style::DoubleQuoted;
        }
        if style == Style::Plain {
            if (self.flow_level > 0 && !a.flow_plain_allowed)
                || (self.flow_level == 0 && !a.block_plain_allowed)
            {
                style = Style::SingleQuoted;
            }
            if scalar.chars.is_empty() && (self.flow_level > 0 || self.simple_key_context) {
                style = Style::SingleQuoted;
            }
        }
        if style == Style::SingleQuoted && !a.single_quoted_allowed {
            style = Style::DoubleQuoted;
        }
        if style == Style::Literal
            && (!a.block_allowed || self.flow_level > 0 || self.simple_key_context)
        {
            style = Style::DoubleQuoted;
        }
        style
    }

    /// `yaml_emitter_emit_scalar`.
    fn emit_scalar(&mut self, scalar: &Scalar, analysis: Analysis) {
        let style = self.select_style(scalar, &analysis);
        self.increase_indent(true, false);
        let allow_breaks = !self.simple_key_context;
        match style {
            Style::Plain => self.write_plain(&scalar.chars, allow_breaks),
            Style::SingleQuoted => self.write_single_quoted(&scalar.chars, allow_breaks),
            Style::DoubleQuoted => self.write_double_quoted(&scalar.chars, allow_breaks),
            Style::Literal => self.write_literal(&scalar.chars),
        }
        self.pop_indent();
    }

    fn write_plain(&mut self, v: &[char], allow_breaks: bool) {
        if !self.whitespace {
            self.put(' ');
        }
        let mut spaces = false;
        let mut breaks = false;
        for (i, &c) in v.iter().enumerate() {
            if c == ' ' {
                if allow_breaks && !spaces && self.column > BEST_WIDTH && v.get(i + 1) != Some(&' ')
                {
                    self.write_indent();
                } else {
                    self.put(c);
                }
                spaces = true;
            } else if is_break(c) {
                if !breaks && c == '\n' {
                    self.put_break();
                }
                self.write_break(c);
                self.indention = true;
                breaks = true;
            } else {
                if breaks {
                    self.write_indent();
                }
                self.put(c);
                self.indention = false;
                spaces = false;
                breaks = false;
            }
        }
        self.whitespace = false;
        self.indention = false;
    }

    fn write_single_quoted(&mut self, v: &[char], allow_breaks: bool) {
        self.write_indicator("'", true, false, false);
        let mut spaces = false;
        let mut breaks = false;
        let n = v.len();
        for (i, &c) in v.iter().enumerate() {
            if c == ' ' {
                if allow_breaks
                    && !spaces
                    && self.column > BEST_WIDTH
                    && i > 0
                    && i + 1 < n
                    && v.get(i + 1) != Some(&' ')
                {
                    self.write_indent();
                } else {
                    self.put(c);
                }
                spaces = true;
            } else if is_break(c) {
                if !breaks && c == '\n' {
                    self.put_break();
                }
                self.write_break(c);
                self.indention = true;
                breaks = true;
            } else {
                if breaks {
                    self.write_indent();
                }
                if c == '\'' {
                    self.put('\'');
                }
                self.put(c);
                self.indention = false;
                spaces = false;
                breaks = false;
            }
        }
        self.write_indicator("'", false, false, false);
        self.whitespace = false;
        self.indention = false;
    }

    fn write_double_quoted(&mut self, v: &[char], allow_breaks: bool) {
        let mut spaces = false;
        self.write_indicator("\"", true, false, false);
        let n = v.len();
        for (i, &c) in v.iter().enumerate() {
            if !is_printable(c) || c == '\u{FEFF}' || is_break(c) || c == '"' || c == '\\' {
                self.put('\\');
                match c {
                    '\0' => self.put('0'),
                    '\u{07}' => self.put('a'),
                    '\u{08}' => self.put('b'),
                    '\t' => self.put('t'),
                    '\n' => self.put('n'),
                    '\u{0B}' => self.put('v'),
                    '\u{0C}' => self.put('f'),
                    '\r' => self.put('r'),
                    '\u{1B}' => self.put('e'),
                    '"' => self.put('"'),
                    '\\' => self.put('\\'),
                    '\u{85}' => self.put('N'),
                    '\u{A0}' => self.put('_'),
                    '\u{2028}' => self.put('L'),
                    '\u{2029}' => self.put('P'),
                    _ => {
                        let v = u32::from(c);
                        let (letter, width) = if v <= 0xFF {
                            ('x', 2)
                        } else if v <= 0xFFFF {
                            ('u', 4)
                        } else {
                            ('U', 8)
                        };
                        self.put(letter);
                        for k in (0..width).rev() {
                            let digit = (v >> (k * 4)) & 0x0F;
                            let d = char::from_digit(digit, 16).unwrap_or('0');
                            self.put(d.to_ascii_uppercase());
                        }
                    }
                }
                spaces = false;
            } else if c == ' ' {
                if allow_breaks && !spaces && self.column > BEST_WIDTH && i > 0 && i + 1 < n {
                    self.write_indent();
                    if v.get(i + 1) == Some(&' ') {
                        self.put('\\');
                    }
                } else {
                    self.put(c);
                }
                spaces = true;
            } else {
                self.put(c);
                spaces = false;
            }
        }
        self.write_indicator("\"", false, false, false);
        self.whitespace = false;
        self.indention = false;
    }

    fn write_block_scalar_hints(&mut self, v: &[char]) {
        if let Some(&first) = v.first()
            && (first == ' ' || is_break(first))
        {
            let hint = BEST_INDENT.to_string();
            self.write_indicator(&hint, false, false, false);
        }
        let chomp = match v {
            [] => Some("-"),
            [.., last] if !is_break(*last) => Some("-"),
            [_] => Some("+"),
            [.., before, _] if is_break(*before) => Some("+"),
            _ => None,
        };
        if let Some(chomp) = chomp {
            self.write_indicator(chomp, false, false, false);
        }
    }

    fn write_literal(&mut self, v: &[char]) {
        self.write_indicator("|", true, false, false);
        self.write_block_scalar_hints(v);
        self.put_break();
        self.indention = true;
        self.whitespace = true;
        let mut breaks = true;
        for &c in v {
            if is_break(c) {
                self.write_break(c);
                self.indention = true;
                breaks = true;
            } else {
                if breaks {
                    self.write_indent();
                }
                self.put(c);
                self.indention = false;
                breaks = false;
            }
        }
    }
}
