//! Streams as PHP resources: creating them, and finding the stream behind an argument with
//! PHP's errors for non-resources and closed ones.

use super::stream::{Memory, OutputBackend, StdOut, Stdin, Stream};
use phpsock_eval::{Args, Ctx, ResRef, Unwind, Value, Vm};

/// The resource type name of streams.
pub const STREAM: &str = "stream";

/// Makes a new `stream` resource with the next id.
pub fn new_stream(vm: &mut Vm, s: Stream) -> ResRef {
    let id = vm.next_resource();
    ResRef::new(id, STREAM, Box::new(s))
}

/// Takes a resource id without creating anything, as PHP does for the temporary streams of
/// `file_get_contents` and friends.
pub fn burn_id(vm: &mut Vm) {
    vm.next_resource();
}

/// `STDIN`, `STDOUT`, `STDERR` (ids 1, 2, 3).
pub fn std_streams() -> [(&'static str, Value); 3] {
    [
        (
            "STDIN",
            Value::Resource(ResRef::new(
                1,
                STREAM,
                Box::new(Stream::new(
                    Box::new(Stdin),
                    "php://stdin",
                    "rb",
                    "PHP",
                    "STDIO",
                )),
            )),
        ),
        (
            "STDOUT",
            Value::Resource(ResRef::new(
                2,
                STREAM,
                Box::new(Stream::new(
                    Box::new(StdOut { stderr: false }),
                    "php://stdout",
                    "wb",
                    "PHP",
                    "STDIO",
                )),
            )),
        ),
        (
            "STDERR",
            Value::Resource(ResRef::new(
                3,
                STREAM,
                Box::new(Stream::new(
                    Box::new(StdOut { stderr: true }),
                    "php://stderr",
                    "wb",
                    "PHP",
                    "STDIO",
                )),
            )),
        ),
    ]
}

/// A fresh `php://memory` stream.
pub fn memory_stream(uri: &str, mode: &str, stream_type: &'static str) -> Stream {
    Stream::new(Box::new(Memory::new()), uri, mode, "PHP", stream_type)
}

/// A `php://output` stream.
pub fn output_stream(mode: &str) -> Stream {
    Stream::new(
        Box::new(OutputBackend),
        "php://output",
        mode,
        "PHP",
        "Output",
    )
}

/// The resource passed as argument `i` (0-based), or PHP's `TypeError` for anything else.
pub fn resource_arg(cx: &mut Ctx, a: &Args, i: usize) -> Result<ResRef, Unwind> {
    match a.get(i) {
        Value::Resource(r) => Ok(r),
        v => Err(cx.type_error(
            i + 1,
            &format!("must be of type resource, {} given", v.type_name()),
        )),
    }
}

/// Runs `f` on the open stream passed as argument `i`; `TypeError`s as PHP words them.
pub fn with_stream<R>(
    cx: &mut Ctx,
    a: &Args,
    i: usize,
    f: impl FnOnce(&mut Stream, &mut Ctx) -> Result<R, Unwind>,
) -> Result<R, Unwind> {
    let r = resource_arg(cx, a, i)?;
    with_res_stream(cx, &r, f)
}

/// Runs `f` on the stream behind a resource value. The script's buffered output is flushed
/// first: a read may block (a prompt must show before `fgets(STDIN)` waits), and writes to a
/// standard stream must come after what was echoed — PHP's CLI output is unbuffered.
pub fn with_res_stream<R>(
    cx: &mut Ctx,
    r: &ResRef,
    f: impl FnOnce(&mut Stream, &mut Ctx) -> Result<R, Unwind>,
) -> Result<R, Unwind> {
    cx.vm().flush();
    let mut payload = r.get().payload.borrow_mut();
    match payload.as_mut().and_then(|p| p.downcast_mut::<Stream>()) {
        Some(s) => f(s, cx),
        None => {
            drop(payload);
            let msg = format!(
                "{}(): supplied resource is not a valid stream resource",
                cx.fname()
            );
            Err(cx.throw("TypeError", msg))
        }
    }
}

/// Closes a stream resource (as `fclose` does), if it is still an open stream.
pub fn close_stream(r: &ResRef) {
    let is_stream = {
        let mut payload = r.get().payload.borrow_mut();
        match payload.as_mut().and_then(|p| p.downcast_mut::<Stream>()) {
            Some(s) => {
                s.close();
                true
            }
            None => false,
        }
    };
    if is_stream {
        r.close();
    }
}
