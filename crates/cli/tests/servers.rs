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

/// Starts a server script from `scripts/` on an ephemeral port, stopping after `clients`
/// clients have left; returns it and the port from its banner (`… on ADDRESS:PORT`).
fn start_server(name: &str, clients: u32) -> (Server, u16) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_phpsock"))
        .arg(script(name))
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
    let (server, port) = start_server("echo_server.php", 2);
    let mut a = connect(port);
    let mut b = connect(port);
    assert_eq!(echo(&mut a, b"hello from a\n"), b"hello from a\n");
    assert_eq!(echo(&mut b, b"hello from b\n"), b"hello from b\n");
    let big: Vec<u8> = (0..50_000u32).map(|i| (i % 251) as u8).collect();
    assert_eq!(echo(&mut a, &big), big);
    drop(a);
    drop(b);
    exits_by_itself(server);
}

/// After its last client leaves, a server started with a client count stops by itself.
#[test]
fn stream_echo_server_serves_clients_concurrently_and_exits() {
    let (server, port) = start_server("stream_echo_server.php", 3);
    let mut clients: Vec<TcpStream> = (0..3).map(|_| connect(port)).collect();
    for (i, c) in clients.iter_mut().enumerate() {
        let msg = format!("hello from client {i}\n");
        assert_eq!(echo(c, msg.as_bytes()), msg.as_bytes());
    }
    let big: Vec<u8> = (0..60_000u32).map(|i| (i % 253) as u8).collect();
    assert_eq!(echo(&mut clients[1], &big), big);
    drop(clients);
    exits_by_itself(server);
}

#[test]
fn stream_echo_server_handles_a_hundred_clients_at_once() {
    let (server, port) = start_server("stream_echo_server.php", 100);
    let mut clients: Vec<TcpStream> = (0..100).map(|_| connect(port)).collect();
    for (i, c) in clients.iter_mut().enumerate() {
        c.write_all(format!("message {i} ").repeat(i + 1).as_bytes())
            .expect("written");
    }
    for (i, c) in clients.iter_mut().enumerate() {
        let want = format!("message {i} ").repeat(i + 1);
        let mut back = vec![0; want.len()];
        c.read_exact(&mut back).expect("echoed back");
        assert_eq!(back, want.as_bytes());
    }
    drop(clients);
    exits_by_itself(server);
}

fn exits_by_itself(mut server: Server) {
    for _ in 0..100 {
        if let Some(status) = server.0.try_wait().expect("waits") {
            assert!(status.success(), "server exited with {status}");
            return;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    panic!("the server did not exit after its clients left");
}

/// One line from a client connection.
fn line(reader: &mut BufReader<TcpStream>) -> String {
    let mut text = String::new();
    reader.read_line(&mut text).expect("a line arrives");
    text
}

#[test]
fn chat_server_passes_lines_between_clients() {
    let (server, port) = start_server("chat_server.php", 2);
    let mut alice = BufReader::new(connect(port));
    let mut bob = BufReader::new(connect(port));
    assert_eq!(line(&mut alice), "name?\n");
    assert_eq!(line(&mut bob), "name?\n");
    alice.get_mut().write_all(b"alice\n").expect("sent");
    assert_eq!(line(&mut alice), "welcome, alice\n");
    assert_eq!(line(&mut bob), "* alice joined\n");
    bob.get_mut().write_all(b"bob\n").expect("sent");
    assert_eq!(line(&mut bob), "welcome, bob\n");
    assert_eq!(line(&mut alice), "* bob joined\n");
    alice.get_mut().write_all(b"hi bob\n").expect("sent");
    assert_eq!(line(&mut bob), "alice: hi bob\n");
    alice.get_mut().write_all(b"/quit\n").expect("sent");
    assert_eq!(line(&mut bob), "* alice left\n");
    drop(alice);
    drop(bob);
    exits_by_itself(server);
}
