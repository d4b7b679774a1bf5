//! The `phpsock` command: run a PHP script, run code given with `-r`, or lint with `-l`.
//!
//! Flags follow `php`'s (see [`args::Cli`]); the interpreter itself is [`phpsock::Engine`].

mod args;
mod info;
mod input;
mod lint;
mod repl;

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use args::{Action, Cli};
use clap::Parser;

/// The interpreter allocates many small, short-lived objects (AST nodes, strings, array
/// entries); mimalloc serves those markedly faster than the system allocator.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Second line of `phpsock -v`.
const VERSION_DETAIL: &str = "Copyright (c) the phpsock authors; MIT licence; written in Rust";

/// Stack the interpreter runs on. The evaluator walks the tree recursively, so PHP
/// recursion uses Rust stack; the runtime's call-depth guard stops runaway recursion with
/// PHP's fatal error well before this is used up. Only touched pages cost memory.
const INTERPRETER_STACK: usize = 1 << 30;

fn main() -> ExitCode {
    let raw: Vec<String> = std::env::args().collect();
    let pid = std::process::id();
    // The script runs on this thread, switched onto a large stack of its own (`stacker`
    // maps it and switches back afterwards), not on a second thread: in a process with a
    // single thread the kernel looks up a descriptor without taking a reference on its file
    // (`fdget`'s fast path) in every system call that names one, as for PHP's own process;
    // a socket server makes several such calls per message. Signals sent to the process
    // reach this thread, where the script's own mask (`pcntl_sigprocmask`) applies.
    let run =
        std::panic::AssertUnwindSafe(move || stacker::grow(INTERPRETER_STACK, || main_with(raw)));
    // A panic (a bug) was reported by the panic hook; end like PHP's crash exit status.
    let status = std::panic::catch_unwind(run).unwrap_or(255);
    if std::process::id() != pid {
        // A child of `pcntl_fork` ends here with its own status, without the standard
        // library's exit clean-up (see `exit_forked_child`).
        phpsock::eval::interrupt::exit_forked_child(status & 0xff);
    }
    // Like a C `exit()`, only the low 8 bits reach the parent (`exit(-1)` is 255).
    ExitCode::from((status & 0xff) as u8)
}

/// Parses the command line and does what it asks; returns the exit status.
fn main_with(raw: Vec<String>) -> i32 {
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
    status
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
        Action::Modules => {
            emit(&info::modules(&mut new_engine(&ini)));
            0
        }
        Action::Info => {
            emit(&info::info(&mut new_engine(&ini)));
            0
        }
        Action::ExtensionInfo(name) => {
            let (text, status) = info::extension(&mut new_engine(&ini), &name);
            emit(&text);
            status
        }
        Action::Interactive => {
            let mut engine = new_engine(&ini);
            take_signals(&mut engine, true);
            repl::run(&mut engine)
        }
        Action::Lint(source) => match input::read(&source) {
            Ok((code, name)) => lint::lint(&code, &name, lint::DisplayErrors::from_entries(&ini)),
            Err(status) => status,
        },
        Action::Run { source, args } => {
            let mut engine = new_engine(&ini);
            // `phpsock` alone on a terminal opens the shell, where `php` would wait for a script.
            if matches!(source, args::Source::Stdin)
                && args.is_empty()
                && std::io::stdin().is_terminal()
            {
                take_signals(&mut engine, true);
                return repl::run(&mut engine);
            }
            take_signals(&mut engine, false);
            input::execute(&mut engine, &source, args)
        }
    }
}

/// Makes Ctrl-C (SIGINT), SIGTERM and SIGHUP stop a running script promptly, even inside a
/// blocking call, and the process die by the signal as `php` does (output flushed first);
/// in the shell Ctrl-C only cancels the running input. A script's `pcntl_signal` handlers
/// take precedence.
fn take_signals(engine: &mut phpsock::Engine, interactive: bool) {
    phpsock::builtins::pcntl::handle_process_signals(engine.vm(), interactive);
}

/// An engine with the `-d` settings applied.
fn new_engine(ini: &[(String, String)]) -> phpsock::Engine {
    ini.iter()
        .fold(phpsock::Engine::builder(), |b, (key, value)| {
            b.ini(key, value)
        })
        .build()
}

/// Prints text on standard output as is; a closed stdout is not worth a panic.
fn emit(text: &str) {
    let _ = std::io::stdout().write_all(text.as_bytes());
}

/// Prints a line on standard output; a closed stdout is not worth a panic.
pub(crate) fn say(line: &str) {
    let _ = writeln!(std::io::stdout(), "{line}");
}

/// Prints `phpsock: message` on standard error, ignoring a closed stderr.
pub(crate) fn complain(message: &str) {
    let _ = writeln!(std::io::stderr(), "phpsock: {message}");
}
