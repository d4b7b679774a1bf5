//! The example servers in `scripts/`, run by the real `phpsock` binary and driven over
//! loopback the way their users drive them: several clients at once, bounded by timeouts,
//! and every process ended by the test.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// Kills the server if a test fails half-way.
struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn script(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../scripts")
        .join(name)
}

/// Starts `scripts/echo_server.php` on an ephemeral port; returns it and the port it printed.
fn start_echo_server(clients: u32) -> (Server, u16) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_phpsock"))
        .arg(script("echo_server.php"))
        .arg("0")
        .arg(clients.to_string())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("phpsock starts");
    let stdout = child.stdout.take().expect("stdout is piped");
    let mut banner = String::new();
    BufReader::new(stdout)
        .read_line(&mut banner)
        .expect("the server prints its address");
    let port = banner
        .trim()
        .rsplit(':')
        .next()
        .and_then(|p| p.parse().ok())
        .unwrap_or_else(|| panic!("unexpected banner {banner:?}"));
    (Server(child), port)
}

fn connect(port: u16) -> TcpStream {
    let stream = TcpStream::connect(("127.0.0.1", port)).expect("connects");
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .expect("timeout set");
    stream
}

fn echo(stream: &mut TcpStream, message: &[u8]) -> Vec<u8> {
    stream.write_all(message).expect("written");
    let mut back = vec![0; message.len()];
    stream.read_exact(&mut back).expect("echoed back");
    back
}

#[test]
fn echo_server_serves_clients_concurrently_and_exits() {
    let (mut server, port) = start_echo_server(2);
    let mut a = connect(port);
    let mut b = connect(port);
    assert_eq!(echo(&mut a, b"hello from a\n"), b"hello from a\n");
    assert_eq!(echo(&mut b, b"hello from b\n"), b"hello from b\n");
    let big: Vec<u8> = (0..50_000u32).map(|i| (i % 251) as u8).collect();
    assert_eq!(echo(&mut a, &big), big);
    drop(a);
    drop(b);
    // After the second client leaves the server stops by itself.
    for _ in 0..100 {
        if let Some(status) = server.0.try_wait().expect("waits") {
            assert!(status.success(), "server exited with {status}");
            return;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    panic!("the echo server did not exit after its clients left");
}
