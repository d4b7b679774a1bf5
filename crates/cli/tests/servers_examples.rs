//! The remaining example scripts in `scripts/` (the manual's blocking server, UDP, AF_UNIX,
//! HTTP, WebSocket), run by the real `phpsock` binary and driven over loopback as their
//! users would drive them. Every wait is bounded and every child process is killed when a
//! test ends, however it ends.
//!
//! The scripts behave the same under PHP itself: `EXAMPLES_PHP=/path/to/php cargo test
//! --test servers_examples` runs every test with that interpreter instead of `phpsock`.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpStream, UdpSocket};
use std::path::PathBuf;
use std::process::{Child, ChildStdout, Command, Stdio};
use std::time::Duration;

/// A running script; killed when dropped, so a failing test leaves nothing behind.
struct Script {
    child: Child,
    stdout: BufReader<ChildStdout>,
}

impl Drop for Script {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Script {
    /// Starts `scripts/NAME` with `args` and reads its first line (the banner).
    fn start(name: &str, args: &[&str]) -> (Script, String) {
        let mut child = interpreter()
            .arg(script(name))
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("phpsock starts");
        let stdout = BufReader::new(child.stdout.take().expect("stdout is piped"));
        let mut script = Script { child, stdout };
        let mut banner = String::new();
        script
            .stdout
            .read_line(&mut banner)
            .expect("the script prints a banner");
        (script, banner)
    }

    /// Starts a network server on port 0 and returns it with the port of its banner
    /// (`… ADDRESS:PORT`).
    fn start_on_port(name: &str, args: &[&str]) -> (Script, u16) {
        let mut all = vec!["0"];
        all.extend_from_slice(args);
        let (script, banner) = Script::start(name, &all);
        let port = banner
            .trim()
            .rsplit(':')
            .next()
            .and_then(|p| p.parse().ok())
            .unwrap_or_else(|| panic!("unexpected banner {banner:?}"));
        (script, port)
    }

    /// Waits (at most ten seconds) for the script to exit successfully and returns the
    /// rest of its output.
    fn finishes(mut self) -> String {
        for _ in 0..100 {
            if let Some(status) = self.child.try_wait().expect("waits") {
                assert!(status.success(), "the script exited with {status}");
                let mut rest = String::new();
                self.stdout.read_to_string(&mut rest).expect("output read");
                return rest;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        panic!("the script did not exit by itself");
    }
}

/// The interpreter under test: `phpsock`, unless `EXAMPLES_PHP` names another.
fn interpreter() -> Command {
    match std::env::var_os("EXAMPLES_PHP") {
        Some(php) => Command::new(php),
        None => Command::new(env!("CARGO_BIN_EXE_phpsock")),
    }
}

fn script(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../scripts")
        .join(name)
}

fn connect(port: u16) -> BufReader<TcpStream> {
    let stream = TcpStream::connect(("127.0.0.1", port)).expect("connects");
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .expect("timeout set");
    BufReader::new(stream)
}

/// One line from a connection (empty at end of stream).
fn line<R: BufRead>(reader: &mut R) -> String {
    let mut text = String::new();
    reader.read_line(&mut text).expect("a line arrives");
    text
}

fn send(reader: &mut BufReader<TcpStream>, bytes: &[u8]) {
    reader.get_mut().write_all(bytes).expect("sent");
}

#[test]
fn manual_server_serves_clients_one_after_another() {
    let (server, port) = Script::start_on_port("manual_server.php", &[]);

    let mut first = connect(port);
    assert_eq!(
        line(&mut first),
        "welcome, client 1. Commands: quit, shutdown.\n"
    );
    // "\r\n", a bare "\r" and empty lines: PHP_NORMAL_READ stops at either byte.
    send(&mut first, b"hello\r\nsecond line\rthird\n\n");
    assert_eq!(line(&mut first), "you said: hello\n");
    assert_eq!(line(&mut first), "you said: second line\n");
    assert_eq!(line(&mut first), "you said: third\n");
    // A line sent in pieces is read whole.
    send(&mut first, b"in ");
    std::thread::sleep(Duration::from_millis(50));
    send(&mut first, b"pieces\n");
    assert_eq!(line(&mut first), "you said: in pieces\n");
    send(&mut first, b"quit\n");
    assert_eq!(line(&mut first), "", "quit closes the connection");

    // The server goes back to accept(): a client that just hangs up is fine too (it reads
    // the greeting first: closing with unread data would reset the connection instead).
    let mut gone = connect(port);
    assert_eq!(
        line(&mut gone),
        "welcome, client 2. Commands: quit, shutdown.\n"
    );
    drop(gone);

    let mut last = connect(port);
    assert_eq!(
        line(&mut last),
        "welcome, client 3. Commands: quit, shutdown.\n"
    );
    send(&mut last, b"shutdown\n");
    assert_eq!(line(&mut last), "shutting down\n");
    assert_eq!(line(&mut last), "");
    assert_eq!(server.finishes(), "served 3 clients\n");
}

fn udp_socket() -> UdpSocket {
    let socket = UdpSocket::bind("127.0.0.1:0").expect("bound");
    socket
        .set_read_timeout(Some(Duration::from_secs(10)))
        .expect("timeout set");
    socket
}

#[test]
fn udp_server_answers_each_sender_in_upper_case() {
    let (server, port) = Script::start_on_port("udp_server.php", &["5"]);
    let a = udp_socket();
    let b = udp_socket();
    let mut buf = [0u8; 70_000];
    for (socket, message) in [
        (&a, &b"hello"[..]),
        (&b, b"from b"),
        (&a, b"Mixed 123 \xfc"),
    ] {
        socket.send_to(message, ("127.0.0.1", port)).expect("sent");
        let (n, from) = socket.recv_from(&mut buf).expect("answered");
        assert_eq!(from.port(), port);
        assert_eq!(&buf[..n], message.to_ascii_uppercase().as_slice());
    }
    // An empty datagram and a large one keep their exact sizes.
    a.send_to(b"", ("127.0.0.1", port)).expect("sent");
    let (n, _) = a.recv_from(&mut buf).expect("answered");
    assert_eq!(n, 0);
    let big: Vec<u8> = (0..60_000u32).map(|i| b'a' + (i % 26) as u8).collect();
    b.send_to(&big, ("127.0.0.1", port)).expect("sent");
    let (n, _) = b.recv_from(&mut buf).expect("answered");
    assert_eq!(&buf[..n], big.to_ascii_uppercase().as_slice());
    assert_eq!(server.finishes(), "answered 5 datagrams\n");
}

#[test]
fn udp_client_talks_to_udp_server() {
    let (server, port) = Script::start_on_port("udp_server.php", &["3"]);
    let port = port.to_string();
    let output = interpreter()
        .arg(script("udp_client.php"))
        .args([port.as_str(), "one", "Two words", "3"])
        .output()
        .expect("the client runs");
    assert!(output.status.success(), "client failed: {output:?}");
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        "one -> ONE\nTwo words -> TWO WORDS\n3 -> 3\n"
    );
    assert_eq!(server.finishes(), "answered 3 datagrams\n");
}

#[test]
fn unix_server_answers_lines_and_removes_its_socket_file() {
    use std::os::unix::net::UnixStream;
    let dir = std::env::temp_dir().join(format!("phpsock-unix-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("demo.sock");
    // A stale socket file from an earlier run is replaced.
    drop(std::os::unix::net::UnixListener::bind(&path).expect("stale socket"));
    let path_text = path.to_str().expect("utf-8 path");
    let (server, banner) = Script::start("unix_server.php", &[path_text, "2"]);
    assert_eq!(banner, format!("listening on {path_text}\n"));
    for round in 0..2 {
        let stream = UnixStream::connect(&path).expect("connects");
        stream
            .set_read_timeout(Some(Duration::from_secs(10)))
            .expect("timeout set");
        let mut reader = BufReader::new(stream);
        // Two lines in one write, then a line split over two writes.
        reader
            .get_mut()
            .write_all(format!("hello {round}\nabc\nsp").as_bytes())
            .expect("sent");
        assert_eq!(line(&mut reader), format!("{round} olleh\n"));
        assert_eq!(line(&mut reader), "cba\n");
        reader.get_mut().write_all(b"lit\n").expect("sent");
        assert_eq!(line(&mut reader), "tilps\n");
    }
    assert_eq!(server.finishes(), "served 2 clients\n");
    assert!(!path.exists(), "the socket file is removed");
    let _ = std::fs::remove_dir_all(&dir);
}

/// Sends one raw request and reads the whole response (the server closes after it).
fn http(port: u16, request: &[u8]) -> String {
    let mut stream = connect(port);
    send(&mut stream, request);
    let mut response = String::new();
    stream.read_to_string(&mut response).expect("a response");
    response
}

/// Splits a response into its status line, headers and body, checking Content-Length.
fn parse_http(response: &str) -> (String, Vec<(String, String)>, String) {
    let (head, body) = response.split_once("\r\n\r\n").expect("a head and a body");
    let mut lines = head.split("\r\n");
    let status = lines.next().expect("a status line").to_string();
    let headers: Vec<(String, String)> = lines
        .map(|l| {
            let (name, value) = l.split_once(": ").expect("a header");
            (name.to_string(), value.to_string())
        })
        .collect();
    (status, headers, body.to_string())
}

fn header<'a>(headers: &'a [(String, String)], name: &str) -> &'a str {
    headers
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.as_str())
        .unwrap_or_else(|| panic!("no {name} header"))
}

#[test]
fn http_server_serves_pages_404s_and_bad_requests() {
    let (server, port) = Script::start_on_port("http_server.php", &["6"]);

    let (status, headers, body) = parse_http(&http(port, b"GET / HTTP/1.0\r\n\r\n"));
    assert_eq!(status, "HTTP/1.0 200 OK");
    assert_eq!(header(&headers, "Content-Type"), "text/html; charset=utf-8");
    assert_eq!(header(&headers, "Content-Length"), body.len().to_string());
    assert!(body.contains("<h1>Hello from a PHP socket server</h1>"));

    // The request arrives in pieces, with headers and a query string.
    let mut stream = connect(port);
    send(&mut stream, b"GET /about.txt?x=1 HTTP/1.1\r\nHost: loc");
    std::thread::sleep(Duration::from_millis(50));
    send(&mut stream, b"alhost\r\n\r\n");
    let mut response = String::new();
    stream.read_to_string(&mut response).expect("a response");
    let (status, headers, body) = parse_http(&response);
    assert_eq!(status, "HTTP/1.0 200 OK");
    assert_eq!(body, "This page was served by scripts/http_server.php.\n");
    assert_eq!(header(&headers, "Content-Length"), "49");

    let (status, _, body) = parse_http(&http(port, b"GET /missing HTTP/1.0\r\n\r\n"));
    assert_eq!(status, "HTTP/1.0 404 Not Found");
    assert_eq!(body, "no such page: /missing\n");

    // HEAD: the headers of the page, no body.
    let (status, headers, body) = parse_http(&http(port, b"HEAD /missing HTTP/1.0\r\n\r\n"));
    assert_eq!(status, "HTTP/1.0 404 Not Found");
    assert_eq!(header(&headers, "Content-Length"), "23");
    assert_eq!(body, "");

    let (status, _, _) = parse_http(&http(port, b"DELETE / HTTP/1.0\r\n\r\n"));
    assert_eq!(status, "HTTP/1.0 405 Method Not Allowed");
    let (status, _, body) = parse_http(&http(port, b"nonsense\r\n\r\n"));
    assert_eq!(status, "HTTP/1.0 400 Bad Request");
    assert_eq!(body, "bad request\n");

    assert_eq!(
        server.finishes(),
        "GET / 200\nGET /about.txt?x=1 200\nGET /missing 404\nHEAD /missing 404\n\
         DELETE / 405\n- 400\nhandled 6 requests\n"
    );
}

/// The client half of a WebSocket connection, written out by hand: the upgrade request,
/// masked frames out, unmasked frames in.
struct WsClient {
    stream: TcpStream,
    /// Varies the masking key from frame to frame.
    counter: u32,
}

impl WsClient {
    /// Connects and upgrades with `key`; returns the client and the server's response head.
    fn connect(port: u16, key: &str) -> (WsClient, String) {
        let mut stream = connect(port).into_inner();
        let request = format!(
            "GET /chat HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUpgrade: websocket\r\n\
             Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n"
        );
        stream.write_all(request.as_bytes()).expect("sent");
        // Byte by byte, so that no frame byte after the head is swallowed.
        let mut head = Vec::new();
        let mut byte = [0u8; 1];
        while !head.ends_with(b"\r\n\r\n") {
            assert!(head.len() < 8192, "response head too long");
            stream.read_exact(&mut byte).expect("response head");
            head.push(byte[0]);
        }
        let head = String::from_utf8(head).expect("text head");
        (WsClient { stream, counter: 0 }, head)
    }

    /// Sends a masked frame (or, to test the server, an unmasked one).
    fn send_frame(&mut self, fin: bool, opcode: u8, payload: &[u8], masked: bool) {
        let mut frame = vec![if fin { 0x80 } else { 0 } | opcode];
        let mask_bit = if masked { 0x80 } else { 0 };
        match payload.len() {
            n if n < 126 => frame.push(mask_bit | n as u8),
            n if n <= 0xFFFF => {
                frame.push(mask_bit | 126);
                frame.extend_from_slice(&(n as u16).to_be_bytes());
            }
            n => {
                frame.push(mask_bit | 127);
                frame.extend_from_slice(&(n as u64).to_be_bytes());
            }
        }
        if masked {
            self.counter = self.counter.wrapping_add(0x9E37_79B9);
            let key = self.counter.to_be_bytes();
            frame.extend_from_slice(&key);
            frame.extend(payload.iter().enumerate().map(|(i, b)| b ^ key[i % 4]));
        } else {
            frame.extend_from_slice(payload);
        }
        self.stream.write_all(&frame).expect("frame sent");
    }

    fn send(&mut self, opcode: u8, payload: &[u8]) {
        self.send_frame(true, opcode, payload, true);
    }

    /// Reads one frame from the server: (first byte, payload). Server frames are unmasked.
    fn receive(&mut self) -> (u8, Vec<u8>) {
        let mut head = [0u8; 2];
        self.stream.read_exact(&mut head).expect("frame head");
        assert_eq!(head[1] & 0x80, 0, "server frames are not masked");
        let length = match head[1] & 0x7F {
            126 => {
                let mut n = [0u8; 2];
                self.stream.read_exact(&mut n).expect("length");
                u16::from_be_bytes(n) as usize
            }
            127 => {
                let mut n = [0u8; 8];
                self.stream.read_exact(&mut n).expect("length");
                usize::try_from(u64::from_be_bytes(n)).expect("length fits")
            }
            n => n as usize,
        };
        let mut payload = vec![0u8; length];
        self.stream.read_exact(&mut payload).expect("payload");
        (head[0], payload)
    }
}

#[test]
fn websocket_echo_handshakes_and_echoes_frames() {
    let (server, port) = Script::start_on_port("websocket_echo.php", &["3"]);

    // The key of RFC 6455's own example, with its known answer.
    let (mut ws, head) = WsClient::connect(port, "dGhlIHNhbXBsZSBub25jZQ==");
    assert_eq!(
        head,
        "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\
         Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n\r\n"
    );
    ws.send(0x1, "hello, wörld".as_bytes());
    assert_eq!(ws.receive(), (0x81, "hello, wörld".as_bytes().to_vec()));
    ws.send(0x1, b"");
    assert_eq!(ws.receive(), (0x81, vec![]));
    // The three length encodings: 7 bits, 16 bits, 64 bits.
    for size in [125, 126, 300, 65_535, 65_536, 200_000] {
        let data: Vec<u8> = (0..size).map(|i| (i * 7 % 256) as u8).collect();
        ws.send(0x2, &data);
        let (first, back) = ws.receive();
        assert_eq!(first, 0x82);
        assert!(back == data, "binary message of {size} bytes echoed");
    }
    // A ping is answered with a pong carrying the same payload.
    ws.send(0x9, b"are you there");
    assert_eq!(ws.receive(), (0x8A, b"are you there".to_vec()));
    // A message in three fragments comes back whole.
    ws.send_frame(false, 0x1, b"frag", true);
    ws.send_frame(false, 0x0, b"men", true);
    ws.send_frame(true, 0x0, b"ted", true);
    assert_eq!(ws.receive(), (0x81, b"fragmented".to_vec()));
    // Close with code 1000: the server answers with the same code and hangs up.
    ws.send(0x8, b"\x03\xe8bye");
    assert_eq!(ws.receive(), (0x88, b"\x03\xe8".to_vec()));
    let mut rest = Vec::new();
    ws.stream.read_to_end(&mut rest).expect("end of stream");
    assert!(rest.is_empty());

    // Another key (its answer computed independently), then an unmasked frame, which
    // clients must never send: close code 1002 (protocol error).
    let (mut ws, head) = WsClient::connect(port, "cGhwc29jayB0ZXN0IGtleQ==");
    assert!(head.contains("\r\nSec-WebSocket-Accept: 6KaWJb0eGoOW1pYnnuGoX3HamCQ=\r\n"));
    ws.send(0x1, b"one");
    assert_eq!(ws.receive(), (0x81, b"one".to_vec()));
    ws.send_frame(true, 0x1, b"unmasked", false);
    assert_eq!(ws.receive(), (0x88, b"\x03\xea".to_vec()));
    drop(ws);

    // A plain HTTP request without a key is refused.
    let mut plain = connect(port);
    send(&mut plain, b"GET / HTTP/1.1\r\nHost: x\r\n\r\n");
    assert_eq!(
        line(&mut plain),
        "HTTP/1.1 400 Bad Request\r\n",
        "no key, no upgrade"
    );
    drop(plain);

    assert_eq!(
        server.finishes(),
        "client 1: 9 messages echoed\nclient 2: 1 messages echoed\n\
         client 3: no handshake\nserved 3 clients\n"
    );
}

/// `echo_server.php` (socket_select) with a hundred clients at once, each on its own thread
/// with several round trips, every byte checked; the server stops after the last leaves.
#[test]
fn echo_server_handles_a_hundred_concurrent_clients() {
    let (server, port) = Script::start_on_port("echo_server.php", &["100"]);
    let clients: Vec<_> = (0..100u32)
        .map(|id| {
            std::thread::spawn(move || {
                let mut stream = connect(port).into_inner();
                for round in 0..5u32 {
                    let message: Vec<u8> = (0..(id * 37 + round * 101) % 3000 + 1)
                        .map(|i| (i ^ id ^ round) as u8)
                        .collect();
                    stream.write_all(&message).expect("written");
                    let mut back = vec![0u8; message.len()];
                    stream.read_exact(&mut back).expect("echoed back");
                    assert!(back == message, "client {id} round {round}");
                }
            })
        })
        .collect();
    for client in clients {
        client.join().expect("client succeeded");
    }
    assert_eq!(server.finishes(), "served 100 clients\n");
}
