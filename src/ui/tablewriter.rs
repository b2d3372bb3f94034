//! olekukonko/tablewriter v0.0.5 as flux configures it for `get`, `events` and `stats`
//! (operate.md §1.6): borderless, TAB padding, headers upper-cased by tablewriter's `Title`,
//! multi-line cells, widths in terminal cells (East-Asian wide = 2, ANSI colours ignored).
//! Mirrors flux2 `pkg/printers/table_printer.go`.

use unicode_width::UnicodeWidthStr;

/// tablewriter's `Title`: `_` → space, `.` → space unless between digits or spaces, trimmed,
/// upper-cased.
pub fn title(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    let mut out = String::with_capacity(name.len());
    for (i, &c) in chars.iter().enumerate() {
        match c {
            '_' => out.push(' '),
            '.' => {
                let keep = i > 0
                    && i + 1 < chars.len()
                    && (chars[i - 1].is_ascii_digit() || chars[i - 1] == ' ')
                    && (chars[i + 1].is_ascii_digit() || chars[i + 1] == ' ');
                out.push(if keep { '.' } else { ' ' });
            }
            c => out.push(c),
        }
    }
    out.trim().to_uppercase()
}

/// The display width of `s` in terminal cells, ANSI colour sequences (`ESC [ … m|K`) removed.
pub fn display_width(s: &str) -> usize {
    if !s.contains('\x1b') {
        return UnicodeWidthStr::width(s);
    }
    let mut plain = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(pos) = rest.find("\x1b[") {
        plain.push_str(&rest[..pos]);
        let after = &rest[pos + 2..];
        let body = after
            .find(|c: char| !(c.is_ascii_digit() || c == ';'))
            .unwrap_or(after.len());
        match after[body..].chars().next() {
            Some('m' | 'K') => rest = &after[body + 1..],
            _ => {
                plain.push_str("\x1b[");
                rest = after;
            }
        }
    }
    plain.push_str(rest);
    UnicodeWidthStr::width(plain.as_str())
}

fn pad(out: &mut String, s: &str, width: usize) {
    out.push_str(s);
    for _ in display_width(s)..width {
        out.push(' ');
    }
}

/// Renders a table. `headers` are given as the command names them (`Last scan`); `None` or
/// an empty slice prints no header line. Every data line ends with a TAB, the header line with
/// a space.
pub fn render(headers: Option<&[&str]>, rows: &[Vec<String>]) -> String {
    let headers = headers.filter(|h| !h.is_empty());
    let cols = headers
        .map(<[&str]>::len)
        .unwrap_or(0)
        .max(rows.iter().map(Vec::len).max().unwrap_or(0));
    let mut widths = vec![0usize; cols];
    if let Some(h) = headers {
        for (i, cell) in h.iter().enumerate() {
            widths[i] = widths[i].max(display_width(cell));
        }
    }
    for row in rows {
        for (i, cell) in row.iter().enumerate() {
            for line in cell.split('\n') {
                widths[i] = widths[i].max(display_width(line));
            }
        }
    }
    let mut out = String::new();
    if let Some(h) = headers {
        for (i, w) in widths.iter().enumerate() {
            let cell = h.get(i).map(|c| title(c)).unwrap_or_default();
            pad(&mut out, &cell, *w);
            out.push(if i + 1 == cols { ' ' } else { '\t' });
        }
        out.push('\n');
    }
    for row in rows {
        let lines: Vec<Vec<&str>> = (0..cols)
            .map(|i| row.get(i).map_or(vec![""], |c| c.split('\n').collect()))
            .collect();
        let height = lines.iter().map(Vec::len).max().unwrap_or(1);
        for k in 0..height {
            for (i, w) in widths.iter().enumerate() {
                pad(&mut out, lines[i].get(k).copied().unwrap_or("  "), *w);
                out.push('\t');
            }
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_space_rows_tab() {
        let t = render(
            Some(&["Name", "Ready"]),
            &[vec!["podinfo".into(), "True".into()]],
        );
        assert_eq!(t, "NAME   \tREADY \npodinfo\tTrue \t\n");
        assert_eq!(render(None, &[vec!["a".into()]]), "a\t\n");
        assert_eq!(render(Some(&["Name"]), &[]), "NAME \n");
    }

    #[test]
    fn multi_line_cells_pad_missing_lines_with_two_spaces() {
        let t = render(
            Some(&["Name", "Message"]),
            &[vec![
                "apps".into(),
                "health check failed:\nDeployment not ready".into(),
            ]],
        );
        assert_eq!(
            t,
            "NAME\tMESSAGE              \napps\thealth check failed:\t\n    \tDeployment not ready\t\n"
        );
        // A column narrower than two cells gets the two spaces unpadded.
        let t = render(None, &[vec!["a".into(), "x\ny".into()]]);
        assert_eq!(t, "a\tx\t\n  \ty\t\n");
    }

    #[test]
    fn titles_and_widths() {
        assert_eq!(title("Last scan"), "LAST SCAN");
        assert_eq!(title("a_b.c"), "A B C");
        assert_eq!(title("v1.2"), "V1.2");
        assert_eq!(display_width("\x1b[31mred\x1b[0m"), 3);
        assert_eq!(display_width("日本"), 4);
    }
}
