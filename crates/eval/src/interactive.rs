//! Running code one input at a time, for the REPL: state (variables, functions, classes,
//! constants, open sockets) carries over between inputs, incomplete input is recognised by
//! asking the parser whether it ran out of text, and a lone expression gives back its value.

use crate::value::Value;
use crate::vm::{UnwindKind, Vm};
use phpsock_syntax::ast::StmtKind;

/// The file name PHP's interactive shell gives code typed at its prompt.
pub const SHELL_FILE: &str = "php shell code";

/// What one piece of interactive input did.
#[derive(Debug)]
pub enum Interactive {
    /// The input stops inside a statement, string, comment or bracket: read more lines.
    Incomplete,
    /// It ran to the end; for a lone expression statement, the expression's value.
    Ran(Option<Value>),
    /// A parse or compile error, an uncaught exception or a fatal error; already reported.
    Failed,
    /// `exit()` ran with this status.
    Exit(i32),
}

impl Vm {
    /// Runs `code` (PHP code, `<?php` optional) in the global scope of this VM, keeping all
    /// state for the next call. Diagnostics and uncaught exceptions are printed as PHP prints
    /// them; unlike [`Vm::run_main`], nothing here ends the session except `exit()`.
    pub fn run_interactive(&mut self, code: &[u8]) -> Interactive {
        let trimmed = code.trim_ascii_start();
        let src = if trimmed.len() >= 5 && trimmed[..5].eq_ignore_ascii_case(b"<?php") {
            code.to_vec()
        } else {
            [b"<?php ".as_slice(), code].concat()
        };
        self.file = crate::string::PhpStr::from(SHELL_FILE);
        let mut prog = match phpsock_syntax::parse(&src) {
            Ok(p) => p,
            Err(e) if ends_early(&e.message) => match with_semicolon(&src) {
                Some(p) => p,
                None => return Interactive::Incomplete,
            },
            Err(e) => {
                self.report_parse_error(&e, SHELL_FILE);
                self.flush();
                return Interactive::Failed;
            }
        };
        // A lone expression statement runs as `return expr;` so its value comes back.
        let lone_expr = matches!(prog.stmts.as_slice(), [s] if matches!(s.kind, StmtKind::Expr(_)));
        if lone_expr {
            let stmt = &mut prog.stmts[0];
            let kind = std::mem::replace(&mut stmt.kind, StmtKind::Nop);
            if let StmtKind::Expr(e) = kind {
                stmt.kind = StmtKind::Return(Some(e));
            }
        }
        self.compile_warnings(&prog, SHELL_FILE);
        let result = self
            .compile_global(&prog, SHELL_FILE)
            .and_then(|unit| self.run_unit(&unit));
        let outcome = match result {
            Ok(v) => Interactive::Ran(lone_expr.then_some(v)),
            Err(_) => match self.take_unwind() {
                UnwindKind::Exit(status) => Interactive::Exit(status),
                UnwindKind::Throw(ex) => {
                    self.report_uncaught(&ex);
                    Interactive::Failed
                }
                UnwindKind::Fatal | UnwindKind::Destroy => Interactive::Failed,
            },
        };
        self.flush();
        outcome
    }
}

/// As in PsySH, an expression or `echo` may end without its `;`: the input parses once one is
/// added and its last statement is of that kind (`if ($x)` stays incomplete).
fn with_semicolon(src: &[u8]) -> Option<phpsock_syntax::ast::Program> {
    let mut src = src.to_vec();
    src.push(b';');
    let prog = phpsock_syntax::parse(&src).ok()?;
    let last = prog.stmts.last()?;
    matches!(last.kind, StmtKind::Expr(_) | StmtKind::Echo(_)).then_some(prog)
}

/// Whether a parse error only says the input ended too soon (more lines would help).
fn ends_early(message: &str) -> bool {
    message.contains("unexpected end of file")
        || (message.starts_with("Unclosed '") && !message.contains("does not match"))
        || message.starts_with("Unterminated comment")
}

#[cfg(test)]
mod tests {
    use super::ends_early;

    #[test]
    fn incomplete_input_is_recognised() {
        assert!(ends_early("syntax error, unexpected end of file"));
        assert!(ends_early("Unclosed '{' on line 1"));
        assert!(ends_early("Unterminated comment starting line 1"));
        assert!(!ends_early("Unclosed '(' does not match ']'"));
        assert!(!ends_early("syntax error, unexpected token \";\""));
    }
}
