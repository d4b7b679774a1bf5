//! Streams behind PHP's `stream` resources.
//!
//! A [`Stream`] is PHP's `php_stream`: a read buffer, the EOF flag, the logical position and
//! the metadata `stream_get_meta_data` shows, over a [`Backend`] that moves the bytes. Plain
//! files, `php://memory`/`temp`, standard input/output/error and `php://output` are backends
//! here; socket streams (TCP/UDP/Unix) implement [`Backend`] in the sockets code and become
//! resources through [`super::resource::new_stream`].

use phpsock_eval::Vm;
use std::any::Any;
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::time::Duration;

/// PHP's read chunk size.
pub const CHUNK: usize = 8192;

/// The largest in-memory stream (PHP's default `memory_limit`).
const MEMORY_LIMIT: u64 = 128 * 1024 * 1024;

/// Where a stream's writes go.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WriteTarget {
    /// The backend's own `write`.
    Own,
    /// The script's output, through output buffering (`php://output`).
    Output,
    /// The process's standard output, after the runtime's buffered output (`STDOUT`).
    Stdout,
    /// Standard error, after flushing the runtime's buffered output (`STDERR`).
    Stderr,
}

/// `fstat()` fields.
#[derive(Clone, Debug, Default)]
pub struct StatInfo {
    /// Device.
    pub dev: i64,
    /// Inode.
    pub ino: i64,
    /// Mode bits.
    pub mode: i64,
    /// Link count.
    pub nlink: i64,
    /// Owner.
    pub uid: i64,
    /// Group.
    pub gid: i64,
    /// Device type.
    pub rdev: i64,
    /// Size in bytes.
    pub size: i64,
    /// Access time.
    pub atime: i64,
    /// Modification time.
    pub mtime: i64,
    /// Change time.
    pub ctime: i64,
    /// Block size.
    pub blksize: i64,
    /// Blocks.
    pub blocks: i64,
}

impl StatInfo {
    /// From file metadata.
    pub fn from_metadata(m: &std::fs::Metadata) -> StatInfo {
        use std::os::unix::fs::MetadataExt;
        StatInfo {
            dev: m.dev() as i64,
            ino: m.ino() as i64,
            mode: m.mode() as i64,
            nlink: m.nlink() as i64,
            uid: m.uid() as i64,
            gid: m.gid() as i64,
            rdev: m.rdev() as i64,
            size: m.size() as i64,
            atime: m.atime(),
            mtime: m.mtime(),
            ctime: m.ctime(),
            blksize: m.blksize() as i64,
            blocks: m.blocks() as i64,
        }
    }
}

fn unsupported() -> io::Error {
    io::Error::from(io::ErrorKind::Unsupported)
}

/// What moves a stream's bytes. Socket streams implement this too.
pub trait Backend: Any {
    /// Reads up to `buf.len()` bytes; `Ok(0)` is end of data.
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize>;
    /// Writes bytes, returning how many were taken.
    fn write(&mut self, data: &[u8]) -> io::Result<usize>;
    /// Moves the position (seekable backends only).
    fn seek(&mut self, _pos: SeekFrom) -> io::Result<u64> {
        Err(unsupported())
    }
    /// True if `fseek` works.
    fn seekable(&self) -> bool {
        false
    }
    /// False when PHP's stream has no seek operation at all (sockets): `fseek` and `rewind`
    /// then warn `Stream does not support seeking`.
    fn has_seek(&self) -> bool {
        true
    }
    /// Flushes written data.
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
    /// Truncates to `size` bytes.
    fn truncate(&mut self, _size: u64) -> io::Result<()> {
        Err(unsupported())
    }
    /// `fstat()` data, if any.
    fn stat(&self) -> Option<StatInfo> {
        None
    }
    /// Releases the underlying handle (`fclose`).
    fn close(&mut self) {}
    /// Switches blocking mode; false if not supported.
    fn set_blocking(&mut self, _blocking: bool) -> bool {
        true
    }
    /// True while in blocking mode.
    fn is_blocking(&self) -> bool {
        true
    }
    /// Sets the read timeout; false if not supported.
    fn set_timeout(&mut self, _t: Duration) -> bool {
        false
    }
    /// True if the last read timed out.
    fn timed_out(&self) -> bool {
        false
    }
    /// True if `fread` keeps reading until it has the length asked for or EOF (plain
    /// files), false if one successful read is enough (pipes, sockets, memory).
    fn greedy(&self) -> bool {
        false
    }
    /// Where writes go.
    fn write_target(&self) -> WriteTarget {
        WriteTarget::Own
    }
    /// The OS descriptor, for `stream_select` and friends.
    fn raw_fd(&self) -> Option<i32> {
        None
    }
    /// PHP's liveness check (`feof` on a socket): false once the peer is known to be gone.
    /// May wait up to the stream's timeout for something to arrive, as PHP does.
    fn alive(&mut self) -> bool {
        true
    }
    /// True if `fread` that drained part of the read buffer still makes one backend read for
    /// the rest (sockets and pipes in PHP), false if it returns the buffered part alone.
    fn read_past_buffer(&self) -> bool {
        false
    }
    /// True if a failed read gives no `Read of N bytes failed` notice (PHP's sockets only
    /// mark the stream as ended).
    fn quiet_read_errors(&self) -> bool {
        false
    }
    /// The word of PHP's failed-write notice: `Write of N bytes failed` (files) or `Send`
    /// (sockets).
    fn write_verb(&self) -> &'static str {
        "Write"
    }
    /// Downcasting hook for code that owns a backend type (sockets).
    fn as_any_mut(&mut self) -> &mut dyn Any;
}

/// A PHP stream.
pub struct Stream {
    backend: Box<dyn Backend>,
    /// Read-ahead storage: the bytes `rpos..rend` are buffered data; the rest is reusable
    /// space (kept initialised, so a refill needs no zeroing).
    rbuf: Vec<u8>,
    rpos: usize,
    rend: usize,
    eof: bool,
    failed: bool,
    position: i64,
    /// Mode string as opened (`r`, `w+b`).
    pub mode: String,
    /// URI as opened.
    pub uri: String,
    /// `wrapper_type` in the metadata (`plainfile`, `PHP`).
    pub wrapper_type: &'static str,
    /// `stream_type` in the metadata (`STDIO`, `MEMORY`, `TEMP`, `Output`).
    pub stream_type: &'static str,
    /// Opened for reading.
    pub readable: bool,
    /// Opened for writing.
    pub writable: bool,
}

/// Why a read or write failed, for PHP's notices.
#[derive(Debug)]
pub enum IoFail {
    /// The OS error.
    Os(io::Error),
    /// A blocking read waited the stream's whole timeout (PHP reports no notice).
    TimedOut,
    /// An error PHP reports without notice (socket reads).
    Quiet(io::Error),
}

impl IoFail {
    /// `errno=9 Bad file descriptor`.
    pub fn errno_text(&self) -> String {
        match self {
            IoFail::Os(e) => errno_text(e),
            IoFail::TimedOut => errno_text(&io::Error::from_raw_os_error(110)),
            IoFail::Quiet(e) => errno_text(e),
        }
    }

    /// True for a failure PHP gives no notice for (timeouts, socket read errors).
    pub fn is_timeout(&self) -> bool {
        matches!(self, IoFail::TimedOut | IoFail::Quiet(_))
    }
}

/// `errno=N Text` as PHP prints it in read/write notices.
pub fn errno_text(e: &io::Error) -> String {
    let code = e.raw_os_error().unwrap_or(9);
    format!("errno={} {}", code, strerror(code))
}

/// The C library's message for an errno value.
pub fn strerror(code: i32) -> String {
    let s = io::Error::from_raw_os_error(code).to_string();
    // Rust appends " (os error N)".
    match s.rfind(" (os error") {
        Some(p) => s[..p].to_string(),
        None => s,
    }
}

impl Stream {
    /// Wraps a backend.
    pub fn new(
        backend: Box<dyn Backend>,
        uri: impl Into<String>,
        mode: impl Into<String>,
        wrapper_type: &'static str,
        stream_type: &'static str,
    ) -> Stream {
        let mode = mode.into();
        let (readable, writable) = mode_access(&mode);
        Stream {
            backend,
            rbuf: Vec::new(),
            rpos: 0,
            rend: 0,
            eof: false,
            failed: false,
            position: 0,
            mode,
            uri: uri.into(),
            wrapper_type,
            stream_type,
            readable,
            writable,
        }
    }

    /// The backend (for socket code that needs its own type back).
    pub fn backend_mut(&mut self) -> &mut dyn Backend {
        &mut *self.backend
    }

    /// The backend, read-only.
    pub fn backend(&self) -> &dyn Backend {
        &*self.backend
    }

    fn buffered(&self) -> usize {
        self.rend - self.rpos
    }

    /// `feof()`: buffered data is not EOF; otherwise the flag a read set.
    pub fn eof(&self) -> bool {
        self.buffered() == 0 && self.eof
    }

    /// `feof()` as PHP does it: buffered data is not EOF; otherwise, if no read saw the end
    /// yet, the backend's liveness check may find the peer gone.
    pub fn eof_checked(&mut self) -> bool {
        if self.buffered() > 0 {
            return false;
        }
        if !self.eof && !self.backend.alive() {
            self.eof = true;
        }
        self.eof
    }

    /// Sets or clears the EOF flag (for backends that learn about it out of band).
    pub fn set_eof(&mut self, eof: bool) {
        self.eof = eof;
    }

    /// Bytes read ahead and not yet handed out (`unread_bytes`).
    pub fn unread_bytes(&self) -> usize {
        self.buffered()
    }

    /// `ftell()`.
    pub fn tell(&self) -> i64 {
        self.position
    }

    fn fill(&mut self) -> Result<usize, IoFail> {
        if self.rpos == self.rend {
            self.rpos = 0;
            self.rend = 0;
        }
        let end = self.rend + CHUNK;
        if self.rbuf.len() < end {
            self.rbuf.resize(end, 0);
        }
        let chunk = &mut self.rbuf[self.rend..end];
        let mut read = self.backend.read(chunk);
        // A signal cut the read short: read again, unless the script has something to act
        // on (its caller then checks the interrupt, which may end the script).
        while matches!(&read, Err(e) if e.kind() == io::ErrorKind::Interrupted)
            && !crate::pcntl::urgent_pending()
        {
            read = self.backend.read(&mut self.rbuf[self.rend..end]);
        }
        match read {
            Ok(0) => {
                self.eof = true;
                Ok(0)
            }
            Ok(n) => {
                self.rend += n.min(CHUNK);
                Ok(n)
            }
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => Ok(0),
            Err(e) if e.kind() == io::ErrorKind::TimedOut => Err(IoFail::TimedOut),
            Err(e) if e.kind() == io::ErrorKind::Interrupted => Ok(0),
            Err(e) => {
                // PHP stops reading a stream after a hard error (not EBADF).
                if e.raw_os_error() != Some(9) {
                    self.eof = true;
                    self.failed = true;
                }
                if self.backend.quiet_read_errors() {
                    return Err(IoFail::Quiet(e));
                }
                Err(IoFail::Os(e))
            }
        }
    }

    fn take_buffered(&mut self, max: usize) -> &[u8] {
        let n = max.min(self.buffered());
        let s = self.rpos;
        self.rpos += n;
        self.position += n as i64;
        &self.rbuf[s..s + n]
    }

    /// Makes sure some bytes are buffered, reading more if needed: `Ok(false)` at end of
    /// stream, and also after an error once the caller `has_data` (PHP returns what it read so
    /// far); an error before any data is returned as the error.
    fn ensure_buffered(&mut self, has_data: bool) -> Result<bool, IoFail> {
        if self.buffered() > 0 {
            return Ok(true);
        }
        match self.fill() {
            Ok(0) => Ok(false),
            Ok(_) => Ok(true),
            Err(_) if has_data => Ok(false),
            Err(e) => Err(e),
        }
    }

    /// `fread()`: up to `len` bytes. An OS error before any data is returned as the error.
    pub fn read(&mut self, len: usize) -> Result<Vec<u8>, IoFail> {
        let mut out = Vec::new();
        // PHP drains the buffer first; a socket then still reads once for the rest.
        let mut past_buffer = self.buffered() > 0 && self.backend.read_past_buffer();
        while out.len() < len {
            if !self.ensure_buffered(!out.is_empty())? {
                break;
            }
            let want = len - out.len();
            out.extend_from_slice(self.take_buffered(want));
            if past_buffer {
                past_buffer = false;
                continue;
            }
            if !self.backend.greedy() {
                break;
            }
        }
        Ok(out)
    }

    /// `stream_get_line()`: the bytes before `delim` within the first `max` (the delimiter
    /// is consumed, not returned), else `max` bytes, else what is left at the end of the
    /// stream, as PHP's record reader does. `None` when the record is incomplete and the
    /// stream not at its end (a non-blocking stream), or at the end with nothing left.
    pub fn read_record(&mut self, max: usize, delim: &[u8]) -> Result<Option<Vec<u8>>, IoFail> {
        // Where `delim` starts in the buffer, looking from `skip` within the first `max`
        // bytes (the whole delimiter must lie within them).
        let search = |s: &Self, skip: usize| -> Option<usize> {
            let avail = &s.rbuf[s.rpos..s.rend];
            let seek = avail.len().min(max);
            if delim.is_empty() || seek <= skip || seek - skip < delim.len() {
                return None;
            }
            avail[skip..seek]
                .windows(delim.len())
                .position(|w| w == delim)
                .map(|p| p + skip)
        };
        let mut found = search(self, 0);
        let mut buffered = self.buffered();
        while found.is_none() && buffered < max {
            let n = self.fill()?;
            if n == 0 {
                break;
            }
            found = search(self, buffered.saturating_sub(delim.len().saturating_sub(1)));
            buffered = self.buffered();
        }
        let len = match found {
            Some(p) => p,
            None if delim.is_empty() && self.buffered() >= max => max,
            None if self.buffered() < max && !self.eof => return Ok(None),
            None if self.buffered() == 0 => return Ok(None),
            None => self.buffered().min(max),
        };
        let out = self.take_buffered(len).to_vec();
        if found.is_some() {
            self.take_buffered(delim.len());
        }
        Ok(Some(out))
    }

    /// Reads everything up to EOF (`stream_get_contents`, `file_get_contents`).
    pub fn read_all(&mut self, max: Option<usize>) -> Result<Vec<u8>, IoFail> {
        let mut out = Vec::new();
        loop {
            if max.is_some_and(|m| out.len() >= m) {
                break;
            }
            if !self.ensure_buffered(!out.is_empty())? {
                break;
            }
            let want = max.map_or(usize::MAX, |m| m - out.len());
            out.extend_from_slice(self.take_buffered(want));
        }
        Ok(out)
    }

    /// `fgets()`: one line including its `\n`, at most `max` bytes; `None` at EOF.
    pub fn read_line(&mut self, max: Option<usize>) -> Result<Option<Vec<u8>>, IoFail> {
        if self.failed && self.buffered() == 0 {
            // After a hard read error PHP's line reader sees EOF at once.
            return Ok(None);
        }
        let mut out = Vec::new();
        loop {
            if max.is_some_and(|m| out.len() >= m) {
                break;
            }
            if !self.ensure_buffered(!out.is_empty())? {
                break;
            }
            let avail = &self.rbuf[self.rpos..self.rend];
            let limit = max.map_or(avail.len(), |m| (m - out.len()).min(avail.len()));
            let (n, done) = match avail[..limit].iter().position(|&b| b == b'\n') {
                Some(p) => (p + 1, true),
                None => (limit, false),
            };
            out.extend_from_slice(self.take_buffered(n));
            if done {
                break;
            }
        }
        if out.is_empty() {
            Ok(None)
        } else {
            Ok(Some(out))
        }
    }

    /// `fwrite()` to the backend; the caller routes other [`WriteTarget`]s. Returns bytes written.
    pub fn write(&mut self, vm: &mut Vm, data: &[u8]) -> Result<usize, IoFail> {
        match self.backend.write_target() {
            WriteTarget::Output => {
                vm.echo(data);
                return Ok(data.len());
            }
            WriteTarget::Stdout => {
                // Straight to the runtime's writer (the process's stdout for the command,
                // the host's writer when embedded), after what the script echoed so far.
                self.drop_readahead();
                return match vm.out.write_direct(data) {
                    Ok(()) => {
                        self.position += data.len() as i64;
                        Ok(data.len())
                    }
                    Err(e) => Err(IoFail::Os(e)),
                };
            }
            WriteTarget::Stderr => {
                self.drop_readahead();
                return match vm.out.write_stderr(data) {
                    Ok(()) => {
                        self.position += data.len() as i64;
                        Ok(data.len())
                    }
                    Err(e) => Err(IoFail::Os(e)),
                };
            }
            WriteTarget::Own => {}
        }
        self.drop_readahead();
        let mut done = 0;
        while done < data.len() {
            match self.backend.write(&data[done..]) {
                Ok(0) => break,
                Ok(n) => done += n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => break,
                Err(e) => {
                    if done == 0 {
                        return Err(IoFail::Os(e));
                    }
                    break;
                }
            }
        }
        self.position += done as i64;
        Ok(done)
    }

    /// `fseek()`; false on failure. Clears EOF.
    pub fn seek(&mut self, offset: i64, whence: i32) -> bool {
        let target = match whence {
            0 => SeekFrom::Start(offset.max(-1) as u64),
            1 => SeekFrom::Start((self.position + offset).max(-1) as u64),
            2 => SeekFrom::End(offset),
            _ => return false,
        };
        if !self.backend.seekable() {
            return false;
        }
        self.rpos = 0;
        self.rend = 0;
        match self.backend.seek(target) {
            Ok(p) => {
                self.position = p as i64;
                self.eof = false;
                self.failed = false;
                true
            }
            Err(_) => {
                // PHP loses the position of a stream whose seek failed (ftell() is false).
                self.position = -1;
                false
            }
        }
    }

    /// `fflush()`.
    pub fn flush(&mut self, vm: &mut Vm) -> bool {
        if matches!(
            self.backend.write_target(),
            WriteTarget::Stdout | WriteTarget::Output
        ) {
            vm.flush();
        }
        self.backend.flush().is_ok()
    }

    /// Forgets read-ahead data, moving the backend back to the logical position.
    fn drop_readahead(&mut self) {
        if self.buffered() > 0 && self.backend.seekable() {
            let back = self.buffered() as i64;
            let _ = self.backend.seek(SeekFrom::Current(-back));
        }
        self.rpos = 0;
        self.rend = 0;
    }

    /// `ftruncate()`.
    pub fn truncate(&mut self, size: u64) -> bool {
        if !self.writable {
            return false;
        }
        self.drop_readahead();
        self.backend.truncate(size).is_ok()
    }

    /// The size `stat` reports, for PHP's read-size messages.
    pub fn stat_size(&self) -> i64 {
        self.backend.stat().map_or(0, |st| st.size)
    }

    /// `fstat()`.
    pub fn stat(&self) -> Option<StatInfo> {
        self.backend.stat()
    }

    /// Closes the backend.
    pub fn close(&mut self) {
        let _ = self.backend.flush();
        self.backend.close();
    }

    /// True if `fseek` can work.
    pub fn seekable(&self) -> bool {
        self.backend.seekable()
    }
}

/// (readable, writable) for an `fopen` mode.
pub fn mode_access(mode: &str) -> (bool, bool) {
    let plus = mode.contains('+');
    match mode.as_bytes().first() {
        Some(b'r') => (true, plus),
        Some(b'w' | b'a' | b'x' | b'c') => (plus, true),
        _ => (false, false),
    }
}

// ------------------------------------------------------------------ backends

/// A plain file.
pub struct PlainFile {
    file: Option<std::fs::File>,
    readable: bool,
    writable: bool,
}

impl PlainFile {
    /// Wraps an open file with the access its mode allows.
    pub fn new(file: std::fs::File, readable: bool, writable: bool) -> PlainFile {
        PlainFile {
            file: Some(file),
            readable,
            writable,
        }
    }
}

fn ebadf() -> io::Error {
    io::Error::from_raw_os_error(9)
}

impl Backend for PlainFile {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        match &mut self.file {
            Some(f) if self.readable => f.read(buf),
            _ => Err(ebadf()),
        }
    }
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        match &mut self.file {
            Some(f) if self.writable => f.write(data),
            _ => Err(ebadf()),
        }
    }
    fn seek(&mut self, pos: SeekFrom) -> io::Result<u64> {
        match &mut self.file {
            Some(f) => f.seek(pos),
            None => Err(ebadf()),
        }
    }
    fn seekable(&self) -> bool {
        true
    }
    fn truncate(&mut self, size: u64) -> io::Result<()> {
        match &mut self.file {
            Some(f) => f.set_len(size),
            None => Err(ebadf()),
        }
    }
    fn stat(&self) -> Option<StatInfo> {
        let m = self.file.as_ref()?.metadata().ok()?;
        Some(StatInfo::from_metadata(&m))
    }
    fn close(&mut self) {
        self.file = None;
    }
    fn greedy(&self) -> bool {
        true
    }
    fn raw_fd(&self) -> Option<i32> {
        use std::os::fd::AsRawFd;
        self.file.as_ref().map(|f| f.as_raw_fd())
    }
    fn as_any_mut(&mut self) -> &mut dyn Any {
        self
    }
}

/// `php://memory` and `php://temp`: bytes in memory.
#[derive(Default)]
pub struct Memory {
    data: Vec<u8>,
    pos: usize,
}

impl Memory {
    /// An empty memory stream.
    pub fn new() -> Memory {
        Memory::default()
    }
}

impl Backend for Memory {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let avail = self.data.len().saturating_sub(self.pos);
        let n = avail.min(buf.len());
        if n == 0 {
            return Ok(0);
        }
        buf[..n].copy_from_slice(&self.data[self.pos..self.pos + n]);
        self.pos += n;
        Ok(n)
    }
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        if self.pos > self.data.len() {
            self.data.resize(self.pos, 0);
        }
        let end = self.pos + data.len();
        if end > self.data.len() {
            self.data.resize(end, 0);
        }
        self.data[self.pos..end].copy_from_slice(data);
        self.pos = end;
        Ok(data.len())
    }
    fn seek(&mut self, pos: SeekFrom) -> io::Result<u64> {
        let len = self.data.len() as i64;
        let target = match pos {
            SeekFrom::Start(p) => p as i64,
            SeekFrom::Current(d) => self.pos as i64 + d,
            SeekFrom::End(d) => len + d,
        };
        if target < 0 {
            self.pos = 0;
            return Err(io::Error::from(io::ErrorKind::InvalidInput));
        }
        if target > len {
            self.pos = self.data.len();
            return Err(io::Error::from(io::ErrorKind::InvalidInput));
        }
        self.pos = target as usize;
        Ok(self.pos as u64)
    }
    fn seekable(&self) -> bool {
        true
    }
    fn truncate(&mut self, size: u64) -> io::Result<()> {
        if size > MEMORY_LIMIT {
            return Err(io::Error::from(io::ErrorKind::OutOfMemory));
        }
        self.data.resize(size as usize, 0);
        Ok(())
    }
    fn stat(&self) -> Option<StatInfo> {
        Some(StatInfo {
            dev: 12,
            mode: 0o100666,
            nlink: 1,
            rdev: -1,
            size: self.data.len() as i64,
            blksize: -1,
            blocks: -1,
            ..StatInfo::default()
        })
    }
    fn as_any_mut(&mut self) -> &mut dyn Any {
        self
    }
}

/// Standard input.
pub struct Stdin;

/// True if descriptor `fd` of this process is a regular file (then PHP calls it seekable).
fn fd_is_file(fd: i32) -> bool {
    std::fs::metadata(format!("/proc/self/fd/{fd}")).is_ok_and(|m| m.is_file())
}

impl Backend for Stdin {
    fn seekable(&self) -> bool {
        fd_is_file(0)
    }
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        io::stdin().lock().read(buf)
    }
    fn write(&mut self, _data: &[u8]) -> io::Result<usize> {
        Err(ebadf())
    }
    fn stat(&self) -> Option<StatInfo> {
        fd_stat("/proc/self/fd/0")
    }
    fn raw_fd(&self) -> Option<i32> {
        Some(0)
    }
    fn as_any_mut(&mut self) -> &mut dyn Any {
        self
    }
}

fn fd_stat(path: &str) -> Option<StatInfo> {
    std::fs::metadata(path)
        .ok()
        .map(|m| StatInfo::from_metadata(&m))
}

/// Standard output or error (written in order with the script's output).
pub struct StdOut {
    /// True for standard error.
    pub stderr: bool,
}

impl Backend for StdOut {
    fn seekable(&self) -> bool {
        fd_is_file(if self.stderr { 2 } else { 1 })
    }
    fn read(&mut self, _buf: &mut [u8]) -> io::Result<usize> {
        Err(ebadf())
    }
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        if self.stderr {
            let mut e = io::stderr().lock();
            e.write_all(data)?;
            e.flush()?;
        } else {
            let mut o = io::stdout().lock();
            o.write_all(data)?;
            o.flush()?;
        }
        Ok(data.len())
    }
    fn write_target(&self) -> WriteTarget {
        if self.stderr {
            WriteTarget::Stderr
        } else {
            WriteTarget::Stdout
        }
    }
    fn stat(&self) -> Option<StatInfo> {
        fd_stat(if self.stderr {
            "/proc/self/fd/2"
        } else {
            "/proc/self/fd/1"
        })
    }
    fn raw_fd(&self) -> Option<i32> {
        Some(if self.stderr { 2 } else { 1 })
    }
    fn as_any_mut(&mut self) -> &mut dyn Any {
        self
    }
}

/// `php://output`: the script's output, through output buffering.
pub struct OutputBackend;

impl Backend for OutputBackend {
    fn read(&mut self, _buf: &mut [u8]) -> io::Result<usize> {
        Ok(0)
    }
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        Ok(data.len())
    }
    fn write_target(&self) -> WriteTarget {
        WriteTarget::Output
    }
    fn as_any_mut(&mut self) -> &mut dyn Any {
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mem(data: &[u8]) -> Stream {
        let mut m = Memory::new();
        let _ = m.write(data);
        let _ = m.seek(SeekFrom::Start(0));
        Stream::new(Box::new(m), "php://memory", "w+b", "PHP", "MEMORY")
    }

    #[test]
    fn lines_and_eof() {
        let mut s = mem(b"ab\ncd");
        assert_eq!(s.read_line(None).unwrap().unwrap(), b"ab\n");
        assert!(!s.eof());
        assert_eq!(s.read_line(None).unwrap().unwrap(), b"cd");
        assert!(s.eof());
        assert!(s.read_line(None).unwrap().is_none());
    }

    #[test]
    fn memory_read_is_not_greedy() {
        let mut s = mem(b"xyz");
        assert_eq!(s.read(10).unwrap(), b"xyz");
        assert!(!s.eof());
        assert_eq!(s.read(10).unwrap(), b"");
        assert!(s.eof());
        assert!(s.seek(1, 0));
        assert_eq!(s.tell(), 1);
        assert_eq!(s.read(1).unwrap(), b"y");
    }
}
