//! Parser glue: runs the lexer, the bracket-matching pass and the LALRPOP grammar, and turns
//! every failure into a [`ParseError`] worded as PHP words it.

pub mod actions;
mod brackets;
mod checks;
mod errors;
mod pratt;
pub mod visit;

use crate::ast::Program;
use crate::lexer::LexError;
use crate::span::LineTable;
use crate::{ParseError, ParseErrorKind};
use actions::{Cx, ErrKind, PErr};

lalrpop_util::lalrpop_mod!(
    #[allow(clippy::all, clippy::pedantic, unused)]
    grammar,
    "/php.rs"
);

/// Parses a whole file.
pub fn parse(src: &[u8]) -> Result<Program, ParseError> {
    let lines = LineTable::new(src);
    let (tokens, lex_error, halt_offset, warnings) = lex_tokens(src, &lines);
    let cx = Cx::new(src);
    let iter = tokens
        .into_iter()
        .map(Ok)
        .chain(lex_error.map(|e| Err(PErr::parse(e.message, e.span.start as usize))));
    let result = grammar::ScriptParser::new().parse(&cx, iter);
    let to_public = |e: PErr| ParseError {
        kind: match e.kind {
            ErrKind::Parse => ParseErrorKind::Parse,
            ErrKind::Fatal => ParseErrorKind::Fatal,
        },
        message: e.message,
        line: lines.line_of(e.offset as u32),
    };
    match result {
        Ok(stmts) => {
            let mut deferred = cx.deferred.into_inner();
            deferred.extend(checks::check(&stmts));
            if let Some(e) = deferred.into_iter().min_by_key(|e| e.offset) {
                return Err(to_public(e));
            }
            Ok(Program {
                stmts,
                lines,
                halt_offset,
                warnings,
            })
        }
        // Errors are rare: rather than keep a copy of every token for the message, lex again.
        Err(e) => Err(to_public(errors::convert(
            src,
            &lex_tokens(src, &lines).0,
            e,
        ))),
    }
}

/// Lexes `src` and runs the bracket pass: the parser's input, the lexer error that ended it
/// (if any, minus the unexpected end of file the parser reports better itself) and the
/// `__halt_compiler` offset.
fn lex_tokens(
    src: &[u8],
    lines: &LineTable,
) -> (
    Vec<crate::lexer::Spanned>,
    Option<LexError>,
    Option<u32>,
    Vec<crate::CompileWarning>,
) {
    let mut lexer = crate::lexer::lex(src);
    let mut raw_tokens = Vec::with_capacity(src.len() / 3);
    let mut lex_error = None;
    for item in lexer.by_ref() {
        match item {
            Ok(t) => raw_tokens.push(t),
            Err(e) => {
                lex_error = Some(e);
                break;
            }
        }
    }
    let halt_offset = lexer.halt_offset().map(|o| o as u32);
    let warnings: Vec<crate::CompileWarning> = lexer
        .take_warnings()
        .into_iter()
        .map(|w| crate::CompileWarning {
            deprecated: w.deprecated,
            message: w.message,
            line: lines.line_of(w.span.start),
        })
        .collect();
    let (tokens, lex_error) = brackets::check(src, lines, raw_tokens, lex_error);
    // The lexer reports an unterminated string or heredoc as an unexpected end of file; let
    // the parser meet the end of input instead so it can say what it expected.
    let lex_error = lex_error.filter(|e| e.message != "syntax error, unexpected end of file");
    (tokens, lex_error, halt_offset, warnings)
}
