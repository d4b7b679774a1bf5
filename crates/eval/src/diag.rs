//! Error levels and PHP's display format for diagnostics.

/// `E_ERROR`
pub const E_ERROR: i64 = 1;
/// `E_WARNING`
pub const E_WARNING: i64 = 2;
/// `E_PARSE`
pub const E_PARSE: i64 = 4;
/// `E_NOTICE`
pub const E_NOTICE: i64 = 8;
/// `E_CORE_ERROR`
pub const E_CORE_ERROR: i64 = 16;
/// `E_CORE_WARNING`
pub const E_CORE_WARNING: i64 = 32;
/// `E_COMPILE_ERROR`
pub const E_COMPILE_ERROR: i64 = 64;
/// `E_COMPILE_WARNING`
pub const E_COMPILE_WARNING: i64 = 128;
/// `E_USER_ERROR`
pub const E_USER_ERROR: i64 = 256;
/// `E_USER_WARNING`
pub const E_USER_WARNING: i64 = 512;
/// `E_USER_NOTICE`
pub const E_USER_NOTICE: i64 = 1024;
/// `E_STRICT`
pub const E_STRICT: i64 = 2048;
/// `E_RECOVERABLE_ERROR`
pub const E_RECOVERABLE_ERROR: i64 = 4096;
/// `E_DEPRECATED`
pub const E_DEPRECATED: i64 = 8192;
/// `E_USER_DEPRECATED`
pub const E_USER_DEPRECATED: i64 = 16384;
/// `E_ALL`
pub const E_ALL: i64 = 32767;

/// The label PHP prints for a level (`Warning`, `Fatal error`, …).
pub fn level_label(level: i64) -> &'static str {
    match level {
        E_ERROR | E_CORE_ERROR | E_COMPILE_ERROR | E_USER_ERROR => "Fatal error",
        E_RECOVERABLE_ERROR => "Recoverable fatal error",
        E_WARNING | E_CORE_WARNING | E_COMPILE_WARNING | E_USER_WARNING => "Warning",
        E_PARSE => "Parse error",
        E_NOTICE | E_USER_NOTICE => "Notice",
        E_STRICT => "Strict Standards",
        E_DEPRECATED | E_USER_DEPRECATED => "Deprecated",
        _ => "Unknown error",
    }
}

/// Formats a displayed diagnostic exactly as `php -n` prints it on stdout.
pub fn format_diag(level: i64, msg: &str, file: &str, line: u32) -> String {
    format!(
        "\n{}: {} in {} on line {}\n",
        level_label(level),
        msg,
        file,
        line
    )
}

/// One diagnostic as the runtime reports it: what PHP would print as
/// `Warning: message in file on line N`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// The `E_*` level (`E_WARNING`, `E_PARSE`, `E_ERROR` for fatal errors and uncaught
    /// exceptions, …).
    pub level: i64,
    /// The message without the level label or location.
    pub message: String,
    /// The file PHP names in the message.
    pub file: String,
    /// The line PHP names in the message.
    pub line: u32,
}

impl Diagnostic {
    /// PHP's label for the level (`Warning`, `Fatal error`, …).
    pub fn label(&self) -> &'static str {
        level_label(self.level)
    }

    /// The line PHP displays for it (without the surrounding line breaks).
    pub fn display_text(&self) -> String {
        format!(
            "{}: {} in {} on line {}",
            level_label(self.level),
            self.message,
            self.file,
            self.line
        )
    }

    /// True for the levels that end the script (`E_ERROR`, `E_PARSE`, compile/core/user errors).
    pub fn is_fatal(&self) -> bool {
        matches!(
            self.level,
            E_ERROR | E_PARSE | E_CORE_ERROR | E_COMPILE_ERROR | E_USER_ERROR
        )
    }
}

/// A host's receiver for diagnostics ([`crate::Vm::diag_hook`]). It sees every diagnostic that
/// passes `error_reporting` and `@` (warnings, notices, deprecations, fatal and parse errors,
/// uncaught exceptions) and returns `true` when it has dealt with it, or `false` to let the
/// runtime display it as `display_errors` says.
pub type DiagHook = Box<dyn FnMut(&Diagnostic) -> bool>;
