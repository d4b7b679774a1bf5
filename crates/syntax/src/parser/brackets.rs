//! PHP's lexer-level bracket matching (`enter_nesting`/`exit_nesting` in the Zend scanner):
//! `Unmatched '}'`, `Unclosed '(' does not match ']'`, `Unclosed '{' on line 2`.
//!
//! The check runs on the token stream as the parser pulls it; the first bracket error ends the
//! stream there and becomes the lexical error the parser meets at that point, which is when
//! PHP's on-demand lexer would raise it.

use crate::lexer::{LexError, LexErrorKind, Spanned};
use crate::span::{LineTable, Span};
use crate::token::Tok;

struct Open {
    ch: u8,
    /// Byte offset of the opening bracket (its line is only needed for a message).
    at: usize,
    /// `{$` / `${` inside a string: closing it returns to the string.
    island: bool,
}

/// The lexer's token stream with PHP's bracket matching applied as it goes: the first bracket
/// error (or the lexer's own error, whichever comes first in the stream) ends it, as PHP's
/// on-demand lexer would, and unclosed brackets are reported once the input is exhausted.
pub struct Brackets<'l, I> {
    inner: I,
    src_len: usize,
    lines: &'l LineTable,
    stack: Vec<Open>,
    /// String nesting (`true` inside a string body); islands (`{$`, `${`) restore scripting.
    in_string: Vec<bool>,
    /// `__halt_compiler` was seen: PHP stops scanning, so nothing is checked at the end.
    halted: bool,
    done: bool,
}

impl<'l, I: Iterator<Item = Result<Spanned, LexError>>> Brackets<'l, I> {
    /// Wraps `inner`, the lexer's output for a source of `src_len` bytes.
    pub fn new(inner: I, src_len: usize, lines: &'l LineTable) -> Self {
        Brackets {
            inner,
            src_len,
            lines,
            stack: Vec::new(),
            in_string: vec![false],
            halted: false,
            done: false,
        }
    }

    /// Updates the nesting state with one token; a mismatched closing bracket is an error.
    fn track(&mut self, start: usize, tok: &Tok) -> Option<LexError> {
        if self.in_string.last().copied().unwrap_or(false) {
            match tok {
                Tok::DoubleQuote | Tok::Backtick | Tok::EndHeredoc => {
                    self.in_string.pop();
                }
                Tok::CurlyOpen | Tok::DollarOpenCurlyBraces => {
                    self.open(b'{', start, true);
                    self.in_string.push(false);
                }
                _ => {}
            }
            return None;
        }
        let close = match tok {
            Tok::DoubleQuote | Tok::Backtick | Tok::StartHeredoc => {
                self.in_string.push(true);
                return None;
            }
            Tok::LParen => return self.open(b'(', start, false),
            Tok::LBracket | Tok::Attribute => return self.open(b'[', start, false),
            Tok::LBrace => return self.open(b'{', start, false),
            Tok::HaltCompiler => {
                self.halted = true;
                return None;
            }
            Tok::RParen => b')',
            Tok::RBracket => b']',
            Tok::RBrace => b'}',
            _ => return None,
        };
        let message = match self.stack.last() {
            None => format!("Unmatched '{}'", close as char),
            Some(open) if open.closer() != close => {
                bad_nesting(self.lines, open, start, Some(close))
            }
            Some(_) => {
                if self.stack.pop().is_some_and(|open| open.island) {
                    self.in_string.pop();
                }
                return None;
            }
        };
        Some(LexError {
            kind: LexErrorKind::Parse,
            message,
            span: Span::new(start, start),
        })
    }

    fn open(&mut self, ch: u8, at: usize, island: bool) -> Option<LexError> {
        self.stack.push(Open { ch, at, island });
        None
    }
}

impl Open {
    fn closer(&self) -> u8 {
        match self.ch {
            b'(' => b')',
            b'[' => b']',
            _ => b'}',
        }
    }
}

impl<I: Iterator<Item = Result<Spanned, LexError>>> Iterator for Brackets<'_, I> {
    type Item = Result<Spanned, LexError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        match self.inner.next() {
            Some(Ok(tok)) => match self.track(tok.0, &tok.1) {
                None => Some(Ok(tok)),
                Some(err) => {
                    self.done = true;
                    Some(Err(err))
                }
            },
            Some(Err(err)) => {
                self.done = true;
                Some(Err(err))
            }
            None => {
                self.done = true;
                let open = self.stack.last().filter(|_| !self.halted)?;
                let end = self.src_len;
                Some(Err(LexError {
                    kind: LexErrorKind::Parse,
                    message: bad_nesting(self.lines, open, end, None),
                    span: Span::new(end, end),
                }))
            }
        }
    }
}

fn bad_nesting(lines: &LineTable, open: &Open, at: usize, closing: Option<u8>) -> String {
    let mut s = format!("Unclosed '{}'", open.ch as char);
    let open_line = lines.line_of(open.at as u32);
    if open_line != lines.line_of(at as u32) {
        s.push_str(&format!(" on line {open_line}"));
    }
    if let Some(c) = closing {
        s.push_str(&format!(" does not match '{}'", c as char));
    }
    s
}
