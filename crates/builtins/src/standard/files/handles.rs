//! The handle functions: `fopen` and the `php://` wrappers, `fread`/`fwrite`/`fgets`…,
//! seeking, `fstat`, stream metadata, `readline`, and the resource introspection functions.

use super::resource::{
    memory_stream, new_stream, output_stream, resource_arg, with_res_stream, with_stream,
};
use super::stream::{mode_access, IoFail, PlainFile, StatInfo, StdOut, Stdin, Stream};
use phpsock_eval::core::assoc;
use phpsock_eval::{Args, Ctx, Key, Module, NResult, PhpArray, Unwind, Value};
use std::time::Duration;

/// Registers the handle functions and their constants.
pub fn register(m: &mut Module) {
    m.func(
        "fopen(string $filename, string $mode, bool $use_include_path = false, $context = null)",
        fopen,
    )
    .func("fclose($stream): bool", fclose)
    .func("fread($stream, int $length): string|false", fread)
    .func(
        "fwrite($stream, string $data, ?int $length = null): int|false",
        fwrite,
    )
    .func(
        "fputs($stream, string $data, ?int $length = null): int|false",
        fwrite,
    )
    .func("fgets($stream, ?int $length = null): string|false", fgets)
    .func(
        "stream_get_line($stream, int $length, string $ending = \"\"): string|false",
        stream_get_line,
    )
    .func("fgetc($stream): string|false", fgetc)
    .func("feof($stream): bool", feof)
    .func("fflush($stream): bool", fflush)
    .func("ftell($stream): int|false", ftell)
    .func(
        "fseek($stream, int $offset, int $whence = SEEK_SET): int",
        fseek,
    )
    .func("rewind($stream): bool", rewind)
    .func("ftruncate($stream, int $size): bool", ftruncate)
    .func("fstat($stream): array|false", fstat)
    .func(
        "flock($stream, int $operation, &$would_block = null): bool",
        flock,
    )
    .func("fpassthru($stream): int", fpassthru)
    .func("fsync($stream): bool", fsync)
    .func("fdatasync($stream): bool", fdatasync)
    .func(
        "stream_get_contents($stream, ?int $length = null, int $offset = -1): string|false",
        stream_get_contents,
    )
    .func(
        "stream_copy_to_stream($from, $to, ?int $length = null, int $offset = 0): int|false",
        stream_copy_to_stream,
    )
    .func("stream_get_meta_data($stream): array", stream_get_meta_data)
    .func(
        "stream_set_blocking($stream, bool $enable): bool",
        stream_set_blocking,
    )
    .func(
        "stream_set_timeout($stream, int $seconds, int $microseconds = 0): bool",
        stream_set_timeout,
    )
    .func(
        "socket_set_blocking($stream, bool $enable): bool",
        stream_set_blocking,
    )
    .func(
        "socket_set_timeout($stream, int $seconds, int $microseconds = 0): bool",
        stream_set_timeout,
    )
    .func("socket_get_status($stream): array", stream_get_meta_data)
    .func("stream_is_local($stream): bool", stream_is_local)
    .func("tmpfile()", tmpfile)
    .func("readline(?string $prompt = null): string|false", readline)
    .func("get_resource_type($resource): string", get_resource_type)
    .func("get_resource_id($resource): int", get_resource_id)
    .constant("SEEK_SET", Value::Int(0))
    .constant("SEEK_CUR", Value::Int(1))
    .constant("SEEK_END", Value::Int(2))
    .constant("LOCK_SH", Value::Int(1))
    .constant("LOCK_EX", Value::Int(2))
    .constant("LOCK_UN", Value::Int(3))
    .constant("LOCK_NB", Value::Int(4));
    for (name, v) in super::resource::std_streams() {
        m.constant(name, v);
    }
}

/// Why opening failed: the text after `Failed to open stream: `, and warnings to give first.
pub struct OpenError {
    /// Warnings (without prefix) raised before the failure line.
    pub pre: Vec<String>,
    /// The reason.
    pub reason: String,
}

/// Opens `path` with `mode` as `fopen` does, without raising anything.
pub fn open(path: &[u8], mode: &str) -> Result<Stream, OpenError> {
    let fail = |reason: &str| OpenError {
        pre: Vec::new(),
        reason: reason.to_string(),
    };
    let p = String::from_utf8_lossy(path).into_owned();
    if let Some(rest) = p.strip_prefix("php://") {
        let lower = rest.to_ascii_lowercase();
        let (rd, wr) = mode_access(mode);
        let _ = (rd, wr);
        return match lower.as_str() {
            "stdin" => Ok(Stream::new(
                Box::new(Stdin),
                p.clone(),
                mode,
                "PHP",
                "STDIO",
            )),
            "stdout" => Ok(Stream::new(
                Box::new(StdOut { stderr: false }),
                p.clone(),
                mode,
                "PHP",
                "STDIO",
            )),
            "stderr" => Ok(Stream::new(
                Box::new(StdOut { stderr: true }),
                p.clone(),
                mode,
                "PHP",
                "STDIO",
            )),
            "output" => Ok(output_stream("wb")),
            "memory" => Ok(memory_stream("php://memory", memory_mode(mode), "MEMORY")),
            l if l == "temp" || l.starts_with("temp/") => {
                Ok(memory_stream("php://temp", memory_mode(mode), "TEMP"))
            }
            "input" => Ok(memory_stream("php://input", "rb", "Input")),
            _ => Err(OpenError {
                pre: vec!["Invalid php:// URL specified".to_string()],
                reason: "operation failed".to_string(),
            }),
        };
    }
    let mut pre = Vec::new();
    let mut fs_path = p.clone();
    if let Some(i) = p.find("://") {
        let scheme = &p[..i];
        if !scheme.is_empty()
            && scheme
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'+' || b == b'-' || b == b'.')
        {
            if scheme.eq_ignore_ascii_case("file") {
                fs_path = p[i + 3..].to_string();
            } else {
                pre.push(format!(
                    "Unable to find the wrapper \"{scheme}\" - did you forget to enable it when you configured PHP?"
                ));
            }
        }
    }
    let first = mode.as_bytes().first().copied();
    let plus = mode.contains('+');
    let mut o = std::fs::OpenOptions::new();
    match first {
        Some(b'r') => {
            o.read(true).write(plus);
        }
        Some(b'w') => {
            o.write(true).read(plus).create(true).truncate(true);
        }
        Some(b'a') => {
            o.append(true).read(plus).create(true);
        }
        Some(b'x') => {
            o.write(true).read(plus).create_new(true);
        }
        Some(b'c') => {
            o.write(true).read(plus).create(true);
        }
        _ => return Err(fail(&format!("`{}' is not a valid mode for fopen", mode))),
    }
    match o.open(&fs_path) {
        Ok(f) => {
            let (rd, wr) = mode_access(mode);
            Ok(Stream::new(
                Box::new(PlainFile::new(f, rd, wr)),
                p,
                mode,
                "plainfile",
                "STDIO",
            ))
        }
        Err(e) => Err(OpenError {
            pre,
            reason: os_reason(&e),
        }),
    }
}

/// Memory streams are either read-only (`rb`) or read-write (`w+b`).
fn memory_mode(mode: &str) -> &'static str {
    if mode.starts_with('r') && !mode.contains('+') {
        "rb"
    } else {
        "w+b"
    }
}

/// The C library's text for an I/O error.
pub fn os_reason(e: &std::io::Error) -> String {
    match e.raw_os_error() {
        Some(c) => super::stream::strerror(c),
        None => e.to_string(),
    }
}

/// Opens like `fopen`, raising PHP's warnings as `fname(path): Failed to open stream: …`;
/// `Ok(None)` when it failed.
pub fn open_or_warn(cx: &mut Ctx, path: &[u8], mode: &str) -> Result<Option<Stream>, Unwind> {
    match open(path, mode) {
        Ok(s) => Ok(Some(s)),
        Err(e) => {
            for w in e.pre {
                cx.warn(w)?;
            }
            let fname = cx.fname();
            let msg = format!(
                "{}({}): Failed to open stream: {}",
                fname,
                String::from_utf8_lossy(path),
                e.reason
            );
            cx.raise(2, &msg)?;
            Ok(None)
        }
    }
}

/// `ValueError: Path cannot be empty` for an empty path argument.
pub fn check_path(cx: &mut Ctx, path: &[u8]) -> Result<(), Unwind> {
    if path.is_empty() {
        return Err(cx.throw("ValueError", "Path cannot be empty"));
    }
    if path.contains(&0) {
        let msg = format!(
            "{}(): Argument #1 ($filename) must not contain any null bytes",
            cx.fname()
        );
        return Err(cx.throw("ValueError", msg));
    }
    Ok(())
}

fn fopen(cx: &mut Ctx, a: &mut Args) -> NResult {
    let path = a.str(0);
    check_path(cx, &path)?;
    let mode = a.str(1).to_string_lossy();
    super::context::context_or_default(cx.vm(), &a.get(3));
    match open_or_warn(cx, &path, &mode)? {
        Some(s) => Ok(Value::Resource(new_stream(cx.vm(), s))),
        None => Ok(Value::Bool(false)),
    }
}

fn fclose(cx: &mut Ctx, a: &mut Args) -> NResult {
    let r = resource_arg(cx, a, 0)?;
    with_res_stream(cx, &r, |s, _| {
        s.close();
        Ok(())
    })?;
    r.close();
    Ok(Value::Bool(true))
}

fn read_notice(cx: &mut Ctx, e: &IoFail) -> Result<(), Unwind> {
    if e.is_timeout() {
        return Ok(());
    }
    cx.notice(format!(
        "Read of {} bytes failed with {}",
        super::stream::CHUNK,
        e.errno_text()
    ))
}

fn fread(cx: &mut Ctx, a: &mut Args) -> NResult {
    let len = a.int(1);
    let r = resource_arg(cx, a, 0)?;
    if len <= 0 {
        return Err(cx.value_error(2, "must be greater than 0"));
    }
    with_res_stream(cx, &r, |s, cx| match s.read(len as usize) {
        Ok(b) => {
            if b.is_empty() {
                cx.vm().check_interrupted()?;
            }
            Ok(Value::from(b))
        }
        Err(e) => {
            read_notice(cx, &e)?;
            Ok(Value::Bool(false))
        }
    })
}

fn fwrite(cx: &mut Ctx, a: &mut Args) -> NResult {
    let data = a.str(1);
    let len = match a.opt_int(2) {
        Some(n) if n <= 0 => return with_stream(cx, a, 0, |_, _| Ok(Value::Int(0))),
        Some(n) => (n as usize).min(data.len()),
        None => data.len(),
    };
    with_stream(cx, a, 0, |s, cx| {
        if len == 0 {
            return Ok(Value::Int(0));
        }
        if (s.stream_type == "MEMORY" || s.stream_type == "TEMP") && !s.writable {
            return Ok(Value::Bool(false));
        }
        match s.write(cx.vm(), &data[..len]) {
            Ok(n) => Ok(Value::Int(n as i64)),
            Err(e) => {
                cx.notice(format!(
                    "{} of {} bytes failed with {}",
                    s.backend().write_verb(),
                    len,
                    e.errno_text()
                ))?;
                Ok(Value::Bool(false))
            }
        }
    })
}

fn fgets(cx: &mut Ctx, a: &mut Args) -> NResult {
    let len = a.opt_int(1);
    let r = resource_arg(cx, a, 0)?;
    if let Some(n) = len {
        if n <= 0 {
            return Err(cx.value_error(2, "must be greater than 0"));
        }
        if n == 1 {
            return with_res_stream(cx, &r, |_, _| Ok(Value::Bool(false)));
        }
    }
    with_res_stream(cx, &r, |s, cx| {
        match s.read_line(len.map(|n| n as usize - 1)) {
            Ok(Some(l)) => Ok(Value::from(l)),
            Ok(None) => {
                cx.vm().check_interrupted()?;
                Ok(Value::Bool(false))
            }
            Err(e) => {
                read_notice(cx, &e)?;
                Ok(Value::Bool(false))
            }
        }
    })
}

fn stream_get_line(cx: &mut Ctx, a: &mut Args) -> NResult {
    let len = a.int(1);
    if len < 0 {
        return Err(cx.value_error(2, "must be greater than or equal to 0"));
    }
    // 0 means PHP's socket chunk size.
    let max = if len == 0 { 8192 } else { len as usize };
    let ending = a.str(2);
    let r = resource_arg(cx, a, 0)?;
    with_res_stream(cx, &r, |s, cx| {
        match s.read_record(max, ending.as_bytes()) {
            Ok(Some(l)) => Ok(Value::from(l)),
            Ok(None) => {
                cx.vm().check_interrupted()?;
                Ok(Value::Bool(false))
            }
            Err(e) => {
                read_notice(cx, &e)?;
                Ok(Value::Bool(false))
            }
        }
    })
}

fn fgetc(cx: &mut Ctx, a: &mut Args) -> NResult {
    with_stream(cx, a, 0, |s, cx| match s.read(1) {
        Ok(b) if b.is_empty() => {
            cx.vm().check_interrupted()?;
            Ok(Value::Bool(false))
        }
        Ok(b) => Ok(Value::from(b)),
        Err(e) => {
            read_notice(cx, &e)?;
            Ok(Value::Bool(false))
        }
    })
}

fn feof(cx: &mut Ctx, a: &mut Args) -> NResult {
    with_stream(cx, a, 0, |s, _| Ok(Value::Bool(s.eof_checked())))
}

fn fflush(cx: &mut Ctx, a: &mut Args) -> NResult {
    with_stream(cx, a, 0, |s, cx| Ok(Value::Bool(s.flush(cx.vm()))))
}

fn ftell(cx: &mut Ctx, a: &mut Args) -> NResult {
    with_stream(cx, a, 0, |s, _| {
        let p = s.tell();
        Ok(if p < 0 {
            Value::Bool(false)
        } else {
            Value::Int(p)
        })
    })
}

fn fseek(cx: &mut Ctx, a: &mut Args) -> NResult {
    let off = a.int(1);
    let whence = a.int(2);
    with_stream(cx, a, 0, |s, cx| {
        if !s.backend().has_seek() {
            cx.warn("Stream does not support seeking")?;
            return Ok(Value::Int(-1));
        }
        Ok(Value::Int(if s.seek(off, whence as i32) { 0 } else { -1 }))
    })
}

fn rewind(cx: &mut Ctx, a: &mut Args) -> NResult {
    with_stream(cx, a, 0, |s, cx| {
        if !s.backend().has_seek() {
            cx.warn("Stream does not support seeking")?;
            return Ok(Value::Bool(false));
        }
        Ok(Value::Bool(s.seek(0, 0)))
    })
}

fn ftruncate(cx: &mut Ctx, a: &mut Args) -> NResult {
    let size = a.int(1);
    let r = resource_arg(cx, a, 0)?;
    if size < 0 {
        return Err(cx.value_error(2, "must be greater than or equal to 0"));
    }
    with_res_stream(cx, &r, |s, _| Ok(Value::Bool(s.truncate(size as u64))))
}

/// The 26-entry array of `stat`/`fstat`.
pub fn stat_array(st: &StatInfo) -> Value {
    let fields = [
        ("dev", st.dev),
        ("ino", st.ino),
        ("mode", st.mode),
        ("nlink", st.nlink),
        ("uid", st.uid),
        ("gid", st.gid),
        ("rdev", st.rdev),
        ("size", st.size),
        ("atime", st.atime),
        ("mtime", st.mtime),
        ("ctime", st.ctime),
        ("blksize", st.blksize),
        ("blocks", st.blocks),
    ];
    let mut arr = PhpArray::new();
    for (_, v) in fields {
        let _ = arr.push(Value::Int(v));
    }
    for (k, v) in fields {
        arr.insert(Key::from_bytes(k.as_bytes()), Value::Int(v));
    }
    Value::from(arr)
}

fn flock(cx: &mut Ctx, a: &mut Args) -> NResult {
    let op = a.int(1);
    let r = resource_arg(cx, a, 0)?;
    let how = match op & 3 {
        1 => libc::LOCK_SH,
        2 => libc::LOCK_EX,
        3 => libc::LOCK_UN,
        _ => return Err(cx.value_error(2, "must be one of LOCK_SH, LOCK_EX, or LOCK_UN")),
    } | if op & 4 != 0 { libc::LOCK_NB } else { 0 };
    // Only files lock (an advisory lock on the open file, which other processes see).
    let fd = with_res_stream(cx, &r, |s, _| {
        let file = s.wrapper_type == "plainfile" || s.stream_type == "STDIO";
        Ok(s.backend().raw_fd().filter(|_| file))
    })?;
    a.set_ref(2, Value::Int(0));
    let Some(fd) = fd else {
        return Ok(Value::Bool(false));
    };
    // SAFETY: `fd` is the stream's open descriptor; flock(2) only takes it.
    if unsafe { libc::flock(fd, how) } == 0 {
        return Ok(Value::Bool(true));
    }
    if std::io::Error::last_os_error().raw_os_error() == Some(libc::EWOULDBLOCK) {
        a.set_ref(2, Value::Int(1));
    }
    Ok(Value::Bool(false))
}

fn fsync(cx: &mut Ctx, a: &mut Args) -> NResult {
    sync(cx, a, false)
}

fn fdatasync(cx: &mut Ctx, a: &mut Args) -> NResult {
    sync(cx, a, true)
}

/// `fsync`/`fdatasync`: the stream's buffer flushed, then its file synchronised; only plain
/// files (and the standard streams) can be.
fn sync(cx: &mut Ctx, a: &mut Args, data_only: bool) -> NResult {
    with_stream(cx, a, 0, |s, cx| {
        let fd = match s.backend().raw_fd() {
            Some(fd) if s.wrapper_type == "plainfile" || s.stream_type == "STDIO" => fd,
            _ => {
                cx.warn("Can't fsync this stream!")?;
                return Ok(Value::Bool(false));
            }
        };
        s.flush(cx.vm());
        // SAFETY: `fd` is the stream's open descriptor; fsync/fdatasync only take it.
        let r = unsafe {
            if data_only {
                libc::fdatasync(fd)
            } else {
                libc::fsync(fd)
            }
        };
        Ok(Value::Bool(r == 0))
    })
}

fn fstat(cx: &mut Ctx, a: &mut Args) -> NResult {
    with_stream(cx, a, 0, |s, _| {
        Ok(s.stat().map_or(Value::Bool(false), |st| stat_array(&st)))
    })
}

fn fpassthru(cx: &mut Ctx, a: &mut Args) -> NResult {
    with_stream(cx, a, 0, |s, cx| match s.read_all(None) {
        Ok(data) => {
            cx.echo(&data);
            Ok(Value::Int(data.len() as i64))
        }
        Err(e) => {
            read_notice(cx, &e)?;
            Ok(Value::Int(-1))
        }
    })
}

fn stream_get_contents(cx: &mut Ctx, a: &mut Args) -> NResult {
    let len = a.opt_int(1);
    let off = a.int(2);
    let r = resource_arg(cx, a, 0)?;
    if len.is_some_and(|n| n < -1) {
        return Err(cx.value_error(2, "must be greater than or equal to -1"));
    }
    with_res_stream(cx, &r, |s, cx| {
        if off >= 0 && off != s.tell() && !s.seek(off, 0) {
            cx.warn(format!("Failed to seek to position {off} in the stream"))?;
            return Ok(Value::Bool(false));
        }
        let max = match len {
            Some(n) if n >= 0 => Some(n as usize),
            _ => None,
        };
        match s.read_all(max) {
            Ok(b) => Ok(Value::from(b)),
            Err(e) => {
                read_notice(cx, &e)?;
                Ok(Value::from(""))
            }
        }
    })
}

/// `stream_copy_to_stream($from, $to, ?int $length = null, int $offset = 0): int|false`:
/// reads `$from` (from `$offset` when positive; to its end or `$length` bytes) and writes
/// what it read to `$to`.
fn stream_copy_to_stream(cx: &mut Ctx, a: &mut Args) -> NResult {
    let from = resource_arg(cx, a, 0)?;
    let to = resource_arg(cx, a, 1)?;
    let max = a.opt_int(2).and_then(|n| usize::try_from(n).ok());
    let off = a.int(3);
    let data = with_res_stream(cx, &from, |s, cx| {
        if off > 0 && !s.seek(off, 0) {
            cx.warn(format!("Failed to seek to position {off} in the stream"))?;
            return Ok(None);
        }
        if max == Some(0) {
            return Ok(Some(Vec::new()));
        }
        match s.read_all(max) {
            Ok(b) => Ok(Some(b)),
            Err(e) => {
                read_notice(cx, &e)?;
                Ok(Some(Vec::new()))
            }
        }
    })?;
    let Some(data) = data else {
        return Ok(Value::Bool(false));
    };
    if data.is_empty() {
        // Checks `$to` all the same.
        return with_res_stream(cx, &to, |_, _| Ok(Value::Int(0)));
    }
    with_res_stream(cx, &to, |s, cx| match s.write(cx.vm(), &data) {
        Ok(n) if n == data.len() => Ok(Value::Int(n as i64)),
        Ok(_) => Ok(Value::Bool(false)),
        Err(e) => {
            cx.notice(format!(
                "{} of {} bytes failed with {}",
                s.backend().write_verb(),
                data.len(),
                e.errno_text()
            ))?;
            Ok(Value::Bool(false))
        }
    })
}

fn stream_get_meta_data(cx: &mut Ctx, a: &mut Args) -> NResult {
    with_stream(cx, a, 0, |s, _| {
        let mut parts: Vec<(&str, Value)> = Vec::new();
        if s.stream_type != "TEMP" {
            parts.push(("timed_out", Value::Bool(s.backend().timed_out())));
            parts.push(("blocked", Value::Bool(s.backend().is_blocking())));
            parts.push(("eof", Value::Bool(s.eof())));
        }
        // Socket streams have no wrapper and no URI: PHP leaves both keys out.
        if !s.wrapper_type.is_empty() {
            parts.push(("wrapper_type", Value::from(s.wrapper_type)));
        }
        parts.push(("stream_type", Value::from(s.stream_type)));
        parts.push(("mode", Value::from(s.mode.as_str())));
        parts.push(("unread_bytes", Value::Int(s.unread_bytes() as i64)));
        parts.push(("seekable", Value::Bool(s.seekable())));
        if s.stream_type != "dir" && !s.uri.is_empty() {
            parts.push(("uri", Value::from(s.uri.as_str())));
        }
        Ok(assoc(parts))
    })
}

fn stream_set_blocking(cx: &mut Ctx, a: &mut Args) -> NResult {
    let on = a.bool(1);
    with_stream(cx, a, 0, |s, _| {
        Ok(Value::Bool(s.backend_mut().set_blocking(on)))
    })
}

fn stream_set_timeout(cx: &mut Ctx, a: &mut Args) -> NResult {
    // Negative seconds mean no timeout at all for PHP's sockets (wait as long as it takes).
    let secs = a.int(1);
    let usec = a.int(2).max(0) as u64;
    let d = if secs < 0 {
        Duration::MAX
    } else {
        Duration::from_secs(secs as u64).saturating_add(Duration::from_micros(usec))
    };
    with_stream(cx, a, 0, |s, _| {
        Ok(Value::Bool(s.backend_mut().set_timeout(d)))
    })
}

fn stream_is_local(cx: &mut Ctx, a: &mut Args) -> NResult {
    with_stream(cx, a, 0, |s, _| {
        Ok(Value::Bool(matches!(s.wrapper_type, "plainfile" | "PHP")))
    })
}

fn tmpfile(cx: &mut Ctx, _a: &mut Args) -> NResult {
    let dir = std::env::temp_dir();
    for n in 0..100u32 {
        let name = dir.join(format!(
            "php{}{}",
            std::process::id(),
            super::fs::unique_suffix(n)
        ));
        if let Ok(f) = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .create_new(true)
            .open(&name)
        {
            let _ = std::fs::remove_file(&name);
            let s = Stream::new(
                Box::new(PlainFile::new(f, true, true)),
                name.to_string_lossy().into_owned(),
                "r+b",
                "plainfile",
                "STDIO",
            );
            return Ok(Value::Resource(new_stream(cx.vm(), s)));
        }
    }
    Ok(Value::Bool(false))
}

fn readline(cx: &mut Ctx, a: &mut Args) -> NResult {
    if let Some(p) = a.opt_str(0) {
        cx.echo(&p);
    }
    cx.vm().flush();
    let stdin = cx
        .vm()
        .constants
        .get(&phpsock_eval::PhpStr::from("STDIN"))
        .cloned();
    let r = match stdin {
        Some(Value::Resource(r)) => r,
        _ => return Ok(Value::Bool(false)),
    };
    let line = {
        let mut payload = r.get().payload.borrow_mut();
        match payload.as_mut().and_then(|p| p.downcast_mut::<Stream>()) {
            Some(s) => s.read_line(None).ok().flatten(),
            None => None,
        }
    };
    match line {
        Some(mut l) => {
            if l.last() == Some(&b'\n') {
                l.pop();
            }
            Ok(Value::from(l))
        }
        None => Ok(Value::Bool(false)),
    }
}

fn get_resource_type(cx: &mut Ctx, a: &mut Args) -> NResult {
    let r = resource_arg(cx, a, 0)?;
    Ok(Value::from(r.type_name()))
}

fn get_resource_id(cx: &mut Ctx, a: &mut Args) -> NResult {
    let r = resource_arg(cx, a, 0)?;
    Ok(Value::Int(r.id()))
}
