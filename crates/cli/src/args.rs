//! Command-line parsing: PHP's `php` flags, declared with clap's derive API, and the small
//! amount of post-processing needed to reproduce PHP's rules for where the script comes from.

use clap::Parser;

/// The flags `phpsock` accepts, named and shaped like `php`'s.
///
/// Option parsing stops at the first argument that is not an option (the script file): every
/// argument after it, hyphens included, goes to the script's `$argv`, as with `php`.
#[derive(Parser, Debug, Default, PartialEq, Eq)]
#[command(
    name = "phpsock",
    about = "Runs PHP 8 scripts (a practical subset, plus the complete ext/sockets).",
    disable_version_flag = true,
    override_usage = "phpsock [options] [-f] <file> [--] [args...]\n       \
                      phpsock [options] -r <code> [--] [args...]\n       \
                      phpsock [options] -l [<file>]\n       \
                      phpsock [options] -- [args...]"
)]
pub struct Cli {
    /// Parse and execute <file>.
    #[arg(short = 'f', value_name = "file")]
    pub file: Option<String>,

    /// Run PHP <code> without using script tags <?..?>.
    #[arg(short = 'r', value_name = "code", conflicts_with = "file")]
    pub code: Option<String>,

    /// Syntax check only (lint).
    #[arg(short = 'l')]
    pub lint: bool,

    /// Define INI entry foo with value 'bar' (value '1' when omitted).
    #[arg(short = 'd', value_name = "foo[=bar]")]
    pub define: Vec<String>,

    /// No configuration (ini) files will be used (always the case; accepted for compatibility).
    #[arg(short = 'n')]
    pub no_ini: bool,

    /// Run as interactive shell.
    #[arg(short = 'a')]
    pub interactive: bool,

    /// Show compiled in modules.
    #[arg(short = 'm')]
    pub modules: bool,

    /// PHP information (phpsock's short form).
    #[arg(short = 'i')]
    pub info: bool,

    /// Show configuration for extension <name>.
    #[arg(long = "ri", value_name = "name")]
    pub extension_info: Option<String>,

    /// Version number.
    #[arg(short = 'v', long = "version")]
    pub version: bool,

    /// The script file (unless -f, -r or `--` came first), then the arguments passed to it.
    #[arg(trailing_var_arg = true, value_name = "args")]
    pub rest: Vec<String>,
}

/// Where the PHP code to run or lint comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// A script file, named as given on the command line.
    File(String),
    /// Code given with `-r`.
    Code(String),
    /// The script is read from standard input.
    Stdin,
}

/// What the command line asks for, after PHP's rules have been applied.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Print the version and exit.
    Version,
    /// Start the interactive shell (`-a`).
    Interactive,
    /// List the built-in modules (`-m`).
    Modules,
    /// Print short information about phpsock and its modules (`-i`).
    Info,
    /// Print what is known about one extension (`--ri name`).
    ExtensionInfo(String),
    /// Lint the source (`-l`).
    Lint(Source),
    /// Run the source with these script arguments (`$argv` without the script name).
    Run { source: Source, args: Vec<String> },
}

/// A usage error worded for the user; `phpsock` prints it and exits with status 1.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UsageError(pub String);

impl Cli {
    /// `-d` entries split into `(key, value)`; a bare `-d key` means `key=1`, as in PHP.
    pub fn ini_entries(&self) -> Vec<(String, String)> {
        self.define
            .iter()
            .map(|entry| match entry.split_once('=') {
                Some((key, value)) => (key.to_string(), value.to_string()),
                None => (entry.clone(), "1".to_string()),
            })
            .collect()
    }

    /// Decides what to do. `raw` is the full argument list (program name first) the flags were
    /// parsed from; it is needed to tell `phpsock -- a b` (script on stdin, `$argv` = a, b)
    /// from `phpsock a b` (script `a`).
    pub fn action(&self, raw: &[String]) -> Result<Action, UsageError> {
        if self.version {
            return Ok(Action::Version);
        }
        if self.interactive {
            return Ok(Action::Interactive);
        }
        if self.modules {
            return Ok(Action::Modules);
        }
        if self.info {
            return Ok(Action::Info);
        }
        if let Some(name) = &self.extension_info {
            return Ok(Action::ExtensionInfo(name.clone()));
        }
        let (source, args) = if let Some(file) = &self.file {
            (Source::File(file.clone()), self.rest.clone())
        } else if let Some(code) = &self.code {
            (Source::Code(code.clone()), self.rest.clone())
        } else if self.rest.is_empty() || rest_follows_double_dash(raw, self.rest.len()) {
            (Source::Stdin, self.rest.clone())
        } else {
            (Source::File(self.rest[0].clone()), self.rest[1..].to_vec())
        };
        if self.lint {
            if matches!(source, Source::Code(_)) {
                return Err(UsageError(
                    "Either execute direct code, process stdin or use a file.".into(),
                ));
            }
            return Ok(Action::Lint(source));
        }
        Ok(Action::Run { source, args })
    }
}

/// True when the trailing positional arguments were introduced by `--`. Positional arguments
/// always form a suffix of the raw list (option parsing stops at the first one), so the
/// separator, when there is one, sits right before that suffix.
fn rest_follows_double_dash(raw: &[String], rest_len: usize) -> bool {
    raw.len() > rest_len && raw[raw.len() - rest_len - 1] == "--"
}

#[cfg(test)]
mod tests {
    use super::*;

    fn action(line: &str) -> Result<Action, UsageError> {
        let raw: Vec<String> = std::iter::once("phpsock")
            .chain(line.split_whitespace())
            .map(String::from)
            .collect();
        let cli = Cli::try_parse_from(&raw).expect("parses");
        cli.action(&raw)
    }

    fn run(source: Source, args: &[&str]) -> Result<Action, UsageError> {
        Ok(Action::Run {
            source,
            args: args.iter().map(|s| s.to_string()).collect(),
        })
    }

    #[test]
    fn script_then_args_like_php() {
        assert_eq!(
            action("a.php x -y --z"),
            run(Source::File("a.php".into()), &["x", "-y", "--z"])
        );
        // A `--` after the script is an ordinary argument.
        assert_eq!(
            action("a.php -- x"),
            run(Source::File("a.php".into()), &["--", "x"])
        );
        assert_eq!(
            action("-f a.php -- -x y"),
            run(Source::File("a.php".into()), &["-x", "y"])
        );
    }

    #[test]
    fn stdin_and_code() {
        assert_eq!(action("-- a b"), run(Source::Stdin, &["a", "b"]));
        assert_eq!(action(""), run(Source::Stdin, &[]));
        assert_eq!(
            action("-r echo; -- -x"),
            run(Source::Code("echo;".into()), &["-x"])
        );
    }

    #[test]
    fn lint_and_flags() {
        assert_eq!(
            action("-ln a.php"),
            Ok(Action::Lint(Source::File("a.php".into())))
        );
        assert_eq!(
            action("-f a.php -l"),
            Ok(Action::Lint(Source::File("a.php".into())))
        );
        assert!(action("-l -r echo;").is_err());
        assert_eq!(action("-v"), Ok(Action::Version));
        assert_eq!(action("--version"), Ok(Action::Version));
        assert_eq!(action("-a"), Ok(Action::Interactive));
    }

    #[test]
    fn ini_entries() {
        let cli = Cli::try_parse_from(["phpsock", "-dprecision=3", "-d", "foo", "-d", "a=b=c"])
            .expect("parses");
        assert_eq!(
            cli.ini_entries(),
            vec![
                ("precision".into(), "3".into()),
                ("foo".into(), "1".into()),
                ("a".into(), "b=c".into())
            ]
        );
    }
}
