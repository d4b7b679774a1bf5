//! `popen`/`pclose`: a command run by `/bin/sh -c` with a pipe to its standard output
//! (mode `r`) or input (mode `w`), as a `STDIO` stream; closing waits for the command and
//! `pclose` returns its exit status.

use super::resource::{new_stream, resource_arg};
use super::stream::{Backend, StatInfo, Stream};
use phpsock_eval::{Args, Ctx, Module, NResult, Value};
use std::any::Any;
use std::io::{self, Read, Write};
use std::os::unix::ffi::OsStrExt;
use std::os::unix::process::ExitStatusExt;
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};

/// Registers the functions.
pub fn register(m: &mut Module) {
    m.func("popen(string $command, string $mode)", popen)
        .func("pclose($handle): int", pclose);
}

/// The pipe to a command started by `popen`.
struct Pipe {
    child: Option<Child>,
    out: Option<ChildStdout>,
    input: Option<ChildStdin>,
    /// The exit status once waited for (`pclose`'s result).
    status: Option<i64>,
}

impl Pipe {
    /// Closes the pipe and waits for the command: its exit code, or the raw wait status
    /// when a signal ended it (what PHP's `pclose` reports); -1 if it cannot be waited for.
    fn finish(&mut self) -> i64 {
        self.out = None;
        self.input = None;
        if let Some(mut child) = self.child.take() {
            let status = match child.wait() {
                Ok(s) => s.code().map_or_else(|| i64::from(s.into_raw()), i64::from),
                Err(_) => -1,
            };
            self.status = Some(status);
        }
        self.status.unwrap_or(-1)
    }
}

impl Drop for Pipe {
    fn drop(&mut self) {
        self.finish();
    }
}

fn ebadf() -> io::Error {
    io::Error::from_raw_os_error(libc::EBADF)
}

impl Backend for Pipe {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.out.as_mut().ok_or_else(ebadf)?.read(buf)
    }
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        self.input.as_mut().ok_or_else(ebadf)?.write(data)
    }
    fn close(&mut self) {
        self.finish();
    }
    fn stat(&self) -> Option<StatInfo> {
        use std::os::fd::AsFd;
        let fd = match (&self.out, &self.input) {
            (Some(o), _) => o.as_fd().try_clone_to_owned().ok()?,
            (None, Some(i)) => i.as_fd().try_clone_to_owned().ok()?,
            _ => return None,
        };
        let m = std::fs::File::from(fd).metadata().ok()?;
        Some(StatInfo::from_metadata(&m))
    }
    fn read_past_buffer(&self) -> bool {
        true
    }
    fn raw_fd(&self) -> Option<i32> {
        use std::os::fd::AsRawFd;
        match (&self.out, &self.input) {
            (Some(o), _) => Some(o.as_raw_fd()),
            (None, Some(i)) => Some(i.as_raw_fd()),
            _ => None,
        }
    }
    fn as_any_mut(&mut self) -> &mut dyn Any {
        self
    }
}

fn popen(cx: &mut Ctx, a: &mut Args) -> NResult {
    let (command, mode) = (a.str(0), a.str(1));
    if command.contains(&0) {
        return Err(cx.value_error(1, "must not contain any null bytes"));
    }
    let reading = match &mode[..] {
        b"r" | b"rb" => true,
        b"w" | b"wb" => false,
        _ => {
            return Err(cx.value_error(2, "must be one of \"r\", \"rb\", \"w\", or \"wb\""));
        }
    };
    // What the script printed so far comes before anything the command prints.
    cx.vm().flush();
    let mut cmd = Command::new("/bin/sh");
    cmd.arg("-c").arg(std::ffi::OsStr::from_bytes(&command));
    if reading {
        cmd.stdout(Stdio::piped());
    } else {
        cmd.stdin(Stdio::piped());
    }
    let mut child = match cmd.spawn() {
        Ok(c) => c,
        Err(e) => {
            let reason = super::handles::os_reason(&e);
            cx.warn(reason)?;
            return Ok(Value::Bool(false));
        }
    };
    let pipe = Pipe {
        out: child.stdout.take(),
        input: child.stdin.take(),
        child: Some(child),
        status: None,
    };
    let mode = String::from_utf8_lossy(&mode).into_owned();
    let stream = Stream::new(Box::new(pipe), "", mode, "", "STDIO");
    Ok(Value::Resource(new_stream(cx.vm(), stream)))
}

/// `pclose()`: closes a stream from `popen` and returns the command's exit status (0 for
/// another kind of stream, which is closed all the same).
fn pclose(cx: &mut Ctx, a: &mut Args) -> NResult {
    let r = resource_arg(cx, a, 0)?;
    let status = super::resource::with_res_stream(cx, &r, |s, _| {
        let status = match s.backend_mut().as_any_mut().downcast_mut::<Pipe>() {
            Some(p) => p.finish(),
            None => 0,
        };
        s.close();
        Ok(status)
    })?;
    r.close();
    Ok(Value::Int(status))
}
