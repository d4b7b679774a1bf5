//! Filesystem functions: existence and type checks, `stat`, directories, renaming, copying,
//! temporary files, the working directory and `glob`.

use super::handles::{check_path, open_or_warn, os_reason, stat_array};
use super::resource::burn_id;
use super::stream::StatInfo;
use phpsock_eval::{Args, Ctx, Module, NResult, PhpArray, Unwind, Value};
use std::io;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

/// Registers the filesystem functions and their constants.
pub fn register(m: &mut Module) {
    m.func("file_exists(string $filename): bool", file_exists)
        .func("is_file(string $filename): bool", is_file)
        .func("is_dir(string $filename): bool", is_dir)
        .func("is_link(string $filename): bool", is_link)
        .func("is_readable(string $filename): bool", is_readable)
        .func("is_writable(string $filename): bool", is_writable)
        .func("is_writeable(string $filename): bool", is_writable)
        .func("is_executable(string $filename): bool", is_executable)
        .func("filesize(string $filename): int|false", filesize)
        .func("filemtime(string $filename): int|false", filemtime)
        .func("fileatime(string $filename): int|false", fileatime)
        .func("filectime(string $filename): int|false", filectime)
        .func("fileperms(string $filename): int|false", fileperms)
        .func("fileinode(string $filename): int|false", fileinode)
        .func("disk_free_space(string $directory): float|false", disk_free_space)
        .func("diskfreespace(string $directory): float|false", disk_free_space)
        .func("disk_total_space(string $directory): float|false", disk_total_space)
        .func("ftok(string $filename, string $project_id): int", ftok)
        .func("fileowner(string $filename): int|false", fileowner)
        .func("filegroup(string $filename): int|false", filegroup)
        .func("filetype(string $filename): string|false", filetype)
        .func("stat(string $filename): array|false", stat)
        .func("lstat(string $filename): array|false", lstat)
        .func("clearstatcache(bool $clear_realpath_cache = false, string $filename = \"\"): void", clearstatcache)
        .func(
            "mkdir(string $directory, int $permissions = 0777, bool $recursive = false, $context = null): bool",
            mkdir,
        )
        .func("rmdir(string $directory, $context = null): bool", rmdir)
        .func("unlink(string $filename, $context = null): bool", unlink)
        .func(
            "rename(string $from, string $to, $context = null): bool",
            rename,
        )
        .func("copy(string $from, string $to, $context = null): bool", copy)
        .func(
            "touch(string $filename, ?int $mtime = null, ?int $atime = null): bool",
            touch,
        )
        .func("chmod(string $filename, int $permissions): bool", chmod)
        .func("umask(?int $mask = null): int", umask)
        .func(
            "fnmatch(string $pattern, string $filename, int $flags = 0): bool",
            fnmatch,
        )
        .constant("FNM_NOESCAPE", Value::Int(libc::FNM_NOESCAPE as i64))
        .constant("FNM_PATHNAME", Value::Int(libc::FNM_PATHNAME as i64))
        .constant("FNM_PERIOD", Value::Int(libc::FNM_PERIOD as i64))
        .constant("FNM_CASEFOLD", Value::Int(libc::FNM_CASEFOLD as i64))
        .func("tempnam(string $directory, string $prefix): string|false", tempnam)
        .func("sys_get_temp_dir(): string", sys_get_temp_dir)
        .func("realpath(string $path): string|false", realpath)
        .func("getcwd(): string|false", getcwd)
        .func("chdir(string $directory): bool", chdir)
        .func(
            "scandir(string $directory, int $sorting_order = SCANDIR_SORT_ASCENDING, $context = null): array|false",
            scandir,
        )
        .func("glob(string $pattern, int $flags = 0): array|false", glob)
        .constant("SCANDIR_SORT_ASCENDING", Value::Int(0))
        .constant("SCANDIR_SORT_DESCENDING", Value::Int(1))
        .constant("SCANDIR_SORT_NONE", Value::Int(2))
        .constant("GLOB_BRACE", Value::Int(1024))
        .constant("GLOB_MARK", Value::Int(2))
        .constant("GLOB_NOSORT", Value::Int(4))
        .constant("GLOB_NOCHECK", Value::Int(16))
        .constant("GLOB_NOESCAPE", Value::Int(64))
        .constant("GLOB_ERR", Value::Int(1))
        .constant("GLOB_ONLYDIR", Value::Int(1 << 30))
        .constant("GLOB_AVAILABLE_FLAGS", Value::Int(1024 | 2 | 4 | 16 | 64 | 1 | (1 << 30)));
}

fn path_of(b: &[u8]) -> &Path {
    use std::os::unix::ffi::OsStrExt;
    Path::new(std::ffi::OsStr::from_bytes(b))
}

/// A suffix for unique temporary names.
pub fn unique_suffix(n: u32) -> String {
    let t = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    let mut x = (t as u64) ^ ((n as u64) << 32) ^ (std::process::id() as u64).rotate_left(17);
    const CHARS: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    let mut s = String::new();
    for _ in 0..6 {
        s.push(CHARS[(x % CHARS.len() as u64) as usize] as char);
        x /= CHARS.len() as u64;
        x = x
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
    }
    s
}

/// `fname(path): msg`, or `fname(): msg` for an empty path.
fn warn_path(cx: &mut Ctx, path: &[u8], msg: &str) -> Result<(), Unwind> {
    let m = format!("{}({}): {}", cx.fname(), String::from_utf8_lossy(path), msg);
    cx.raise(2, &m)
}

fn meta(p: &[u8]) -> Option<std::fs::Metadata> {
    if p.is_empty() || p.contains(&0) {
        return None;
    }
    std::fs::metadata(path_of(p)).ok()
}

fn file_exists(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(Value::Bool(meta(&a.str(0)).is_some()))
}

fn is_file(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(Value::Bool(meta(&a.str(0)).is_some_and(|m| m.is_file())))
}

fn is_dir(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(Value::Bool(meta(&a.str(0)).is_some_and(|m| m.is_dir())))
}

fn is_link(_cx: &mut Ctx, a: &mut Args) -> NResult {
    let p = a.str(0);
    Ok(Value::Bool(
        !p.is_empty()
            && std::fs::symlink_metadata(path_of(&p)).is_ok_and(|m| m.file_type().is_symlink()),
    ))
}

fn access(p: &[u8], bit: u32) -> bool {
    let m = match meta(p) {
        Some(m) => m,
        None => return false,
    };
    use std::os::unix::fs::MetadataExt;
    let mode = m.mode();
    let uid = std::fs::metadata("/proc/self").map_or(u32::MAX, |s| s.uid());
    if uid == 0 {
        // root reads and writes anything; executes if any x bit is set.
        return bit != 1 || mode & 0o111 != 0;
    }
    if m.uid() == uid {
        mode & (bit << 6) != 0
    } else {
        mode & (bit | (bit << 3)) != 0
    }
}

fn is_readable(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(Value::Bool(access(&a.str(0), 4)))
}

fn is_writable(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(Value::Bool(access(&a.str(0), 2)))
}

fn is_executable(_cx: &mut Ctx, a: &mut Args) -> NResult {
    let p = a.str(0);
    Ok(Value::Bool(
        access(&p, 1) && meta(&p).is_some_and(|m| !m.is_dir()),
    ))
}

fn stat_of(cx: &mut Ctx, a: &Args, link: bool) -> Result<Option<StatInfo>, Unwind> {
    let p = a.str(0);
    if p.is_empty() {
        return Ok(None);
    }
    let m = if link {
        std::fs::symlink_metadata(path_of(&p))
    } else {
        std::fs::metadata(path_of(&p))
    };
    match m {
        Ok(m) => Ok(Some(StatInfo::from_metadata(&m))),
        Err(_) => {
            let f = cx.fname();
            let kind = if link { "Lstat" } else { "stat" };
            cx.warn(format!("{kind} failed for {}", String::from_utf8_lossy(&p)))?;
            let _ = f;
            Ok(None)
        }
    }
}

fn stat_field(cx: &mut Ctx, a: &Args, f: fn(&StatInfo) -> i64) -> NResult {
    Ok(stat_of(cx, a, false)?.map_or(Value::Bool(false), |s| Value::Int(f(&s))))
}

fn filesize(cx: &mut Ctx, a: &mut Args) -> NResult {
    stat_field(cx, a, |s| s.size)
}
fn filemtime(cx: &mut Ctx, a: &mut Args) -> NResult {
    stat_field(cx, a, |s| s.mtime)
}
fn fileatime(cx: &mut Ctx, a: &mut Args) -> NResult {
    stat_field(cx, a, |s| s.atime)
}
fn filectime(cx: &mut Ctx, a: &mut Args) -> NResult {
    stat_field(cx, a, |s| s.ctime)
}
fn fileperms(cx: &mut Ctx, a: &mut Args) -> NResult {
    stat_field(cx, a, |s| s.mode)
}
fn fileinode(cx: &mut Ctx, a: &mut Args) -> NResult {
    stat_field(cx, a, |s| s.ino)
}
/// Free (to unprivileged users) or total bytes of the file system holding the directory
/// argument; false for an empty path, false with a warning when `statvfs` fails.
fn disk_space(cx: &mut Ctx, a: &Args, total: bool) -> NResult {
    let p = a.str(0);
    if p.contains(&0) {
        return Err(cx.value_error(1, "must not contain any null bytes"));
    }
    if p.is_empty() {
        return Ok(Value::Bool(false));
    }
    match nix::sys::statvfs::statvfs(path_of(&p)) {
        Ok(s) => {
            let blocks = if total {
                s.blocks()
            } else {
                s.blocks_available()
            };
            let unit = if s.fragment_size() != 0 {
                s.fragment_size()
            } else {
                s.block_size()
            };
            Ok(Value::Float(blocks as f64 * unit as f64))
        }
        Err(e) => {
            cx.warn(e.desc())?;
            Ok(Value::Bool(false))
        }
    }
}

fn disk_free_space(cx: &mut Ctx, a: &mut Args) -> NResult {
    disk_space(cx, a, false)
}

fn disk_total_space(cx: &mut Ctx, a: &mut Args) -> NResult {
    disk_space(cx, a, true)
}

/// `ftok()`: the System V IPC key of a file and a one-character project id, as the C
/// library computes it (the id, the low byte of the device and the low 16 bits of the
/// inode); -1 with a warning when the file cannot be examined.
fn ftok(cx: &mut Ctx, a: &mut Args) -> NResult {
    use std::os::unix::fs::MetadataExt;
    let (p, id) = (a.str(0), a.str(1));
    if p.contains(&0) {
        return Err(cx.value_error(1, "must not contain any null bytes"));
    }
    if p.is_empty() {
        return Err(cx.value_error(1, "cannot be empty"));
    }
    if id.len() != 1 {
        return Err(cx.value_error(2, "must be a single character"));
    }
    match std::fs::metadata(path_of(&p)) {
        Ok(m) => {
            let key = (u32::from(id[0]) << 24)
                | ((m.dev() as u32 & 0xff) << 16)
                | (m.ino() as u32 & 0xffff);
            Ok(Value::Int(i64::from(key as i32)))
        }
        Err(e) => {
            cx.warn(format!("ftok() failed - {}", os_reason(&e)))?;
            Ok(Value::Int(-1))
        }
    }
}

fn fileowner(cx: &mut Ctx, a: &mut Args) -> NResult {
    stat_field(cx, a, |s| s.uid)
}
fn filegroup(cx: &mut Ctx, a: &mut Args) -> NResult {
    stat_field(cx, a, |s| s.gid)
}

fn filetype(cx: &mut Ctx, a: &mut Args) -> NResult {
    let p = a.str(0);
    match std::fs::symlink_metadata(path_of(&p)) {
        Ok(m) => {
            use std::os::unix::fs::FileTypeExt;
            let t = m.file_type();
            let name = if t.is_symlink() {
                "link"
            } else if t.is_dir() {
                "dir"
            } else if t.is_file() {
                "file"
            } else if t.is_fifo() {
                "fifo"
            } else if t.is_char_device() {
                "char"
            } else if t.is_block_device() {
                "block"
            } else if t.is_socket() {
                "socket"
            } else {
                "unknown"
            };
            Ok(Value::from(name))
        }
        Err(_) => {
            cx.warn(format!("Lstat failed for {}", String::from_utf8_lossy(&p)))?;
            Ok(Value::Bool(false))
        }
    }
}

fn stat(cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(stat_of(cx, a, false)?.map_or(Value::Bool(false), |s| stat_array(&s)))
}

fn lstat(cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(stat_of(cx, a, true)?.map_or(Value::Bool(false), |s| stat_array(&s)))
}

fn clearstatcache(_cx: &mut Ctx, _a: &mut Args) -> NResult {
    Ok(Value::Null)
}

fn mkdir(cx: &mut Ctx, a: &mut Args) -> NResult {
    let p = a.str(0);
    let mode = a.int(1) as u32;
    let recursive = a.bool(2);
    super::context::context_or_default(cx.vm(), &a.get(3));
    let r = if recursive {
        if meta(&p).is_some() {
            Err(io::Error::from_raw_os_error(17))
        } else {
            std::fs::DirBuilder::new()
                .recursive(true)
                .create(path_of(&p))
        }
    } else if p.is_empty() {
        Err(io::Error::from_raw_os_error(2))
    } else {
        std::fs::create_dir(path_of(&p))
    };
    match r {
        Ok(()) => {
            let _ = std::fs::set_permissions(
                path_of(&p),
                std::fs::Permissions::from_mode(mode & 0o777 & !0o022),
            );
            Ok(Value::Bool(true))
        }
        Err(e) => {
            cx.warn(os_reason(&e))?;
            Ok(Value::Bool(false))
        }
    }
}

fn simple_op(cx: &mut Ctx, p: &[u8], r: io::Result<()>) -> NResult {
    match r {
        Ok(()) => Ok(Value::Bool(true)),
        Err(e) => {
            if p.is_empty() {
                cx.warn(os_reason(&e))?;
            } else {
                warn_path(cx, p, &os_reason(&e))?;
            }
            Ok(Value::Bool(false))
        }
    }
}

fn rmdir(cx: &mut Ctx, a: &mut Args) -> NResult {
    let p = a.str(0);
    super::context::context_or_default(cx.vm(), &a.get(1));
    let r = if p.is_empty() {
        Err(io::Error::from_raw_os_error(2))
    } else {
        std::fs::remove_dir(path_of(&p))
    };
    simple_op(cx, &p, r)
}

fn unlink(cx: &mut Ctx, a: &mut Args) -> NResult {
    let p = a.str(0);
    super::context::context_or_default(cx.vm(), &a.get(1));
    let r = if p.is_empty() {
        Err(io::Error::from_raw_os_error(2))
    } else if meta(&p).is_some_and(|m| m.is_dir()) {
        Err(io::Error::from_raw_os_error(21))
    } else {
        std::fs::remove_file(path_of(&p))
    };
    simple_op(cx, &p, r)
}

fn rename(cx: &mut Ctx, a: &mut Args) -> NResult {
    let from = a.str(0);
    let to = a.str(1);
    super::context::context_or_default(cx.vm(), &a.get(2));
    match std::fs::rename(path_of(&from), path_of(&to)) {
        Ok(()) => Ok(Value::Bool(true)),
        Err(e) => {
            let m = format!(
                "rename({},{}): {}",
                String::from_utf8_lossy(&from),
                String::from_utf8_lossy(&to),
                os_reason(&e)
            );
            cx.raise(2, &m)?;
            Ok(Value::Bool(false))
        }
    }
}

fn copy(cx: &mut Ctx, a: &mut Args) -> NResult {
    let from = a.str(0);
    let to = a.str(1);
    check_path(cx, &from)?;
    super::context::context_or_default(cx.vm(), &a.get(2));
    let mut src = match open_or_warn(cx, &from, "rb")? {
        Some(s) => s,
        None => return Ok(Value::Bool(false)),
    };
    burn_id(cx.vm());
    let mut dst = match open_or_warn(cx, &to, "wb")? {
        Some(s) => s,
        None => return Ok(Value::Bool(false)),
    };
    burn_id(cx.vm());
    let data = src.read_all(None).unwrap_or_default();
    let ok = dst.write(cx.vm(), &data).is_ok();
    src.close();
    dst.close();
    Ok(Value::Bool(ok))
}

fn touch(cx: &mut Ctx, a: &mut Args) -> NResult {
    let p = a.str(0);
    check_path(cx, &p)?;
    let now = std::time::SystemTime::now();
    let to_time = |s: i64| {
        let d = std::time::Duration::from_secs(s.unsigned_abs());
        let t = if s >= 0 {
            std::time::UNIX_EPOCH.checked_add(d)
        } else {
            std::time::UNIX_EPOCH.checked_sub(d)
        };
        t.unwrap_or(std::time::UNIX_EPOCH)
    };
    let mtime = a.opt_int(1).map_or(now, to_time);
    let atime = a.opt_int(2).map_or(mtime, to_time);
    let f = match std::fs::OpenOptions::new()
        .append(true)
        .create(true)
        .open(path_of(&p))
    {
        Ok(f) => f,
        Err(e) => {
            cx.warn(format!(
                "Unable to create file {} because {}",
                String::from_utf8_lossy(&p),
                os_reason(&e)
            ))?;
            return Ok(Value::Bool(false));
        }
    };
    let times = std::fs::FileTimes::new()
        .set_modified(mtime)
        .set_accessed(atime);
    match f.set_times(times) {
        Ok(()) => Ok(Value::Bool(true)),
        Err(e) => {
            cx.warn(format!("Utime failed: {}", os_reason(&e)))?;
            Ok(Value::Bool(false))
        }
    }
}

fn chmod(cx: &mut Ctx, a: &mut Args) -> NResult {
    let p = a.str(0);
    let mode = a.int(1) as u32;
    match std::fs::set_permissions(path_of(&p), std::fs::Permissions::from_mode(mode & 0o7777)) {
        Ok(()) => Ok(Value::Bool(true)),
        Err(e) => {
            cx.warn(os_reason(&e))?;
            Ok(Value::Bool(false))
        }
    }
}

/// `umask(?int $mask = null): int`: the process's file-creation mask, set to `$mask` (its
/// low nine bits) when given; the mask before.
fn umask(_cx: &mut Ctx, a: &mut Args) -> NResult {
    // SAFETY: umask(2) only swaps the process's mask; it cannot fail.
    let old = unsafe { libc::umask(0o777) };
    let new = match a.opt_int(0) {
        Some(m) => (m & 0o777) as libc::mode_t,
        None => old,
    };
    // SAFETY: as above.
    unsafe { libc::umask(new) };
    Ok(Value::Int(i64::from(old)))
}

/// `fnmatch(string $pattern, string $filename, int $flags = 0): bool`: the C library's
/// shell-wildcard match.
fn fnmatch(cx: &mut Ctx, a: &mut Args) -> NResult {
    let (pattern, name) = (a.str(0), a.str(1));
    for (i, s) in [&pattern, &name].into_iter().enumerate() {
        if s.contains(&0) {
            return Err(cx.value_error(i + 1, "must not contain any null bytes"));
        }
    }
    if pattern.len() >= 4096 {
        cx.warn("Pattern exceeds the maximum allowed length of 4096 characters")?;
        return Ok(Value::Bool(false));
    }
    let (Ok(p), Ok(n)) = (
        std::ffi::CString::new(pattern.as_bytes()),
        std::ffi::CString::new(name.as_bytes()),
    ) else {
        return Ok(Value::Bool(false));
    };
    // SAFETY: both are NUL-terminated C strings that live across the call.
    let r = unsafe { libc::fnmatch(p.as_ptr(), n.as_ptr(), a.int(2) as libc::c_int) };
    Ok(Value::Bool(r == 0))
}

/// The system temporary directory, without a trailing slash.
pub fn temp_dir() -> String {
    let t = std::env::var("TMPDIR").unwrap_or_default();
    let t = t.trim_end_matches('/');
    if t.is_empty() {
        "/tmp".to_string()
    } else {
        t.to_string()
    }
}

fn tempnam(cx: &mut Ctx, a: &mut Args) -> NResult {
    let dir = a.str(0).to_string_lossy();
    let prefix: String = a.str(1).to_string_lossy().chars().take(63).collect();
    let prefix =
        String::from_utf8_lossy(super::paths::base_name(prefix.as_bytes(), b"")).into_owned();
    let mut base = dir.trim_end_matches('/').to_string();
    if dir.is_empty() || !Path::new(&dir).is_dir() {
        cx.notice("file created in the system's temporary directory")?;
        base = temp_dir();
    }
    for n in 0..100 {
        let name = format!("{}/{}{}", base, prefix, unique_suffix(n));
        if std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&name)
            .is_ok()
        {
            let _ = std::fs::set_permissions(&name, std::fs::Permissions::from_mode(0o600));
            return Ok(Value::from(name.as_str()));
        }
    }
    Ok(Value::Bool(false))
}

fn sys_get_temp_dir(_cx: &mut Ctx, _a: &mut Args) -> NResult {
    Ok(Value::from(temp_dir().as_str()))
}

fn realpath(_cx: &mut Ctx, a: &mut Args) -> NResult {
    let p = a.str(0);
    let p = if p.is_empty() {
        b".".to_vec()
    } else {
        p.to_vec()
    };
    match std::fs::canonicalize(path_of(&p)) {
        Ok(r) => Ok(Value::from(r.to_string_lossy().as_ref())),
        Err(_) => Ok(Value::Bool(false)),
    }
}

fn getcwd(_cx: &mut Ctx, _a: &mut Args) -> NResult {
    match std::env::current_dir() {
        Ok(d) => Ok(Value::from(d.to_string_lossy().as_ref())),
        Err(_) => Ok(Value::Bool(false)),
    }
}

fn chdir(cx: &mut Ctx, a: &mut Args) -> NResult {
    let p = a.str(0);
    let r = if p.is_empty() {
        Err(io::Error::from_raw_os_error(2))
    } else {
        std::env::set_current_dir(path_of(&p))
    };
    match r {
        Ok(()) => Ok(Value::Bool(true)),
        Err(e) => {
            let code = e.raw_os_error().unwrap_or(2);
            cx.warn(format!("{} (errno {})", os_reason(&e), code))?;
            Ok(Value::Bool(false))
        }
    }
}

fn scandir(cx: &mut Ctx, a: &mut Args) -> NResult {
    let p = a.str(0);
    if p.is_empty() {
        return Err(cx.value_error(1, "cannot be empty"));
    }
    let order = a.int(1);
    super::context::context_or_default(cx.vm(), &a.get(2));
    match std::fs::read_dir(path_of(&p)) {
        Ok(rd) => {
            let mut names: Vec<Vec<u8>> = vec![b".".to_vec(), b"..".to_vec()];
            use std::os::unix::ffi::OsStrExt;
            for e in rd.flatten() {
                names.push(e.file_name().as_bytes().to_vec());
            }
            match order {
                0 => names.sort(),
                2 => {}
                _ => {
                    names.sort();
                    names.reverse();
                }
            }
            Ok(Value::from(PhpArray::from_values(
                names.into_iter().map(Value::from).collect(),
            )))
        }
        Err(e) => {
            warn_path(
                cx,
                &p,
                &format!("Failed to open directory: {}", os_reason(&e)),
            )?;
            let code = e.raw_os_error().unwrap_or(2);
            cx.warn(format!("(errno {}): {}", code, os_reason(&e)))?;
            Ok(Value::Bool(false))
        }
    }
}

// ------------------------------------------------------------------ glob

/// Matches `name` against a shell wildcard pattern (`*`, `?`, `[a-z]`, `[!x]`, `\x`).
pub fn wildcard(pat: &[u8], name: &[u8], escape: bool) -> bool {
    fn go(p: &[u8], n: &[u8], escape: bool) -> bool {
        let (mut pi, mut ni) = (0, 0);
        let (mut star_p, mut star_n) = (usize::MAX, 0);
        while ni < n.len() {
            if pi < p.len() {
                match p[pi] {
                    b'*' => {
                        star_p = pi;
                        star_n = ni;
                        pi += 1;
                        continue;
                    }
                    b'?' => {
                        pi += 1;
                        ni += 1;
                        continue;
                    }
                    b'[' => {
                        if let Some((matched, len)) = class(&p[pi..], n[ni]) {
                            if matched {
                                pi += len;
                                ni += 1;
                                continue;
                            }
                        } else if n[ni] == b'[' {
                            pi += 1;
                            ni += 1;
                            continue;
                        }
                    }
                    b'\\' if escape && pi + 1 < p.len() => {
                        if p[pi + 1] == n[ni] {
                            pi += 2;
                            ni += 1;
                            continue;
                        }
                    }
                    c => {
                        if c == n[ni] {
                            pi += 1;
                            ni += 1;
                            continue;
                        }
                    }
                }
            }
            if star_p != usize::MAX {
                pi = star_p + 1;
                star_n += 1;
                ni = star_n;
                continue;
            }
            return false;
        }
        while pi < p.len() && p[pi] == b'*' {
            pi += 1;
        }
        pi == p.len()
    }
    fn class(p: &[u8], c: u8) -> Option<(bool, usize)> {
        let mut i = 1;
        let neg = matches!(p.get(i), Some(b'!' | b'^'));
        if neg {
            i += 1;
        }
        let mut matched = false;
        let mut first = true;
        while i < p.len() {
            if p[i] == b']' && !first {
                return Some((matched != neg, i + 1));
            }
            first = false;
            if i + 2 < p.len() && p[i + 1] == b'-' && p[i + 2] != b']' {
                if p[i] <= c && c <= p[i + 2] {
                    matched = true;
                }
                i += 3;
            } else {
                if p[i] == c {
                    matched = true;
                }
                i += 1;
            }
        }
        None
    }
    // Leading dots only match explicitly.
    if name.first() == Some(&b'.') && pat.first() != Some(&b'.') {
        return false;
    }
    go(pat, name, escape)
}

fn expand_braces(p: &[u8]) -> Vec<Vec<u8>> {
    let open = match p.iter().position(|&b| b == b'{') {
        Some(o) => o,
        None => return vec![p.to_vec()],
    };
    let mut depth = 0;
    let mut close = None;
    let mut commas = Vec::new();
    for (i, &b) in p.iter().enumerate().skip(open) {
        match b {
            b'{' => depth += 1,
            b'}' => {
                depth -= 1;
                if depth == 0 {
                    close = Some(i);
                    break;
                }
            }
            b',' if depth == 1 => commas.push(i),
            _ => {}
        }
    }
    let close = match close {
        Some(c) => c,
        None => return vec![p.to_vec()],
    };
    let mut out = Vec::new();
    let mut start = open + 1;
    for end in commas.into_iter().chain(std::iter::once(close)) {
        let mut s = p[..open].to_vec();
        s.extend_from_slice(&p[start..end]);
        s.extend_from_slice(&p[close + 1..]);
        out.extend(expand_braces(&s));
        start = end + 1;
    }
    out
}

fn has_magic(s: &[u8]) -> bool {
    s.iter().any(|&b| matches!(b, b'*' | b'?' | b'['))
}

fn glob_one(pattern: &[u8], escape: bool, out: &mut Vec<Vec<u8>>) {
    let absolute = pattern.first() == Some(&b'/');
    let parts: Vec<&[u8]> = pattern
        .split(|&b| b == b'/')
        .filter(|s| !s.is_empty())
        .collect();
    let mut current: Vec<Vec<u8>> = vec![if absolute { b"/".to_vec() } else { Vec::new() }];
    for (i, part) in parts.iter().enumerate() {
        let last = i + 1 == parts.len();
        let mut next = Vec::new();
        for base in &current {
            let join = |name: &[u8]| {
                let mut s = base.clone();
                if !s.is_empty() && !s.ends_with(b"/") {
                    s.push(b'/');
                }
                s.extend_from_slice(name);
                s
            };
            if !has_magic(part) {
                let lit: Vec<u8> = if escape {
                    let mut v = Vec::new();
                    let mut it = part.iter();
                    while let Some(&c) = it.next() {
                        if c == b'\\' {
                            if let Some(&d) = it.next() {
                                v.push(d);
                            }
                        } else {
                            v.push(c);
                        }
                    }
                    v
                } else {
                    part.to_vec()
                };
                let cand = join(&lit);
                let ok = if last {
                    std::fs::symlink_metadata(path_of(&cand)).is_ok()
                } else {
                    std::fs::metadata(path_of(&cand)).is_ok_and(|m| m.is_dir())
                };
                if ok {
                    next.push(cand);
                }
                continue;
            }
            let dir = if base.is_empty() {
                b".".to_vec()
            } else {
                base.clone()
            };
            let rd = match std::fs::read_dir(path_of(&dir)) {
                Ok(rd) => rd,
                Err(_) => continue,
            };
            use std::os::unix::ffi::OsStrExt;
            let mut names: Vec<Vec<u8>> = rd
                .flatten()
                .map(|e| e.file_name().as_bytes().to_vec())
                .collect();
            names.sort();
            for n in names {
                if wildcard(part, &n, escape) {
                    let cand = join(&n);
                    if last || std::fs::metadata(path_of(&cand)).is_ok_and(|m| m.is_dir()) {
                        next.push(cand);
                    }
                }
            }
        }
        current = next;
    }
    if parts.is_empty() && absolute {
        out.push(b"/".to_vec());
        return;
    }
    out.extend(current);
}

fn glob(_cx: &mut Ctx, a: &mut Args) -> NResult {
    let pattern = a.str(0);
    let flags = a.int(1);
    let pats = if flags & 1024 != 0 {
        expand_braces(&pattern)
    } else {
        vec![pattern.to_vec()]
    };
    let escape = flags & 64 == 0;
    let mut out = Vec::new();
    for p in &pats {
        let mut one = Vec::new();
        glob_one(p, escape, &mut one);
        if flags & 4 == 0 {
            one.sort();
        }
        out.extend(one);
    }
    if flags & (1 << 30) != 0 {
        out.retain(|p| std::fs::metadata(path_of(p)).is_ok_and(|m| m.is_dir()));
    }
    if flags & 2 != 0 {
        for p in out.iter_mut() {
            if std::fs::metadata(path_of(p)).is_ok_and(|m| m.is_dir()) {
                p.push(b'/');
            }
        }
    }
    if out.is_empty() && flags & 16 != 0 {
        out.push(pattern.to_vec());
    }
    Ok(Value::from(PhpArray::from_values(
        out.into_iter().map(Value::from).collect(),
    )))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wildcards() {
        assert!(wildcard(b"*.txt", b"a.txt", true));
        assert!(!wildcard(b"*.txt", b".a.txt", true));
        assert!(wildcard(b"[a-c]?", b"bz", true));
        assert!(!wildcard(b"[!a-c]?", b"bz", true));
        assert_eq!(expand_braces(b"{a,b}.x").len(), 2);
    }
}
