//! The `phpsock` command: run a PHP script, run code given with `-r`, or lint with `-l`.
//!
//! Flags follow `php`'s (see [`args::Cli`]); the interpreter itself is [`phpsock::Engine`].

mod args;
mod input;
mod lint;

use std::io::Write;
use std::process::ExitCode;

use args::{Action, Cli};
use clap::Parser;

/// The interpreter allocates many small, short-lived objects (AST nodes, strings, array
/// entries); mimalloc serves those markedly faster than the system allocator.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Second line of `phpsock -v`.
const VERSION_DETAIL: &str = "Copyright (c) the phpsock authors; MIT licence; written in Rust";

fn main() -> ExitCode {
    let raw: Vec<String> = std::env::args().collect();
    let status = match Cli::try_parse_from(&raw) {
        Ok(cli) => run(&cli, &raw),
        Err(err) => {
            let _ = err.print();
            match err.kind() {
                clap::error::ErrorKind::DisplayHelp
                | clap::error::ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => 0,
                _ => 1,
            }
        }
    };
    let _ = std::io::stdout().flush();
    // Like a C `exit()`, only the low 8 bits reach the parent (`exit(-1)` is 255).
    ExitCode::from((status & 0xff) as u8)
}

/// Carries out the parsed command line and returns the exit status.
fn run(cli: &Cli, raw: &[String]) -> i32 {
    let action = match cli.action(raw) {
        Ok(action) => action,
        Err(args::UsageError(message)) => {
            say(&message);
            return 1;
        }
    };
    let ini = cli.ini_entries();
    match action {
        Action::Version => {
            say(&format!(
                "phpsock {} (PHP 8.2 compatible)\n{VERSION_DETAIL}",
                env!("CARGO_PKG_VERSION")
            ));
            0
        }
        Action::Interactive => {
            complain("interactive shell (-a) is not yet supported");
            1
        }
        Action::Lint(source) => match input::read(&source) {
            Ok((code, name)) => lint::lint(&code, &name, lint::DisplayErrors::from_entries(&ini)),
            Err(status) => status,
        },
        Action::Run { source, args } => {
            let mut engine = phpsock::Engine::new();
            for (key, value) in &ini {
                engine.set_ini(key, value);
            }
            input::execute(&mut engine, &source, args)
        }
    }
}

/// Prints a line on standard output; a closed stdout is not worth a panic.
pub(crate) fn say(line: &str) {
    let _ = writeln!(std::io::stdout(), "{line}");
}

/// Prints `phpsock: message` on standard error, ignoring a closed stderr.
pub(crate) fn complain(message: &str) {
    let _ = writeln!(std::io::stderr(), "phpsock: {message}");
}
