//! Aligned plain-text tables for the human-readable CLI output.

use crate::text::truncate;
use unicode_width::UnicodeWidthStr;

/// A table with a header row; columns are padded to their widest cell, the last column is not.
pub struct Table {
    header: Vec<String>,
    rows: Vec<Vec<String>>,
    /// Longest a cell may be, per column; longer cells are cut with an ellipsis.
    max: Vec<usize>,
}

impl Table {
    pub fn new(header: &[&str]) -> Table {
        Table {
            header: header.iter().map(|h| h.to_string()).collect(),
            rows: Vec::new(),
            max: vec![60; header.len()],
        }
    }

    /// Caps column `col` at `width` display columns.
    pub fn max_width(mut self, col: usize, width: usize) -> Table {
        self.max[col] = width;
        self
    }

    pub fn row(&mut self, cells: Vec<String>) {
        self.rows.push(cells);
    }

    pub fn render(&self) -> String {
        let cells: Vec<Vec<String>> = std::iter::once(&self.header)
            .chain(&self.rows)
            .map(|r| {
                r.iter()
                    .enumerate()
                    .map(|(i, c)| truncate(c, self.max[i]))
                    .collect()
            })
            .collect();
        let n = self.header.len();
        let widths: Vec<usize> = (0..n)
            .map(|i| {
                cells
                    .iter()
                    .map(|r| r.get(i).map_or(0, |c| c.width()))
                    .max()
                    .unwrap_or(0)
            })
            .collect();
        let mut out = String::new();
        for row in &cells {
            let mut line = String::new();
            for (i, cell) in row.iter().enumerate() {
                line.push_str(cell);
                if i + 1 < n {
                    line.push_str(&" ".repeat(widths[i] - cell.width() + 2));
                }
            }
            out.push_str(line.trim_end());
            out.push('\n');
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pads_columns_and_truncates() {
        let mut t = Table::new(&["id", "title"]).max_width(1, 6);
        t.row(vec!["a".into(), "short".into()]);
        t.row(vec!["long-id".into(), "a long title".into()]);
        assert_eq!(
            t.render(),
            "id       title\na        short\nlong-id  a lon…\n"
        );
    }
}
