//! Checking code without running it ([`check_syntax`], what `php -l` does).

use phpsock_eval::diag::{Diagnostic, E_COMPILE_ERROR, E_COMPILE_WARNING, E_DEPRECATED, E_PARSE};

/// What [`check_syntax`] found.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SyntaxCheck {
    /// Compile-time warnings and deprecations PHP would show before the error (if any).
    pub warnings: Vec<Diagnostic>,
    /// The parse error (`E_PARSE`), or the compile error found while parsing
    /// (`E_COMPILE_ERROR`), if the code does not parse.
    pub error: Option<Diagnostic>,
}

impl SyntaxCheck {
    /// True when the code parses.
    pub fn is_ok(&self) -> bool {
        self.error.is_none()
    }
}

/// Parses a whole script (starting in HTML mode, as a file) without running it, naming it
/// `name` in the diagnostics.
///
/// ```
/// let ok = phpsock::check_syntax(b"<?php echo 1;", "a.php");
/// assert!(ok.is_ok());
/// let bad = phpsock::check_syntax(b"<?php echo 1\necho 2;", "b.php");
/// assert_eq!(bad.error.unwrap().line, 2);
/// ```
pub fn check_syntax(src: &[u8], name: &str) -> SyntaxCheck {
    let result = phpsock_syntax::parse(src);
    let error = result.as_ref().err().map(|e| Diagnostic {
        level: match e.kind {
            phpsock_syntax::ParseErrorKind::Parse => E_PARSE,
            phpsock_syntax::ParseErrorKind::Fatal => E_COMPILE_ERROR,
        },
        message: e.message.clone(),
        file: name.to_string(),
        line: e.line,
    });
    let last_line = error.as_ref().map_or(u32::MAX, |e| e.line);
    let lines = phpsock_syntax::LineTable::new(src);
    let mut warnings = Vec::new();
    for w in phpsock_syntax::lexer::tokenize(src).warnings {
        let line = lines.line_of(w.span.start);
        if line > last_line || (w.deprecated && error.is_some()) {
            continue;
        }
        warnings.push(Diagnostic {
            level: if w.deprecated {
                E_DEPRECATED
            } else {
                E_COMPILE_WARNING
            },
            message: w.message,
            file: name.to_string(),
            line,
        });
    }
    SyntaxCheck { warnings, error }
}
