//! PHP's wording of syntax errors (`zend_yytnamerr` in `zend_language_parser.y`): how the
//! unexpected token is described and when bison's `, expecting …` part is shown.

use super::actions::PErr;
use crate::lexer::Spanned;
use crate::token::Tok;

type LalrError = lalrpop_util::ParseError<usize, Tok, PErr>;

/// Converts a LALRPOP error into PHP's message and position. `tokens` is the token stream
/// the parser read (used to find the syntactic context of the error).
pub fn convert(src: &[u8], tokens: &[Spanned], e: LalrError) -> PErr {
    match e {
        lalrpop_util::ParseError::User { error } => error,
        lalrpop_util::ParseError::UnrecognizedEof { expected, .. } => {
            let mut m = String::from("syntax error, unexpected end of file");
            m.push_str(&expecting(tokens, tokens.len(), &expected));
            PErr::parse(m, src.len())
        }
        lalrpop_util::ParseError::UnrecognizedToken {
            token: (l, tok, r),
            expected,
        } => {
            let mut m = format!("syntax error, unexpected {}", describe(src, &tok, l, r));
            let at = tokens.iter().position(|t| t.0 == l).unwrap_or(tokens.len());
            m.push_str(&expecting(tokens, at, &expected));
            // PHP reports the line where the scanner stands after the token, i.e. where the
            // token ends (a heredoc start includes its newline).
            PErr::parse(m, r)
        }
        lalrpop_util::ParseError::ExtraToken { token: (l, tok, r) } => PErr::parse(
            format!("syntax error, unexpected {}", describe(src, &tok, l, r)),
            l,
        ),
        lalrpop_util::ParseError::InvalidToken { location } => {
            PErr::parse("syntax error", location)
        }
    }
}

/// Describes a token as PHP's parser does in "unexpected …".
pub fn describe(src: &[u8], tok: &Tok, l: usize, r: usize) -> String {
    let text = src.get(l..r).unwrap_or_default();
    let named = |kind: &str| content(kind, text);
    match tok {
        Tok::InlineHtml(_) => named("inline html"),
        Tok::Variable(_) => named("variable"),
        Tok::Ident(_) => named("identifier"),
        Tok::NameQualified(_) => named("namespaced name"),
        Tok::NameFullyQualified(_) => named("fully qualified name"),
        Tok::NameRelative(_) => named("namespace-relative name"),
        Tok::LNumber(_) => named("integer"),
        Tok::DNumber(_) => named("floating-point number"),
        Tok::ConstantString(_) => {
            if text.first() == Some(&b'"') {
                named("double-quoted string")
            } else {
                named("single-quoted string")
            }
        }
        Tok::EncapsedAndWhitespace(_) => named("string content"),
        Tok::DoubleQuote => "double-quote mark".to_string(),
        Tok::StartHeredoc => named("heredoc start"),
        Tok::EndHeredoc => named("heredoc end"),
        Tok::StringVarname(_) => named("variable name"),
        Tok::NumString(_) => named("number"),
        other => format!("token \"{}\"", token_text(other)),
    }
}

/// `kind "content"` with PHP's clean-up: cut at a newline, strip quotes, truncate to 30 bytes.
fn content(kind: &str, text: &[u8]) -> String {
    let mut t = text;
    if let Some(nl) = t.iter().position(|&b| b == b'\n') {
        t = &t[..nl];
    }
    if let Some((&first, rest)) = t.split_first() {
        if first == b'\'' || first == b'"' {
            t = rest;
        }
    }
    if let Some((&last, rest)) = t.split_last() {
        if last == b'\'' || last == b'"' {
            t = rest;
        }
    }
    if t.len() > 30 + 3 {
        format!("{kind} \"{}...\"", String::from_utf8_lossy(&t[..30]))
    } else {
        format!("{kind} \"{}\"", String::from_utf8_lossy(t))
    }
}

/// The fixed spelling of a token in PHP's token table.
pub fn token_text(tok: &Tok) -> &'static str {
    match tok {
        Tok::Abstract => "abstract",
        Tok::LogicalAnd => "and",
        Tok::Array => "array",
        Tok::As => "as",
        Tok::Break => "break",
        Tok::Callable => "callable",
        Tok::Case => "case",
        Tok::Catch => "catch",
        Tok::Class => "class",
        Tok::Clone => "clone",
        Tok::Const => "const",
        Tok::Continue => "continue",
        Tok::Declare => "declare",
        Tok::Default => "default",
        Tok::Do => "do",
        Tok::Echo => "echo",
        Tok::Else => "else",
        Tok::Elseif => "elseif",
        Tok::Empty => "empty",
        Tok::Enddeclare => "enddeclare",
        Tok::Endfor => "endfor",
        Tok::Endforeach => "endforeach",
        Tok::Endif => "endif",
        Tok::Endswitch => "endswitch",
        Tok::Endwhile => "endwhile",
        Tok::Enum => "enum",
        Tok::Eval => "eval",
        Tok::Exit => "exit",
        Tok::Extends => "extends",
        Tok::Final => "final",
        Tok::Finally => "finally",
        Tok::Fn => "fn",
        Tok::For => "for",
        Tok::Foreach => "foreach",
        Tok::Function => "function",
        Tok::Global => "global",
        Tok::Goto => "goto",
        Tok::If => "if",
        Tok::Implements => "implements",
        Tok::Include => "include",
        Tok::IncludeOnce => "include_once",
        Tok::Instanceof => "instanceof",
        Tok::Insteadof => "insteadof",
        Tok::Interface => "interface",
        Tok::Isset => "isset",
        Tok::List => "list",
        Tok::Match => "match",
        Tok::Namespace => "namespace",
        Tok::New => "new",
        Tok::LogicalOr => "or",
        Tok::Print => "print",
        Tok::Private => "private",
        Tok::Protected => "protected",
        Tok::Public => "public",
        Tok::Readonly => "readonly",
        Tok::Require => "require",
        Tok::RequireOnce => "require_once",
        Tok::Return => "return",
        Tok::Static => "static",
        Tok::Switch => "switch",
        Tok::Throw => "throw",
        Tok::Trait => "trait",
        Tok::Try => "try",
        Tok::Unset => "unset",
        Tok::Use => "use",
        Tok::Var => "var",
        Tok::While => "while",
        Tok::LogicalXor => "xor",
        Tok::Yield => "yield",
        Tok::YieldFrom => "yield from",
        Tok::HaltCompiler => "__halt_compiler",
        Tok::MagicLine => "__LINE__",
        Tok::MagicFile => "__FILE__",
        Tok::MagicDir => "__DIR__",
        Tok::MagicFunction => "__FUNCTION__",
        Tok::MagicClass => "__CLASS__",
        Tok::MagicMethod => "__METHOD__",
        Tok::MagicNamespace => "__NAMESPACE__",
        Tok::MagicTrait => "__TRAIT__",
        Tok::IntCast => "(int)",
        Tok::DoubleCast => "(double)",
        Tok::StringCast => "(string)",
        Tok::ArrayCast => "(array)",
        Tok::ObjectCast => "(object)",
        Tok::BoolCast => "(bool)",
        Tok::UnsetCast => "(unset)",
        Tok::Semicolon => ";",
        Tok::Comma => ",",
        Tok::Dot => ".",
        Tok::LParen => "(",
        Tok::RParen => ")",
        Tok::LBracket => "[",
        Tok::RBracket => "]",
        Tok::LBrace => "{",
        Tok::RBrace => "}",
        Tok::Question => "?",
        Tok::Colon => ":",
        Tok::DoubleColon => "::",
        Tok::NsSeparator => "\\",
        Tok::Ellipsis => "...",
        Tok::Arrow => "->",
        Tok::NullsafeArrow => "?->",
        Tok::DoubleArrow => "=>",
        Tok::Attribute => "#[",
        Tok::Assign => "=",
        Tok::PlusAssign => "+=",
        Tok::MinusAssign => "-=",
        Tok::MulAssign => "*=",
        Tok::DivAssign => "/=",
        Tok::ConcatAssign => ".=",
        Tok::ModAssign => "%=",
        Tok::PowAssign => "**=",
        Tok::AndAssign => "&=",
        Tok::OrAssign => "|=",
        Tok::XorAssign => "^=",
        Tok::ShlAssign => "<<=",
        Tok::ShrAssign => ">>=",
        Tok::CoalesceAssign => "??=",
        Tok::Plus => "+",
        Tok::Minus => "-",
        Tok::Star => "*",
        Tok::Slash => "/",
        Tok::Percent => "%",
        Tok::Pow => "**",
        Tok::AmpFollowedByVar | Tok::Amp => "&",
        Tok::Pipe => "|",
        Tok::Caret => "^",
        Tok::Tilde => "~",
        Tok::Shl => "<<",
        Tok::Shr => ">>",
        Tok::Bang => "!",
        Tok::BooleanAnd => "&&",
        Tok::BooleanOr => "||",
        Tok::Coalesce => "??",
        Tok::Inc => "++",
        Tok::Dec => "--",
        Tok::Dollar => "$",
        Tok::At => "@",
        Tok::IsEqual => "==",
        Tok::IsNotEqual => "!=",
        Tok::IsIdentical => "===",
        Tok::IsNotIdentical => "!==",
        Tok::Lt => "<",
        Tok::Gt => ">",
        Tok::IsSmallerOrEqual => "<=",
        Tok::IsGreaterOrEqual => ">=",
        Tok::Spaceship => "<=>",
        Tok::Backtick => "`",
        Tok::DollarOpenCurlyBraces => "${",
        Tok::CurlyOpen => "{$",
        Tok::InlineHtml(_)
        | Tok::Variable(_)
        | Tok::Ident(_)
        | Tok::NameQualified(_)
        | Tok::NameFullyQualified(_)
        | Tok::NameRelative(_)
        | Tok::LNumber(_)
        | Tok::DNumber(_)
        | Tok::ConstantString(_)
        | Tok::EncapsedAndWhitespace(_)
        | Tok::DoubleQuote
        | Tok::StartHeredoc
        | Tok::EndHeredoc
        | Tok::StringVarname(_)
        | Tok::NumString(_) => "",
    }
}

/// How PHP names an expected terminal of our grammar.
fn expected_name(terminal: &str) -> String {
    match terminal {
        "VARIABLE" => "variable".into(),
        "IDENT" => "identifier".into(),
        "NAME_QUALIFIED" => "namespaced name".into(),
        "NAME_FULLY_QUALIFIED" => "fully qualified name".into(),
        "NAME_RELATIVE" => "namespace-relative name".into(),
        "LNUMBER" => "integer".into(),
        "DNUMBER" => "floating-point number".into(),
        "CONSTANT_STRING" => "quoted string".into(),
        "ENCAPSED" => "string content".into(),
        "INLINE_HTML" => "inline html".into(),
        "START_HEREDOC" => "heredoc start".into(),
        "END_HEREDOC" => "heredoc end".into(),
        "STRING_VARNAME" => "variable name".into(),
        "NUM_STRING" => "number".into(),
        "\"\\\"\"" => "'\"'".into(),
        "\"&$\"" => "\"&\"".into(),
        other => {
            // LALRPOP quotes literal terminals: `"\";\""` is the terminal `";"`.
            let inner = other
                .strip_prefix('"')
                .and_then(|s| s.strip_suffix('"'))
                .unwrap_or(other);
            format!("\"{}\"", inner.replace("\\\\", "\\").replace("\\\"", "\""))
        }
    }
}

/// Terminals that can continue a complete expression; when they are expected, the error
/// follows an expression and bison, after its default reductions, reports only what the
/// enclosing construct expects.
const CONTINUATION: &[&str] = &[
    "or",
    "xor",
    "and",
    "??",
    "||",
    "&&",
    "|",
    "^",
    "&",
    "&$",
    "==",
    "!=",
    "===",
    "!==",
    "<=>",
    "<",
    "<=",
    ">",
    ">=",
    ".",
    "<<",
    ">>",
    "+",
    "-",
    "*",
    "/",
    "%",
    "**",
    "?",
    "instanceof",
    "=>",
    "[",
    "->",
    "?->",
    "::",
    "(",
    "=",
    "+=",
    "-=",
    "*=",
    "/=",
    ".=",
    "%=",
    "**=",
    "&=",
    "|=",
    "^=",
    "<<=",
    ">>=",
    "??=",
    "++",
    "--",
    "{",
];

fn unquote(t: &str) -> &str {
    t.strip_prefix('"')
        .and_then(|s| s.strip_suffix('"'))
        .unwrap_or(t)
}

/// The keyword before the innermost unclosed `(` before token index `at`.
fn paren_owner(tokens: &[Spanned], at: usize) -> Option<&Tok> {
    let mut depth = 0i32;
    for i in (0..at.min(tokens.len())).rev() {
        match tokens[i].1 {
            Tok::RParen | Tok::RBracket | Tok::RBrace => depth += 1,
            Tok::LParen
            | Tok::LBracket
            | Tok::LBrace
            | Tok::Attribute
            | Tok::CurlyOpen
            | Tok::DollarOpenCurlyBraces => {
                if depth == 0 {
                    return if tokens[i].1 == Tok::LParen {
                        i.checked_sub(1).map(|j| &tokens[j].1)
                    } else {
                        None
                    };
                }
                depth -= 1;
            }
            _ => {}
        }
    }
    None
}

/// The first token of the statement containing token index `at`.
fn statement_start(tokens: &[Spanned], at: usize) -> Option<&Tok> {
    let mut depth = 0i32;
    let mut first = None;
    for i in (0..at.min(tokens.len())).rev() {
        match tokens[i].1 {
            Tok::RParen | Tok::RBracket | Tok::RBrace if depth >= 0 => {
                if tokens[i].1 == Tok::RBrace && depth == 0 {
                    return first;
                }
                depth += 1
            }
            Tok::LParen | Tok::LBracket | Tok::LBrace => {
                if depth == 0 {
                    return first;
                }
                depth -= 1;
            }
            Tok::Semicolon | Tok::Colon if depth == 0 => return first,
            _ => {}
        }
        first = Some(&tokens[i].1);
    }
    first
}

/// Bison's `, expecting A or B` (only when at most four tokens are expected), approximated
/// from our grammar's expected set and the context of the error.
fn expecting(tokens: &[Spanned], at: usize, expected: &[String]) -> String {
    let after_expr = expected.iter().any(|t| unquote(t) == "+");
    let mut rest: Vec<&str> = expected.iter().map(|t| t.as_str()).collect();
    if after_expr {
        rest.retain(|t| !CONTINUATION.contains(&unquote(t)));
        let mut r: Vec<&str> = rest.iter().map(|t| unquote(t)).collect();
        r.sort_unstable();
        let chosen: &[&str] = match r.as_slice() {
            [",", ";"] => {
                if matches!(paren_owner(tokens, at), Some(Tok::For)) {
                    &["\";\""]
                } else {
                    &["\",\"", "\";\""]
                }
            }
            [";"] => match statement_start(tokens, at) {
                Some(Tok::Return | Tok::Break | Tok::Continue) => &["\";\""],
                _ => &[],
            },
            [")", ","] => &["\")\""],
            [")"] => match paren_owner(tokens, at) {
                Some(Tok::Exit) => &["\")\""],
                _ => &[],
            },
            [",", "]"] => &["\"]\""],
            [",", "}"] => &["\"}\""],
            _ => &[],
        };
        return list(chosen);
    }
    if at > 0 {
        let prev = &tokens[at - 1].1;
        let prev2 = at.checked_sub(2).map(|j| &tokens[j].1);
        if *prev == Tok::Function
            || (matches!(prev, Tok::Amp | Tok::AmpFollowedByVar) && prev2 == Some(&Tok::Function))
        {
            return list(&["\"(\""]);
        }
    }
    list(&rest)
}

fn list(expected: &[&str]) -> String {
    let mut names: Vec<String> = Vec::new();
    for t in expected {
        let n = expected_name(t);
        if !names.contains(&n) {
            names.push(n);
        }
    }
    if names.is_empty() || names.len() > 4 {
        return String::new();
    }
    format!(", expecting {}", names.join(" or "))
}
