//! Unit tests for the lexer's rules (the golden files cover whole streams and spans).

use super::*;

/// Tokens of `<?php {code}`, panicking on a lexer error.
fn toks(code: &str) -> Vec<Tok> {
    let src = format!("<?php {code}");
    lex(src.as_bytes())
        .map(|r| match r {
            Ok((_, t, _)) => t,
            Err(e) => panic!("unexpected error {e:?} in {code:?}"),
        })
        .collect()
}

/// The first error lexing `<?php {code}`.
fn err(code: &str) -> LexError {
    let src = format!("<?php {code}");
    match lex(src.as_bytes()).find_map(Result::err) {
        Some(e) => e,
        None => panic!("no error in {code:?}"),
    }
}

fn id(s: &str) -> Tok {
    Tok::Ident(s.into())
}

fn var(s: &str) -> Tok {
    Tok::Variable(s.into())
}

fn enc(s: &str) -> Tok {
    Tok::EncapsedAndWhitespace(s.as_bytes().to_vec())
}

fn cs(s: &str) -> Tok {
    Tok::ConstantString(s.as_bytes().to_vec())
}

#[test]
fn inline_html_and_tags() {
    let all: Vec<Tok> = lex(b"a<?php echo 1?>\nb<?= 2 ?>c")
        .map(|r| r.map(|t| t.1).unwrap_or(Tok::Dollar))
        .collect();
    assert_eq!(
        all,
        vec![
            Tok::InlineHtml(b"a".to_vec()),
            Tok::Echo,
            Tok::LNumber(1),
            Tok::Semicolon,
            Tok::InlineHtml(b"b".to_vec()),
            Tok::Echo,
            Tok::LNumber(2),
            Tok::Semicolon,
            Tok::InlineHtml(b"c".to_vec()),
        ]
    );
    // `?>` eats one newline only.
    let spans: Vec<_> = lex(b"<?php ?>\r\n\n").flatten().collect();
    assert_eq!(spans[0], (6, Tok::Semicolon, 10));
    assert_eq!(spans[1], (10, Tok::InlineHtml(b"\n".to_vec()), 11));
    // `<?php` needs whitespace after it; otherwise `<?` is the (short) open tag.
    let t: Vec<_> = lex(b"<?phpinfo();").flatten().map(|t| t.1).collect();
    assert_eq!(t[0], id("phpinfo"));
    assert_eq!(lex(b"<?php").count(), 0);
    assert_eq!(lex(b"#!/bin/php\n").count(), 0);
}

#[test]
fn comments_end_at_close_tag() {
    let t: Vec<_> = lex(b"<?php // c ?>x").flatten().map(|t| t.1).collect();
    assert_eq!(t, vec![Tok::Semicolon, Tok::InlineHtml(b"x".to_vec())]);
    let t: Vec<_> = lex(b"<?php # c ?>x").flatten().map(|t| t.1).collect();
    assert_eq!(t, vec![Tok::Semicolon, Tok::InlineHtml(b"x".to_vec())]);
    assert_eq!(
        toks("/* ?> */ #[A]"),
        vec![Tok::Attribute, id("A"), Tok::RBracket]
    );
    assert_eq!(
        err("\n/* x").message,
        "Unterminated comment starting line 2"
    );
}

#[test]
fn integers() {
    assert_eq!(
        toks("0x1F 0b11 017 0o17 1_000 0"),
        vec![
            Tok::LNumber(31),
            Tok::LNumber(3),
            Tok::LNumber(15),
            Tok::LNumber(15),
            Tok::LNumber(1000),
            Tok::LNumber(0),
        ]
    );
    assert_eq!(
        toks("9223372036854775808"),
        vec![Tok::DNumber(9223372036854775808.0)]
    );
    assert_eq!(toks("1_"), vec![Tok::LNumber(1), id("_")]);
    assert_eq!(toks("0b12"), vec![Tok::LNumber(1), Tok::LNumber(2)]);
    assert_eq!(err("09").message, "Invalid numeric literal");
    assert_eq!(err("0_8").message, "Invalid numeric literal");
}

#[test]
fn floats() {
    assert_eq!(
        toks("1.5 .5 1. 1e3 1E-2 1_0.5 09.5"),
        vec![
            Tok::DNumber(1.5),
            Tok::DNumber(0.5),
            Tok::DNumber(1.0),
            Tok::DNumber(1000.0),
            Tok::DNumber(0.01),
            Tok::DNumber(10.5),
            Tok::DNumber(9.5),
        ]
    );
    assert_eq!(toks("1e"), vec![Tok::LNumber(1), id("e")]);
}

#[test]
fn single_and_constant_double_quoted() {
    assert_eq!(toks(r"'a\'b\\c\d'"), vec![cs(r"a'b\c\d")]);
    assert_eq!(toks(r#""a\tb\x41\101\u{263A}\$x""#), vec![cs("a\tbAA☺$x")]);
    assert_eq!(toks(r#"b"x" B'y'"#), vec![cs("x"), cs("y")]);
    assert_eq!(
        toks(r#""$" "{ $" "\{$""#),
        vec![cs("$"), cs("{ $"), cs(r"\{$")]
    );
    assert_eq!(
        err(r#""\u{}""#).message,
        "Invalid UTF-8 codepoint escape sequence"
    );
}

#[test]
fn octal_overflow_warns() {
    let mut lx = lex(br#"<?php "\400";"#);
    let t: Vec<_> = lx.by_ref().flatten().map(|t| t.1).collect();
    assert_eq!(t, vec![Tok::ConstantString(vec![0]), Tok::Semicolon]);
    assert_eq!(lx.warnings().len(), 1);
    assert_eq!(lx.warnings()[0].span.start, 7);
}

#[test]
fn simple_interpolation() {
    assert_eq!(
        toks(r#""a $b c""#),
        vec![
            Tok::DoubleQuote,
            enc("a "),
            var("b"),
            enc(" c"),
            Tok::DoubleQuote
        ]
    );
    assert_eq!(
        toks(r#""$a->b->c""#),
        vec![
            Tok::DoubleQuote,
            var("a"),
            Tok::Arrow,
            id("b"),
            enc("->c"),
            Tok::DoubleQuote
        ]
    );
    assert_eq!(
        toks(r#""$a?->class""#),
        vec![
            Tok::DoubleQuote,
            var("a"),
            Tok::NullsafeArrow,
            id("class"),
            Tok::DoubleQuote
        ]
    );
    let num = |s: &str| Tok::NumString(s.into());
    for (code, off) in [
        (r#""$a[0]""#, num("0")),
        (r#""$a[-1]""#, num("-1")),
        (r#""$a[0x1]""#, num("0x1")),
        (r#""$a[k]""#, id("k")),
        (r#""$a[$i]""#, var("i")),
    ] {
        assert_eq!(
            toks(code),
            vec![
                Tok::DoubleQuote,
                var("a"),
                Tok::LBracket,
                off,
                Tok::RBracket,
                Tok::DoubleQuote
            ],
            "{code}"
        );
    }
    assert_eq!(toks(r#""$a[-x]""#)[3..5], [Tok::Minus, id("x")]);
}

#[test]
fn complex_interpolation() {
    assert_eq!(
        toks(r#""{$a[1]}""#),
        vec![
            Tok::DoubleQuote,
            Tok::CurlyOpen,
            var("a"),
            Tok::LBracket,
            Tok::LNumber(1),
            Tok::RBracket,
            Tok::RBrace,
            Tok::DoubleQuote
        ]
    );
    assert_eq!(
        toks(r#""${a}${b[0]}${c . 1}""#),
        vec![
            Tok::DoubleQuote,
            Tok::DollarOpenCurlyBraces,
            Tok::StringVarname("a".into()),
            Tok::RBrace,
            Tok::DollarOpenCurlyBraces,
            Tok::StringVarname("b".into()),
            Tok::LBracket,
            Tok::LNumber(0),
            Tok::RBracket,
            Tok::RBrace,
            Tok::DollarOpenCurlyBraces,
            id("c"),
            Tok::Dot,
            Tok::LNumber(1),
            Tok::RBrace,
            Tok::DoubleQuote
        ]
    );
    // Braces inside `{$ … }` nest.
    assert_eq!(
        toks(r#""{$f(function() { return 1; })}x""#).last(),
        Some(&Tok::DoubleQuote)
    );
    assert_eq!(
        toks(r#""{$f(function() { return 1; })}x""#)
            .iter()
            .rev()
            .nth(1),
        Some(&enc("x"))
    );
}

#[test]
fn heredoc_and_nowdoc() {
    assert_eq!(
        toks("<<<EOT\n  a $b\n  c\n  EOT;"),
        vec![
            Tok::StartHeredoc,
            enc("a "),
            var("b"),
            enc("\nc"),
            Tok::EndHeredoc,
            Tok::Semicolon
        ]
    );
    assert_eq!(
        toks("<<<'EOT'\n  a $b\\n\n EOT;"),
        vec![
            Tok::StartHeredoc,
            enc(" a $b\\n"),
            Tok::EndHeredoc,
            Tok::Semicolon
        ]
    );
    assert_eq!(
        toks("<<<\"X\"\n\\\"\\t\nX\n"),
        vec![Tok::StartHeredoc, enc("\\\"\t"), Tok::EndHeredoc]
    );
    assert_eq!(
        toks("<<<X\nX;"),
        vec![Tok::StartHeredoc, Tok::EndHeredoc, Tok::Semicolon]
    );
    // The marker must not be followed by a label character, and must not end the file.
    assert_eq!(
        toks("<<<X\nXY\nX)"),
        vec![Tok::StartHeredoc, enc("XY"), Tok::EndHeredoc, Tok::RParen]
    );
    assert_eq!(toks("<<<X\na\nX"), vec![Tok::StartHeredoc, enc("a\nX")]);
    assert_eq!(
        err("<<<X\n  a\n b\n  X;").message,
        "Invalid body indentation level (expecting an indentation level of at least 2)"
    );
    assert_eq!(
        err("<<<X\n\ta\n \tX;").message,
        "Invalid indentation - tabs and spaces cannot be mixed"
    );
    assert_eq!(
        err("<<<X\n$a\n X;").message,
        "Invalid body indentation level (expecting an indentation level of at least 1)"
    );
}

#[test]
fn backticks() {
    assert_eq!(
        toks("`a $b`"),
        vec![Tok::Backtick, enc("a "), var("b"), Tok::Backtick]
    );
}

#[test]
fn keywords_and_names() {
    assert_eq!(
        toks("IF Die exit yield from yield\n from yieldfrom"),
        vec![
            Tok::If,
            Tok::Exit,
            Tok::Exit,
            Tok::YieldFrom,
            Tok::YieldFrom,
            id("yieldfrom")
        ]
    );
    assert_eq!(toks("enum Foo"), vec![Tok::Enum, id("Foo")]);
    assert_eq!(toks("enum extends"), vec![id("enum"), Tok::Extends]);
    assert_eq!(toks("enum(1)")[0], id("enum"));
    assert_eq!(toks("$a->list")[2], id("list"));
    assert_eq!(toks("$a -> \n list")[2], id("list"));
    assert_eq!(toks("readonly ()")[0], id("readonly"));
    assert_eq!(toks("readonly int")[0], Tok::Readonly);
    assert_eq!(
        toks(r"namespace\A\B Foo\Bar \X namespace \ x"),
        vec![
            Tok::NameRelative(r"A\B".into()),
            Tok::NameQualified(r"Foo\Bar".into()),
            Tok::NameFullyQualified("X".into()),
            Tok::Namespace,
            Tok::NsSeparator,
            id("x")
        ]
    );
    assert_eq!(
        toks("__DIR__ __trait__"),
        vec![Tok::MagicDir, Tok::MagicTrait]
    );
}

#[test]
fn casts() {
    assert_eq!(
        toks(
            "(int)(INTEGER)( bool\t)(boolean)(float)(double)(string)(binary)(array)(object)(unset)"
        ),
        vec![
            Tok::IntCast,
            Tok::IntCast,
            Tok::BoolCast,
            Tok::BoolCast,
            Tok::DoubleCast,
            Tok::DoubleCast,
            Tok::StringCast,
            Tok::StringCast,
            Tok::ArrayCast,
            Tok::ObjectCast,
            Tok::UnsetCast
        ]
    );
    assert_eq!(
        err("(real)").message,
        "The (real) cast has been removed, use (float) instead"
    );
}

#[test]
fn operators_longest_match() {
    assert_eq!(
        toks("**= <=> ??= ?-> ... <<= !== <> $"),
        vec![
            Tok::PowAssign,
            Tok::Spaceship,
            Tok::CoalesceAssign,
            Tok::NullsafeArrow,
            Tok::Ellipsis,
            Tok::ShlAssign,
            Tok::IsNotIdentical,
            Tok::IsNotEqual,
            Tok::Dollar
        ]
    );
    assert_eq!(toks("& $a")[0], Tok::AmpFollowedByVar);
    assert_eq!(toks("&...")[0], Tok::AmpFollowedByVar);
    assert_eq!(toks("& 1")[0], Tok::Amp);
    assert_eq!(toks("&/**/$a")[0], Tok::Amp);
}

#[test]
fn halt_compiler() {
    let mut lx = lex(b"<?php __halt_compiler(); junk \x00 \"");
    let t: Vec<_> = lx.by_ref().flatten().map(|t| t.1).collect();
    assert_eq!(
        t,
        vec![Tok::HaltCompiler, Tok::LParen, Tok::RParen, Tok::Semicolon]
    );
    assert_eq!(lx.halt_offset(), Some(24));
}

#[test]
fn bad_character() {
    let e = err("1 \x7f");
    assert_eq!(e.kind, LexErrorKind::UnexpectedCharacter(0x7f));
    assert_eq!(e.message, "syntax error, unexpected character 0x7F");
}
