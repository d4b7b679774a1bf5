//! phpsock as a library: run PHP 8.2 scripts (with the complete ext/sockets) inside a Rust
//! program.
//!
//! An [`Engine`] is one interpreter. Configure it with [`Engine::builder`] (output, ini
//! settings, builtin [`Group`]s, a [`NetPolicy`], limits, a diagnostics callback), then run
//! files or code, evaluate expressions to Rust values, and expose Rust closures to PHP.
//! Scripts never end the host: `exit()` comes back as [`Outcome::Exited`], fatal errors and
//! uncaught exceptions as [`Error`]s.
//!
//! ```
//! use phpsock::{Engine, Error, Group};
//!
//! let mut engine = Engine::builder()
//!     .capture_output()
//!     .groups(Group::PURE) // no files, processes, environment or network
//!     .build();
//! engine.register_fn("add", |a: i64, b: i64| a + b);
//! engine.run("$total = add(40, 2); echo \"total: $total\";")?;
//! assert_eq!(engine.take_output(), "total: 42");
//! assert_eq!(engine.eval::<i64>("$total * 2")?, 84);
//! # Ok::<(), Error>(())
//! ```
//!
//! PHP calls recurse on the Rust stack. The runtime checks the stack before each call and
//! ends runaway recursion with PHP's fatal error rather than overflowing, so any thread is
//! safe; for scripts that recurse deeply, run the engine on a thread with a large stack
//! (`std::thread::Builder::stack_size`; the `phpsock` command uses 1 GiB), and bound the
//! depth with [`EngineBuilder::max_call_depth`].
//!
//! Conversions between PHP values and Rust types are in [`convert`]; host functions and
//! modules in [`Module`] and [`Engine::register_fn`]. The runtime underneath is re-exported
//! as [`eval`] for hosts that need its native interface.

#![warn(missing_docs)]

mod args;
mod builder;
pub mod convert;
mod engine;
mod groups;
mod host;
mod outcome;
mod running;
mod superglobals;
mod symbols;
mod syntax;

pub use args::IntoArgs;
pub use builder::EngineBuilder;
pub use convert::{Bytes, ConversionError, FromPhp, IntoPhp};
pub use engine::{Engine, COMMAND_LINE_NAME, EVAL_NAME};
pub use groups::Group;
pub use host::{HostFn, HostResult, Module, NativeFn};
pub use outcome::{exit_status, Error, Outcome};
pub use phpsock_builtins::policy::{Cidr, CidrError, NetPolicy, Op, Ops, Rule};
pub use phpsock_eval as eval;
pub use phpsock_eval::diag::{self, Diagnostic};
pub use phpsock_eval::{Interactive, PhpStr, Value};
pub use symbols::Symbols;

/// The embedding section of the project's README, compiled and run as a doctest.
#[doc = include_str!("../../../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
pub use syntax::{check_syntax, SyntaxCheck};
