//! Hosting a socket server script under a network allow-list.
//!
//! The PHP script is an ordinary ext/sockets echo server. The host lets it bind only to
//! 127.0.0.1 ports 18000-18099, and connect nowhere; the script tells the host which port it
//! got through a host function, and the host talks to it over TCP.
//!
//! Run with `cargo run -p phpsock --example socket_server`.

use phpsock::{Engine, NetPolicy, Ops};
use std::io::{BufRead, BufReader, Write};
use std::net::TcpStream;
use std::sync::mpsc;

const SERVER: &str = r#"
// Not allowed by the policy: fails with EACCES like a refused system call.
$probe = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
if (!@socket_connect($probe, '192.0.2.1', 80)) {
    echo "outbound connect refused: ", socket_strerror(socket_last_error($probe)), "\n";
}

$server = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_set_option($server, SOL_SOCKET, SO_REUSEADDR, 1);
for ($port = 18000; $port < 18100; $port++) {
    if (@socket_bind($server, '127.0.0.1', $port)) {
        break;
    }
}
socket_listen($server);
announce($port);

$client = socket_accept($server);
while (($line = socket_read($client, 1024, PHP_NORMAL_READ)) !== false && $line !== '') {
    $line = trim($line);
    if ($line === 'quit') {
        break;
    }
    socket_write($client, strrev($line) . "\n");
}
socket_close($client);
socket_close($server);
echo "server done\n";
"#;

fn main() {
    let (port_tx, port_rx) = mpsc::channel::<i64>();
    let server = std::thread::spawn(move || {
        let policy = NetPolicy::deny_all().allow(
            Ops::BIND,
            "127.0.0.1/32".parse().expect("a valid network"),
            18000..=18099,
        );
        let mut engine = Engine::builder().network_policy(policy).build();
        engine.register_fn("announce", move |port: i64| port_tx.send(port).is_ok());
        engine.run(SERVER)
    });

    let port = port_rx.recv().expect("the script announces its port");
    let mut conn = TcpStream::connect(("127.0.0.1", port as u16)).expect("connect");
    let mut reader = BufReader::new(conn.try_clone().expect("clone"));
    for word in ["hello", "sockets"] {
        writeln!(conn, "{word}").expect("send");
        let mut reply = String::new();
        reader.read_line(&mut reply).expect("receive");
        println!("host sent {word:?}, server replied {:?}", reply.trim_end());
    }
    writeln!(conn, "quit").expect("send");
    let result = server.join().expect("the server thread");
    println!("script result: {result:?}");
}
