//! The scripting-mode token set, recognised by `logos`.
//!
//! The modal driver in [`super`] runs this automaton one token at a time from the current
//! offset whenever it is inside `<?php … ?>` code; strings, heredocs and inline HTML are scanned
//! by the driver itself because their rules depend on the mode stack.

use logos::{Lexer, Logos};

/// Skips a `/* … */` comment; an unterminated one runs to the end of input as in PHP.
fn block_comment(lex: &mut Lexer<'_, Raw>) -> logos::Skip {
    let rest = lex.remainder();
    match rest.windows(2).position(|w| w == b"*/") {
        Some(i) => lex.bump(i + 2),
        None => lex.bump(rest.len()),
    }
    logos::Skip
}

/// Skips a `//` or `#` comment, which ends before a newline or a `?>`.
fn line_comment(lex: &mut Lexer<'_, Raw>) -> logos::Skip {
    let rest = lex.remainder();
    let mut i = 0;
    while i < rest.len() {
        match rest[i] {
            b'\n' | b'\r' => break,
            b'?' if rest.get(i + 1) == Some(&b'>') => break,
            _ => i += 1,
        }
    }
    lex.bump(i);
    logos::Skip
}

/// Raw scripting-mode tokens; keywords are told apart from names by the driver.
#[derive(Logos, Debug, Clone, Copy, PartialEq, Eq)]
#[logos(utf8 = false)]
#[logos(skip r"[ \t\r\n]+")]
pub enum Raw {
    #[token("/*", block_comment)]
    #[token("//", line_comment)]
    #[token("#", line_comment)]
    Comment,
    #[token("#[")]
    Attribute,
    #[regex(r"\$[a-zA-Z_\x80-\xff][a-zA-Z0-9_\x80-\xff]*")]
    Variable,
    #[regex(r"[a-zA-Z_\x80-\xff][a-zA-Z0-9_\x80-\xff]*")]
    Label,
    #[regex(r"[a-zA-Z_\x80-\xff][a-zA-Z0-9_\x80-\xff]*(\\[a-zA-Z_\x80-\xff][a-zA-Z0-9_\x80-\xff]*)+")]
    QualifiedName,
    #[regex(r"(\\[a-zA-Z_\x80-\xff][a-zA-Z0-9_\x80-\xff]*)+")]
    FullyQualifiedName,
    #[regex(r"[0-9]+(_[0-9]+)*")]
    Decimal,
    #[regex(r"0[xX][0-9a-fA-F]+(_[0-9a-fA-F]+)*")]
    Hex,
    #[regex(r"0[bB][01]+(_[01]+)*")]
    Binary,
    #[regex(r"0[oO][0-7]+(_[0-7]+)*")]
    Octal,
    #[regex(r"([0-9]+(_[0-9]+)*)?\.[0-9]+(_[0-9]+)*([eE][+-]?[0-9]+(_[0-9]+)*)?")]
    #[regex(r"[0-9]+(_[0-9]+)*\.([eE][+-]?[0-9]+(_[0-9]+)*)?")]
    #[regex(r"[0-9]+(_[0-9]+)*[eE][+-]?[0-9]+(_[0-9]+)*")]
    Float,
    #[regex(r"'([^'\\]|\\[\x00-\xff])*'")]
    SingleQuoted,
    #[token("\"")]
    DoubleQuote,
    #[token("`")]
    Backtick,
    #[regex(r"<<<[ \t]*([a-zA-Z_\x80-\xff][a-zA-Z0-9_\x80-\xff]*|'[a-zA-Z_\x80-\xff][a-zA-Z0-9_\x80-\xff]*'|\x22[a-zA-Z_\x80-\xff][a-zA-Z0-9_\x80-\xff]*\x22)(\r\n|\n|\r)")]
    HeredocStart,
    #[token("?>")]
    CloseTag,
    #[token(";")]
    Semicolon,
    #[token(",")]
    Comma,
    #[token(".")]
    Dot,
    #[token("(")]
    LParen,
    #[token(")")]
    RParen,
    #[token("[")]
    LBracket,
    #[token("]")]
    RBracket,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token("?")]
    Question,
    #[token(":")]
    Colon,
    #[token("::")]
    DoubleColon,
    #[token("\\")]
    NsSeparator,
    #[token("...")]
    Ellipsis,
    #[token("->")]
    Arrow,
    #[token("?->")]
    NullsafeArrow,
    #[token("=>")]
    DoubleArrow,
    #[token("=")]
    Assign,
    #[token("+=")]
    PlusAssign,
    #[token("-=")]
    MinusAssign,
    #[token("*=")]
    MulAssign,
    #[token("/=")]
    DivAssign,
    #[token(".=")]
    ConcatAssign,
    #[token("%=")]
    ModAssign,
    #[token("**=")]
    PowAssign,
    #[token("&=")]
    AndAssign,
    #[token("|=")]
    OrAssign,
    #[token("^=")]
    XorAssign,
    #[token("<<=")]
    ShlAssign,
    #[token(">>=")]
    ShrAssign,
    #[token("??=")]
    CoalesceAssign,
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("/")]
    Slash,
    #[token("%")]
    Percent,
    #[token("**")]
    Pow,
    #[token("&")]
    Amp,
    #[token("|")]
    Pipe,
    #[token("^")]
    Caret,
    #[token("~")]
    Tilde,
    #[token("<<")]
    Shl,
    #[token(">>")]
    Shr,
    #[token("!")]
    Bang,
    #[token("&&")]
    BooleanAnd,
    #[token("||")]
    BooleanOr,
    #[token("??")]
    Coalesce,
    #[token("++")]
    Inc,
    #[token("--")]
    Dec,
    #[token("$")]
    Dollar,
    #[token("@")]
    At,
    #[token("==")]
    IsEqual,
    #[token("!=")]
    #[token("<>")]
    IsNotEqual,
    #[token("===")]
    IsIdentical,
    #[token("!==")]
    IsNotIdentical,
    #[token("<")]
    Lt,
    #[token(">")]
    Gt,
    #[token("<=")]
    IsSmallerOrEqual,
    #[token(">=")]
    IsGreaterOrEqual,
    #[token("<=>")]
    Spaceship,
}
