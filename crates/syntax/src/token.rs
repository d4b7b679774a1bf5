//! The token type shared by the lexer (`lexer`) and the LALRPOP grammar (`grammar/php.lalrpop`).
//!
//! Tokens follow PHP's own token set (`T_*` in `zend_language_parser.y`) closely, so the grammar
//! can mirror PHP's and parse errors can name tokens the way PHP does. A few lexer-level
//! conversions happen exactly as in PHP: `?>` is delivered as [`Tok::Semicolon`] (the implicit
//! `;`), `<?=` as [`Tok::Echo`], and `<?php`, whitespace and comments produce no token at all.

use std::rc::Rc;

/// One lexical token. Payload-carrying variants hold already-decoded values (escapes resolved,
/// numbers parsed); the exact source text is always available through the token's span.
#[derive(Clone, Debug, PartialEq)]
pub enum Tok {
    // ----- literals and names -----
    /// Text outside `<?php … ?>` (T_INLINE_HTML).
    InlineHtml(Vec<u8>),
    /// `$name`, payload without the `$` (T_VARIABLE).
    Variable(Rc<str>),
    /// An unqualified name or a keyword used as a name where PHP allows it (T_STRING).
    Ident(Rc<str>),
    /// `Foo\Bar` (T_NAME_QUALIFIED).
    NameQualified(Rc<str>),
    /// `\Foo\Bar`, payload without the leading `\` (T_NAME_FULLY_QUALIFIED).
    NameFullyQualified(Rc<str>),
    /// `namespace\Foo`, payload without the `namespace\` prefix (T_NAME_RELATIVE).
    NameRelative(Rc<str>),
    /// Integer literal that fits in i64 (T_LNUMBER).
    LNumber(i64),
    /// Float literal, or an integer literal too big for i64 (T_DNUMBER).
    DNumber(f64),
    /// A string without interpolation, escapes decoded (T_CONSTANT_ENCAPSED_STRING).
    ConstantString(Vec<u8>),
    /// Literal bytes inside an interpolated string or heredoc, escapes decoded
    /// (T_ENCAPSED_AND_WHITESPACE).
    EncapsedAndWhitespace(Vec<u8>),
    /// `"` opening or closing an interpolated string.
    DoubleQuote,
    /// `` ` `` opening or closing a shell-exec string.
    Backtick,
    /// `<<<ID` / `<<<"ID"` / `<<<'ID'` (T_START_HEREDOC). Nowdocs are delivered as
    /// `StartHeredoc, EncapsedAndWhitespace?, EndHeredoc` too.
    StartHeredoc,
    /// The closing heredoc/nowdoc marker (T_END_HEREDOC).
    EndHeredoc,
    /// `${` inside an interpolated string (T_DOLLAR_OPEN_CURLY_BRACES).
    DollarOpenCurlyBraces,
    /// `{` of `{$` inside an interpolated string (T_CURLY_OPEN).
    CurlyOpen,
    /// `name` in `"${name}"` / `"${name[…]}"` (T_STRING_VARNAME).
    StringVarname(Rc<str>),
    /// An offset in simple interpolation `"$a[12]"` / `"$a[key]"` (T_NUM_STRING); the payload is
    /// the raw text (a decimal integer possibly with `-`, or a bare key).
    NumString(Rc<str>),

    // ----- keywords (case-insensitive) -----
    Abstract,
    LogicalAnd,
    Array,
    As,
    Break,
    Callable,
    Case,
    Catch,
    Class,
    Clone,
    Const,
    Continue,
    Declare,
    Default,
    Do,
    Echo,
    Else,
    Elseif,
    Empty,
    Enddeclare,
    Endfor,
    Endforeach,
    Endif,
    Endswitch,
    Endwhile,
    /// `enum`, only when followed by a name as PHP's lexer decides (otherwise an [`Tok::Ident`]).
    Enum,
    Eval,
    /// `exit` or `die`.
    Exit,
    Extends,
    Final,
    Finally,
    Fn,
    For,
    Foreach,
    Function,
    Global,
    Goto,
    If,
    Implements,
    Include,
    IncludeOnce,
    Instanceof,
    Insteadof,
    Interface,
    Isset,
    List,
    Match,
    Namespace,
    New,
    LogicalOr,
    Print,
    Private,
    Protected,
    Public,
    Readonly,
    Require,
    RequireOnce,
    Return,
    Static,
    Switch,
    Throw,
    Trait,
    Try,
    Unset,
    Use,
    Var,
    While,
    LogicalXor,
    Yield,
    /// `yield from` (any whitespace between the words).
    YieldFrom,
    HaltCompiler,
    // magic constants
    MagicLine,
    MagicFile,
    MagicDir,
    MagicFunction,
    MagicClass,
    MagicMethod,
    MagicNamespace,
    MagicTrait,

    // ----- casts, `(int)` etc. with optional inner blanks -----
    IntCast,
    DoubleCast,
    StringCast,
    ArrayCast,
    ObjectCast,
    BoolCast,
    UnsetCast,

    // ----- operators and punctuation -----
    Semicolon,
    Comma,
    Dot,
    LParen,
    RParen,
    LBracket,
    RBracket,
    LBrace,
    RBrace,
    Question,
    Colon,
    /// `::` (T_PAAMAYIM_NEKUDOTAYIM).
    DoubleColon,
    /// `\` standing alone (T_NS_SEPARATOR).
    NsSeparator,
    /// `...` (T_ELLIPSIS).
    Ellipsis,
    /// `->`.
    Arrow,
    /// `?->`.
    NullsafeArrow,
    /// `=>`.
    DoubleArrow,
    /// `#[` (T_ATTRIBUTE).
    Attribute,
    Assign,
    PlusAssign,
    MinusAssign,
    MulAssign,
    DivAssign,
    ConcatAssign,
    ModAssign,
    PowAssign,
    AndAssign,
    OrAssign,
    XorAssign,
    ShlAssign,
    ShrAssign,
    CoalesceAssign,
    Plus,
    Minus,
    Star,
    Slash,
    Percent,
    Pow,
    /// `&` followed (after blanks) by a variable or `...` (T_AMPERSAND_FOLLOWED_BY_VAR_OR_VARARG).
    AmpFollowedByVar,
    /// Any other `&` (T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG).
    Amp,
    Pipe,
    Caret,
    Tilde,
    Shl,
    Shr,
    Bang,
    BooleanAnd,
    BooleanOr,
    Coalesce,
    Inc,
    Dec,
    Dollar,
    At,
    IsEqual,
    IsNotEqual,
    IsIdentical,
    IsNotIdentical,
    Lt,
    Gt,
    IsSmallerOrEqual,
    IsGreaterOrEqual,
    Spaceship,
}
