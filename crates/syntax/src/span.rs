//! Byte spans and the line table that maps them back to PHP line numbers.

/// A half-open byte range `start..end` into the source text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Span {
    /// First byte of the node.
    pub start: u32,
    /// One past the last byte of the node.
    pub end: u32,
}

impl Span {
    /// Builds a span from `usize` offsets (as produced by the lexer).
    pub fn new(start: usize, end: usize) -> Span {
        Span {
            start: start as u32,
            end: end as u32,
        }
    }

    /// The smallest span covering both `self` and `other`.
    pub fn to(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }
}

/// Start offsets of every line, so a byte offset can be turned into a 1-based line number.
#[derive(Clone, Debug, Default)]
pub struct LineTable {
    starts: Vec<u32>,
}

impl LineTable {
    /// Scans `src` for newlines. PHP counts `\n` only (a lone `\r` does not start a line).
    pub fn new(src: &[u8]) -> LineTable {
        let mut starts = vec![0];
        for (i, &b) in src.iter().enumerate() {
            if b == b'\n' {
                starts.push(i as u32 + 1);
            }
        }
        LineTable { starts }
    }

    /// The 1-based line that contains byte `offset`.
    pub fn line_of(&self, offset: u32) -> u32 {
        match self.starts.binary_search(&offset) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }

    /// Number of lines in the source.
    pub fn len(&self) -> usize {
        self.starts.len()
    }

    /// True for an empty table (never the case for a table built by [`LineTable::new`]).
    pub fn is_empty(&self) -> bool {
        self.starts.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines() {
        let t = LineTable::new(b"a\nbc\n\nd");
        assert_eq!(t.line_of(0), 1);
        assert_eq!(t.line_of(1), 1);
        assert_eq!(t.line_of(2), 2);
        assert_eq!(t.line_of(5), 3);
        assert_eq!(t.line_of(6), 4);
        assert_eq!(t.line_of(100), 4);
    }
}
