//! Output is buffered for speed but must reach the reader before the script blocks: a prompt
//! shows before `fgets(STDIN)` waits, a banner before `sleep()`.

use std::io::{Read, Write};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

/// Runs `code` with `-r`, reads `expect.len()` bytes of its output *before* giving it any
/// input, then sends `input` and returns the rest of the output.
fn prompt_then_answer(code: &str, expect: &str, input: &str) -> String {
    let mut child = Command::new(env!("CARGO_BIN_EXE_phpsock"))
        .args(["-r", code])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("phpsock starts");
    let mut stdout = child.stdout.take().expect("stdout is piped");
    let (tx, rx) = mpsc::channel();
    let want = expect.len();
    std::thread::spawn(move || {
        let mut first = vec![0; want];
        let got = stdout.read_exact(&mut first).map(|_| first);
        let _ = tx.send((got, stdout));
    });
    let received = rx.recv_timeout(Duration::from_secs(10));
    let Ok((Ok(first), mut stdout)) = received else {
        let _ = child.kill();
        let _ = child.wait();
        panic!("the prompt did not arrive before the script blocked");
    };
    assert_eq!(String::from_utf8_lossy(&first), expect);
    let mut stdin = child.stdin.take().expect("stdin is piped");
    stdin.write_all(input.as_bytes()).expect("input written");
    drop(stdin);
    let mut rest = String::new();
    stdout.read_to_string(&mut rest).expect("output read");
    let _ = child.wait();
    rest
}

#[test]
fn prompt_shows_before_reading_stdin() {
    let rest = prompt_then_answer(
        r#"echo "name? "; $n = trim(fgets(STDIN)); echo "hello $n\n";"#,
        "name? ",
        "ada\n",
    );
    assert_eq!(rest, "hello ada\n");
}

#[test]
fn readline_prompt_shows_before_reading() {
    let rest = prompt_then_answer(r#"$n = readline("> "); echo "[$n]\n";"#, "> ", "x\n");
    assert_eq!(rest, "[x]\n");
}

/// A server's banner (with its address) must arrive before `stream_socket_accept` blocks.
#[test]
fn banner_shows_before_stream_socket_accept_blocks() {
    use std::io::{BufRead, BufReader};
    let code = r#"$s = stream_socket_server("tcp://127.0.0.1:0");
echo "listening on ", stream_socket_get_name($s, false), "\n";
$c = stream_socket_accept($s, 10);
echo fgets($c);"#;
    let mut child = Command::new(env!("CARGO_BIN_EXE_phpsock"))
        .args(["-r", code])
        .stdout(Stdio::piped())
        .spawn()
        .expect("phpsock starts");
    let stdout = child.stdout.take().expect("stdout is piped");
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let mut reader = BufReader::new(stdout);
        let mut banner = String::new();
        let got = reader.read_line(&mut banner).map(|_| banner);
        let _ = tx.send((got, reader));
    });
    let Ok((Ok(banner), mut reader)) = rx.recv_timeout(Duration::from_secs(10)) else {
        let _ = child.kill();
        let _ = child.wait();
        panic!("the banner did not arrive before the script blocked");
    };
    let addr = banner
        .trim()
        .rsplit(' ')
        .next()
        .unwrap_or_default()
        .to_string();
    let mut client = std::net::TcpStream::connect(addr).expect("connects");
    client.write_all(b"hi from the client\n").expect("written");
    let mut rest = String::new();
    reader.read_to_string(&mut rest).expect("output read");
    let _ = child.wait();
    assert_eq!(rest, "hi from the client\n");
}
