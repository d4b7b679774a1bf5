//! Getting the PHP source named on the command line and handing it to the engine.

use std::io::{IsTerminal, Read};
use std::path::Path;

use crate::args::Source;

/// The name PHP gives a script read from standard input (also `$argv[0]` for `-r`).
pub const STDIN_NAME: &str = "Standard input code";

/// The name PHP gives code passed with `-r` in messages.
pub const COMMAND_LINE_NAME: &str = "Command line code";

/// Reads `source` for linting: its bytes and the name messages use. On failure the message
/// has been printed and the exit status is returned as the error.
pub fn read(source: &Source) -> Result<(Vec<u8>, String), i32> {
    match source {
        Source::File(name) => read_file(name).map(|code| (code, name.clone())),
        Source::Code(code) => Ok((code.as_bytes().to_vec(), COMMAND_LINE_NAME.to_string())),
        Source::Stdin => read_stdin().map(|code| (code, STDIN_NAME.to_string())),
    }
}

/// Runs `source` in `engine` with `$argv` = script name + `args`, then PHP's end of script
/// (shutdown functions, destructors); returns the exit status.
pub fn execute(engine: &mut phpsock::Engine, source: &Source, args: Vec<String>) -> i32 {
    let argv_with = |first: &str| {
        std::iter::once(first.to_string())
            .chain(args.clone())
            .collect()
    };
    let result = match source {
        Source::File(name) => {
            if let Err(status) = check_readable(name) {
                return status;
            }
            engine.set_argv(argv_with(name));
            engine.run_file(Path::new(name))
        }
        Source::Code(code) => {
            engine.set_argv(argv_with(STDIN_NAME));
            engine.run(code)
        }
        Source::Stdin => match read_stdin() {
            Ok(script) => {
                engine.set_argv(argv_with(STDIN_NAME));
                engine.run_script(&script, STDIN_NAME)
            }
            Err(status) => return status,
        },
    };
    match result {
        Ok(phpsock::Outcome::Completed) => phpsock::exit_status(&engine.finish()),
        ended => phpsock::exit_status(&ended),
    }
}

/// Prints PHP's message for an unreadable script and returns its exit status.
fn cannot_open(name: &str) -> i32 {
    crate::say(&format!("Could not open input file: {name}"));
    1
}

fn check_readable(name: &str) -> Result<(), i32> {
    match std::fs::File::open(name) {
        Ok(_) => Ok(()),
        Err(_) => Err(cannot_open(name)),
    }
}

fn read_file(name: &str) -> Result<Vec<u8>, i32> {
    std::fs::read(name).map_err(|_| cannot_open(name))
}

/// Reads the whole script from standard input, unless it is a terminal (PHP would sit and
/// wait there; phpsock explains how to call it instead).
fn read_stdin() -> Result<Vec<u8>, i32> {
    let mut stdin = std::io::stdin();
    if stdin.is_terminal() {
        crate::complain(
            "no script given; pass a file, -r <code>, or pipe a script into standard input \
             (phpsock -h for help)",
        );
        return Err(1);
    }
    let mut script = Vec::new();
    match stdin.read_to_end(&mut script) {
        Ok(_) => Ok(script),
        Err(err) => {
            crate::complain(&format!("cannot read standard input: {err}"));
            Err(1)
        }
    }
}
