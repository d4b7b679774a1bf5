//! The modal PHP lexer.
//!
//! PHP's scanner is a state machine: inline HTML, scripting, double-quoted strings, heredocs,
//! backticks, variable offsets inside strings and `{$ … }` islands of code inside strings. Here
//! the scripting state is a `logos` automaton ([`script::Raw`]) and the other states are small
//! hand-written scanners; the mode stack is the driver's call stack (a string calls back into
//! scripting mode for `{$ … }`, which may contain strings again), bounded by [`MAX_NESTING`].
//!
//! The whole file is tokenised eagerly by [`tokenize`]; [`lex`] wraps the result in the
//! iterator LALRPOP's external-lexer interface expects.

mod escapes;
mod numbers;
pub mod script;
mod strings;

use crate::span::Span;
use crate::token::Tok;
use logos::Logos;
use script::Raw;
use std::rc::Rc;

/// Deepest nesting of strings inside `{$ … }` inside strings that the lexer accepts.
pub const MAX_NESTING: usize = 256;

/// A token with its byte range, as LALRPOP's external lexers deliver them.
pub type Spanned = (usize, Tok, usize);

/// A lexical error, worded as PHP words it (without the `Parse error: ` label).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LexError {
    /// Message text, e.g. `Invalid numeric literal`.
    pub message: String,
    /// Where it happened; PHP reports the line of `span.start`.
    pub span: Span,
}

/// A compile-time warning or deprecation the lexer noticed (PHP prints these before running).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LexWarning {
    /// `true` for `Deprecated:`, `false` for `Warning:`.
    pub deprecated: bool,
    /// Message text.
    pub message: String,
    /// Byte offset the message refers to.
    pub offset: usize,
}

/// Everything the lexer found in one file.
#[derive(Clone, Debug, Default)]
pub struct Tokens {
    /// Tokens up to the first error (or the end, or `__halt_compiler();`).
    pub tokens: Vec<Spanned>,
    /// The first lexical error, if any.
    pub error: Option<LexError>,
    /// Compile-time warnings in source order.
    pub warnings: Vec<LexWarning>,
    /// Offset just after `__halt_compiler();`.
    pub halt_offset: Option<usize>,
}

/// Tokenises a whole file, starting in inline-HTML mode like PHP.
pub fn tokenize(src: &[u8]) -> Tokens {
    let mut lx = Driver {
        src,
        pos: 0,
        out: Tokens::default(),
        depth: 0,
    };
    if let Err(e) = lx.run() {
        lx.out.error = Some(e);
    }
    lx.out
}

/// The tokens of `src` as an iterator of `Result`s (LALRPOP's external-lexer shape); a lexical
/// error is delivered after the tokens that precede it.
pub fn lex(src: &[u8]) -> impl Iterator<Item = Result<Spanned, LexError>> {
    let t = tokenize(src);
    t.tokens.into_iter().map(Ok).chain(t.error.map(Err))
}

type LResult<T> = Result<T, LexError>;

/// Why a scripting-mode run stopped.
enum ScriptEnd {
    /// End of input.
    Eof,
    /// `?>`: back to inline HTML.
    CloseTag,
    /// The `}` closing a `{$`/`${` island (already emitted).
    Brace,
    /// `__halt_compiler();` seen.
    Halt,
}

pub(crate) struct Driver<'a> {
    src: &'a [u8],
    pos: usize,
    out: Tokens,
    depth: usize,
}

fn is_label_start(b: u8) -> bool {
    b.is_ascii_alphabetic() || b == b'_' || b >= 0x80
}

fn is_label_char(b: u8) -> bool {
    is_label_start(b) || b.is_ascii_digit()
}

impl<'a> Driver<'a> {
    fn err<T>(&self, message: impl Into<String>, start: usize, end: usize) -> LResult<T> {
        Err(LexError {
            message: message.into(),
            span: Span::new(start, end),
        })
    }

    fn push(&mut self, start: usize, tok: Tok, end: usize) {
        self.out.tokens.push((start, tok, end));
    }

    fn warn(&mut self, deprecated: bool, message: String, offset: usize) {
        self.out.warnings.push(LexWarning {
            deprecated,
            message,
            offset,
        });
    }

    fn run(&mut self) -> LResult<()> {
        // A `#!` line at the very start is not part of the output.
        if self.src.starts_with(b"#!") {
            self.pos = self.src.iter().position(|&b| b == b'\n').map_or(self.src.len(), |i| i + 1);
        }
        loop {
            if !self.html()? {
                return Ok(());
            }
            match self.script(0)? {
                ScriptEnd::Eof | ScriptEnd::Halt => return Ok(()),
                ScriptEnd::CloseTag => continue,
                ScriptEnd::Brace => unreachable_brace(),
            }
        }
    }

    /// Scans inline HTML up to an open tag. Returns `false` at end of input.
    fn html(&mut self) -> LResult<bool> {
        let start = self.pos;
        let src = self.src;
        let mut i = self.pos;
        while i < src.len() {
            if src[i] == b'<' && src.get(i + 1) == Some(&b'?') {
                let (skip, echo) = if src[i + 2..].len() >= 3
                    && src[i + 2..i + 5].eq_ignore_ascii_case(b"php")
                    && src.get(i + 5).is_none_or(|b| b.is_ascii_whitespace())
                {
                    let mut n = 5;
                    // `<?php` eats one following newline (or blank).
                    match src.get(i + 5) {
                        Some(b'\r') if src.get(i + 6) == Some(&b'\n') => n += 2,
                        Some(_) => n += 1,
                        None => {}
                    }
                    (n, false)
                } else if src.get(i + 2) == Some(&b'=') {
                    (3, true)
                } else {
                    (2, false)
                };
                if i > start {
                    self.push(start, Tok::InlineHtml(src[start..i].to_vec()), i);
                }
                if echo {
                    self.push(i, Tok::Echo, i + 3);
                }
                self.pos = i + skip;
                return Ok(true);
            }
            i += 1;
        }
        if src.len() > start {
            self.push(start, Tok::InlineHtml(src[start..].to_vec()), src.len());
        }
        self.pos = src.len();
        Ok(false)
    }

    /// Scripting mode. With `island` > 0 this is the code inside `{$ … }` or `${ … }` of a
    /// string and it ends at the `}` that balances the opening one.
    fn script(&mut self, island: usize) -> LResult<ScriptEnd> {
        let mut braces = 0usize;
        let mut after_arrow = false;
        loop {
            let mut raw = Raw::lexer(&self.src[self.pos..]);
            let Some(next) = raw.next() else {
                self.pos = self.src.len();
                return Ok(ScriptEnd::Eof);
            };
            let range = raw.span();
            let (start, end) = (self.pos + range.start, self.pos + range.end);
            self.pos = end;
            let text = &self.src[start..end];
            let Ok(kind) = next else {
                return self.unexpected_char(start);
            };
            let was_arrow = std::mem::take(&mut after_arrow);
            let tok = match kind {
                Raw::Comment => continue,
                Raw::Attribute => Tok::Attribute,
                Raw::Variable => Tok::Variable(name(&text[1..])),
                Raw::Label => {
                    if was_arrow {
                        Tok::Ident(name(text))
                    } else {
                        match self.label(text, start)? {
                            Some(t) => t,
                            None => continue,
                        }
                    }
                }
                Raw::QualifiedName => {
                    if text.len() > 10 && text[..10].eq_ignore_ascii_case(b"namespace\\") {
                        Tok::NameRelative(name(&text[10..]))
                    } else {
                        Tok::NameQualified(name(text))
                    }
                }
                Raw::FullyQualifiedName => Tok::NameFullyQualified(name(&text[1..])),
                Raw::Decimal | Raw::Hex | Raw::Binary | Raw::Octal | Raw::Float => {
                    self.number(kind, start, end)?
                }
                Raw::SingleQuoted => Tok::ConstantString(escapes::single_quoted(&text[1..text.len() - 1])),
                Raw::DoubleQuote => {
                    self.double_quoted(start)?;
                    continue;
                }
                Raw::Backtick => {
                    self.backtick(start)?;
                    continue;
                }
                Raw::HeredocStart => {
                    self.heredoc(start, end)?;
                    continue;
                }
                Raw::CloseTag => {
                    if island > 0 {
                        // PHP leaves scripting mode even inside a string island; the parser
                        // then reports the broken string.
                    }
                    let mut e = end;
                    if self.src.get(e) == Some(&b'\n') {
                        e += 1;
                    } else if self.src.get(e) == Some(&b'\r') {
                        e += if self.src.get(e + 1) == Some(&b'\n') { 2 } else { 1 };
                    }
                    self.push(start, Tok::Semicolon, end);
                    self.pos = e;
                    return Ok(ScriptEnd::CloseTag);
                }
                Raw::LParen => match self.cast(end) {
                    Some((tok, cast_end)) => {
                        self.pos = cast_end;
                        self.push(start, tok, cast_end);
                        continue;
                    }
                    None => Tok::LParen,
                },
                Raw::LBrace => {
                    braces += 1;
                    Tok::LBrace
                }
                Raw::RBrace => {
                    if island > 0 && braces == 0 {
                        self.push(start, Tok::RBrace, end);
                        return Ok(ScriptEnd::Brace);
                    }
                    braces = braces.saturating_sub(1);
                    Tok::RBrace
                }
                Raw::Amp => {
                    if self.amp_followed_by_var(end) {
                        Tok::AmpFollowedByVar
                    } else {
                        Tok::Amp
                    }
                }
                Raw::Arrow => {
                    after_arrow = true;
                    Tok::Arrow
                }
                Raw::NullsafeArrow => {
                    after_arrow = true;
                    Tok::NullsafeArrow
                }
                other => punct(other),
            };
            let halt = tok == Tok::HaltCompiler;
            self.push(start, tok, end);
            if halt {
                self.halt();
                return Ok(ScriptEnd::Halt);
            }
        }
    }

    fn unexpected_char<T>(&mut self, start: usize) -> LResult<T> {
        // PHP's scanner passes unknown bytes to the parser, which rejects them.
        let b = self.src[start];
        let shown = if b.is_ascii_graphic() {
            format!("\"{}\"", b as char)
        } else {
            format!("character 0x{b:02X}")
        };
        self.err(format!("syntax error, unexpected {shown}"), start, start + 1)
    }

    /// After `__halt_compiler`: at most `(`, `)`, `;` follow; the offset after them is recorded.
    fn halt(&mut self) {
        let expect = [b'(', b')'];
        let mut i = self.pos;
        for want in expect {
            i = skip_blanks(self.src, i);
            if self.src.get(i) != Some(&want) {
                self.out.halt_offset = Some(i);
                return;
            }
            let tok = if want == b'(' { Tok::LParen } else { Tok::RParen };
            self.push(i, tok, i + 1);
            i += 1;
        }
        i = skip_blanks(self.src, i);
        if self.src.get(i) == Some(&b';') {
            self.push(i, Tok::Semicolon, i + 1);
            i += 1;
        } else if self.src[i..].starts_with(b"?>") {
            self.push(i, Tok::Semicolon, i + 2);
            i += 2;
            if self.src.get(i) == Some(&b'\n') {
                i += 1;
            }
        }
        self.out.halt_offset = Some(i);
        self.pos = self.src.len();
    }

    /// Keyword or name. `None` means the token was consumed specially.
    fn label(&mut self, text: &[u8], start: usize) -> LResult<Option<Tok>> {
        let lower = text.to_ascii_lowercase();
        let tok = match keyword(&lower) {
            Some(Tok::Enum) => {
                if self.enum_follows() {
                    Tok::Enum
                } else {
                    Tok::Ident(name(text))
                }
            }
            Some(Tok::Yield) => {
                // `yield from` with any blanks between.
                let j = skip_ws(self.src, self.pos);
                if j > self.pos
                    && self.src.len() >= j + 4
                    && self.src[j..j + 4].eq_ignore_ascii_case(b"from")
                    && self.src.get(j + 4).is_none_or(|&b| !is_label_char(b))
                {
                    self.pos = j + 4;
                    self.push(start, Tok::YieldFrom, j + 4);
                    return Ok(None);
                }
                Tok::Yield
            }
            Some(Tok::Namespace) if self.src.get(self.pos) == Some(&b'\\') => {
                // `namespace\Foo` is matched as a qualified name by the automaton; a lone
                // `namespace\` is the keyword followed by a separator.
                Tok::Namespace
            }
            Some(t) => t,
            None => Tok::Ident(name(text)),
        };
        Ok(Some(tok))
    }

    /// PHP's rule: `enum` is a keyword when followed by blanks and a name other than
    /// `extends`/`implements`.
    fn enum_follows(&self) -> bool {
        let j = skip_ws(self.src, self.pos);
        if j == self.pos || !self.src.get(j).is_some_and(|&b| is_label_start(b)) {
            return false;
        }
        let mut k = j;
        while k < self.src.len() && is_label_char(self.src[k]) {
            k += 1;
        }
        let word = self.src[j..k].to_ascii_lowercase();
        word != b"extends" && word != b"implements"
    }

    /// `(int)`, `( string )` … with blanks inside; returns the cast token and its end.
    fn cast(&self, after_paren: usize) -> Option<(Tok, usize)> {
        let src = self.src;
        let mut i = after_paren;
        while i < src.len() && (src[i] == b' ' || src[i] == b'\t') {
            i += 1;
        }
        let word_start = i;
        while i < src.len() && src[i].is_ascii_alphabetic() {
            i += 1;
        }
        let word = src[word_start..i].to_ascii_lowercase();
        while i < src.len() && (src[i] == b' ' || src[i] == b'\t') {
            i += 1;
        }
        if src.get(i) != Some(&b')') {
            return None;
        }
        let tok = match word.as_slice() {
            b"int" | b"integer" => Tok::IntCast,
            b"bool" | b"boolean" => Tok::BoolCast,
            b"float" | b"double" | b"real" => Tok::DoubleCast,
            b"string" | b"binary" => Tok::StringCast,
            b"array" => Tok::ArrayCast,
            b"object" => Tok::ObjectCast,
            b"unset" => Tok::UnsetCast,
            _ => return None,
        };
        Some((tok, i + 1))
    }

    /// Whether `&` at `end` is followed (after blanks and comments) by a variable or `...`.
    fn amp_followed_by_var(&self, end: usize) -> bool {
        let j = skip_ws_and_comments(self.src, end);
        let rest = &self.src[j..];
        rest.starts_with(b"...") || (rest.first() == Some(&b'$') && rest.get(1).is_some_and(|&b| is_label_start(b)))
    }

    fn number(&mut self, kind: Raw, start: usize, end: usize) -> LResult<Tok> {
        // A literal immediately followed by `_` or a name character is PHP's
        // `Invalid numeric literal` when the underscore is misplaced.
        if self.src.get(end) == Some(&b'_') {
            return self.err("syntax error, unexpected identifier", start, end);
        }
        match numbers::literal(kind, &self.src[start..end]) {
            Some(tok) => Ok(tok),
            None => self.err("Invalid numeric literal", start, end),
        }
    }

    fn backtick(&mut self, start: usize) -> LResult<()> {
        self.push(start, Tok::Backtick, start + 1);
        self.interpolated(strings::Terminator::Backtick)
    }

    fn double_quoted(&mut self, start: usize) -> LResult<()> {
        if let Some((bytes, end)) = strings::constant_double_quoted(self.src, start + 1) {
            let dec = escapes::double_quoted(bytes, start + 1, false);
            if let Some((message, at)) = dec.error {
                return self.err(message, at, at);
            }
            for (msg, off) in dec.warnings {
                self.warn(false, msg, off);
            }
            self.push(start, Tok::ConstantString(dec.bytes), end);
            self.pos = end;
            return Ok(());
        }
        self.push(start, Tok::DoubleQuote, start + 1);
        self.interpolated(strings::Terminator::DoubleQuote)
    }

    fn heredoc(&mut self, start: usize, end: usize) -> LResult<()> {
        let head = strings::HeredocHead::parse(&self.src[start..end]);
        let Some(close) = strings::find_closing(self.src, end, &head.label) else {
            self.push(start, Tok::StartHeredoc, end);
            self.pos = self.src.len();
            // PHP: the unterminated body is string content followed by end of file.
            return self.err("syntax error, unexpected end of file", self.src.len(), self.src.len());
        };
        self.push(start, Tok::StartHeredoc, end);
        let indent = &self.src[close.line_start..close.marker_start];
        if indent.contains(&b' ') && indent.contains(&b'\t') {
            return self.err("Invalid indentation - tabs and spaces cannot be mixed", close.marker_start, close.marker_start);
        }
        let indent_len = indent.len();
        if head.nowdoc {
            let body = strings::body_before(self.src, end, close.line_start);
            let text = strings::dedent(self.src, body.clone(), indent_len).map_err(|(at, _)| LexError {
                message: format!("Invalid body indentation level (expecting an indentation level of at least {indent_len})"),
                span: Span::new(at, at),
            })?;
            if !body.is_empty() {
                self.push(body.start, Tok::EncapsedAndWhitespace(text), body.end);
            }
        } else {
            self.pos = end;
            self.interpolated(strings::Terminator::Heredoc {
                body_end: strings::body_before(self.src, end, close.line_start).end,
                indent: indent_len,
            })?;
        }
        let marker_end = close.marker_start + head.label.len();
        self.push(close.marker_start, Tok::EndHeredoc, marker_end);
        self.pos = marker_end;
        Ok(())
    }

    /// Scans the inside of an interpolated string up to its terminator, emitting literal parts,
    /// simple interpolations and `{$ … }` islands.
    fn interpolated(&mut self, term: strings::Terminator) -> LResult<()> {
        self.depth += 1;
        if self.depth > MAX_NESTING {
            return self.err("Maximum string nesting depth exceeded", self.pos, self.pos);
        }
        let r = strings::Interp::new(term).run(self);
        self.depth -= 1;
        r
    }
}

fn unreachable_brace() {}

/// Builds a name payload from source bytes (names are ASCII or UTF-8 in practice).
pub(crate) fn name(bytes: &[u8]) -> Rc<str> {
    Rc::from(String::from_utf8_lossy(bytes).as_ref())
}

fn skip_blanks(src: &[u8], mut i: usize) -> usize {
    while i < src.len() && src[i].is_ascii_whitespace() {
        i += 1;
    }
    i
}

fn skip_ws(src: &[u8], i: usize) -> usize {
    skip_blanks(src, i)
}

fn skip_ws_and_comments(src: &[u8], mut i: usize) -> usize {
    loop {
        i = skip_blanks(src, i);
        let rest = &src[i..];
        if rest.starts_with(b"/*") {
            i = rest[2..].windows(2).position(|w| w == b"*/").map_or(src.len(), |p| i + 2 + p + 2);
        } else if rest.starts_with(b"//") || (rest.starts_with(b"#") && !rest.starts_with(b"#[")) {
            i += rest.iter().position(|&b| b == b'\n').unwrap_or(rest.len());
        } else {
            return i;
        }
    }
}

/// Keywords by lower-cased spelling.
fn keyword(lower: &[u8]) -> Option<Tok> {
    Some(match lower {
        b"abstract" => Tok::Abstract,
        b"and" => Tok::LogicalAnd,
        b"array" => Tok::Array,
        b"as" => Tok::As,
        b"break" => Tok::Break,
        b"callable" => Tok::Callable,
        b"case" => Tok::Case,
        b"catch" => Tok::Catch,
        b"class" => Tok::Class,
        b"clone" => Tok::Clone,
        b"const" => Tok::Const,
        b"continue" => Tok::Continue,
        b"declare" => Tok::Declare,
        b"default" => Tok::Default,
        b"do" => Tok::Do,
        b"echo" => Tok::Echo,
        b"else" => Tok::Else,
        b"elseif" => Tok::Elseif,
        b"empty" => Tok::Empty,
        b"enddeclare" => Tok::Enddeclare,
        b"endfor" => Tok::Endfor,
        b"endforeach" => Tok::Endforeach,
        b"endif" => Tok::Endif,
        b"endswitch" => Tok::Endswitch,
        b"endwhile" => Tok::Endwhile,
        b"enum" => Tok::Enum,
        b"eval" => Tok::Eval,
        b"exit" | b"die" => Tok::Exit,
        b"extends" => Tok::Extends,
        b"final" => Tok::Final,
        b"finally" => Tok::Finally,
        b"fn" => Tok::Fn,
        b"for" => Tok::For,
        b"foreach" => Tok::Foreach,
        b"function" => Tok::Function,
        b"global" => Tok::Global,
        b"goto" => Tok::Goto,
        b"if" => Tok::If,
        b"implements" => Tok::Implements,
        b"include" => Tok::Include,
        b"include_once" => Tok::IncludeOnce,
        b"instanceof" => Tok::Instanceof,
        b"insteadof" => Tok::Insteadof,
        b"interface" => Tok::Interface,
        b"isset" => Tok::Isset,
        b"list" => Tok::List,
        b"match" => Tok::Match,
        b"namespace" => Tok::Namespace,
        b"new" => Tok::New,
        b"or" => Tok::LogicalOr,
        b"print" => Tok::Print,
        b"private" => Tok::Private,
        b"protected" => Tok::Protected,
        b"public" => Tok::Public,
        b"readonly" => Tok::Readonly,
        b"require" => Tok::Require,
        b"require_once" => Tok::RequireOnce,
        b"return" => Tok::Return,
        b"static" => Tok::Static,
        b"switch" => Tok::Switch,
        b"throw" => Tok::Throw,
        b"trait" => Tok::Trait,
        b"try" => Tok::Try,
        b"unset" => Tok::Unset,
        b"use" => Tok::Use,
        b"var" => Tok::Var,
        b"while" => Tok::While,
        b"xor" => Tok::LogicalXor,
        b"yield" => Tok::Yield,
        b"__halt_compiler" => Tok::HaltCompiler,
        b"__line__" => Tok::MagicLine,
        b"__file__" => Tok::MagicFile,
        b"__dir__" => Tok::MagicDir,
        b"__function__" => Tok::MagicFunction,
        b"__class__" => Tok::MagicClass,
        b"__method__" => Tok::MagicMethod,
        b"__namespace__" => Tok::MagicNamespace,
        b"__trait__" => Tok::MagicTrait,
        _ => return None,
    })
}

/// Punctuation tokens that map one to one.
fn punct(raw: Raw) -> Tok {
    match raw {
        Raw::Semicolon => Tok::Semicolon,
        Raw::Comma => Tok::Comma,
        Raw::Dot => Tok::Dot,
        Raw::RParen => Tok::RParen,
        Raw::LBracket => Tok::LBracket,
        Raw::RBracket => Tok::RBracket,
        Raw::Question => Tok::Question,
        Raw::Colon => Tok::Colon,
        Raw::DoubleColon => Tok::DoubleColon,
        Raw::NsSeparator => Tok::NsSeparator,
        Raw::Ellipsis => Tok::Ellipsis,
        Raw::DoubleArrow => Tok::DoubleArrow,
        Raw::Assign => Tok::Assign,
        Raw::PlusAssign => Tok::PlusAssign,
        Raw::MinusAssign => Tok::MinusAssign,
        Raw::MulAssign => Tok::MulAssign,
        Raw::DivAssign => Tok::DivAssign,
        Raw::ConcatAssign => Tok::ConcatAssign,
        Raw::ModAssign => Tok::ModAssign,
        Raw::PowAssign => Tok::PowAssign,
        Raw::AndAssign => Tok::AndAssign,
        Raw::OrAssign => Tok::OrAssign,
        Raw::XorAssign => Tok::XorAssign,
        Raw::ShlAssign => Tok::ShlAssign,
        Raw::ShrAssign => Tok::ShrAssign,
        Raw::CoalesceAssign => Tok::CoalesceAssign,
        Raw::Plus => Tok::Plus,
        Raw::Minus => Tok::Minus,
        Raw::Star => Tok::Star,
        Raw::Slash => Tok::Slash,
        Raw::Percent => Tok::Percent,
        Raw::Pow => Tok::Pow,
        Raw::Pipe => Tok::Pipe,
        Raw::Caret => Tok::Caret,
        Raw::Tilde => Tok::Tilde,
        Raw::Shl => Tok::Shl,
        Raw::Shr => Tok::Shr,
        Raw::Bang => Tok::Bang,
        Raw::BooleanAnd => Tok::BooleanAnd,
        Raw::BooleanOr => Tok::BooleanOr,
        Raw::Coalesce => Tok::Coalesce,
        Raw::Inc => Tok::Inc,
        Raw::Dec => Tok::Dec,
        Raw::Dollar => Tok::Dollar,
        Raw::At => Tok::At,
        Raw::IsEqual => Tok::IsEqual,
        Raw::IsNotEqual => Tok::IsNotEqual,
        Raw::IsIdentical => Tok::IsIdentical,
        Raw::IsNotIdentical => Tok::IsNotIdentical,
        Raw::Lt => Tok::Lt,
        Raw::Gt => Tok::Gt,
        Raw::IsSmallerOrEqual => Tok::IsSmallerOrEqual,
        Raw::IsGreaterOrEqual => Tok::IsGreaterOrEqual,
        Raw::Spaceship => Tok::Spaceship,
        // Tokens with their own handling never reach here; map defensively to a semicolon-free
        // harmless token so the parser reports them.
        _ => Tok::Dollar,
    }
}

/// Renders the token stream of `src` one token per line (`Tok @ start..end`), followed by any
/// warning and error; used by the golden tests and handy when debugging the grammar.
pub fn dump(src: &[u8]) -> String {
    use std::fmt::Write;
    let t = tokenize(src);
    let mut out = String::new();
    for (s, tok, e) in &t.tokens {
        let _ = writeln!(out, "{tok:?} @ {s}..{e}");
    }
    for w in &t.warnings {
        let _ = writeln!(out, "warning@{}: {}", w.offset, w.message);
    }
    if let Some(err) = &t.error {
        let _ = writeln!(out, "error@{}: {}", err.span.start, err.message);
    }
    out
}
