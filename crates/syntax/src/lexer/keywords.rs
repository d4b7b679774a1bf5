//! Keyword and magic-constant recognition (case-insensitive, ASCII only, as PHP).

use crate::token::Tok;

/// The keyword token for `word`, or `None` for an ordinary name. `enum`, `yield from` and
/// `readonly(` need look-ahead and are decided by the driver.
pub(super) fn keyword(word: &[u8]) -> Option<Tok> {
    if word.len() > 15 || word.len() < 2 {
        return None;
    }
    let mut buf = [0u8; 15];
    let lower = &mut buf[..word.len()];
    lower.copy_from_slice(word);
    lower.make_ascii_lowercase();
    Some(match &*lower {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_insensitive() {
        assert_eq!(keyword(b"FuNcTiOn"), Some(Tok::Function));
        assert_eq!(keyword(b"die"), Some(Tok::Exit));
        assert_eq!(keyword(b"__CLASS__"), Some(Tok::MagicClass));
        assert_eq!(keyword(b"__Halt_Compiler"), Some(Tok::HaltCompiler));
        assert_eq!(keyword(b"enum"), None);
        assert_eq!(keyword(b"self"), None);
        assert_eq!(keyword(b"true"), None);
    }
}
