//! Program execution: `shell_exec` (and so backticks), `exec`, `system`, `passthru`,
//! `escapeshellarg`, `escapeshellcmd`. Commands run through `/bin/sh -c`.

use phpsock_eval::{Args, Ctx, Module, NResult, PhpArray, Unwind, Value};
use std::os::unix::ffi::OsStringExt;
use std::process::{Command, Stdio};

pub(super) fn register(m: &mut Module) {
    m.func("shell_exec(string $command): string|false|null", shell_exec)
        .func(
            "exec(string $command, &$output = null, &$result_code = null): string|false",
            exec,
        )
        .func(
            "system(string $command, &$result_code = null): string|false",
            system,
        )
        .func(
            "passthru(string $command, &$result_code = null): ?false",
            passthru,
        )
        .func("escapeshellarg(string $arg): string", escapeshellarg)
        .func("escapeshellcmd(string $command): string", escapeshellcmd);
}

/// Checks the command argument and runs it, returning its standard output and exit status
/// (`-1` when killed by a signal), or `None` when it could not be started.
fn run(cx: &mut Ctx, a: &Args) -> Result<Option<(Vec<u8>, i64)>, Unwind> {
    let cmd = a.str(0);
    if cmd.is_empty() {
        return Err(cx.value_error(1, "cannot be empty"));
    }
    if cmd.contains(&0) {
        return Err(cx.value_error(1, "must not contain any null bytes"));
    }
    // What the script printed so far must come before anything the child writes to stderr.
    cx.vm().out.flush();
    let arg = std::ffi::OsString::from_vec(cmd.to_vec());
    let out = Command::new("/bin/sh")
        .arg("-c")
        .arg(arg)
        .stdin(Stdio::inherit())
        .stderr(Stdio::inherit())
        .output();
    match out {
        Ok(o) => Ok(Some((o.stdout, o.status.code().map_or(-1, i64::from)))),
        Err(_) => {
            cx.warn(format!("Unable to fork [{}]", cmd.to_string_lossy()))?;
            Ok(None)
        }
    }
}

fn shell_exec(cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(match run(cx, a)? {
        Some((out, _)) if out.is_empty() => Value::Null,
        Some((out, _)) => Value::from(out),
        None => Value::Bool(false),
    })
}

/// Splits output into lines without their trailing whitespace.
fn lines(out: &[u8]) -> Vec<&[u8]> {
    if out.is_empty() {
        return Vec::new();
    }
    let mut v: Vec<&[u8]> = out.split(|&c| c == b'\n').collect();
    if out.ends_with(b"\n") {
        v.pop();
    }
    v.into_iter()
        .map(|l| {
            let n = l
                .iter()
                .rposition(|c| !c.is_ascii_whitespace() && *c != 0x0b);
            &l[..n.map_or(0, |n| n + 1)]
        })
        .collect()
}

fn exec(cx: &mut Ctx, a: &mut Args) -> NResult {
    let Some((out, status)) = run(cx, a)? else {
        return Ok(Value::Bool(false));
    };
    let ls = lines(&out);
    if a.by_ref(1).is_some() {
        let mut arr = match a.get(1) {
            Value::Array(arr) => (*arr).clone(),
            _ => PhpArray::new(),
        };
        for l in &ls {
            arr.push(Value::str(l)).ok();
        }
        a.set_ref(1, Value::from(arr));
    }
    a.set_ref(2, Value::Int(status));
    Ok(Value::str(ls.last().copied().unwrap_or_default()))
}

fn system(cx: &mut Ctx, a: &mut Args) -> NResult {
    let Some((out, status)) = run(cx, a)? else {
        return Ok(Value::Bool(false));
    };
    cx.echo(&out);
    a.set_ref(1, Value::Int(status));
    Ok(Value::str(lines(&out).last().copied().unwrap_or_default()))
}

fn passthru(cx: &mut Ctx, a: &mut Args) -> NResult {
    let Some((out, status)) = run(cx, a)? else {
        return Ok(Value::Bool(false));
    };
    cx.echo(&out);
    a.set_ref(1, Value::Int(status));
    Ok(Value::Null)
}

/// Walks `s` as PHP's shell escapers do under a UTF-8 locale: multibyte characters are
/// copied whole, invalid bytes dropped, and each ASCII byte handed to `ascii`.
fn walk_mb(s: &[u8], out: &mut Vec<u8>, mut ascii: impl FnMut(usize, u8, &mut Vec<u8>)) {
    let mut i = 0;
    while i < s.len() {
        match super::html::next_utf8(s, i) {
            Ok((_, 1)) => {
                ascii(i, s[i], out);
                i += 1;
            }
            Ok((_, n)) => {
                out.extend_from_slice(&s[i..i + n]);
                i += n;
            }
            Err(_) => i += 1,
        }
    }
}

fn escapeshellarg(_cx: &mut Ctx, a: &mut Args) -> NResult {
    let s = a.str(0);
    let mut out = Vec::with_capacity(s.len() + 2);
    out.push(b'\'');
    walk_mb(&s, &mut out, |_, c, out| {
        if c == b'\'' {
            out.extend_from_slice(b"'\\''");
        } else {
            out.push(c);
        }
    });
    out.push(b'\'');
    Ok(Value::from(out))
}

fn escapeshellcmd(_cx: &mut Ctx, a: &mut Args) -> NResult {
    let s = a.str(0);
    let mut out = Vec::with_capacity(s.len() * 2);
    // The quote character waiting for its partner, if any.
    let mut open: Option<u8> = None;
    walk_mb(&s, &mut out, |i, c, out| match c {
        b'"' | b'\'' => {
            if open.is_none() && s[i + 1..].contains(&c) {
                open = Some(c);
            } else if open == Some(c) {
                open = None;
            } else {
                out.push(b'\\');
            }
            out.push(c);
        }
        b'#' | b'&' | b';' | b'`' | b'|' | b'*' | b'?' | b'~' | b'<' | b'>' | b'^' | b'('
        | b')' | b'[' | b']' | b'{' | b'}' | b'$' | b'\\' | 0x0a | 0xff => {
            out.push(b'\\');
            out.push(c);
        }
        _ => out.push(c),
    });
    Ok(Value::from(out))
}
