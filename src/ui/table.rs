//! flux's tablewriter layout: upper-case headers, tab-separated, padded to the widest cell
//! (artifacts-create.md §B.0.7).

use unicode_width_shim::width;

/// Renders a table: header cells upper-cased (`_` → space), each column as wide as its widest
/// cell; the header line ends with one space, data lines end with a tab after the last cell.
pub fn render(headers: &[&str], rows: &[Vec<String>], no_header: bool) -> String {
    let headers: Vec<String> = headers
        .iter()
        .map(|h| h.to_uppercase().replace('_', " "))
        .collect();
    let cols = headers.len();
    let mut widths: Vec<usize> = headers.iter().map(|h| width(h)).collect();
    for row in rows {
        for (i, cell) in row.iter().enumerate().take(cols) {
            widths[i] = widths[i].max(width(cell));
        }
    }
    let pad = |s: &str, w: usize| format!("{s}{}", " ".repeat(w.saturating_sub(width(s))));
    let mut out = String::new();
    if !no_header {
        let cells: Vec<String> = headers
            .iter()
            .enumerate()
            .map(|(i, h)| pad(h, widths[i]))
            .collect();
        out.push_str(&cells.join("\t"));
        out.push_str(" \n");
    }
    for row in rows {
        for (i, w) in widths.iter().enumerate() {
            let cell = row.get(i).map(String::as_str).unwrap_or("");
            out.push_str(&pad(cell, *w));
            out.push('\t');
        }
        out.push('\n');
    }
    out
}

mod unicode_width_shim {
    /// Display width: characters, with wide East Asian glyphs counted as one (flux's goldens
    /// contain ASCII only).
    pub fn width(s: &str) -> usize {
        s.chars().count()
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn header_ends_with_space_rows_with_tab() {
        let t = super::render(
            &["name", "ready"],
            &[vec!["podinfo".into(), "True".into()]],
            false,
        );
        assert_eq!(t, "NAME   \tREADY \npodinfo\tTrue \t\n");
    }
}
