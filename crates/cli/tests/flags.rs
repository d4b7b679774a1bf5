//! The `phpsock` flags whose output is phpsock's own (so not in the `.phpt` corpus, whose
//! expectations come from PHP): version, help, usage errors.

use std::process::{Command, Output, Stdio};

fn phpsock(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_phpsock"))
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("phpsock runs")
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn version() {
    for flag in ["-v", "--version"] {
        let out = phpsock(&[flag]);
        assert_eq!(out.status.code(), Some(0));
        let text = stdout(&out);
        let mut lines = text.lines();
        assert_eq!(lines.next(), Some("phpsock 0.1.0 (PHP 8.2 compatible)"));
        assert!(lines.next().is_some_and(|l| !l.is_empty()));
    }
}

#[test]
fn help() {
    let out = phpsock(&["-h"]);
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    assert!(text.contains("phpsock [options] [-f] <file> [--] [args...]"));
    for flag in [
        "-f <file>",
        "-r <code>",
        "-l",
        "-d <foo[=bar]>",
        "-n",
        "-a",
        "-v",
    ] {
        assert!(text.contains(flag), "help mentions {flag}");
    }
}

#[test]
fn unknown_flag_is_a_usage_error() {
    let out = phpsock(&["-Z"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(!out.stderr.is_empty());
}

#[test]
fn modules_list() {
    let out = phpsock(&["-m"]);
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    assert!(text.starts_with("[PHP Modules]\nCore\n"), "{text}");
    for module in ["pcre", "sockets", "standard"] {
        assert!(
            text.lines().any(|l| l == module),
            "{module} missing from {text}"
        );
    }
    assert!(text.ends_with("\n[Zend Modules]\n\n"), "{text}");
}

#[test]
fn extension_info_as_php_prints_it() {
    let out = phpsock(&["--ri", "sockets"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(stdout(&out), "\nsockets\n\nSockets Support => enabled\n");
    let out = phpsock(&["--ri", "nosuch"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stdout(&out), "Extension 'nosuch' not present.\n");
}

#[test]
fn short_info() {
    let out = phpsock(&["-i"]);
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    assert!(text.starts_with("phpinfo()\nPHP Version => 8.2"), "{text}");
    assert!(
        text.contains("Server API => Command Line Interface\n"),
        "{text}"
    );
}
