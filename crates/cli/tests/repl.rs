//! The interactive shell driven through standard input, as a script would drive it: the
//! transcript (values shown as `=> …`, errors, output) is phpsock's own, so it lives here
//! rather than in the `.phpt` corpus.

use std::io::Write;
use std::process::{Command, Stdio};

/// Runs `phpsock -a` with `input` on standard input; returns (exit status, stdout+stderr).
fn shell(input: &str) -> (i32, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_phpsock"))
        .arg("-a")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("phpsock starts");
    child
        .stdin
        .take()
        .expect("stdin is piped")
        .write_all(input.as_bytes())
        .expect("input written");
    let out = child.wait_with_output().expect("phpsock ends");
    let mut text = String::from_utf8_lossy(&out.stdout).into_owned();
    text.push_str(&String::from_utf8_lossy(&out.stderr));
    (out.status.code().unwrap_or(-1), text)
}

#[test]
fn expressions_show_their_value_and_statements_do_not() {
    // As in PsySH, a lone expression shows its value with or without the `;`.
    let (status, out) = shell("$a = 1 + 2\n$a * 2;\necho \"x\\n\";\n[$a, 'k' => true]\n");
    assert_eq!(status, 0);
    assert_eq!(
        out,
        "=> int(3)\n=> int(6)\nx\n=> array(2) {\n  [0]=>\n  int(3)\n  [\"k\"]=>\n  bool(true)\n}\n"
    );
}

#[test]
fn multi_line_function_keeps_state() {
    let input = "function twice($x) {\n  return $x * 2;\n}\n$n = 5;\ntwice($n)\n";
    let (status, out) = shell(input);
    assert_eq!(status, 0);
    assert_eq!(out, "=> int(5)\n=> int(10)\n");
}

#[test]
fn an_uncaught_exception_leaves_the_session_alive() {
    let input = "throw new RuntimeException('boom');\n'still here'\n";
    let (status, out) = shell(input);
    assert_eq!(status, 0);
    assert!(
        out.contains("Uncaught RuntimeException: boom in php shell code:1"),
        "{out}"
    );
    assert!(out.ends_with("=> string(10) \"still here\"\n"), "{out}");
}

#[test]
fn parse_errors_are_reported_and_the_session_goes_on() {
    let (status, out) = shell("$a = ;\n1 + 1\n");
    assert_eq!(status, 0);
    assert_eq!(
        out,
        "\nParse error: syntax error, unexpected token \";\" in php shell code on line 1\n=> int(2)\n"
    );
}

#[test]
fn if_without_body_waits_for_the_next_line() {
    let (_, out) = shell("if (true)\n  echo \"yes\\n\";\n");
    assert_eq!(out, "yes\n");
}

#[test]
fn exit_ends_the_session_with_its_status() {
    let (status, out) = shell("echo 'a';\nexit(3);\necho 'b';\n");
    assert_eq!(status, 3);
    assert_eq!(out, "a");
}

#[test]
fn sockets_live_in_the_session() {
    let input = "\
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair)
[$a, $b] = $pair;
socket_write($a, \"ping\\n\")
$r = [$b]; $w = $e = null;
socket_select($r, $w, $e, 1)
socket_read($b, 100, PHP_NORMAL_READ)
";
    let (status, out) = shell(input);
    assert_eq!(status, 0);
    assert_eq!(
        out,
        "=> bool(true)\n=> array(2) {\n  [0]=>\n  object(Socket)#1 (0) {\n  }\n  [1]=>\n  object(Socket)#2 (0) {\n  }\n}\n=> int(5)\n=> int(1)\n=> string(5) \"ping\n\"\n"
    );
}
