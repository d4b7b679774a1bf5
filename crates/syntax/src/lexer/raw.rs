//! The `logos` automaton for PHP's scripting state (`ST_IN_SCRIPTING`).
//!
//! It only classifies the next lexeme; everything that depends on context (keywords, comments'
//! ends, strings, heredocs, the `&`/`yield from`/`enum` look-aheads) is decided by the driver in
//! [`super::Lexer`].

use logos::Logos;

/// One lexeme of PHP code, as the scripting-state automaton sees it.
#[derive(Logos, Clone, Copy, Debug, PartialEq, Eq)]
#[logos(utf8 = false)]
#[logos(subpattern label = br"[a-zA-Z_\x80-\xff][a-zA-Z0-9_\x80-\xff]*")]
#[logos(subpattern lnum = br"[0-9]+(_[0-9]+)*")]
#[logos(subpattern dnum = br"((?&lnum)?\.(?&lnum))|((?&lnum)\.(?&lnum)?)")]
pub(super) enum Raw {
    #[regex(br"[ \t\r\n]+")]
    Whitespace,
    #[regex(br"#|//")]
    LineComment,
    #[token(b"/*")]
    BlockComment,
    #[regex(br"\?>(\r\n|\r|\n)?")]
    CloseTag,

    #[regex(br"\$(?&label)")]
    Variable,
    #[regex(br"(?&label)")]
    Label,
    #[regex(br"(?&label)(\\(?&label))+")]
    NameQualified,
    #[regex(br"\\(?&label)(\\(?&label))*")]
    NameFullyQualified,
    #[regex(br"(?i:namespace)(\\(?&label))+", priority = 100)]
    NameRelative,

    #[regex(br"(?&lnum)")]
    LNumber,
    #[regex(br"(?&dnum)|(((?&lnum)|(?&dnum))[eE][+-]?(?&lnum))")]
    DNumber,
    #[regex(br"0[xX][0-9a-fA-F]+(_[0-9a-fA-F]+)*")]
    HexNumber,
    #[regex(br"0[bB][01]+(_[01]+)*")]
    BinNumber,
    #[regex(br"0[oO][0-7]+(_[0-7]+)*")]
    OctNumber,

    #[regex(br"\([ \t]*(?i:int|integer)[ \t]*\)")]
    IntCast,
    #[regex(br"\([ \t]*(?i:float|double)[ \t]*\)")]
    DoubleCast,
    #[regex(br"\([ \t]*(?i:real)[ \t]*\)")]
    RealCast,
    #[regex(br"\([ \t]*(?i:string|binary)[ \t]*\)")]
    StringCast,
    #[regex(br"\([ \t]*(?i:array)[ \t]*\)")]
    ArrayCast,
    #[regex(br"\([ \t]*(?i:object)[ \t]*\)")]
    ObjectCast,
    #[regex(br"\([ \t]*(?i:bool|boolean)[ \t]*\)")]
    BoolCast,
    #[regex(br"\([ \t]*(?i:unset)[ \t]*\)")]
    UnsetCast,

    #[regex(br"[bB]?'")]
    SingleQuote,
    #[regex(br#"[bB]?""#)]
    DoubleQuote,
    #[token(b"`")]
    Backtick,
    #[regex(br#"[bB]?<<<[ \t]*((?&label)|"(?&label)"|'(?&label)')(\r\n|\r|\n)"#)]
    StartHeredoc,

    #[token(b"#[")]
    Attribute,
    #[token(b";")]
    Semicolon,
    #[token(b",")]
    Comma,
    #[token(b".")]
    Dot,
    #[token(b"(")]
    LParen,
    #[token(b")")]
    RParen,
    #[token(b"[")]
    LBracket,
    #[token(b"]")]
    RBracket,
    #[token(b"{")]
    LBrace,
    #[token(b"}")]
    RBrace,
    #[token(b"?")]
    Question,
    #[token(b":")]
    Colon,
    #[token(b"::")]
    DoubleColon,
    #[token(b"\\")]
    NsSeparator,
    #[token(b"...")]
    Ellipsis,
    #[token(b"->")]
    Arrow,
    #[token(b"?->")]
    NullsafeArrow,
    #[token(b"=>")]
    DoubleArrow,
    #[token(b"=")]
    Assign,
    #[token(b"+=")]
    PlusAssign,
    #[token(b"-=")]
    MinusAssign,
    #[token(b"*=")]
    MulAssign,
    #[token(b"/=")]
    DivAssign,
    #[token(b".=")]
    ConcatAssign,
    #[token(b"%=")]
    ModAssign,
    #[token(b"**=")]
    PowAssign,
    #[token(b"&=")]
    AndAssign,
    #[token(b"|=")]
    OrAssign,
    #[token(b"^=")]
    XorAssign,
    #[token(b"<<=")]
    ShlAssign,
    #[token(b">>=")]
    ShrAssign,
    #[token(b"??=")]
    CoalesceAssign,
    #[token(b"+")]
    Plus,
    #[token(b"-")]
    Minus,
    #[token(b"*")]
    Star,
    #[token(b"/")]
    Slash,
    #[token(b"%")]
    Percent,
    #[token(b"**")]
    Pow,
    #[token(b"&")]
    Amp,
    #[token(b"|")]
    Pipe,
    #[token(b"^")]
    Caret,
    #[token(b"~")]
    Tilde,
    #[token(b"<<")]
    Shl,
    #[token(b">>")]
    Shr,
    #[token(b"!")]
    Bang,
    #[token(b"&&")]
    BooleanAnd,
    #[token(b"||")]
    BooleanOr,
    #[token(b"??")]
    Coalesce,
    #[token(b"++")]
    Inc,
    #[token(b"--")]
    Dec,
    #[token(b"$")]
    Dollar,
    #[token(b"@")]
    At,
    #[token(b"==")]
    IsEqual,
    #[token(b"!=")]
    #[token(b"<>")]
    IsNotEqual,
    #[token(b"===")]
    IsIdentical,
    #[token(b"!==")]
    IsNotIdentical,
    #[token(b"<")]
    Lt,
    #[token(b">")]
    Gt,
    #[token(b"<=")]
    IsSmallerOrEqual,
    #[token(b">=")]
    IsGreaterOrEqual,
    #[token(b"<=>")]
    Spaceship,
}

/// Classifies the lexeme at the start of `input`: its kind and length, or `None` for a byte
/// no rule accepts (PHP's `T_BAD_CHARACTER`) or the end of input.
pub(super) fn next_raw(input: &[u8]) -> Option<Result<(Raw, usize), ()>> {
    let mut lx = Raw::lexer(input);
    match lx.next()? {
        Ok(raw) => Some(Ok((raw, lx.span().end))),
        Err(()) => Some(Err(())),
    }
}
