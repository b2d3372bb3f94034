//! The gitignore dialect of `--ignore-paths` (artifacts-create.md §A.3.1): a port of the
//! go-git `plumbing/format/gitignore` pattern matcher as used by fluxcd/pkg `sourceignore`,
//! including its quirks (excluded directories are not pruned, `/**` matches nothing,
//! malformed globs never match). Paths are given as components relative to the artifact root.

/// One parsed pattern line.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Pattern {
    /// The pattern split on `/` (a leading `/` gives an empty first element).
    parts: Vec<String>,
    /// `!pattern`: re-includes what it matches.
    inclusion: bool,
    /// `pattern/`: matches directories only (and, for globs, their descendants).
    dir_only: bool,
    /// Contains a `/`: anchored at the root and matched component by component.
    is_glob: bool,
}

/// What one pattern says about a path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum MatchResult {
    NoMatch,
    Exclude,
    Include,
}

/// An ordered list of patterns; the last matching pattern decides.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Matcher {
    patterns: Vec<Pattern>,
}

impl Matcher {
    /// Parses `--ignore-paths` values: they are joined with newlines and read line by line,
    /// dropping blank lines and lines starting with `#` (sourceignore `ReadPatterns`).
    pub fn new<S: AsRef<str>>(ignore_paths: &[S]) -> Self {
        let joined = ignore_paths
            .iter()
            .map(AsRef::as_ref)
            .collect::<Vec<_>>()
            .join("\n");
        let patterns = joined
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .map(parse_pattern)
            .collect();
        Self { patterns }
    }

    /// Whether the matcher has no patterns at all (then nothing is ever excluded).
    pub fn is_empty(&self) -> bool {
        self.patterns.is_empty()
    }

    /// Whether the path (components relative to the root; empty = the root itself) is excluded.
    pub fn is_excluded(&self, path: &[&str], is_dir: bool) -> bool {
        for p in self.patterns.iter().rev() {
            match p.matches(path, is_dir) {
                MatchResult::NoMatch => continue,
                MatchResult::Exclude => return true,
                MatchResult::Include => return false,
            }
        }
        false
    }
}

fn parse_pattern(line: &str) -> Pattern {
    let mut p = line;
    let mut inclusion = false;
    if let Some(rest) = p.strip_prefix('!') {
        inclusion = true;
        p = rest;
    }
    if !p.ends_with("\\ ") {
        p = p.trim_end_matches(' ');
    }
    let mut dir_only = false;
    if let Some(rest) = p.strip_suffix('/') {
        dir_only = true;
        p = rest;
    }
    Pattern {
        parts: p.split('/').map(str::to_string).collect(),
        inclusion,
        dir_only,
        is_glob: p.contains('/'),
    }
}

impl Pattern {
    fn matches(&self, path: &[&str], is_dir: bool) -> MatchResult {
        // The domain (the root) itself is never matched.
        if path.is_empty() {
            return MatchResult::NoMatch;
        }
        let hit = if self.is_glob {
            self.glob_match(path, is_dir)
        } else {
            self.simple_name_match(path, is_dir)
        };
        match (hit, self.inclusion) {
            (false, _) => MatchResult::NoMatch,
            (true, true) => MatchResult::Include,
            (true, false) => MatchResult::Exclude,
        }
    }

    fn simple_name_match(&self, path: &[&str], is_dir: bool) -> bool {
        let pat = &self.parts[0];
        for (i, name) in path.iter().enumerate() {
            match go_match(pat, name) {
                None => return false,
                Some(false) => continue,
                Some(true) => {}
            }
            if self.dir_only && !is_dir && i == path.len() - 1 {
                return false;
            }
            return true;
        }
        false
    }

    fn glob_match(&self, mut path: &[&str], is_dir: bool) -> bool {
        let mut matched = false;
        let mut can_traverse = false;
        for (i, pat) in self.parts.iter().enumerate() {
            if pat.is_empty() {
                can_traverse = false;
                continue;
            }
            if pat == "**" {
                if i == self.parts.len() - 1 {
                    break;
                }
                can_traverse = true;
                continue;
            }
            if pat.contains("**") {
                return false;
            }
            if path.is_empty() {
                return false;
            }
            if can_traverse {
                can_traverse = false;
                while let Some((first, rest)) = path.split_first() {
                    path = rest;
                    match go_match(pat, first) {
                        None => return false,
                        Some(true) => {
                            matched = true;
                            break;
                        }
                        Some(false) if path.is_empty() => matched = false,
                        Some(false) => {}
                    }
                }
            } else {
                match go_match(pat, path[0]) {
                    Some(true) => {}
                    _ => return false,
                }
                matched = true;
                path = &path[1..];
            }
        }
        if matched && self.dir_only && !is_dir && path.is_empty() {
            matched = false;
        }
        matched
    }
}

/// Go's `filepath.Match` on one path component (Unix: `/` is the separator, `\` escapes).
/// `None` is `ErrBadPattern`.
pub fn go_match(pattern: &str, name: &str) -> Option<bool> {
    let mut pattern: &str = pattern;
    let mut name: &str = name;
    'pattern: while !pattern.is_empty() {
        let (star, chunk, rest) = scan_chunk(pattern);
        pattern = rest;
        if star && chunk.is_empty() {
            // Trailing `*` matches the rest unless it contains a separator.
            return Some(!name.contains('/'));
        }
        // Look for a match at the current position.
        let (t, ok) = match_chunk(chunk, name)?;
        // Without a star the chunk must match here; with a star, also accept a later position
        // as long as the rest of the pattern is consumed at the end.
        if ok && (t.is_empty() || !pattern.is_empty()) {
            name = t;
            continue;
        }
        if star {
            let mut i = 0;
            let chars: Vec<(usize, char)> = name.char_indices().collect();
            while i < chars.len() && chars[i].1 != '/' {
                let pos = chars[i].0 + chars[i].1.len_utf8();
                let (t, ok) = match_chunk(chunk, &name[pos..])?;
                if ok {
                    if pattern.is_empty() && !t.is_empty() {
                        i += 1;
                        continue;
                    }
                    name = t;
                    continue 'pattern;
                }
                i += 1;
            }
        }
        // No match here; Go still validates the rest of the pattern.
        while !pattern.is_empty() {
            let (_, chunk, rest) = scan_chunk(pattern);
            pattern = rest;
            match_chunk(chunk, "")?;
        }
        return Some(false);
    }
    Some(name.is_empty())
}

/// Splits off the next `*`-separated chunk: (leading star, chunk, rest).
fn scan_chunk(mut pattern: &str) -> (bool, &str, &str) {
    let mut star = false;
    while let Some(rest) = pattern.strip_prefix('*') {
        pattern = rest;
        star = true;
    }
    let bytes = pattern.as_bytes();
    let mut in_range = false;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            // Skip the escaped character (if any).
            b'\\' if i + 1 < bytes.len() => i += 1,
            b'[' => in_range = true,
            b']' => in_range = false,
            b'*' if !in_range => break,
            _ => {}
        }
        i += 1;
    }
    (star, &pattern[..i], &pattern[i..])
}

/// Matches `chunk` at the start of `s`: `Some((rest, ok))`, `None` for a bad pattern.
fn match_chunk<'a>(chunk: &str, s: &'a str) -> Option<(&'a str, bool)> {
    let mut chunk = chunk;
    let mut s = s;
    // Once a mismatch is found, keep scanning only to detect a malformed pattern.
    let mut failed = false;
    while !chunk.is_empty() {
        if !failed && s.is_empty() {
            failed = true;
        }
        let c0 = chunk.chars().next()?;
        match c0 {
            '[' => {
                let mut r = '\0';
                if !failed {
                    let ch = s.chars().next()?;
                    r = ch;
                    s = &s[ch.len_utf8()..];
                }
                chunk = &chunk[1..];
                let mut negated = false;
                if let Some(rest) = chunk.strip_prefix('^') {
                    negated = true;
                    chunk = rest;
                }
                let mut found = false;
                let mut n_range = 0;
                loop {
                    if !chunk.is_empty() && chunk.starts_with(']') && n_range > 0 {
                        chunk = &chunk[1..];
                        break;
                    }
                    let (lo, rest) = get_esc(chunk)?;
                    chunk = rest;
                    let mut hi = lo;
                    if let Some(rest) = chunk.strip_prefix('-') {
                        let (h, rest) = get_esc(rest)?;
                        hi = h;
                        chunk = rest;
                    }
                    if lo <= r && r <= hi {
                        found = true;
                    }
                    n_range += 1;
                }
                if found == negated {
                    failed = true;
                }
            }
            '?' => {
                if !failed {
                    let ch = s.chars().next()?;
                    if ch == '/' {
                        failed = true;
                    }
                    s = &s[ch.len_utf8()..];
                }
                chunk = &chunk[1..];
            }
            '\\' => {
                chunk = &chunk[1..];
                let c = chunk.chars().next()?;
                if !failed {
                    if !s.starts_with(c) {
                        failed = true;
                    } else {
                        s = &s[c.len_utf8()..];
                    }
                }
                chunk = &chunk[c.len_utf8()..];
            }
            c => {
                if !failed {
                    if !s.starts_with(c) {
                        failed = true;
                    } else {
                        s = &s[c.len_utf8()..];
                    }
                }
                chunk = &chunk[c.len_utf8()..];
            }
        }
    }
    if failed {
        return Some(("", false));
    }
    Some((s, true))
}

/// One possibly escaped character of a `[...]` class; `None` for a malformed class.
fn get_esc(chunk: &str) -> Option<(char, &str)> {
    let c = chunk.chars().next()?;
    if c == '-' || c == ']' {
        return None;
    }
    let mut rest = &chunk[c.len_utf8()..];
    let mut r = c;
    if c == '\\' {
        r = rest.chars().next()?;
        rest = &rest[r.len_utf8()..];
    }
    if rest.is_empty() {
        return None;
    }
    Some((r, rest))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn excluded(patterns: &[&str], path: &str, is_dir: bool) -> bool {
        let m = Matcher::new(patterns);
        let parts: Vec<&str> = path.split('/').collect();
        m.is_excluded(&parts, is_dir)
    }

    #[test]
    fn go_filepath_match() {
        let cases: &[(&str, &str, Option<bool>)] = &[
            ("abc", "abc", Some(true)),
            ("*", "abc", Some(true)),
            ("*c", "abc", Some(true)),
            ("a*", "a", Some(true)),
            ("a*", "abc", Some(true)),
            ("a*", "ab/c", Some(false)),
            ("a*/b", "abc/b", Some(true)),
            ("a*b*c*d*e*/f", "axbxcxdxe/f", Some(true)),
            ("a*b?c*x", "abxbbxdbxebxczzx", Some(true)),
            ("a*b?c*x", "abxbbxdbxebxczzy", Some(false)),
            ("ab[c]", "abc", Some(true)),
            ("ab[b-d]", "abc", Some(true)),
            ("ab[e-g]", "abc", Some(false)),
            ("ab[^c]", "abc", Some(false)),
            ("ab[^b-d]", "abc", Some(false)),
            ("ab[^e-g]", "abc", Some(true)),
            ("a\\*b", "a*b", Some(true)),
            ("a\\*b", "ab", Some(false)),
            ("a?b", "a☺b", Some(true)),
            ("a[^a]b", "a☺b", Some(true)),
            ("a???b", "a☺b", Some(false)),
            ("*.jpg", "x.jpg", Some(true)),
            ("*.tar.gz", "a.tar.gz", Some(true)),
            ("[", "a", None),
            ("[^", "a", None),
            ("[]a]", "]", None),
            ("[-]", "-", None),
            ("[x-]", "x", None),
            ("a[", "a", None),
            ("a[", "x", None),
            ("*x", "xxx", Some(true)),
            ("\\", "a", None),
            ("a*", "ab[", Some(true)),
        ];
        for (p, s, want) in cases {
            assert_eq!(go_match(p, s), *want, "Match({p:?}, {s:?})");
        }
    }

    #[test]
    fn default_list() {
        let d: Vec<&str> = crate::oci::DEFAULT_IGNORE.to_vec();
        assert!(excluded(&d, ".git", true));
        assert!(excluded(&d, ".git/config", false));
        assert!(excluded(&d, "sub/.git/HEAD", false));
        assert!(!excluded(&d, ".git", false), "a file named .git is kept");
        assert!(excluded(&d, ".gitignore", false));
        assert!(excluded(&d, "a/b/logo.png", false));
        assert!(excluded(&d, "x.tar.gz", false));
        assert!(!excluded(&d, "artifact.tgz", false));
        assert!(!excluded(&d, "deploy/app.yaml", false));
        assert!(
            !Matcher::new(&d).is_excluded(&[], true),
            "the root is never excluded"
        );
    }

    #[test]
    fn anchored_negated_and_globstar() {
        assert!(excluded(&["somedir/git"], "somedir/git", true));
        assert!(excluded(&["somedir/git"], "somedir/git/x", false));
        assert!(!excluded(&["somedir/git"], "other/somedir/git", true));
        assert!(excluded(&["/deploy"], "deploy/a.yaml", false));
        assert!(!excluded(&["*", "!/deploy"], "deploy/a.yaml", false));
        assert!(excluded(&["*", "!/deploy"], "other.yaml", false));
        assert!(excluded(&["**/foo"], "a/b/foo", false));
        assert!(excluded(&["**/foo"], "foo", false));
        assert!(excluded(&["a/**/b"], "a/x/y/b", false));
        assert!(excluded(&["a/**"], "a/x", false));
        assert!(
            excluded(&["**"], "a/b", false),
            "without a slash, ** is a plain glob"
        );
        assert!(
            !excluded(&["/**"], "a", false),
            "a trailing ** after / alone matches nothing"
        );
        assert!(excluded(&["dir/"], "dir", true));
        assert!(!excluded(&["dir/"], "dir", false));
        assert!(excluded(&["dir/"], "dir/file", false));
        assert!(excluded(&["a/dir/"], "a/dir/file", false));
        assert!(!excluded(&["a/dir/"], "a/dir", false));
        // Last match wins; re-include a child of an excluded directory.
        assert!(!excluded(
            &["ignore-dir/", "!ignore-dir/keep.yaml"],
            "ignore-dir/keep.yaml",
            false
        ));
        assert!(excluded(
            &["ignore-dir/", "!ignore-dir/keep.yaml"],
            "ignore-dir",
            true
        ));
    }

    #[test]
    fn parsing() {
        assert!(excluded(&["# comment\n\nfoo  "], "foo", false));
        assert!(!excluded(&["#foo"], "#foo", false));
        assert!(
            excluded(&["foo\\ "], "foo ", false),
            "an escaped trailing space is kept"
        );
        assert!(
            excluded(&["foo   "], "foo", false),
            "trailing spaces are trimmed"
        );
        assert!(excluded(&["a,b"], "a,b", false));
        assert!(Matcher::new(&[""]).is_empty());
    }
}
