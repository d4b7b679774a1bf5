//! How a run ends: [`Outcome`] when the script finished or called `exit()`, [`Error`] when
//! it could not run or stopped with a fatal error or an uncaught exception.

use crate::convert::ConversionError;
use std::fmt;

/// A script that ran to its end or stopped itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// The code ran to its end; the engine keeps its state for the next call.
    Completed,
    /// The script called `exit()`/`die()` (or a user exception handler ended it) with this
    /// status; shutdown functions and destructors have run.
    Exited(i32),
}

impl Outcome {
    /// The exit status the `php` command would report: 0, or the `exit()` status.
    pub fn exit_status(&self) -> i32 {
        match self {
            Outcome::Completed => 0,
            Outcome::Exited(n) => *n,
        }
    }
}

/// Why a script did not run to its end.
#[derive(Clone, Debug, PartialEq)]
pub enum Error {
    /// The code does not parse (`Parse error: …`) or does not compile (`Fatal error: …`
    /// found before it ran).
    Parse {
        /// PHP's message, without the label and location.
        message: String,
        /// The file named in the message.
        file: String,
        /// The line named in the message.
        line: u32,
    },
    /// A fatal error ended the script (`Fatal error: …`: `memory_limit`, `max_execution_time`,
    /// runaway recursion, `E_USER_ERROR`, …).
    Fatal {
        /// PHP's message, without the label and location.
        message: String,
        /// The file named in the message.
        file: String,
        /// The line named in the message.
        line: u32,
    },
    /// An exception nobody caught ended the script.
    Exception {
        /// The exception's class (`RuntimeException`, `TypeError`, a user class…).
        class: String,
        /// Its message (`getMessage()`).
        message: String,
        /// The file where it was created.
        file: String,
        /// The line where it was created.
        line: u32,
    },
    /// [`Engine::eval`](crate::Engine::eval) or [`Engine::call_fn`](crate::Engine::call_fn):
    /// the script called `exit()` with this status instead of producing a value.
    Exited(i32),
    /// The value the code produced does not convert to the Rust type asked for.
    Conversion(ConversionError),
    /// The script file could not be read (`Could not open input file: …`).
    Io {
        /// The path as given.
        path: String,
        /// The operating system's reason.
        reason: String,
    },
    /// [`Engine::call_fn`](crate::Engine::call_fn) named a function that does not exist.
    UnknownFunction(String),
    /// A host function or module could not be registered (a malformed signature).
    Registration(String),
    /// The interpreter failed internally (a bug in phpsock, reported with the panic's
    /// message); the engine refuses further work.
    Internal(String),
}

impl Error {
    /// The exit status the `php` command would report: 255 for errors, 1 for an unreadable
    /// file, the status for [`Error::Exited`].
    pub fn exit_status(&self) -> i32 {
        match self {
            Error::Exited(n) => *n,
            Error::Io { .. } => 1,
            _ => 255,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Parse {
                message,
                file,
                line,
            } => write!(f, "PHP Parse error: {message} in {file} on line {line}"),
            Error::Fatal {
                message,
                file,
                line,
            } => write!(f, "PHP Fatal error: {message} in {file} on line {line}"),
            Error::Exception {
                class,
                message,
                file,
                line,
            } => write!(f, "Uncaught {class}: {message} in {file}:{line}"),
            Error::Exited(n) => write!(f, "the script called exit({n})"),
            Error::Conversion(e) => write!(f, "cannot convert the result: {e}"),
            Error::Io { path, reason } => write!(f, "Could not open input file: {path} ({reason})"),
            Error::UnknownFunction(name) => write!(f, "Call to undefined function {name}()"),
            Error::Registration(why) => write!(f, "cannot register: {why}"),
            Error::Internal(why) => write!(f, "internal interpreter error: {why}"),
        }
    }
}

impl std::error::Error for Error {}

impl From<ConversionError> for Error {
    fn from(e: ConversionError) -> Error {
        Error::Conversion(e)
    }
}

/// The exit status the `php` command would report for a run's result.
///
/// ```
/// use phpsock::{exit_status, Error, Outcome};
/// assert_eq!(exit_status(&Ok(Outcome::Exited(3))), 3);
/// assert_eq!(exit_status(&Err(Error::Exited(4))), 4);
/// ```
pub fn exit_status(r: &Result<Outcome, Error>) -> i32 {
    match r {
        Ok(o) => o.exit_status(),
        Err(e) => e.exit_status(),
    }
}
