//! Scanners for the string modes: double quotes, backticks and heredoc/nowdoc bodies.

use super::escapes;
use super::{is_label_char, is_label_start, name, Driver, LResult, LexError, ScriptEnd};
use crate::span::Span;
use crate::token::Tok;
use std::ops::Range;

/// What ends an interpolated string.
#[derive(Clone, Copy)]
pub(super) enum Terminator {
    /// A `"`.
    DoubleQuote,
    /// A `` ` ``.
    Backtick,
    /// The end of a heredoc body (exclusive offset), with the indentation to remove per line.
    Heredoc { body_end: usize, indent: usize },
}

/// If the double-quoted string starting at `start` (just after the `"`) contains no
/// interpolation, its raw body and the offset after the closing quote.
pub(super) fn constant_double_quoted(src: &[u8], start: usize) -> Option<(&[u8], usize)> {
    let mut i = start;
    while i < src.len() {
        match src[i] {
            b'\\' => i += 2,
            b'"' => return Some((&src[start..i], i + 1)),
            b'$' if src.get(i + 1).is_some_and(|&b| is_label_start(b) || b == b'{') => return None,
            b'{' if src.get(i + 1) == Some(&b'$') => return None,
            _ => i += 1,
        }
    }
    None
}

/// The parsed `<<<LABEL` line.
pub(super) struct HeredocHead {
    /// The label without quotes.
    pub label: Vec<u8>,
    /// Single-quoted label: a nowdoc.
    pub nowdoc: bool,
}

impl HeredocHead {
    pub(super) fn parse(text: &[u8]) -> HeredocHead {
        let t = text[3..].trim_ascii();
        let nowdoc = t.first() == Some(&b'\'');
        let label = t.iter().copied().filter(|&b| b != b'\'' && b != b'"').collect();
        HeredocHead { label, nowdoc }
    }
}

/// Where a heredoc's closing marker is.
pub(super) struct Closing {
    /// Start of the marker's line.
    pub line_start: usize,
    /// Start of the label itself (after its indentation).
    pub marker_start: usize,
}

/// Finds the closing marker: the first line whose first non-blank text is the label not followed
/// by a name character.
pub(super) fn find_closing(src: &[u8], body_start: usize, label: &[u8]) -> Option<Closing> {
    let mut ls = body_start;
    while ls <= src.len() {
        let mut p = ls;
        while p < src.len() && (src[p] == b' ' || src[p] == b'\t') {
            p += 1;
        }
        if src[p..].starts_with(label) && !src.get(p + label.len()).is_some_and(|&b| is_label_char(b)) {
            return Some(Closing {
                line_start: ls,
                marker_start: p,
            });
        }
        ls = ls + src[ls..].iter().position(|&b| b == b'\n')? + 1;
    }
    None
}

/// The body between the heredoc head and the closing line, without the final newline.
pub(super) fn body_before(src: &[u8], body_start: usize, close_line: usize) -> Range<usize> {
    let mut end = close_line;
    if end > body_start && src[end - 1] == b'\n' {
        end -= 1;
        if end > body_start && src[end - 1] == b'\r' {
            end -= 1;
        }
    }
    body_start..end.max(body_start)
}

/// Removes `indent` blanks from the start of every line of `src[range]`; an error carries the
/// offset of a line indented less (blank-only lines are allowed).
pub(super) fn dedent(src: &[u8], range: Range<usize>, indent: usize) -> Result<Vec<u8>, (usize, ())> {
    let mut out = Vec::with_capacity(range.len());
    let mut i = range.start;
    let mut at_line_start = true;
    while i < range.end {
        if at_line_start {
            i = skip_indent(src, i, range.end, indent)?;
            at_line_start = false;
            continue;
        }
        out.push(src[i]);
        at_line_start = src[i] == b'\n';
        i += 1;
    }
    Ok(out)
}

/// Skips up to `indent` blanks at `i`; fewer is an error unless the line is empty.
fn skip_indent(src: &[u8], i: usize, end: usize, indent: usize) -> Result<usize, (usize, ())> {
    let mut j = i;
    while j < end && j - i < indent && (src[j] == b' ' || src[j] == b'\t') {
        j += 1;
    }
    if j - i < indent && j < end && src[j] != b'\n' && src[j] != b'\r' {
        return Err((j, ()));
    }
    Ok(j)
}

/// The interpolating scanner for one string.
pub(super) struct Interp {
    term: Terminator,
    raw: Vec<u8>,
    lit_start: usize,
}

impl Interp {
    pub(super) fn new(term: Terminator) -> Interp {
        Interp {
            term,
            raw: Vec::new(),
            lit_start: 0,
        }
    }

    fn heredoc(&self) -> bool {
        matches!(self.term, Terminator::Heredoc { .. })
    }

    /// Emits the pending literal bytes as `EncapsedAndWhitespace`.
    fn flush(&mut self, d: &mut Driver<'_>, end: usize) -> LResult<()> {
        if self.raw.is_empty() {
            return Ok(());
        }
        let dec = escapes::double_quoted(&self.raw, self.lit_start, self.heredoc());
        if let Some((message, at)) = dec.error {
            return Err(LexError {
                message,
                span: Span::new(at, at),
            });
        }
        for (msg, at) in dec.warnings {
            d.warn(false, msg, at);
        }
        d.push(self.lit_start, Tok::EncapsedAndWhitespace(dec.bytes), end);
        self.raw.clear();
        Ok(())
    }

    pub(super) fn run(mut self, d: &mut Driver<'_>) -> LResult<()> {
        let src = d.src;
        let mut i = d.pos;
        self.lit_start = i;
        if let Terminator::Heredoc { indent, body_end } = self.term {
            i = self.indent(d, i, body_end, indent)?;
            self.lit_start = i;
        }
        loop {
            // End of the string?
            match self.term {
                Terminator::Heredoc { body_end, .. } if i >= body_end => {
                    self.flush(d, body_end)?;
                    d.pos = body_end;
                    return Ok(());
                }
                Terminator::DoubleQuote | Terminator::Backtick if i >= src.len() => {
                    self.flush(d, i)?;
                    d.pos = i;
                    return d.err("syntax error, unexpected end of file", i, i);
                }
                Terminator::DoubleQuote if src[i] == b'"' => {
                    self.flush(d, i)?;
                    d.push(i, Tok::DoubleQuote, i + 1);
                    d.pos = i + 1;
                    return Ok(());
                }
                Terminator::Backtick if src[i] == b'`' => {
                    self.flush(d, i)?;
                    d.push(i, Tok::Backtick, i + 1);
                    d.pos = i + 1;
                    return Ok(());
                }
                _ => {}
            }
            let b = src[i];
            let next = src.get(i + 1).copied();
            if b == b'\\' && i + 1 < src.len() {
                self.start_lit(i);
                self.raw.extend_from_slice(&src[i..i + 2]);
                i += 2;
                if src[i - 1] == b'\n' {
                    i = self.after_newline(d, i)?;
                }
            } else if b == b'$' && next.is_some_and(is_label_start) {
                self.flush(d, i)?;
                i = self.simple_var(d, i)?;
                self.lit_start = i;
            } else if b == b'{' && next == Some(b'$') {
                self.flush(d, i)?;
                d.push(i, Tok::CurlyOpen, i + 1);
                d.pos = i + 1;
                self.island(d)?;
                i = d.pos;
                self.lit_start = i;
            } else if b == b'$' && next == Some(b'{') {
                self.flush(d, i)?;
                i = self.dollar_brace(d, i)?;
                self.lit_start = i;
            } else {
                self.start_lit(i);
                self.raw.push(b);
                i += 1;
                if b == b'\n' {
                    i = self.after_newline(d, i)?;
                }
            }
        }
    }

    fn start_lit(&mut self, i: usize) {
        if self.raw.is_empty() {
            self.lit_start = i;
        }
    }

    /// In a heredoc, removes the indentation at the start of a new line.
    fn after_newline(&mut self, d: &Driver<'_>, i: usize) -> LResult<usize> {
        match self.term {
            Terminator::Heredoc { indent, body_end } if indent > 0 => self.indent(d, i, body_end, indent),
            _ => Ok(i),
        }
    }

    fn indent(&self, d: &Driver<'_>, i: usize, end: usize, indent: usize) -> LResult<usize> {
        skip_indent(d.src, i, end, indent).map_err(|(at, ())| LexError {
            message: format!("Invalid body indentation level (expecting an indentation level of at least {indent})"),
            span: Span::new(at, at),
        })
    }

    /// Runs scripting mode for a `{$ … }` / `${ … }` island.
    fn island(&mut self, d: &mut Driver<'_>) -> LResult<()> {
        match d.script(1)? {
            ScriptEnd::Brace => Ok(()),
            _ => {
                let at = d.pos;
                d.err("syntax error, unexpected end of file", at, at)
            }
        }
    }

    /// `$name`, optionally followed by `[offset]`, `->prop` or `?->prop`.
    fn simple_var(&mut self, d: &mut Driver<'_>, start: usize) -> LResult<usize> {
        let src = d.src;
        let mut i = start + 1;
        while i < src.len() && is_label_char(src[i]) {
            i += 1;
        }
        d.push(start, Tok::Variable(name(&src[start + 1..i])), i);
        if src.get(i) == Some(&b'[') {
            return self.var_offset(d, i);
        }
        if src[i..].starts_with(b"->") && src.get(i + 2).is_some_and(|&b| is_label_start(b)) {
            d.push(i, Tok::Arrow, i + 2);
            return Ok(self.prop_name(d, i + 2));
        }
        if src[i..].starts_with(b"?->") && src.get(i + 3).is_some_and(|&b| is_label_start(b)) {
            d.push(i, Tok::NullsafeArrow, i + 3);
            return Ok(self.prop_name(d, i + 3));
        }
        Ok(i)
    }

    fn prop_name(&mut self, d: &mut Driver<'_>, start: usize) -> usize {
        let mut i = start;
        while i < d.src.len() && is_label_char(d.src[i]) {
            i += 1;
        }
        d.push(start, Tok::Ident(name(&d.src[start..i])), i);
        i
    }

    /// PHP's ST_VAR_OFFSET: `[` (number | -number | name | $var) `]`.
    fn var_offset(&mut self, d: &mut Driver<'_>, open: usize) -> LResult<usize> {
        let src = d.src;
        d.push(open, Tok::LBracket, open + 1);
        let mut i = open + 1;
        if src.get(i) == Some(&b'-') && src.get(i + 1).is_some_and(u8::is_ascii_digit) {
            d.push(i, Tok::Minus, i + 1);
            i += 1;
        }
        let s = i;
        match src.get(i) {
            Some(c) if c.is_ascii_digit() => {
                while i < src.len() && src[i].is_ascii_alphanumeric() {
                    i += 1;
                }
                d.push(s, Tok::NumString(name(&src[s..i])), i);
            }
            Some(&c) if is_label_start(c) => {
                while i < src.len() && is_label_char(src[i]) {
                    i += 1;
                }
                d.push(s, Tok::Ident(name(&src[s..i])), i);
            }
            Some(b'$') if src.get(i + 1).is_some_and(|&b| is_label_start(b)) => {
                i += 1;
                while i < src.len() && is_label_char(src[i]) {
                    i += 1;
                }
                d.push(s, Tok::Variable(name(&src[s + 1..i])), i);
            }
            Some(_) => {
                // Anything else is handed to the parser, which rejects it.
                d.push(i, Tok::EncapsedAndWhitespace(vec![src[i]]), i + 1);
                return Ok(i + 1);
            }
            None => return d.err("syntax error, unexpected end of file", i, i),
        }
        if src.get(i) == Some(&b']') {
            d.push(i, Tok::RBracket, i + 1);
            return Ok(i + 1);
        }
        match src.get(i) {
            Some(&c) => {
                d.push(i, Tok::EncapsedAndWhitespace(vec![c]), i + 1);
                Ok(i + 1)
            }
            None => d.err("syntax error, unexpected end of file", i, i),
        }
    }

    /// `${name}`, `${name[expr]}` or `${expr}`.
    fn dollar_brace(&mut self, d: &mut Driver<'_>, start: usize) -> LResult<usize> {
        let src = d.src;
        d.push(start, Tok::DollarOpenCurlyBraces, start + 2);
        let mut i = start + 2;
        if src.get(i).is_some_and(|&b| is_label_start(b)) {
            let s = i;
            while i < src.len() && is_label_char(src[i]) {
                i += 1;
            }
            if matches!(src.get(i), Some(b'[' | b'}')) {
                d.warn(
                    true,
                    "Using ${var} in strings is deprecated, use {$var} instead".into(),
                    start,
                );
                d.push(s, Tok::StringVarname(name(&src[s..i])), i);
                d.pos = i;
                self.island(d)?;
                return Ok(d.pos);
            }
            i = s;
        }
        d.warn(
            true,
            "Using ${expr} (variable variables) in strings is deprecated, use {${expr}} instead".into(),
            start,
        );
        d.pos = i;
        self.island(d)?;
        Ok(d.pos)
    }
}
