//! `phpsock -l`: syntax check only, worded exactly like `php -l`.

use std::io::Write;

/// Where `display_errors` sends error messages (PHP's `php_get_display_errors_mode`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DisplayErrors {
    /// Errors are not shown.
    Off,
    /// Shown on standard output, preceded by an empty line (PHP's CLI default).
    Stdout,
    /// Shown on standard error, without the empty line.
    Stderr,
}

impl DisplayErrors {
    /// Interprets a `display_errors` ini value the way PHP does: `on`/`yes`/`true`/`stdout`
    /// and non-zero numbers show errors, `stderr` or `2` sends them to stderr, anything else
    /// (including the empty string) hides them.
    pub fn from_ini(value: &str) -> DisplayErrors {
        let lower = value.to_ascii_lowercase();
        match lower.as_str() {
            "on" | "yes" | "true" | "stdout" => DisplayErrors::Stdout,
            "stderr" => DisplayErrors::Stderr,
            _ => match leading_int(&lower) {
                0 => DisplayErrors::Off,
                2 => DisplayErrors::Stderr,
                _ => DisplayErrors::Stdout,
            },
        }
    }

    /// The mode in force after the `-d` entries (last one wins); PHP's default is on.
    pub fn from_entries(entries: &[(String, String)]) -> DisplayErrors {
        entries
            .iter()
            .rev()
            .find(|(key, _)| key == "display_errors")
            .map_or(DisplayErrors::Stdout, |(_, value)| {
                DisplayErrors::from_ini(value)
            })
    }
}

/// C `atol` on the start of `s`: optional sign, then digits; 0 when there are none.
fn leading_int(s: &str) -> i64 {
    let s = s.trim_start();
    let (negative, digits) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let value = digits
        .bytes()
        .take_while(u8::is_ascii_digit)
        .fold(0i64, |acc, d| {
            acc.saturating_mul(10).saturating_add(i64::from(d - b'0'))
        });
    if negative {
        -value
    } else {
        value
    }
}

/// Shows one diagnostic (`label: message in name on line N`) where `display` says.
fn show(display: DisplayErrors, label: &str, message: &str, name: &str, line: u32) {
    // A closed stdout or stderr must not turn into a panic; the exit status tells the story.
    let text = format!("{label}: {message} in {name} on line {line}");
    match display {
        DisplayErrors::Off => {}
        DisplayErrors::Stdout => {
            let _ = write!(std::io::stdout(), "\n{text}\n");
        }
        DisplayErrors::Stderr => {
            let _ = std::io::stdout().flush();
            let _ = writeln!(std::io::stderr(), "{text}");
        }
    }
}

/// Checks `src` (named `name` in messages) and reports like `php -l`: compile-time warnings
/// and deprecations first, then the verdict. Returns the exit status (0 when the syntax is
/// fine, 255 otherwise).
pub fn lint(src: &[u8], name: &str, display: DisplayErrors) -> i32 {
    let check = phpsock::check_syntax(src, name);
    for w in &check.warnings {
        show(
            display,
            phpsock::diag::level_label(w.level),
            &w.message,
            name,
            w.line,
        );
    }
    let mut out = std::io::stdout();
    match check.error {
        None => {
            let _ = writeln!(out, "No syntax errors detected in {name}");
            0
        }
        Some(err) => {
            show(
                display,
                phpsock::diag::level_label(err.level),
                &err.message,
                name,
                err.line,
            );
            let _ = writeln!(out, "Errors parsing {name}");
            255
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_errors_values() {
        for (value, mode) in [
            ("On", DisplayErrors::Stdout),
            ("yes", DisplayErrors::Stdout),
            ("TRUE", DisplayErrors::Stdout),
            ("stdout", DisplayErrors::Stdout),
            ("1", DisplayErrors::Stdout),
            ("3", DisplayErrors::Stdout),
            ("-1", DisplayErrors::Stdout),
            ("STDERR", DisplayErrors::Stderr),
            ("2", DisplayErrors::Stderr),
            ("off", DisplayErrors::Off),
            ("false", DisplayErrors::Off),
            ("", DisplayErrors::Off),
            ("foo", DisplayErrors::Off),
            (" on", DisplayErrors::Off),
        ] {
            assert_eq!(DisplayErrors::from_ini(value), mode, "{value:?}");
        }
    }

    #[test]
    fn last_entry_wins() {
        let entries = vec![
            ("display_errors".to_string(), "0".to_string()),
            ("display_errors".to_string(), "stderr".to_string()),
        ];
        assert_eq!(DisplayErrors::from_entries(&entries), DisplayErrors::Stderr);
        assert_eq!(DisplayErrors::from_entries(&[]), DisplayErrors::Stdout);
    }
}
