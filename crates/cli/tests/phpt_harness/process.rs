//! Running a child process with input, captured output and a time limit.

use std::io::{Read, Write};
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

/// What a finished (or killed) child produced.
#[derive(Debug, Default)]
pub struct Finished {
    /// Everything written to standard output.
    pub stdout: Vec<u8>,
    /// Everything written to standard error.
    pub stderr: Vec<u8>,
    /// Exit status; `None` when killed by a signal.
    pub status: Option<i32>,
    /// True when the child was killed for running past the time limit.
    pub timed_out: bool,
}

fn drain(mut pipe: impl Read + Send + 'static) -> thread::JoinHandle<Vec<u8>> {
    thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = pipe.read_to_end(&mut buf);
        buf
    })
}

/// How to start a child.
#[derive(Clone, Debug, Default)]
pub struct Spec<'a> {
    /// Arguments after the program.
    pub args: &'a [String],
    /// Extra environment variables.
    pub env: &'a [(String, String)],
    /// Bytes fed to standard input (then closed).
    pub stdin: &'a [u8],
    /// Send standard error into the standard output pipe (`2>&1`), as run-tests.php does by
    /// default, so both interleave exactly as written.
    pub merge_stderr: bool,
}

/// Runs `program` as `spec` says in `cwd`, killing it after `timeout`.
pub fn run(
    program: &Path,
    spec: &Spec<'_>,
    cwd: &Path,
    timeout: Duration,
) -> std::io::Result<Finished> {
    let mut command = if spec.merge_stderr {
        // `exec` keeps the program's pid, so killing on timeout kills the program itself.
        let mut c = Command::new("/bin/sh");
        c.arg("-c").arg("exec \"$0\" \"$@\" 2>&1").arg(program);
        c
    } else {
        Command::new(program)
    };
    let mut child = command
        .args(spec.args)
        .envs(spec.env.iter().map(|(k, v)| (k, v)))
        .current_dir(cwd)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        // Its own process group, so that whatever it forked can be ended with it.
        .process_group(0)
        .spawn()?;
    let feeder = child.stdin.take().map(|mut pipe| {
        let input = spec.stdin.to_vec();
        // A child that exits without reading its input closes the pipe: not an error.
        thread::spawn(move || {
            let _ = pipe.write_all(&input);
        })
    });
    let out = child.stdout.take().map(drain);
    let err = child.stderr.take().map(drain);
    let start = Instant::now();
    let mut pause = Duration::from_millis(1);
    let mut timed_out = false;
    let status = loop {
        if let Some(status) = child.try_wait()? {
            break status;
        }
        if start.elapsed() >= timeout {
            timed_out = true;
            let _ = child.kill();
            break child.wait()?;
        }
        thread::sleep(pause);
        pause = (pause * 2).min(Duration::from_millis(20));
    };
    // A forked child still running holds the output pipes open: it may finish within the
    // time limit; past it (the test hangs), the whole process group is ended.
    let pending =
        |h: &Option<thread::JoinHandle<Vec<u8>>>| h.as_ref().is_some_and(|h| !h.is_finished());
    while !timed_out && (pending(&out) || pending(&err)) && start.elapsed() < timeout {
        thread::sleep(Duration::from_millis(5));
    }
    if pending(&out) || pending(&err) {
        timed_out = true;
    }
    if timed_out {
        kill_group(child.id());
    }
    if let Some(feeder) = feeder {
        let _ = feeder.join();
    }
    Ok(Finished {
        stdout: out.and_then(|h| h.join().ok()).unwrap_or_default(),
        stderr: err.and_then(|h| h.join().ok()).unwrap_or_default(),
        status: status.code(),
        timed_out,
    })
}

/// Sends SIGKILL to process group `pgid` (no error if it is already empty), with the
/// shell's `kill`, which every machine has.
fn kill_group(pgid: u32) {
    let _ = Command::new("/bin/sh")
        .args(["-c", "kill -9 \"-$0\" 2>/dev/null", &pgid.to_string()])
        .stderr(Stdio::null())
        .status();
}
