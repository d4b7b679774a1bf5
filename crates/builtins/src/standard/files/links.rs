//! Links and ownership: `symlink`, `link`, `readlink`, `linkinfo`, `chown`, `chgrp`,
//! `lchown`, `lchgrp`. Failures warn with the C library's text, as PHP's do.

use super::handles::os_reason;
use phpsock_eval::{Args, Ctx, Module, NResult, PhpStr, Unwind, Value};
use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;
use std::path::Path;

/// Registers the functions.
pub fn register(m: &mut Module) {
    m.func("symlink(string $target, string $link): bool", symlink)
        .func("link(string $target, string $link): bool", link)
        .func("readlink(string $path): string|false", readlink)
        .func("linkinfo(string $path): int|false", linkinfo)
        .func("chown(string $filename, string|int $user): bool", chown)
        .func("chgrp(string $filename, string|int $group): bool", chgrp)
        .func("lchown(string $filename, string|int $user): bool", lchown)
        .func("lchgrp(string $filename, string|int $group): bool", lchgrp);
}

/// Argument `i` as a path: PHP's ValueError when it holds a NUL byte.
fn path_arg(cx: &mut Ctx, a: &Args, i: usize) -> Result<PhpStr, Unwind> {
    let p = a.str(i);
    if p.contains(&0) {
        return Err(cx.value_error(i + 1, "must not contain any null bytes"));
    }
    Ok(p)
}

fn path_of(b: &[u8]) -> &Path {
    Path::new(OsStr::from_bytes(b))
}

/// `true`, or PHP's warning with the C library's text and `false`.
fn bool_or_warn(cx: &mut Ctx, r: std::io::Result<()>) -> NResult {
    match r {
        Ok(()) => Ok(Value::Bool(true)),
        Err(e) => {
            cx.warn(os_reason(&e))?;
            Ok(Value::Bool(false))
        }
    }
}

fn symlink(cx: &mut Ctx, a: &mut Args) -> NResult {
    let (target, link) = (path_arg(cx, a, 0)?, path_arg(cx, a, 1)?);
    // The target is stored as given (relative targets stay relative to the link).
    let r = std::os::unix::fs::symlink(path_of(&target), path_of(&link));
    bool_or_warn(cx, r)
}

fn link(cx: &mut Ctx, a: &mut Args) -> NResult {
    let (target, link) = (path_arg(cx, a, 0)?, path_arg(cx, a, 1)?);
    let r = std::fs::hard_link(path_of(&target), path_of(&link));
    bool_or_warn(cx, r)
}

fn readlink(cx: &mut Ctx, a: &mut Args) -> NResult {
    let p = path_arg(cx, a, 0)?;
    match std::fs::read_link(path_of(&p)) {
        Ok(t) => Ok(Value::from(t.as_os_str().as_bytes().to_vec())),
        Err(e) => {
            cx.warn(os_reason(&e))?;
            Ok(Value::Bool(false))
        }
    }
}

/// `linkinfo()`: the device of the link itself (`lstat`), `-1` with a warning on failure.
fn linkinfo(cx: &mut Ctx, a: &mut Args) -> NResult {
    use std::os::unix::fs::MetadataExt;
    let p = path_arg(cx, a, 0)?;
    match std::fs::symlink_metadata(path_of(&p)) {
        Ok(m) => Ok(Value::Int(m.dev() as i64)),
        Err(e) => {
            cx.warn(os_reason(&e))?;
            Ok(Value::Int(-1))
        }
    }
}

/// Whose id `chown`/`chgrp` set.
#[derive(Clone, Copy)]
enum Owner {
    User,
    Group,
}

/// The id argument 2 names: an int as it is, a string looked up in the user or group
/// database (PHP's "Unable to find uid for NAME" warning when it is not there).
fn owner_id(cx: &mut Ctx, a: &Args, which: Owner) -> Result<Option<u32>, Unwind> {
    let name = match a.get(1) {
        Value::Int(n) => return Ok(Some(n as u32)),
        _ => a.str(1),
    };
    let text = name.to_string_lossy();
    let found = match which {
        Owner::User => nix::unistd::User::from_name(&text)
            .ok()
            .flatten()
            .map(|u| u.uid.as_raw()),
        Owner::Group => nix::unistd::Group::from_name(&text)
            .ok()
            .flatten()
            .map(|g| g.gid.as_raw()),
    };
    if found.is_none() {
        let kind = match which {
            Owner::User => "uid",
            Owner::Group => "gid",
        };
        cx.warn(format!("Unable to find {kind} for {text}"))?;
    }
    Ok(found)
}

/// `chown`/`chgrp`/`lchown`/`lchgrp`: sets the user or the group of a file, following a
/// final symbolic link unless `nofollow`.
fn set_owner(cx: &mut Ctx, a: &Args, which: Owner, nofollow: bool) -> NResult {
    let p = path_arg(cx, a, 0)?;
    let Some(id) = owner_id(cx, a, which)? else {
        return Ok(Value::Bool(false));
    };
    let (uid, gid) = match which {
        Owner::User => (Some(id), None),
        Owner::Group => (None, Some(id)),
    };
    let path = path_of(&p);
    let r = if nofollow {
        std::os::unix::fs::lchown(path, uid, gid)
    } else {
        std::os::unix::fs::chown(path, uid, gid)
    };
    bool_or_warn(cx, r)
}

fn chown(cx: &mut Ctx, a: &mut Args) -> NResult {
    set_owner(cx, a, Owner::User, false)
}

fn chgrp(cx: &mut Ctx, a: &mut Args) -> NResult {
    set_owner(cx, a, Owner::Group, false)
}

fn lchown(cx: &mut Ctx, a: &mut Args) -> NResult {
    set_owner(cx, a, Owner::User, true)
}

fn lchgrp(cx: &mut Ctx, a: &mut Args) -> NResult {
    set_owner(cx, a, Owner::Group, true)
}
