//! A load client for the echo servers in `scripts/`: many connections at once, each sending
//! a stream of messages and checking that every byte comes back in order. Prints the
//! number of messages echoed per second.
//!
//! ```text
//! cargo run --release --example echo_load -- PORT [connections] [messages] [size]
//! ```
//!
//! connections  concurrent TCP connections (default 50)
//! messages     messages per connection (default 2000)
//! size         bytes per message (default 64)
//!
//! Each connection keeps one message in flight (send, then read the whole echo), so the
//! figure measures round trips through the server. The exit status is 1 if any byte was
//! wrong or any connection failed.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::process::ExitCode;
use std::time::{Duration, Instant};

/// Parses the positional argument `index`, or returns `default` when it is absent.
fn arg(args: &[String], index: usize, default: usize) -> Result<usize, String> {
    match args.get(index) {
        None => Ok(default),
        Some(text) => text
            .parse()
            .map_err(|_| format!("argument {index} is not a number: {text}")),
    }
}

/// Runs one connection: `messages` round trips of `size` bytes whose contents depend on the
/// connection and the message, so a byte from the wrong place is caught.
fn run_connection(port: u16, id: usize, messages: usize, size: usize) -> Result<(), String> {
    let mut stream =
        TcpStream::connect(("127.0.0.1", port)).map_err(|e| format!("connection {id}: {e}"))?;
    stream
        .set_read_timeout(Some(Duration::from_secs(30)))
        .map_err(|e| e.to_string())?;
    stream.set_nodelay(true).map_err(|e| e.to_string())?;
    let mut message = vec![0u8; size];
    let mut back = vec![0u8; size];
    for n in 0..messages {
        for (i, byte) in message.iter_mut().enumerate() {
            *byte = (id.wrapping_mul(31) ^ n.wrapping_mul(7) ^ i) as u8;
        }
        stream
            .write_all(&message)
            .map_err(|e| format!("connection {id}, message {n}: {e}"))?;
        stream
            .read_exact(&mut back)
            .map_err(|e| format!("connection {id}, message {n}: {e}"))?;
        if back != message {
            return Err(format!("connection {id}, message {n}: wrong bytes echoed"));
        }
    }
    Ok(())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let parsed = (|| -> Result<(u16, usize, usize, usize), String> {
        let port = args
            .first()
            .ok_or("usage: echo_load PORT [connections] [messages] [size]")?
            .parse()
            .map_err(|_| "PORT is not a port number".to_string())?;
        Ok((
            port,
            arg(&args, 1, 50)?,
            arg(&args, 2, 2000)?,
            arg(&args, 3, 64)?,
        ))
    })();
    let (port, connections, messages, size) = match parsed {
        Ok(values) => values,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    if size == 0 {
        eprintln!("size must be at least 1");
        return ExitCode::from(2);
    }

    let start = Instant::now();
    let workers: Vec<_> = (0..connections)
        .map(|id| std::thread::spawn(move || run_connection(port, id, messages, size)))
        .collect();
    let mut failures = 0;
    for worker in workers {
        match worker.join() {
            Ok(Ok(())) => {}
            Ok(Err(message)) => {
                eprintln!("{message}");
                failures += 1;
            }
            Err(_) => {
                eprintln!("a connection thread panicked");
                failures += 1;
            }
        }
    }
    let seconds = start.elapsed().as_secs_f64();
    let total = connections * messages;
    println!(
        "{connections} connections x {messages} messages x {size} bytes: {total} echoed in \
         {seconds:.2} s, {:.0} messages/s",
        total as f64 / seconds
    );
    if failures > 0 {
        eprintln!("{failures} connections failed");
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}
