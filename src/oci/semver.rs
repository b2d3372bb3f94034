//! Masterminds semver v3 versions and constraints, as `flux list artifacts --filter-semver`
//! uses them: `||` of AND groups (space or comma separated), operators `= != > < >= <= =< ~ ~>
//! ^`, wildcards `x X *`, partial versions, hyphen ranges, and v3's rule that a pre-release
//! version only satisfies a constraint that itself names a pre-release.

use std::cmp::Ordering;

/// A parsed version (`v` prefix allowed, partial versions filled with zeros).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Version {
    major: u64,
    minor: u64,
    patch: u64,
    pre: String,
}

fn parse_num(s: &str) -> Option<u64> {
    (!s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse().ok())
        .flatten()
}

fn valid_ident(s: &str) -> bool {
    !s.is_empty()
        && s.split('.')
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'))
}

impl Version {
    /// Masterminds `NewVersion` (non-strict).
    pub fn parse(s: &str) -> Option<Self> {
        let s = s.strip_prefix('v').unwrap_or(s);
        let (s, meta) = match s.split_once('+') {
            Some((a, m)) => (a, Some(m)),
            None => (s, None),
        };
        if meta.is_some_and(|m| !valid_ident(m)) {
            return None;
        }
        let (core, pre) = match s.split_once('-') {
            Some((a, p)) => (a, p),
            None => (s, ""),
        };
        if !pre.is_empty() && !valid_ident(pre) {
            return None;
        }
        let parts: Vec<&str> = core.split('.').collect();
        if parts.is_empty() || parts.len() > 3 {
            return None;
        }
        let n = |i: usize| parts.get(i).map_or(Some(0), |p| parse_num(p));
        Some(Self {
            major: n(0)?,
            minor: n(1)?,
            patch: n(2)?,
            pre: pre.to_string(),
        })
    }

    fn cmp_pre(a: &str, b: &str) -> Ordering {
        match (a.is_empty(), b.is_empty()) {
            (true, true) => return Ordering::Equal,
            (true, false) => return Ordering::Greater,
            (false, true) => return Ordering::Less,
            _ => {}
        }
        let (mut x, mut y) = (a.split('.'), b.split('.'));
        loop {
            match (x.next(), y.next()) {
                (None, None) => return Ordering::Equal,
                (None, Some(_)) => return Ordering::Less,
                (Some(_), None) => return Ordering::Greater,
                (Some(p), Some(q)) => {
                    let o = match (parse_num(p), parse_num(q)) {
                        (Some(m), Some(n)) => m.cmp(&n),
                        (Some(_), None) => Ordering::Less,
                        (None, Some(_)) => Ordering::Greater,
                        (None, None) => p.cmp(q),
                    };
                    if o != Ordering::Equal {
                        return o;
                    }
                }
            }
        }
    }
}

impl Ord for Version {
    fn cmp(&self, o: &Self) -> Ordering {
        (self.major, self.minor, self.patch)
            .cmp(&(o.major, o.minor, o.patch))
            .then_with(|| Self::cmp_pre(&self.pre, &o.pre))
    }
}

impl PartialOrd for Version {
    fn partial_cmp(&self, o: &Self) -> Option<Ordering> {
        Some(self.cmp(o))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Op {
    Eq,
    Ne,
    Gt,
    Lt,
    Ge,
    Le,
    Tilde,
    Caret,
}

/// One `<op><version>` term; `dirty` = how many trailing parts were wildcards or missing.
#[derive(Debug, Clone)]
struct Term {
    op: Op,
    v: Version,
    /// 0 = full, 1 = patch wild, 2 = minor wild, 3 = all wild.
    wild: u8,
}

fn parse_term(s: &str) -> Option<Term> {
    let ops = [
        (">=", Op::Ge),
        ("=>", Op::Ge),
        ("<=", Op::Le),
        ("=<", Op::Le),
        ("!=", Op::Ne),
        ("~>", Op::Tilde),
        (">", Op::Gt),
        ("<", Op::Lt),
        ("=", Op::Eq),
        ("~", Op::Tilde),
        ("^", Op::Caret),
    ];
    let (op, rest) = ops
        .iter()
        .find_map(|(p, o)| s.strip_prefix(p).map(|r| (*o, r.trim())))
        .unwrap_or((Op::Eq, s));
    let rest = rest.strip_prefix('v').unwrap_or(rest);
    if rest.is_empty() {
        return None;
    }
    let (core, tail) = match rest.find(['-', '+']) {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, ""),
    };
    let parts: Vec<&str> = core.split('.').collect();
    if parts.len() > 3 {
        return None;
    }
    let is_wild = |p: &str| matches!(p, "x" | "X" | "*");
    let mut nums = [0u64; 3];
    let mut wild = 0u8;
    for (i, num) in nums.iter_mut().enumerate() {
        match parts.get(i) {
            None => {
                wild = wild.max(3 - i as u8);
            }
            Some(p) if is_wild(p) => {
                wild = wild.max(3 - i as u8);
            }
            Some(p) => {
                if wild > 0 {
                    // A number after a wildcard: treated as wild too.
                    continue;
                }
                *num = parse_num(p)?;
            }
        }
    }
    let v = Version::parse(&format!("{}.{}.{}{tail}", nums[0], nums[1], nums[2]))?;
    Some(Term { op, v, wild })
}

impl Term {
    fn check(&self, v: &Version) -> bool {
        if !v.pre.is_empty() && self.v.pre.is_empty() {
            return false;
        }
        let c = &self.v;
        let upper = |w: u8| -> Option<Version> {
            // The exclusive upper bound of a wildcard range.
            match w {
                0 => None,
                1 => Some(Version {
                    major: c.major,
                    minor: c.minor + 1,
                    patch: 0,
                    pre: String::new(),
                }),
                2 => Some(Version {
                    major: c.major + 1,
                    minor: 0,
                    patch: 0,
                    pre: String::new(),
                }),
                _ => None,
            }
        };
        let in_wild_range = || {
            if self.wild == 3 {
                return true;
            }
            match upper(self.wild) {
                Some(u) => v >= c && *v < u,
                None => v == c,
            }
        };
        match self.op {
            Op::Eq => in_wild_range(),
            Op::Ne => !in_wild_range(),
            Op::Gt => match self.wild {
                3 => false,
                0 => v > c,
                w => upper(w).is_some_and(|u| *v >= u),
            },
            Op::Ge => self.wild == 3 || v >= c,
            Op::Lt => self.wild != 3 && v < c,
            Op::Le => match self.wild {
                3 => true,
                0 => v <= c,
                w => upper(w).is_some_and(|u| *v < u),
            },
            Op::Tilde => {
                if self.wild == 3 {
                    return true;
                }
                let u = if self.wild == 2 { upper(2) } else { upper(1) };
                v >= c && u.is_some_and(|u| *v < u)
            }
            Op::Caret => {
                if self.wild == 3 {
                    return true;
                }
                let u = if c.major > 0 || self.wild == 2 {
                    Version {
                        major: c.major + 1,
                        minor: 0,
                        patch: 0,
                        pre: String::new(),
                    }
                } else if c.minor > 0 || self.wild == 1 {
                    Version {
                        major: 0,
                        minor: c.minor + 1,
                        patch: 0,
                        pre: String::new(),
                    }
                } else {
                    Version {
                        major: 0,
                        minor: 0,
                        patch: c.patch + 1,
                        pre: String::new(),
                    }
                };
                v >= c && *v < u
            }
        }
    }
}

/// A parsed constraint: OR of AND groups.
#[derive(Debug, Clone)]
pub struct Constraint {
    groups: Vec<Vec<Term>>,
}

impl Constraint {
    /// Masterminds `NewConstraint`; the error is its text.
    pub fn parse(s: &str) -> Result<Self, String> {
        let improper = |t: &str| format!("improper constraint: {t}");
        let mut groups = Vec::new();
        for group in s.split("||") {
            let g = group.trim();
            if g.is_empty() {
                return Err(improper(s));
            }
            let mut terms = Vec::new();
            // Hyphen ranges: "a - b".
            let tokens: Vec<&str> = g.split([' ', ',']).filter(|t| !t.is_empty()).collect();
            let mut i = 0;
            let mut pending_op: Option<&str> = None;
            while i < tokens.len() {
                let t = tokens[i];
                if i + 2 < tokens.len() && tokens[i + 1] == "-" {
                    let lo = parse_term(&format!(">={t}")).ok_or_else(|| improper(g))?;
                    let hi =
                        parse_term(&format!("<={}", tokens[i + 2])).ok_or_else(|| improper(g))?;
                    terms.push(lo);
                    terms.push(hi);
                    i += 3;
                    continue;
                }
                // An operator separated from its version by spaces (">= 1.2").
                if t.bytes().all(|b| b"<>=!~^".contains(&b)) {
                    pending_op = Some(t);
                    i += 1;
                    continue;
                }
                let text = match pending_op.take() {
                    Some(op) => format!("{op}{t}"),
                    None => t.to_string(),
                };
                terms.push(parse_term(&text).ok_or_else(|| improper(g))?);
                i += 1;
            }
            if pending_op.is_some() || terms.is_empty() {
                return Err(improper(g));
            }
            groups.push(terms);
        }
        Ok(Self { groups })
    }

    /// Whether `v` satisfies the constraint.
    pub fn check(&self, v: &Version) -> bool {
        self.groups.iter().any(|g| g.iter().all(|t| t.check(v)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(c: &str, v: &str) -> bool {
        Constraint::parse(c)
            .unwrap()
            .check(&Version::parse(v).unwrap())
    }

    #[test]
    fn masterminds_semantics() {
        assert!(ok(">=1.0.0", "1.2.3"));
        assert!(!ok(">=1.0.0", "0.9.9"));
        assert!(ok(">=1.0.0 <2.0.0", "1.9.9"));
        assert!(!ok(">=1.0.0, <2.0.0", "2.0.0"));
        assert!(ok("1.x", "1.5.0"));
        assert!(!ok("1.x", "2.0.0"));
        assert!(ok("~1.2.3", "1.2.9"));
        assert!(!ok("~1.2.3", "1.3.0"));
        assert!(ok("^1.2.3", "1.9.0"));
        assert!(!ok("^0.2.3", "0.3.0"));
        assert!(ok("<1.0.0 || >=3.0.0", "3.1.0"));
        assert!(!ok("<1.0.0 || >=3.0.0", "2.0.0"));
        assert!(!ok(">=1.0.0", "1.2.3-rc.1"));
        assert!(ok(">=1.0.0-0", "1.2.3-rc.1"));
        assert!(ok("1.2 - 1.4", "1.4.9"));
        assert!(!ok("1.2 - 1.4", "1.5.0"));
        assert!(ok(">1.2", "1.3.0"));
        assert!(!ok(">1.2", "1.2.9"));
        assert!(ok("*", "9.9.9"));
        assert!(ok("!=1.2.3", "1.2.4"));
        assert!(ok("v1.2.3", "v1.2.3"));
        assert!(Version::parse("v1.2.3") < Version::parse("v1.10.0"));
        assert_eq!(
            Constraint::parse("foo").unwrap_err(),
            "improper constraint: foo"
        );
        assert!(Constraint::parse(">= ").is_err());
    }
}
