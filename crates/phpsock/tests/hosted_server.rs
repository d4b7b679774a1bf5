//! The project's select()-based echo server script, hosted in-process under a network policy.

use phpsock::{Engine, NetPolicy, Ops, Outcome};
use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::PathBuf;
use std::sync::mpsc;

fn script() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../scripts/echo_server.php")
}

/// Script output, forwarded to the test thread as it is written.
struct Forward(mpsc::Sender<Vec<u8>>);

impl Write for Forward {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        let _ = self.0.send(b.to_vec());
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn host(
    policy: NetPolicy,
) -> (
    std::thread::JoinHandle<Result<Outcome, phpsock::Error>>,
    mpsc::Receiver<Vec<u8>>,
) {
    let (tx, rx) = mpsc::channel();
    let server = std::thread::spawn(move || {
        let mut engine = Engine::builder()
            .output(Forward(tx))
            .network_policy(policy)
            .argv(["echo_server.php", "0", "1"])
            .build();
        engine.run_file(script())
    });
    (server, rx)
}

/// Reads forwarded output until a whole line arrived.
fn first_line(rx: &mpsc::Receiver<Vec<u8>>) -> String {
    let mut text = Vec::new();
    while !text.contains(&b'\n') {
        text.extend(rx.recv().expect("the script prints a line"));
    }
    String::from_utf8_lossy(&text).into_owned()
}

#[test]
fn echo_server_runs_under_an_allow_list() {
    let policy = NetPolicy::deny_all().allow(Ops::BIND, "127.0.0.1".parse().unwrap(), 0..=65535);
    let (server, rx) = host(policy);
    let line = first_line(&rx);
    let port: u16 = line
        .trim()
        .rsplit(':')
        .next()
        .and_then(|p| p.parse().ok())
        .unwrap_or_else(|| panic!("no port in {line:?}"));
    let mut c = TcpStream::connect(("127.0.0.1", port)).unwrap();
    c.write_all(b"hello, host\n").unwrap();
    let mut buf = [0u8; 12];
    c.read_exact(&mut buf).unwrap();
    assert_eq!(&buf, b"hello, host\n");
    drop(c);
    let result = server.join().unwrap();
    assert!(
        matches!(result, Ok(Outcome::Completed | Outcome::Exited(0))),
        "{result:?}"
    );
}

#[test]
fn echo_server_is_refused_its_port_by_deny_all() {
    let (server, rx) = host(NetPolicy::deny_all());
    let result = server.join().unwrap();
    let out: Vec<u8> = rx.try_iter().flatten().collect();
    let out = String::from_utf8_lossy(&out);
    assert!(
        out.contains("socket_bind(): Unable to bind address [13]: Permission denied"),
        "{out}"
    );
    assert!(out.ends_with("cannot listen: Permission denied\n"), "{out}");
    assert_eq!(result, Ok(Outcome::Exited(1)));
}
