//! Whole-file functions: `file_get_contents`, `file_put_contents`, `file`, `readfile`.

use super::handles::{check_path, open_or_warn};
use super::resource::{burn_id, with_res_stream};
use phpsock_eval::{Args, Ctx, Module, NResult, PhpArray, Value};

/// Registers the whole-file functions and the `FILE_*` flags.
pub fn register(m: &mut Module) {
    m.func(
        "file_get_contents(string $filename, bool $use_include_path = false, $context = null, int $offset = 0, ?int $length = null): string|false",
        file_get_contents,
    )
    .func(
        "file_put_contents(string $filename, mixed $data, int $flags = 0, $context = null): int|false",
        file_put_contents,
    )
    .func(
        "file(string $filename, int $flags = 0, $context = null): array|false",
        file,
    )
    .func(
        "readfile(string $filename, bool $use_include_path = false, $context = null): int|false",
        readfile,
    )
    .constant("FILE_USE_INCLUDE_PATH", Value::Int(1))
    .constant("FILE_IGNORE_NEW_LINES", Value::Int(2))
    .constant("FILE_SKIP_EMPTY_LINES", Value::Int(4))
    .constant("FILE_APPEND", Value::Int(8))
    .constant("FILE_NO_DEFAULT_CONTEXT", Value::Int(16));
}

fn file_get_contents(cx: &mut Ctx, a: &mut Args) -> NResult {
    let path = a.str(0);
    check_path(cx, &path)?;
    let off = a.int(3);
    let len = a.opt_int(4);
    if len.is_some_and(|n| n < 0) {
        return Err(cx.value_error(5, "must be greater than or equal to 0"));
    }
    let mut s = match open_or_warn(cx, &path, "rb")? {
        Some(s) => s,
        None => return Ok(Value::Bool(false)),
    };
    burn_id(cx.vm());
    if off != 0 {
        let ok = if off < 0 {
            s.seek(off, 2)
        } else {
            s.seek(off, 0)
        };
        if !ok {
            cx.warn(format!("Failed to seek to position {off} in the stream"))?;
            return Ok(Value::Bool(false));
        }
    }
    if len == Some(0) {
        return Ok(Value::from(""));
    }
    let r = s.read_all(len.map(|n| n as usize));
    s.close();
    match r {
        Ok(b) => Ok(Value::from(b)),
        Err(e) => {
            cx.notice(format!(
                "Read of 12288 bytes failed with {}",
                e.errno_text()
            ))?;
            Ok(Value::from(""))
        }
    }
}

fn file_put_contents(cx: &mut Ctx, a: &mut Args) -> NResult {
    let path = a.str(0);
    check_path(cx, &path)?;
    let flags = a.int(2);
    let data = a.get(1);
    let bytes: Vec<u8> = match &data {
        Value::Array(arr) => {
            let mut out = Vec::new();
            for (_, v) in arr.iter() {
                out.extend_from_slice(&cx.to_str(v)?);
            }
            out
        }
        Value::Resource(r) => {
            let r = r.clone();
            with_res_stream(cx, &r, |s, _| Ok(s.read_all(None).unwrap_or_default()))?
        }
        Value::Object(o) if o.class().magic.to_string.is_none() => {
            return Ok(Value::Bool(false));
        }
        v => cx.to_str(v)?.to_vec(),
    };
    let mode = if flags & 8 != 0 { "ab" } else { "wb" };
    let mut s = match open_or_warn(cx, &path, mode)? {
        Some(s) => s,
        None => return Ok(Value::Bool(false)),
    };
    burn_id(cx.vm());
    if bytes.is_empty() {
        s.close();
        return Ok(Value::Int(0));
    }
    let r = s.write(cx.vm(), &bytes);
    s.close();
    match r {
        Ok(n) if n == bytes.len() => Ok(Value::Int(n as i64)),
        Ok(n) => {
            cx.warn(format!(
                "Only {} of {} bytes written, possibly out of free disk space",
                n,
                bytes.len()
            ))?;
            Ok(Value::Bool(false))
        }
        Err(e) => {
            cx.notice(format!(
                "Write of {} bytes failed with {}",
                bytes.len(),
                e.errno_text()
            ))?;
            Ok(Value::Bool(false))
        }
    }
}

fn file(cx: &mut Ctx, a: &mut Args) -> NResult {
    let path = a.str(0);
    check_path(cx, &path)?;
    let flags = a.int(1);
    if !(0..=31).contains(&flags) {
        return Err(cx.value_error(2, "must be a valid flag value"));
    }
    let mut s = match open_or_warn(cx, &path, "rb")? {
        Some(s) => s,
        None => return Ok(Value::Bool(false)),
    };
    burn_id(cx.vm());
    let data = s.read_all(None).unwrap_or_default();
    s.close();
    let ignore_nl = flags & 2 != 0;
    let skip_empty = flags & 4 != 0;
    let mut out = PhpArray::new();
    let mut start = 0;
    while start < data.len() {
        let end = data[start..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(data.len(), |p| start + p + 1);
        let mut line = &data[start..end];
        if ignore_nl {
            if line.ends_with(b"\n") {
                line = &line[..line.len() - 1];
                if line.ends_with(b"\r") {
                    line = &line[..line.len() - 1];
                }
            }
            if skip_empty && line.is_empty() {
                start = end;
                continue;
            }
        }
        let _ = out.push(Value::from(line.to_vec()));
        start = end;
    }
    Ok(Value::from(out))
}

fn readfile(cx: &mut Ctx, a: &mut Args) -> NResult {
    let path = a.str(0);
    check_path(cx, &path)?;
    let mut s = match open_or_warn(cx, &path, "rb")? {
        Some(s) => s,
        None => return Ok(Value::Bool(false)),
    };
    burn_id(cx.vm());
    let data = s.read_all(None).unwrap_or_default();
    s.close();
    cx.echo(&data);
    Ok(Value::Int(data.len() as i64))
}
