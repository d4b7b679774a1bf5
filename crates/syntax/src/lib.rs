//! phpsock's syntax: a modal `logos` lexer, the LALRPOP grammar in `grammar/php.lalrpop`, and
//! the spanned AST they produce.
//!
//! The entry point is [`parse`]: source bytes in, [`ast::Program`] or a [`ParseError`] worded
//! exactly as PHP words it out.

pub mod ast;
pub mod lexer;
mod parser;
pub mod span;
pub mod token;

pub use span::{LineTable, Span};
pub use token::Tok;

/// A compile-time error, worded as PHP words it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    /// PHP's severity label: `Parse error` for syntax errors, `Fatal error` for compile errors
    /// such as `Cannot redeclare …` detected while parsing.
    pub kind: ParseErrorKind,
    /// The message without location, e.g. `syntax error, unexpected token ";"` or
    /// `Unclosed '{' on line 2`.
    pub message: String,
    /// 1-based line PHP reports.
    pub line: u32,
}

/// A compile-time diagnostic that does not stop compilation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileWarning {
    /// `Deprecated: …` (E_DEPRECATED) rather than `Warning: …` (E_COMPILE_WARNING).
    pub deprecated: bool,
    /// PHP's wording, without location.
    pub message: String,
    /// 1-based line PHP reports.
    pub line: u32,
}

impl CompileWarning {
    /// PHP's label: `Warning` or `Deprecated`.
    pub fn label(&self) -> &'static str {
        if self.deprecated {
            "Deprecated"
        } else {
            "Warning"
        }
    }
}

/// Severity of a [`ParseError`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParseErrorKind {
    /// `Parse error: …` (E_PARSE).
    Parse,
    /// `Fatal error: …` (E_COMPILE_ERROR).
    Fatal,
}

impl ParseError {
    /// PHP's label for the error: `Parse error` or `Fatal error`.
    pub fn label(&self) -> &'static str {
        match self.kind {
            ParseErrorKind::Parse => "Parse error",
            ParseErrorKind::Fatal => "Fatal error",
        }
    }
}

/// Parses a whole PHP file (starting in inline-HTML mode, as PHP does).
pub fn parse(src: &[u8]) -> Result<ast::Program, ParseError> {
    parser::parse(src)
}
