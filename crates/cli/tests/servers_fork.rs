//! `scripts/prefork_server.php` run by the real `phpsock` binary: a parent and forked
//! workers sharing one listening socket. Many clients at once, every echoed byte checked,
//! then SIGTERM must stop the parent and every worker. Waits are bounded, and whatever
//! is still running when a test fails is killed.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{Shutdown, TcpStream};
use std::path::PathBuf;
use std::process::{Child, ChildStdout, Command, ExitStatus, Stdio};
use std::thread;
use std::time::{Duration, Instant};

/// The server and the workers seen so far; all killed on drop (a test that failed).
struct Server {
    child: Child,
    workers: Vec<u32>,
}

impl Drop for Server {
    fn drop(&mut self) {
        for pid in &self.workers {
            if alive(*pid) {
                signal(*pid, "KILL");
            }
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn signal(pid: u32, name: &str) {
    let _ = Command::new("kill")
        .arg(format!("-{name}"))
        .arg(pid.to_string())
        .status();
}

/// Whether `pid` still exists as a live (not zombie) process.
fn alive(pid: u32) -> bool {
    match std::fs::read_to_string(format!("/proc/{pid}/stat")) {
        Ok(stat) => stat
            .rsplit(')')
            .next()
            .and_then(|rest| rest.split_whitespace().next())
            .is_some_and(|state| state != "Z"),
        Err(_) => false,
    }
}

/// The pids of `parent`'s children, read from /proc.
fn children_of(parent: u32) -> Vec<u32> {
    let mut found = Vec::new();
    let Ok(dir) = std::fs::read_dir("/proc") else {
        return found;
    };
    for entry in dir.flatten() {
        let Some(pid) = entry
            .file_name()
            .to_str()
            .and_then(|s| s.parse::<u32>().ok())
        else {
            continue;
        };
        let Ok(stat) = std::fs::read_to_string(format!("/proc/{pid}/stat")) else {
            continue;
        };
        // Fields after the command name: state, ppid, ...
        let mut rest = stat.rsplit(')').next().unwrap_or("").split_whitespace();
        let ppid = rest.nth(1).and_then(|p| p.parse::<u32>().ok());
        if ppid == Some(parent) {
            found.push(pid);
        }
    }
    found
}

fn script(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../scripts")
        .join(name)
}

/// Starts the pre-forking server on an ephemeral port with `workers` workers; returns it,
/// its stdout and the port from its banner.
fn start(workers: u32) -> (Server, BufReader<ChildStdout>, u16) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_phpsock"))
        .arg(script("prefork_server.php"))
        .arg("0")
        .arg(workers.to_string())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("phpsock starts");
    let mut out = BufReader::new(child.stdout.take().expect("stdout is piped"));
    let server = Server {
        child,
        workers: Vec::new(),
    };
    // Guard the banner read: kill the server if it never comes.
    let pid = server.child.id();
    let (tx, rx) = std::sync::mpsc::channel::<()>();
    thread::spawn(move || {
        if rx.recv_timeout(Duration::from_secs(20)).is_err() {
            signal(pid, "KILL");
        }
    });
    let mut banner = String::new();
    out.read_line(&mut banner)
        .expect("the server prints its address");
    let _ = tx.send(());
    assert!(banner.starts_with("listening on "), "banner {banner:?}");
    let port = banner
        .trim()
        .rsplit(':')
        .next()
        .and_then(|p| p.parse().ok())
        .unwrap_or_else(|| panic!("unexpected banner {banner:?}"));
    (server, out, port)
}

/// One client: sends `rounds` messages of different sizes, reads each echo back whole.
fn client(port: u16, id: usize, rounds: usize) -> Result<(), String> {
    let mut s = TcpStream::connect(("127.0.0.1", port)).map_err(|e| format!("connect: {e}"))?;
    s.set_read_timeout(Some(Duration::from_secs(20)))
        .map_err(|e| e.to_string())?;
    for r in 0..rounds {
        let len = 1 + (id * 7919 + r * 104_729) % 70_000;
        let msg: Vec<u8> = (0..len).map(|i| ((i * 31 + id + r) % 256) as u8).collect();
        s.write_all(&msg)
            .map_err(|e| format!("client {id} write: {e}"))?;
        let mut back = vec![0; len];
        s.read_exact(&mut back)
            .map_err(|e| format!("client {id} round {r} read: {e}"))?;
        if back != msg {
            return Err(format!("client {id} round {r}: echo differs"));
        }
    }
    s.shutdown(Shutdown::Write).map_err(|e| e.to_string())?;
    let mut rest = Vec::new();
    s.read_to_end(&mut rest).map_err(|e| e.to_string())?;
    if !rest.is_empty() {
        return Err(format!("client {id}: {} stray bytes", rest.len()));
    }
    Ok(())
}

fn wait_within(child: &mut Child, limit: Duration) -> Option<ExitStatus> {
    let start = Instant::now();
    while start.elapsed() < limit {
        if let Ok(Some(status)) = child.try_wait() {
            return Some(status);
        }
        thread::sleep(Duration::from_millis(20));
    }
    None
}

#[test]
fn prefork_server_echoes_for_many_clients_and_stops_on_sigterm() {
    let workers = 4;
    let (mut server, mut out, port) = start(workers);
    let parent = server.child.id();

    // The workers exist once the banner is out (they were forked before it).
    let deadline = Instant::now() + Duration::from_secs(10);
    while children_of(parent).len() < workers as usize && Instant::now() < deadline {
        thread::sleep(Duration::from_millis(20));
    }
    server.workers = children_of(parent);
    assert_eq!(server.workers.len(), workers as usize, "all workers forked");

    let clients: Vec<_> = (0..24)
        .map(|id| thread::spawn(move || client(port, id, 5)))
        .collect();
    for c in clients {
        c.join().expect("client thread").expect("every byte echoed");
    }
    // The pool is still complete: no worker died serving.
    for pid in &server.workers {
        assert!(alive(*pid), "worker {pid} still running");
    }

    signal(parent, "TERM");
    let status = wait_within(&mut server.child, Duration::from_secs(15))
        .expect("the server exits after SIGTERM");
    assert!(status.success(), "clean exit: {status:?}");
    let mut rest = String::new();
    out.read_to_string(&mut rest).expect("rest of output");
    assert!(rest.ends_with("stopped\n"), "output {rest:?}");
    // The parent reaped its workers before exiting: none is left.
    for pid in &server.workers {
        assert!(!alive(*pid), "worker {pid} gone");
    }
}

#[test]
fn prefork_server_replaces_a_worker_that_dies() {
    let (mut server, mut out, port) = start(2);
    let parent = server.child.id();
    let deadline = Instant::now() + Duration::from_secs(10);
    while children_of(parent).len() < 2 && Instant::now() < deadline {
        thread::sleep(Duration::from_millis(20));
    }
    let first = children_of(parent);
    assert_eq!(first.len(), 2);
    server.workers = first.clone();
    signal(first[0], "KILL");
    // A new worker takes its place.
    let deadline = Instant::now() + Duration::from_secs(10);
    let mut now = children_of(parent);
    while (now.len() != 2 || now.contains(&first[0])) && Instant::now() < deadline {
        thread::sleep(Duration::from_millis(20));
        now = children_of(parent);
    }
    assert_eq!(now.len(), 2, "pool refilled: {now:?}");
    assert!(!now.contains(&first[0]), "the killed worker was reaped");
    server.workers.extend(now.iter().copied());
    client(port, 1, 3).expect("still echoing");

    signal(parent, "TERM");
    let status = wait_within(&mut server.child, Duration::from_secs(15))
        .expect("the server exits after SIGTERM");
    assert!(status.success(), "clean exit: {status:?}");
    let mut rest = String::new();
    out.read_to_string(&mut rest).expect("rest of output");
    assert!(rest.ends_with("stopped\n"), "output {rest:?}");
    for pid in &now {
        assert!(!alive(*pid), "worker {pid} gone");
    }
}
