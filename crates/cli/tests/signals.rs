//! Signals sent to a running `phpsock`: SIGINT/SIGTERM end a script (even one blocked in
//! `socket_accept`) promptly, with its output flushed and its sockets closed, the process
//! dying by the signal as `php` does (the shell sees 130/143); a script's own `pcntl_signal`
//! handler takes precedence; in the shell, Ctrl-C only interrupts the running input.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::os::unix::process::ExitStatusExt;
use std::process::{Child, ChildStdout, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

/// Kills the process if a test fails half-way.
struct Proc(Child);

impl Drop for Proc {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Starts `phpsock` with `args`, stdin and stdout piped.
fn start(args: &[&str]) -> Proc {
    let child = Command::new(env!("CARGO_BIN_EXE_phpsock"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("phpsock starts");
    // A test that goes wrong could block reading forever: kill the process after a while.
    let pid = child.id().to_string();
    std::thread::spawn(move || {
        std::thread::sleep(Duration::from_secs(30));
        let _ = Command::new("kill").arg("-KILL").arg(&pid).status();
    });
    Proc(child)
}

/// Writes `code` to a scratch file named after the test and runs it.
fn run_script(name: &str, code: &str) -> Proc {
    let dir = std::env::temp_dir().join(format!("phpsock-signals-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("scratch directory");
    let path = dir.join(format!("{name}.php"));
    std::fs::write(&path, code).expect("script written");
    start(&[path.to_str().expect("utf-8 path")])
}

fn send(p: &Proc, signal: &str) {
    let ok = Command::new("kill")
        .arg(format!("-{signal}"))
        .arg(p.0.id().to_string())
        .status()
        .expect("kill runs")
        .success();
    assert!(ok, "kill -{signal} failed");
}

/// Waits at most `limit` for the process to end.
fn wait_within(p: &mut Proc, limit: Duration) -> ExitStatus {
    let start = Instant::now();
    loop {
        if let Some(status) = p.0.try_wait().expect("wait works") {
            return status;
        }
        assert!(
            start.elapsed() < limit,
            "phpsock still running after {limit:?}"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn read_line(out: &mut BufReader<ChildStdout>) -> String {
    let mut line = String::new();
    out.read_line(&mut line).expect("a line of output");
    line
}

const SERVER: &str = r#"<?php
$srv = socket_create_listen(0);
socket_getsockname($srv, $addr, $port);
echo "listening on $port\n";
$c = socket_accept($srv);
echo "not reached\n";
"#;

/// Starts the blocking server and returns it with its port.
fn server(name: &str) -> (Proc, BufReader<ChildStdout>, u16) {
    let mut p = run_script(name, SERVER);
    let mut out = BufReader::new(p.0.stdout.take().expect("piped"));
    let banner = read_line(&mut out);
    let port = banner
        .trim()
        .rsplit(' ')
        .next()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("unexpected banner {banner:?}"));
    (p, out, port)
}

#[test]
fn sigint_ends_a_server_blocked_in_accept() {
    let (mut p, mut out, port) = server("sigint_accept");
    std::thread::sleep(Duration::from_millis(200));
    send(&p, "INT");
    let status = wait_within(&mut p, Duration::from_secs(3));
    assert_eq!(
        status.signal(),
        Some(2),
        "dies by SIGINT like php: {status:?}"
    );
    let mut rest = String::new();
    out.read_to_string(&mut rest).expect("output readable");
    assert_eq!(rest, "");
    assert!(
        TcpStream::connect(("127.0.0.1", port)).is_err(),
        "the port is closed"
    );
}

#[test]
fn sigterm_ends_a_busy_loop_with_output_flushed() {
    let mut p = run_script(
        "sigterm_loop",
        "<?php\necho \"start\\n\";\n$i = 0;\nwhile (true) { $i++; }\n",
    );
    let mut out = BufReader::new(p.0.stdout.take().expect("piped"));
    std::thread::sleep(Duration::from_millis(300));
    send(&p, "TERM");
    let status = wait_within(&mut p, Duration::from_secs(3));
    assert_eq!(
        status.signal(),
        Some(15),
        "dies by SIGTERM like php: {status:?}"
    );
    // What the script printed before is not lost.
    assert_eq!(read_line(&mut out), "start\n");
}

#[test]
fn sigterm_ends_a_blocking_read_on_a_socket_stream() {
    let mut p = run_script(
        "sigterm_stream_read",
        "<?php\n[$a, $b] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);\n\
         echo \"reading\\n\";\nfread($a, 10);\necho \"never\\n\";\n",
    );
    let mut out = BufReader::new(p.0.stdout.take().expect("piped"));
    assert_eq!(read_line(&mut out), "reading\n");
    std::thread::sleep(Duration::from_millis(200));
    send(&p, "TERM");
    // Not after the stream's 60-second read timeout: at once, as php dies.
    let status = wait_within(&mut p, Duration::from_secs(3));
    assert_eq!(status.signal(), Some(15), "dies by SIGTERM: {status:?}");
}

#[test]
fn sigint_ends_sleep_and_the_output_before_it_shows() {
    let mut p = run_script(
        "sigint_sleep",
        "<?php\necho \"a\";\nsleep(30);\necho \"b\";\n",
    );
    let mut out = BufReader::new(p.0.stdout.take().expect("piped"));
    let mut first = [0u8; 1];
    out.read_exact(&mut first).expect("output before sleep");
    assert_eq!(&first, b"a");
    send(&p, "INT");
    let status = wait_within(&mut p, Duration::from_secs(3));
    assert_eq!(status.signal(), Some(2));
}

#[test]
fn a_script_handler_takes_precedence() {
    let code = r#"<?php
pcntl_async_signals(true);
// Without restarting system calls (as PHP, a restarted accept would keep waiting).
pcntl_signal(SIGTERM, function ($s) { echo "caught $s\n"; exit(3); }, false);
$srv = socket_create_listen(0);
echo "ready\n";
$c = socket_accept($srv);
"#;
    let mut p = run_script("handler_precedence", code);
    let mut out = BufReader::new(p.0.stdout.take().expect("piped"));
    assert_eq!(read_line(&mut out), "ready\n");
    std::thread::sleep(Duration::from_millis(200));
    send(&p, "TERM");
    let status = wait_within(&mut p, Duration::from_secs(3));
    assert_eq!(status.code(), Some(3));
    let mut rest = String::new();
    out.read_to_string(&mut rest).expect("output readable");
    assert!(
        rest.contains("Warning: socket_accept(): unable to accept incoming connection [4]: Interrupted system call"),
        "{rest:?}"
    );
    assert!(rest.ends_with("caught 15\n"), "{rest:?}");
}

#[test]
fn ctrl_c_in_the_shell_interrupts_the_running_input_only() {
    let mut p = start(&["-a"]);
    let mut stdin = p.0.stdin.take().expect("piped");
    let mut out = BufReader::new(p.0.stdout.take().expect("piped"));
    stdin
        .write_all(b"echo \"go\\n\"; while (true) {}\n")
        .expect("input written");
    stdin.flush().expect("flushed");
    // Output is buffered while the loop runs; it shows when the input ends.
    std::thread::sleep(Duration::from_millis(300));
    send(&p, "INT");
    assert_eq!(read_line(&mut out), "go\n");
    assert_eq!(read_line(&mut out), "Interrupted\n");
    // A blocking accept is interrupted the same way.
    stdin
        .write_all(b"$s = socket_create_listen(0); echo \"wait\\n\"; socket_accept($s);\n")
        .expect("input written");
    stdin.flush().expect("flushed");
    assert_eq!(read_line(&mut out), "wait\n");
    std::thread::sleep(Duration::from_millis(200));
    send(&p, "INT");
    assert_eq!(read_line(&mut out), "Interrupted\n");
    // Ctrl-C while the shell waits drops the unfinished input.
    stdin
        .write_all(b"function half() {\n")
        .expect("input written");
    stdin.flush().expect("flushed");
    std::thread::sleep(Duration::from_millis(200));
    send(&p, "INT");
    std::thread::sleep(Duration::from_millis(200));
    // The session is alive, with its state.
    stdin.write_all(b"get_class($s)\n").expect("input written");
    drop(stdin);
    let mut rest = String::new();
    out.read_to_string(&mut rest).expect("output readable");
    assert_eq!(rest, "=> string(6) \"Socket\"\n");
    let status = wait_within(&mut p, Duration::from_secs(3));
    assert_eq!(status.code(), Some(0));
}
