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
    let cx = Cx::new(src);
    let mut lexer = crate::lexer::lex(src);
    // The parser pulls tokens straight from the lexer: no token vector is built.
    let result = grammar::ScriptParser::new().parse(
        &cx,
        token_stream(&mut lexer, src, &lines)
            .map(|t| t.map_err(|e| PErr::parse(e.message, e.span.start as usize))),
    );
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
            let warnings = lexer
                .take_warnings()
                .into_iter()
                .map(|w| crate::CompileWarning {
                    deprecated: w.deprecated,
                    message: w.message,
                    line: lines.line_of(w.span.start),
                })
                .collect();
            Ok(Program {
                stmts,
                halt_offset: lexer.halt_offset().map(|o| o as u32),
                lines,
                warnings,
            })
        }
        // Errors are rare: rather than keep a copy of every token for the message, lex again.
        Err(e) => {
            let tokens: Vec<crate::lexer::Spanned> =
                token_stream(&mut crate::lexer::lex(src), src, &lines)
                    .map_while(Result::ok)
                    .collect();
            Err(to_public(errors::convert(src, &tokens, e)))
        }
    }
}

/// The parser's input: the lexer's tokens through the bracket check, ending at the first
/// error. The lexer reports an unterminated string or heredoc as an unexpected end of file;
/// that error is dropped so the parser meets the end of input and can say what it expected.
fn token_stream<'a, 's: 'a>(
    lexer: &'a mut crate::lexer::Lexer<'s>,
    src: &[u8],
    lines: &'a LineTable,
) -> impl Iterator<Item = Result<crate::lexer::Spanned, LexError>> + use<'a, 's> {
    brackets::Brackets::new(lexer, src.len(), lines)
        .filter(|t| !matches!(t, Err(e) if e.message == "syntax error, unexpected end of file"))
}
