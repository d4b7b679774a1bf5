//! PHP's lexer-level bracket matching (`enter_nesting`/`exit_nesting` in the Zend scanner):
//! `Unmatched '}'`, `Unclosed '(' does not match ']'`, `Unclosed '{' on line 2`.
//!
//! The check runs over the token stream before parsing; the first bracket error truncates the
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

/// Returns the tokens up to the first bracket error and the error to report after them
/// (the bracket error, or the lexer's own error if that comes first).
pub fn check(
    src: &[u8],
    lines: &LineTable,
    mut tokens: Vec<Spanned>,
    lex_error: Option<LexError>,
) -> (Vec<Spanned>, Option<LexError>) {
    let mut stack: Vec<Open> = Vec::new();
    // Depth of string nesting we are in (0 = scripting); islands restore scripting.
    let mut in_string: Vec<bool> = vec![false];
    for i in 0..tokens.len() {
        let (start, ref tok, _) = tokens[i];
        let string_mode = in_string.last().copied().unwrap_or(false);
        if string_mode {
            match tok {
                Tok::DoubleQuote | Tok::Backtick | Tok::EndHeredoc => {
                    in_string.pop();
                }
                Tok::CurlyOpen | Tok::DollarOpenCurlyBraces => {
                    stack.push(Open {
                        ch: b'{',
                        at: start,
                        island: true,
                    });
                    in_string.push(false);
                }
                _ => {}
            }
            continue;
        }
        let closing = match tok {
            Tok::DoubleQuote | Tok::Backtick | Tok::StartHeredoc => {
                in_string.push(true);
                None
            }
            Tok::LParen => {
                stack.push(Open {
                    ch: b'(',
                    at: start,
                    island: false,
                });
                None
            }
            Tok::LBracket | Tok::Attribute => {
                stack.push(Open {
                    ch: b'[',
                    at: start,
                    island: false,
                });
                None
            }
            Tok::LBrace => {
                stack.push(Open {
                    ch: b'{',
                    at: start,
                    island: false,
                });
                None
            }
            Tok::RParen => Some(b')'),
            Tok::RBracket => Some(b']'),
            Tok::RBrace => Some(b'}'),
            _ => None,
        };
        let Some(close) = closing else { continue };
        let message = match stack.last() {
            None => Some(format!("Unmatched '{}'", close as char)),
            Some(open) => {
                let want = match open.ch {
                    b'(' => b')',
                    b'[' => b']',
                    _ => b'}',
                };
                if want == close {
                    None
                } else {
                    Some(bad_nesting(lines, open, start, Some(close)))
                }
            }
        };
        if let Some(message) = message {
            tokens.truncate(i);
            let err = LexError {
                kind: LexErrorKind::Parse,
                message,
                span: Span::new(start, start),
            };
            return (tokens, Some(err));
        }
        if let Some(open) = stack.pop() {
            if open.island {
                in_string.pop();
            }
        }
    }
    if lex_error.is_some() {
        return (tokens, lex_error);
    }
    // After `__halt_compiler();` PHP stops scanning, so nothing is checked at the end.
    if tokens.iter().any(|t| t.1 == Tok::HaltCompiler) {
        return (tokens, None);
    }
    if let Some(open) = stack.last() {
        let err = LexError {
            kind: LexErrorKind::Parse,
            message: bad_nesting(lines, open, src.len(), None),
            span: Span::new(src.len(), src.len()),
        };
        return (tokens, Some(err));
    }
    (tokens, None)
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
