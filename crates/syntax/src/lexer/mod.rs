//! The PHP lexer: a modal scanner modelled on PHP's own (`zend_language_scanner.l`).
//!
//! Like PHP's re2c scanner it keeps a current *mode* and a stack of saved modes: inline HTML,
//! scripting, the bodies of interpolated strings, heredocs and nowdocs, and the small states
//! used inside interpolation (`$a->b`, `$a[…]`, `${name}`). Scripting lexemes are classified
//! by a `logos` automaton ([`raw`]); the string bodies are scanned by hand exactly as PHP's
//! scanner loops over them. `{$ … }` and `${ … }` push a scripting mode that nested braces
//! push and pop in turn, so arbitrary expressions (even nested strings and heredocs) work.
//!
//! Use [`lex`] to get a [`Lexer`], an iterator of `(start, Tok, end)` byte-offset triples or
//! a [`LexError`] worded as PHP words it. After an error the iterator ends.

mod escapes;
mod indent;
mod keywords;
mod numbers;
mod raw;
#[cfg(test)]
mod tests;

use crate::span::Span;
use crate::token::Tok;
use escapes::Quote;
use raw::Raw;
use std::rc::Rc;

/// A token with its byte offsets: `(start, token, end)`, as LALRPOP expects.
pub type Spanned = (usize, Tok, usize);

/// What kind of problem a [`LexError`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LexErrorKind {
    /// A parse error whose full message is [`LexError::message`] (e.g. `Invalid numeric
    /// literal`).
    Parse,
    /// A byte no token starts with (PHP's `T_BAD_CHARACTER`). PHP reports it as a syntax
    /// error, `syntax error, unexpected character 0x01, expecting …`; the message holds the
    /// part without the `expecting` list, which only the parser knows.
    UnexpectedCharacter(u8),
}

/// A lexical error. PHP reports every one of them as `Parse error: {message}` on the line of
/// `span.start`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LexError {
    /// The error's kind.
    pub kind: LexErrorKind,
    /// PHP's wording, e.g. `Unterminated comment starting line 3`.
    pub message: String,
    /// Where it happened (its start decides the reported line).
    pub span: Span,
}

/// A compile-time warning found while lexing (PHP prints `Warning: {message}` on the line of
/// `span.start`, before running the script), e.g. an octal escape overflow.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LexWarning {
    /// PHP's wording.
    pub message: String,
    /// An `E_DEPRECATED` found at compile time (`Deprecated: …`, printed after every lexer
    /// warning) rather than an `E_COMPILE_WARNING`.
    pub deprecated: bool,
    /// Where it happened.
    pub span: Span,
}

/// Scanner states, named after PHP's `ST_*` conditions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mode {
    Initial,
    Scripting,
    LookingForProperty,
    DoubleQuotes,
    Backquote,
    Heredoc,
    Nowdoc,
    EndHeredoc,
    LookingForVarname,
    VarOffset,
}

/// An open heredoc/nowdoc: where its label is and the indentation to strip.
#[derive(Clone, Debug)]
struct HeredocLabel {
    start: usize,
    len: usize,
    indentation: usize,
    uses_spaces: bool,
}

/// Progress through `__halt_compiler ( ) ;`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Halt {
    Off,
    WantLParen,
    WantRParen,
    WantSemicolon,
}

/// What one scanning step produced.
enum Step {
    /// Nothing to deliver (whitespace, comment, open tag, mode change); scan again.
    Again,
    /// A token or an error.
    Emit(Result<Spanned, LexError>),
    /// End of input.
    End,
}

/// The modal PHP lexer; see the [module documentation](self).
#[derive(Clone, Debug)]
pub struct Lexer<'a> {
    src: &'a [u8],
    pos: usize,
    mode: Mode,
    stack: Vec<Mode>,
    heredocs: Vec<HeredocLabel>,
    halt: Halt,
    halt_offset: Option<usize>,
    warnings: Vec<LexWarning>,
    /// Compile-time deprecations (`${var}` in strings), reported after the warnings.
    deprecations: Vec<LexWarning>,
    finished: bool,
    /// Set while looking ahead for a heredoc's closing marker (PHP's `heredoc_scan_only`).
    scan_only: bool,
    /// Indentation and `uses_spaces` of the last closing marker seen in scan-only mode.
    scanned_indent: (usize, bool),
}

/// Starts lexing `src` in inline-HTML mode, as PHP does (a leading `#!` line is skipped).
pub fn lex(src: &[u8]) -> Lexer<'_> {
    let mut pos = 0;
    if src.starts_with(b"#!") {
        pos = src.len();
        if let Some(i) = src.iter().position(|&b| b == b'\n' || b == b'\r') {
            pos = if src[i] == b'\r' && src.get(i + 1) == Some(&b'\n') {
                i + 2
            } else {
                i + 1
            };
        }
    }
    Lexer {
        src,
        pos,
        mode: Mode::Initial,
        stack: Vec::new(),
        heredocs: Vec::new(),
        halt: Halt::Off,
        halt_offset: None,
        warnings: Vec::new(),
        deprecations: Vec::new(),
        finished: false,
        scan_only: false,
        scanned_indent: (0, false),
    }
}

fn is_label_start(b: u8) -> bool {
    b.is_ascii_alphabetic() || b == b'_' || b >= 0x80
}

fn is_label_char(b: u8) -> bool {
    is_label_start(b) || b.is_ascii_digit()
}

/// Length of the label at the start of `s` (0 if none).
fn label_len(s: &[u8]) -> usize {
    match s.first() {
        Some(&b) if is_label_start(b) => s.iter().take_while(|&&b| is_label_char(b)).count(),
        _ => 0,
    }
}

/// A name payload (PHP names are bytes; non-UTF-8 bytes are replaced).
fn name(bytes: &[u8]) -> Rc<str> {
    match std::str::from_utf8(bytes) {
        Ok(text) => Rc::from(text),
        Err(_) => Rc::from(String::from_utf8_lossy(bytes).as_ref()),
    }
}

fn starts_with_ci(s: &[u8], word: &[u8]) -> bool {
    s.len() >= word.len() && s[..word.len()].eq_ignore_ascii_case(word)
}

/// Index after the `[ \t\r\n]*` run starting at `i`.
fn skip_whitespace(src: &[u8], mut i: usize) -> usize {
    while matches!(src.get(i), Some(b' ' | b'\t' | b'\r' | b'\n')) {
        i += 1;
    }
    i
}

/// Where a `//` or `#` comment whose text starts at `i` ends: after its newline, or before `?>`.
fn line_comment_end(src: &[u8], mut i: usize) -> usize {
    while i < src.len() {
        match src[i] {
            b'\n' => return i + 1,
            b'\r' => {
                return if src.get(i + 1) == Some(&b'\n') {
                    i + 2
                } else {
                    i + 1
                }
            }
            b'?' if src.get(i + 1) == Some(&b'>') => return i,
            _ => i += 1,
        }
    }
    src.len()
}

/// Index after whitespace and comments starting at `i` (unterminated `/*` stops the skip).
fn skip_whitespace_and_comments(src: &[u8], mut i: usize) -> usize {
    loop {
        i = skip_whitespace(src, i);
        let rest = &src[i.min(src.len())..];
        if rest.starts_with(b"//") || (rest.starts_with(b"#") && !rest.starts_with(b"#[")) {
            i = line_comment_end(src, i + 1);
        } else if rest.starts_with(b"/*") {
            match find(src, i + 2, b"*/") {
                Some(e) => i = e + 2,
                None => return i,
            }
        } else {
            return i;
        }
    }
}

/// First occurrence of `needle` in `src` at or after `from`.
fn find(src: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    src.get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + from)
}

/// Length of a number as PHP's `ST_VAR_OFFSET` reads it (`LNUM|HNUM|BNUM|ONUM`).
fn offset_number_len(s: &[u8]) -> usize {
    fn run(s: &[u8], from: usize, ok: fn(u8) -> bool) -> usize {
        // digits (_ digits)*; returns end index, or `from` if no digit.
        let mut i = from;
        if !s.get(i).is_some_and(|&b| ok(b)) {
            return from;
        }
        loop {
            while s.get(i).is_some_and(|&b| ok(b)) {
                i += 1;
            }
            if s.get(i) == Some(&b'_') && s.get(i + 1).is_some_and(|&b| ok(b)) {
                i += 1;
            } else {
                return i;
            }
        }
    }
    let dec = run(s, 0, |b| b.is_ascii_digit());
    let prefixed = if s.first() == Some(&b'0') {
        let (from, ok): (usize, fn(u8) -> bool) = match s.get(1) {
            Some(b'x' | b'X') => (2, |b| b.is_ascii_hexdigit()),
            Some(b'b' | b'B') => (2, |b| b == b'0' || b == b'1'),
            Some(b'o' | b'O') => (2, |b| (b'0'..=b'7').contains(&b)),
            _ => (0, |_| false),
        };
        match from {
            0 => 0,
            _ => match run(s, from, ok) {
                e if e > from => e,
                _ => 0,
            },
        }
    } else {
        0
    };
    dec.max(prefixed)
}

impl<'a> Lexer<'a> {
    /// The byte offset just after `__halt_compiler();` (or `__halt_compiler() ?>` with its
    /// newline) once the lexer has delivered those tokens; the value of
    /// `__COMPILER_HALT_OFFSET__`. Lexing stops there.
    pub fn halt_offset(&self) -> Option<usize> {
        self.halt_offset
    }

    /// Compile warnings found so far (octal escape overflows), in source order of discovery.
    pub fn warnings(&self) -> &[LexWarning] {
        &self.warnings
    }

    /// Takes the warnings found so far, leaving none: lexer warnings first, then the
    /// compile-time deprecations, each in source order (the order PHP reports them).
    pub fn take_warnings(&mut self) -> Vec<LexWarning> {
        let mut w = std::mem::take(&mut self.warnings);
        w.append(&mut self.deprecations);
        w
    }

    fn push(&mut self, mode: Mode) {
        self.stack.push(self.mode);
        self.mode = mode;
    }

    fn pop(&mut self) {
        self.mode = self.stack.pop().unwrap_or(Mode::Scripting);
    }

    fn emit(&mut self, start: usize, tok: Tok, end: usize) -> Step {
        self.pos = end;
        Step::Emit(Ok((start, tok, end)))
    }

    fn error(&mut self, message: impl Into<String>, start: usize, end: usize) -> Step {
        Step::Emit(Err(LexError {
            kind: LexErrorKind::Parse,
            message: message.into(),
            span: Span::new(start, end),
        }))
    }

    fn bad_character(&mut self, at: usize) -> Step {
        let b = self.src[at];
        Step::Emit(Err(LexError {
            kind: LexErrorKind::UnexpectedCharacter(b),
            message: format!("syntax error, unexpected character 0x{b:02X}"),
            span: Span::new(at, at + 1),
        }))
    }

    fn line_of(&self, offset: usize) -> usize {
        1 + self.src[..offset.min(self.src.len())]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
    }

    /// Scans until a token, an error or the end.
    fn scan_next(&mut self) -> Option<Result<Spanned, LexError>> {
        loop {
            let step = match self.mode {
                Mode::Initial => self.scan_initial(),
                Mode::Scripting => self.scan_scripting(),
                Mode::LookingForProperty => self.scan_looking_for_property(),
                Mode::DoubleQuotes => self.scan_quoted(b'"', Quote::Double),
                Mode::Backquote => self.scan_quoted(b'`', Quote::Backtick),
                Mode::Heredoc => self.scan_heredoc_body(),
                Mode::Nowdoc => self.scan_nowdoc_body(),
                Mode::EndHeredoc => self.scan_end_heredoc(),
                Mode::LookingForVarname => self.scan_looking_for_varname(),
                Mode::VarOffset => self.scan_var_offset(),
            };
            match step {
                Step::Again => continue,
                Step::Emit(r) => return Some(r),
                Step::End => return None,
            }
        }
    }

    /// `INITIAL`: inline HTML up to an open tag.
    fn scan_initial(&mut self) -> Step {
        let start = self.pos;
        let rest = &self.src[start..];
        if rest.is_empty() {
            return Step::End;
        }
        if rest.starts_with(b"<?") {
            self.mode = Mode::Scripting;
            if rest.starts_with(b"<?=") {
                return self.emit(start, Tok::Echo, start + 3);
            }
            let len = if rest.len() >= 5 && rest[2..5].eq_ignore_ascii_case(b"php") {
                match rest.get(5) {
                    None => 5,
                    Some(b' ' | b'\t' | b'\n') => 6,
                    Some(b'\r') if rest.get(6) == Some(&b'\n') => 7,
                    Some(b'\r') => 6,
                    Some(_) => 2,
                }
            } else {
                2
            };
            self.pos = start + len;
            return Step::Again;
        }
        let end = find(self.src, start + 1, b"<?").unwrap_or(self.src.len());
        self.emit(start, Tok::InlineHtml(rest[..end - start].to_vec()), end)
    }

    /// `ST_IN_SCRIPTING`: PHP code.
    fn scan_scripting(&mut self) -> Step {
        let start = self.pos;
        let src = self.src;
        let (raw, len) = match raw::next_raw(&src[start..]) {
            None => return Step::End,
            Some(Err(())) => return self.bad_character(start),
            Some(Ok(r)) => r,
        };
        let end = start + len;
        let text = &src[start..end];
        self.pos = end;
        let tok = match raw {
            Raw::Whitespace => return Step::Again,
            Raw::LineComment => {
                self.pos = line_comment_end(src, end);
                return Step::Again;
            }
            Raw::BlockComment => {
                return match find(src, end, b"*/") {
                    Some(e) => {
                        self.pos = e + 2;
                        Step::Again
                    }
                    None => {
                        let line = self.line_of(start);
                        self.error(
                            format!("Unterminated comment starting line {line}"),
                            start,
                            src.len(),
                        )
                    }
                };
            }
            Raw::CloseTag => {
                self.mode = Mode::Initial;
                Tok::Semicolon
            }
            Raw::Variable => Tok::Variable(name(&text[1..])),
            Raw::Label => return self.scan_label(start, end),
            Raw::NameQualified => Tok::NameQualified(name(text)),
            Raw::NameFullyQualified => Tok::NameFullyQualified(name(&text[1..])),
            Raw::NameRelative => Tok::NameRelative(name(&text[b"namespace\\".len()..])),
            Raw::LNumber => match numbers::lnumber(text) {
                Ok(tok) => tok,
                Err(_) => return self.error("Invalid numeric literal", start, end),
            },
            Raw::DNumber => numbers::dnumber(text),
            Raw::HexNumber => numbers::prefixed(text, 16),
            Raw::BinNumber => numbers::prefixed(text, 2),
            Raw::OctNumber => numbers::prefixed(text, 8),
            Raw::IntCast => Tok::IntCast,
            Raw::DoubleCast => Tok::DoubleCast,
            Raw::RealCast => {
                return self.error(
                    "The (real) cast has been removed, use (float) instead",
                    start,
                    end,
                )
            }
            Raw::StringCast => Tok::StringCast,
            Raw::ArrayCast => Tok::ArrayCast,
            Raw::ObjectCast => Tok::ObjectCast,
            Raw::BoolCast => Tok::BoolCast,
            Raw::UnsetCast => Tok::UnsetCast,
            Raw::SingleQuote => return self.scan_single_quoted(start, end),
            Raw::DoubleQuote => return self.scan_double_quoted(start, end),
            Raw::Backtick => {
                self.mode = Mode::Backquote;
                Tok::Backtick
            }
            Raw::StartHeredoc => return self.scan_start_heredoc(start, end),
            Raw::Attribute => Tok::Attribute,
            Raw::Semicolon => Tok::Semicolon,
            Raw::Comma => Tok::Comma,
            Raw::Dot => Tok::Dot,
            Raw::LParen => Tok::LParen,
            Raw::RParen => Tok::RParen,
            Raw::LBracket => Tok::LBracket,
            Raw::RBracket => Tok::RBracket,
            Raw::LBrace => {
                self.push(Mode::Scripting);
                Tok::LBrace
            }
            Raw::RBrace => {
                if !self.stack.is_empty() {
                    self.pop();
                }
                Tok::RBrace
            }
            Raw::Question => Tok::Question,
            Raw::Colon => Tok::Colon,
            Raw::DoubleColon => Tok::DoubleColon,
            Raw::NsSeparator => Tok::NsSeparator,
            Raw::Ellipsis => Tok::Ellipsis,
            Raw::Arrow => {
                self.push(Mode::LookingForProperty);
                Tok::Arrow
            }
            Raw::NullsafeArrow => {
                self.push(Mode::LookingForProperty);
                Tok::NullsafeArrow
            }
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
            Raw::Amp => {
                let next = skip_whitespace(src, end);
                let rest = &src[next..];
                if rest.starts_with(b"$") || rest.starts_with(b"...") {
                    Tok::AmpFollowedByVar
                } else {
                    Tok::Amp
                }
            }
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
        };
        self.emit(start, tok, end)
    }

    /// A bare word in scripting mode: keyword, `yield from`, `enum`, or a name.
    fn scan_label(&mut self, start: usize, end: usize) -> Step {
        let src = self.src;
        let word = &src[start..end];
        if word.eq_ignore_ascii_case(b"yield") {
            let j = skip_whitespace(src, end);
            if j > end
                && starts_with_ci(&src[j..], b"from")
                && !src.get(j + 4).is_some_and(|&b| is_label_char(b))
            {
                return self.emit(start, Tok::YieldFrom, j + 4);
            }
        } else if word.eq_ignore_ascii_case(b"enum") {
            let j = skip_whitespace(src, end);
            let rest = &src[j..];
            let is_enum = j > end
                && rest.first().is_some_and(|&b| is_label_start(b))
                && !starts_with_ci(rest, b"extends")
                && !starts_with_ci(rest, b"implements");
            let tok = if is_enum {
                Tok::Enum
            } else {
                Tok::Ident(name(word))
            };
            return self.emit(start, tok, end);
        } else if word.eq_ignore_ascii_case(b"readonly") {
            let j = skip_whitespace_and_comments(src, end);
            if src.get(j) == Some(&b'(') {
                return self.emit(start, Tok::Ident(name(word)), end);
            }
        }
        let tok = keywords::keyword(word).unwrap_or_else(|| Tok::Ident(name(word)));
        self.emit(start, tok, end)
    }

    /// `'…'` (the opening quote, with an optional `b`, spans `start..body`).
    fn scan_single_quoted(&mut self, start: usize, body: usize) -> Step {
        let src = self.src;
        let mut i = body;
        while i < src.len() {
            match src[i] {
                b'\'' => {
                    let bytes = escapes::decode_single(&src[body..i]);
                    return self.emit(start, Tok::ConstantString(bytes), i + 1);
                }
                b'\\' => i += 2,
                _ => i += 1,
            }
        }
        // Unterminated: PHP delivers the rest as string content (a syntax error follows).
        let bytes = escapes::decode_single(&src[body..]);
        self.emit(start, Tok::EncapsedAndWhitespace(bytes), src.len())
    }

    /// `"…"` in scripting mode: a constant string, or `"` opening an interpolated one.
    fn scan_double_quoted(&mut self, start: usize, body: usize) -> Step {
        let src = self.src;
        let mut i = body;
        while i < src.len() {
            let c = src[i];
            i += 1;
            match c {
                b'"' => {
                    return match self.decode(body, i - 1, Quote::Double) {
                        Ok(bytes) => self.emit(start, Tok::ConstantString(bytes), i),
                        Err(step) => step,
                    };
                }
                b'$' if src.get(i).is_some_and(|&b| is_label_start(b) || b == b'{') => break,
                b'{' if src.get(i) == Some(&b'$') => break,
                b'\\' if i < src.len() => i += 1,
                _ => {}
            }
        }
        self.mode = Mode::DoubleQuotes;
        self.emit(start, Tok::DoubleQuote, body)
    }

    /// Decodes escapes of `src[from..to]`, recording warnings; an error becomes a step.
    fn decode(&mut self, from: usize, to: usize, quote: Quote) -> Result<Vec<u8>, Step> {
        match escapes::decode(&self.src[from..to], quote) {
            Ok(d) => {
                if !self.scan_only {
                    for w in d.warnings {
                        let at = from + w.at;
                        self.warnings.push(LexWarning {
                            message: w.message,
                            deprecated: false,
                            span: Span::new(at, at + 1),
                        });
                    }
                }
                Ok(d.bytes)
            }
            Err(e) => {
                let at = from + e.at;
                Err(self.error(e.message, at, at + 1))
            }
        }
    }

    /// The interpolation starts shared by double quotes, backticks and heredocs: `$name`
    /// (entering `->`/`[` sub-states), `${` and `{$`.
    fn scan_interpolation_start(&mut self) -> Option<Step> {
        let src = self.src;
        let start = self.pos;
        let rest = &src[start..];
        match rest {
            [b'$', b, ..] if is_label_start(*b) => {
                let end = start + 1 + label_len(&rest[1..]);
                let after = &src[end..];
                let followed_by_label = |n: usize| after.get(n).is_some_and(|&b| is_label_start(b));
                if (after.starts_with(b"->") && followed_by_label(2))
                    || (after.starts_with(b"?->") && followed_by_label(3))
                {
                    self.push(Mode::LookingForProperty);
                } else if after.starts_with(b"[") {
                    self.push(Mode::VarOffset);
                }
                Some(self.emit(start, Tok::Variable(name(&src[start + 1..end])), end))
            }
            [b'$', b'{', ..] => {
                self.push(Mode::LookingForVarname);
                Some(self.emit(start, Tok::DollarOpenCurlyBraces, start + 2))
            }
            [b'{', b'$', ..] => {
                self.push(Mode::Scripting);
                Some(self.emit(start, Tok::CurlyOpen, start + 1))
            }
            _ => None,
        }
    }

    /// `ST_DOUBLE_QUOTES` / `ST_BACKQUOTE`: literal text, interpolation, or the closing quote.
    fn scan_quoted(&mut self, close: u8, quote: Quote) -> Step {
        let src = self.src;
        let start = self.pos;
        if start >= src.len() {
            return Step::End;
        }
        if src[start] == close {
            self.mode = Mode::Scripting;
            let tok = if close == b'"' {
                Tok::DoubleQuote
            } else {
                Tok::Backtick
            };
            return self.emit(start, tok, start + 1);
        }
        if let Some(step) = self.scan_interpolation_start() {
            return step;
        }
        let mut i = start + 1;
        if src[start] == b'\\' && i < src.len() {
            i += 1;
        }
        while i < src.len() {
            let c = src[i];
            i += 1;
            match c {
                _ if c == close => {
                    i -= 1;
                    break;
                }
                b'$' if src.get(i).is_some_and(|&b| is_label_start(b) || b == b'{') => {
                    i -= 1;
                    break;
                }
                b'{' if src.get(i) == Some(&b'$') => {
                    i -= 1;
                    break;
                }
                b'\\' if i < src.len() => i += 1,
                _ => {}
            }
        }
        match self.decode(start, i, quote) {
            Ok(bytes) => self.emit(start, Tok::EncapsedAndWhitespace(bytes), i),
            Err(step) => step,
        }
    }

    fn label_bytes(&self) -> &'a [u8] {
        let src = self.src;
        match self.heredocs.last() {
            Some(h) => &src[h.start..h.start + h.len],
            None => b"",
        }
    }

    /// If a closing marker for `label` starts at `i` (after its indentation), its length.
    fn closing_marker_at(&self, i: usize, label: &[u8]) -> bool {
        let src = self.src;
        !label.is_empty()
            && label.len() < src.len() - i.min(src.len())
            && src[i..].starts_with(label)
            && !is_label_char(src[i + label.len()])
    }

    /// `<<<ID` / `<<<"ID"` / `<<<'ID'` and its newline.
    fn scan_start_heredoc(&mut self, start: usize, end: usize) -> Step {
        let src = self.src;
        let mut i = start + src[start..].iter().position(|&b| b == b'<').unwrap_or(0) + 3;
        while matches!(src[i], b' ' | b'\t') {
            i += 1;
        }
        let quote = src[i];
        let nowdoc = quote == b'\'';
        if quote == b'\'' || quote == b'"' {
            i += 1;
        }
        let len = label_len(&src[i..]);
        self.heredocs.push(HeredocLabel {
            start: i,
            len,
            indentation: 0,
            uses_spaces: false,
        });
        self.pos = end;
        let label = &src[i..i + len];

        // An empty body: the closing marker on the very next line.
        let (j, spaces, tabs) = blank_run(src, end);
        if self.closing_marker_at(j, label) {
            if spaces && tabs {
                return self.error(
                    "Invalid indentation - tabs and spaces cannot be mixed",
                    start,
                    end,
                );
            }
            self.mode = Mode::EndHeredoc;
            return self.emit(start, Tok::StartHeredoc, end);
        }

        self.mode = if nowdoc { Mode::Nowdoc } else { Mode::Heredoc };
        if !nowdoc && !self.scan_only {
            let (indentation, uses_spaces, first) = self.scan_ahead_for_indentation();
            if indentation > 0
                && matches!(
                    first,
                    Some(Tok::Variable(_) | Tok::DollarOpenCurlyBraces | Tok::CurlyOpen)
                )
            {
                return self.error(
                    format!(
                        "Invalid body indentation level (expecting an indentation level of at least {indentation})"
                    ),
                    start,
                    end,
                );
            }
            if let Some(h) = self.heredocs.last_mut() {
                h.indentation = indentation;
                h.uses_spaces = uses_spaces;
            }
        }
        self.emit(start, Tok::StartHeredoc, end)
    }

    /// Lexes ahead (on a copy) to the heredoc's closing marker, as PHP does, to learn the
    /// indentation to strip: (indentation, uses spaces, first body token).
    fn scan_ahead_for_indentation(&self) -> (usize, bool, Option<Tok>) {
        let mut sub = self.clone();
        sub.scan_only = true;
        sub.warnings.clear();
        sub.deprecations.clear();
        sub.scanned_indent = (0, false);
        let mut level = 1;
        let mut first = None;
        while level > 0 {
            match sub.scan_next() {
                Some(Ok((_, tok, _))) => {
                    match tok {
                        Tok::StartHeredoc => level += 1,
                        Tok::EndHeredoc => level -= 1,
                        _ => {}
                    }
                    if first.is_none() {
                        first = Some(tok);
                    }
                }
                None | Some(Err(_)) => break,
            }
        }
        (sub.scanned_indent.0, sub.scanned_indent.1, first)
    }

    /// `ST_HEREDOC`: body text up to interpolation or the closing marker.
    fn scan_heredoc_body(&mut self) -> Step {
        let src = self.src;
        let start = self.pos;
        if start >= src.len() {
            return Step::End;
        }
        if let Some(step) = self.scan_interpolation_start() {
            return step;
        }
        let label = self.label_bytes();
        let mut i = start;
        let mut marker = None;
        while i < src.len() {
            let c = src[i];
            i += 1;
            match c {
                b'\r' | b'\n' => {
                    if c == b'\r' && src.get(i) == Some(&b'\n') {
                        i += 1;
                    }
                    let newline_end = i;
                    let (j, spaces, tabs) = blank_run(src, i);
                    i = j;
                    if i == src.len() {
                        break;
                    }
                    if self.closing_marker_at(i, label) {
                        if spaces && tabs {
                            return self.error(
                                "Invalid indentation - tabs and spaces cannot be mixed",
                                start,
                                start + 1,
                            );
                        }
                        let newline_len = if newline_end >= 2
                            && src[newline_end - 2] == b'\r'
                            && src[newline_end - 1] == b'\n'
                        {
                            2
                        } else {
                            1
                        };
                        marker = Some((
                            newline_end - newline_len,
                            newline_end,
                            i - newline_end,
                            spaces,
                        ));
                        break;
                    }
                }
                b'$' if src.get(i).is_some_and(|&b| is_label_start(b) || b == b'{') => {
                    i -= 1;
                    break;
                }
                b'{' if src.get(i) == Some(&b'$') => {
                    i -= 1;
                    break;
                }
                b'\\' if i < src.len() && src[i] != b'\n' && src[i] != b'\r' => i += 1,
                _ => {}
            }
        }
        let (content_end, token_end) = match marker {
            Some((content_end, newline_end, indent, spaces)) => {
                if self.scan_only {
                    self.scanned_indent = (indent, spaces);
                }
                self.mode = Mode::EndHeredoc;
                (content_end, newline_end)
            }
            None => (i, i),
        };
        if self.scan_only {
            return self.emit(start, Tok::EncapsedAndWhitespace(Vec::new()), token_end);
        }
        let (indentation, uses_spaces) = self
            .heredocs
            .last()
            .map_or((0, false), |h| (h.indentation, h.uses_spaces));
        let at_line_start = start > 0 && matches!(src[start - 1], b'\n' | b'\r');
        let raw = &src[start..content_end];
        let stripped = match indent::strip(
            raw,
            indentation,
            uses_spaces,
            at_line_start,
            marker.is_some(),
        ) {
            Ok(s) => s,
            Err(e) => return self.error(e.message, start + e.at, start + e.at + 1),
        };
        match escapes::decode(&stripped, Quote::Heredoc) {
            Ok(d) => {
                for w in d.warnings {
                    let at = offset_of_line(src, start, &stripped[..w.at]);
                    self.warnings.push(LexWarning {
                        message: w.message,
                        deprecated: false,
                        span: Span::new(at, at + 1),
                    });
                }
                self.emit(start, Tok::EncapsedAndWhitespace(d.bytes), token_end)
            }
            Err(e) => {
                let at = offset_of_line(src, start, &stripped[..e.at]);
                self.error(e.message, at, at + 1)
            }
        }
    }

    /// `ST_NOWDOC`: the whole body up to the closing marker.
    fn scan_nowdoc_body(&mut self) -> Step {
        let src = self.src;
        let start = self.pos;
        if start >= src.len() {
            return Step::End;
        }
        let label = self.label_bytes();
        let mut i = start;
        while i < src.len() {
            let c = src[i];
            i += 1;
            if c != b'\n' && c != b'\r' {
                continue;
            }
            if c == b'\r' && src.get(i) == Some(&b'\n') {
                i += 1;
            }
            let newline_end = i;
            let (j, spaces, tabs) = blank_run(src, i);
            i = j;
            if self.closing_marker_at(i, label) {
                if spaces && tabs {
                    return self.error(
                        "Invalid indentation - tabs and spaces cannot be mixed",
                        start,
                        start + 1,
                    );
                }
                let newline_len = if newline_end >= 2
                    && src[newline_end - 2] == b'\r'
                    && src[newline_end - 1] == b'\n'
                {
                    2
                } else {
                    1
                };
                let content_end = newline_end - newline_len;
                let indentation = i - newline_end;
                let stripped = match indent::strip(
                    &src[start..content_end],
                    indentation,
                    spaces,
                    true,
                    true,
                ) {
                    Ok(s) => s,
                    Err(e) => return self.error(e.message, start + e.at, start + e.at + 1),
                };
                self.mode = Mode::EndHeredoc;
                return self.emit(start, Tok::EncapsedAndWhitespace(stripped), newline_end);
            }
        }
        self.emit(
            start,
            Tok::EncapsedAndWhitespace(src[start..].to_vec()),
            src.len(),
        )
    }

    /// `ST_END_HEREDOC`: the (possibly indented) closing marker.
    fn scan_end_heredoc(&mut self) -> Step {
        let start = self.pos;
        let (j, _, _) = blank_run(self.src, start);
        let end = (j + self.label_bytes().len()).min(self.src.len());
        self.heredocs.pop();
        self.mode = Mode::Scripting;
        self.emit(start, Tok::EndHeredoc, end)
    }

    /// `ST_LOOKING_FOR_PROPERTY`: after `->`/`?->`, a name is always an identifier.
    fn scan_looking_for_property(&mut self) -> Step {
        let src = self.src;
        let start = self.pos;
        let rest = &src[start..];
        let ws = skip_whitespace(src, start);
        if ws > start {
            self.pos = ws;
            return Step::Again;
        }
        if rest.starts_with(b"->") {
            return self.emit(start, Tok::Arrow, start + 2);
        }
        if rest.starts_with(b"?->") {
            return self.emit(start, Tok::NullsafeArrow, start + 3);
        }
        let len = label_len(rest);
        self.pop();
        if len > 0 {
            return self.emit(start, Tok::Ident(name(&rest[..len])), start + len);
        }
        Step::Again
    }

    /// `ST_LOOKING_FOR_VARNAME`: after `${` in a string.
    fn scan_looking_for_varname(&mut self) -> Step {
        let src = self.src;
        let start = self.pos;
        let len = label_len(&src[start..]);
        self.pop();
        self.push(Mode::Scripting);
        let simple = len > 0 && matches!(src.get(start + len), Some(b'[' | b'}'));
        if !self.scan_only {
            let message = if simple {
                "Using ${var} in strings is deprecated, use {$var} instead"
            } else {
                "Using ${expr} (variable variables) in strings is deprecated, use {${expr}} instead"
            };
            let at = start.saturating_sub(2);
            self.deprecations.push(LexWarning {
                message: message.to_string(),
                deprecated: true,
                span: Span::new(at, at + 2),
            });
        }
        if simple {
            return self.emit(
                start,
                Tok::StringVarname(name(&src[start..start + len])),
                start + len,
            );
        }
        Step::Again
    }

    /// `ST_VAR_OFFSET`: inside `"$a[…]"`.
    fn scan_var_offset(&mut self) -> Step {
        let src = self.src;
        let start = self.pos;
        let rest = &src[start..];
        let Some(&c) = rest.first() else {
            return Step::End;
        };
        let num = offset_number_len(rest);
        if num > 0 {
            return self.emit(start, Tok::NumString(name(&rest[..num])), start + num);
        }
        if c == b'-' {
            let num = offset_number_len(&rest[1..]);
            if num > 0 {
                return self.emit(
                    start,
                    Tok::NumString(name(&rest[..num + 1])),
                    start + num + 1,
                );
            }
        }
        if c == b'$' {
            let len = label_len(&rest[1..]);
            if len > 0 {
                return self.emit(
                    start,
                    Tok::Variable(name(&rest[1..1 + len])),
                    start + 1 + len,
                );
            }
        }
        let len = label_len(rest);
        if len > 0 {
            return self.emit(start, Tok::Ident(name(&rest[..len])), start + len);
        }
        let tok = match c {
            b']' => {
                self.pop();
                Tok::RBracket
            }
            b' ' | b'\n' | b'\r' | b'\t' | b'\\' | b'\'' | b'#' => {
                // PHP's "invalid rule": an empty string part, so the parser reports it.
                self.pop();
                return self.emit(start, Tok::EncapsedAndWhitespace(Vec::new()), start);
            }
            b';' => Tok::Semicolon,
            b':' => Tok::Colon,
            b',' => Tok::Comma,
            b'.' => Tok::Dot,
            b'|' => Tok::Pipe,
            b'^' => Tok::Caret,
            b'&' => Tok::Amp,
            b'+' => Tok::Plus,
            b'-' => Tok::Minus,
            b'/' => Tok::Slash,
            b'*' => Tok::Star,
            b'=' => Tok::Assign,
            b'%' => Tok::Percent,
            b'!' => Tok::Bang,
            b'~' => Tok::Tilde,
            b'$' => Tok::Dollar,
            b'<' => Tok::Lt,
            b'>' => Tok::Gt,
            b'?' => Tok::Question,
            b'@' => Tok::At,
            b'[' => Tok::LBracket,
            b'(' => Tok::LParen,
            b')' => Tok::RParen,
            b'{' => Tok::LBrace,
            b'}' => Tok::RBrace,
            b'"' => Tok::DoubleQuote,
            b'`' => Tok::Backtick,
            _ => return self.bad_character(start),
        };
        self.emit(start, tok, start + 1)
    }
}

/// The `[ \t]*` run at `i`: (end, saw a space, saw a tab).
fn blank_run(src: &[u8], mut i: usize) -> (usize, bool, bool) {
    let (mut spaces, mut tabs) = (false, false);
    while let Some(&b) = src.get(i) {
        match b {
            b' ' => spaces = true,
            b'\t' => tabs = true,
            _ => break,
        }
        i += 1;
    }
    (i, spaces, tabs)
}

/// Maps a position inside a transformed (indentation-stripped) segment back to the source:
/// the start of the source line holding it, found by counting the newlines `before` it.
fn offset_of_line(src: &[u8], segment_start: usize, before: &[u8]) -> usize {
    let lines = before.iter().filter(|&&b| b == b'\n').count();
    let mut at = segment_start;
    for _ in 0..lines {
        match find(src, at, b"\n") {
            Some(i) => at = i + 1,
            None => break,
        }
    }
    at.min(src.len())
}

impl Iterator for Lexer<'_> {
    type Item = Result<Spanned, LexError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.finished {
            return None;
        }
        let item = self.scan_next();
        match &item {
            None | Some(Err(_)) => self.finished = true,
            Some(Ok((_, tok, end))) => {
                self.halt = match (self.halt, tok) {
                    (Halt::Off, Tok::HaltCompiler) => Halt::WantLParen,
                    (Halt::Off, _) => Halt::Off,
                    (Halt::WantLParen, Tok::LParen) => Halt::WantRParen,
                    (Halt::WantRParen, Tok::RParen) => Halt::WantSemicolon,
                    (Halt::WantSemicolon, Tok::Semicolon) => {
                        self.halt_offset = Some(*end);
                        self.finished = true;
                        Halt::Off
                    }
                    _ => {
                        self.finished = true;
                        Halt::Off
                    }
                };
            }
        }
        item
    }
}

/// Everything the lexer finds in one file, collected eagerly (for tools that want the whole
/// stream at once rather than the iterator).
#[derive(Clone, Debug, Default)]
pub struct Tokens {
    /// Tokens up to the first error (or the end of input, or `__halt_compiler();`).
    pub tokens: Vec<Spanned>,
    /// The first lexical error, if any.
    pub error: Option<LexError>,
    /// Compile-time warnings in source order.
    pub warnings: Vec<LexWarning>,
    /// Offset just after `__halt_compiler();`.
    pub halt_offset: Option<usize>,
}

/// Tokenises a whole file with [`lex`] and collects the result.
pub fn tokenize(src: &[u8]) -> Tokens {
    let mut lexer = lex(src);
    let mut out = Tokens::default();
    for item in lexer.by_ref() {
        match item {
            Ok(tok) => out.tokens.push(tok),
            Err(e) => {
                out.error = Some(e);
                break;
            }
        }
    }
    out.warnings = lexer.take_warnings();
    out.halt_offset = lexer.halt_offset();
    out
}
