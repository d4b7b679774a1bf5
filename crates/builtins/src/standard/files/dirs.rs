//! Directory handles: `opendir`, `readdir`, `rewinddir`, `closedir` (directory streams, which
//! PHP shows as `stream` resources of stream type `dir`).

use super::resource::{new_stream, resource_arg, STREAM};
use super::stream::{Backend, Stream};
use phpsock_eval::{Args, Ctx, Module, NResult, ResRef, Unwind, Value};
use std::any::Any;
use std::io;

const LAST: &str = "files.last_dir";

/// Registers the directory handle functions.
pub fn register(m: &mut Module) {
    m.func("opendir(string $directory, $context = null)", opendir)
        .func("readdir($dir_handle = null): string|false", readdir)
        .func("rewinddir($dir_handle = null): void", rewinddir)
        .func("closedir($dir_handle = null): void", closedir);
}

/// A directory's entries (`.` and `..` first, then the OS order).
pub struct DirBackend {
    entries: Vec<Vec<u8>>,
    pos: usize,
}

impl Backend for DirBackend {
    fn read(&mut self, _buf: &mut [u8]) -> io::Result<usize> {
        Ok(0)
    }
    fn write(&mut self, _data: &[u8]) -> io::Result<usize> {
        Err(io::Error::from_raw_os_error(9))
    }
    fn seekable(&self) -> bool {
        true
    }
    fn as_any_mut(&mut self) -> &mut dyn Any {
        self
    }
}

fn opendir(cx: &mut Ctx, a: &mut Args) -> NResult {
    let p = a.str(0);
    super::context::context_or_default(cx.vm(), &a.get(1));
    use std::os::unix::ffi::{OsStrExt, OsStringExt};
    let path = std::path::Path::new(std::ffi::OsStr::from_bytes(&p));
    match std::fs::read_dir(path) {
        Ok(rd) => {
            let mut entries = vec![b".".to_vec(), b"..".to_vec()];
            entries.extend(rd.flatten().map(|e| e.file_name().into_vec()));
            let s = Stream::new(
                Box::new(DirBackend { entries, pos: 0 }),
                p.to_string_lossy(),
                "r",
                "plainfile",
                "dir",
            );
            let r = new_stream(cx.vm(), s);
            cx.vm().module_state.insert(LAST, Box::new(r.clone()));
            Ok(Value::Resource(r))
        }
        Err(e) => {
            let msg = format!(
                "opendir({}): Failed to open directory: {}",
                p.to_string_lossy(),
                super::handles::os_reason(&e)
            );
            cx.raise(2, &msg)?;
            Ok(Value::Bool(false))
        }
    }
}

fn handle(cx: &mut Ctx, a: &Args) -> Result<Option<ResRef>, Unwind> {
    if a.is_null(0) {
        let last = cx
            .vm()
            .module_state
            .get(LAST)
            .and_then(|b| b.downcast_ref::<ResRef>())
            .cloned();
        if last.is_none() {
            return Err(cx.throw("TypeError", "No resource supplied"));
        }
        return Ok(last);
    }
    resource_arg(cx, a, 0).map(Some)
}

fn with_dir<R>(cx: &mut Ctx, a: &Args, f: impl FnOnce(&mut DirBackend) -> R) -> Result<R, Unwind> {
    let r = match handle(cx, a)? {
        Some(r) => r,
        None => return Err(cx.throw("TypeError", "No resource supplied")),
    };
    let out = {
        let mut p = r.get().payload.borrow_mut();
        p.as_mut()
            .and_then(|b| b.downcast_mut::<Stream>())
            .and_then(|s| s.backend_mut().as_any_mut().downcast_mut::<DirBackend>())
            .map(f)
    };
    match out {
        Some(v) => Ok(v),
        None => {
            let msg = format!(
                "{}(): supplied resource is not a valid Directory resource",
                cx.fname()
            );
            Err(cx.throw("TypeError", msg))
        }
    }
}

fn readdir(cx: &mut Ctx, a: &mut Args) -> NResult {
    with_dir(cx, a, |d| match d.entries.get(d.pos) {
        Some(e) => {
            d.pos += 1;
            Value::from(e.clone())
        }
        None => Value::Bool(false),
    })
}

fn rewinddir(cx: &mut Ctx, a: &mut Args) -> NResult {
    with_dir(cx, a, |d| d.pos = 0)?;
    Ok(Value::Null)
}

fn closedir(cx: &mut Ctx, a: &mut Args) -> NResult {
    with_dir(cx, a, |_| ())?;
    if let Some(r) = handle(cx, a)? {
        if r.type_name() == STREAM {
            r.close();
        }
        let is_last = cx
            .vm()
            .module_state
            .get(LAST)
            .and_then(|b| b.downcast_ref::<ResRef>())
            .is_some_and(|l| l.ptr_eq(&r));
        if is_last {
            cx.vm().module_state.remove(LAST);
        }
    }
    Ok(Value::Null)
}
