//! Output buffering (`ob_start` and friends): a stack of buffers in front of the one output
//! writer. Each buffer may have a PHP handler called as `handler(string $buffer, int $phase)`
//! when it is flushed, cleaned or removed; what it returns goes to the level below. A handler
//! that fails (returns `false` or throws) is disabled, as in PHP: later output skips it.

use crate::string::PhpStr;
use crate::value::Value;
use crate::vm::{Unwind, Vm};

/// `PHP_OUTPUT_HANDLER_START`: first call of the handler.
pub const PHASE_START: i64 = 1;
/// `PHP_OUTPUT_HANDLER_CLEAN`: the buffer is being discarded.
pub const PHASE_CLEAN: i64 = 2;
/// `PHP_OUTPUT_HANDLER_FLUSH`: the buffer is being flushed.
pub const PHASE_FLUSH: i64 = 4;
/// `PHP_OUTPUT_HANDLER_FINAL`: last call, the buffer is being removed.
pub const PHASE_FINAL: i64 = 8;

/// PHP's initial (and growth) size of a buffer for a chunk size.
pub fn initbuf_size(chunk: usize) -> usize {
    if chunk > 1 {
        chunk + 4096 - (chunk % 4096)
    } else {
        16384
    }
}

/// One level of output buffering.
#[derive(Debug, Default)]
pub struct ObBuffer {
    /// Bytes written at this level and not yet passed on.
    pub data: Vec<u8>,
    /// The handler callable, if any.
    pub handler: Option<Value>,
    /// The handler name as `ob_list_handlers` shows it.
    pub name: PhpStr,
    /// `PHP_OUTPUT_HANDLER_*ABLE` flags given to `ob_start`.
    pub flags: i64,
    /// `chunk_size` given to `ob_start` (recorded for `ob_get_status`).
    pub chunk_size: usize,
    /// The allocation size PHP would report (`buffer_size`).
    pub size: usize,
    /// True once the handler has been called (so `PHASE_START` is not repeated).
    pub started: bool,
    /// True once an operation completed successfully (`PHP_OUTPUT_HANDLER_PROCESSED`).
    pub processed: bool,
    /// The handler failed: output passes this level by (`PHP_OUTPUT_HANDLER_DISABLED`).
    pub disabled: bool,
}

impl ObBuffer {
    /// Appends output, growing `size` the way PHP's buffer grows.
    pub fn append(&mut self, b: &[u8]) {
        if b.is_empty() {
            return;
        }
        let free = self.size.saturating_sub(self.data.len());
        if free <= b.len() {
            let grow = initbuf_size(self.chunk_size).max(initbuf_size(b.len() - free));
            self.size += grow;
        }
        self.data.extend_from_slice(b);
    }
}

impl Vm {
    /// Pushes a new output buffer.
    pub fn ob_start(&mut self, handler: Option<Value>, name: PhpStr, flags: i64) {
        self.ob_start_chunked(handler, name, flags, 0);
    }

    /// Pushes a new output buffer with `ob_start`'s `chunk_size`.
    pub fn ob_start_chunked(
        &mut self,
        handler: Option<Value>,
        name: PhpStr,
        flags: i64,
        chunk: usize,
    ) {
        self.out.ob_stack.push(ObBuffer {
            handler,
            name,
            flags,
            chunk_size: chunk,
            size: initbuf_size(chunk),
            ..ObBuffer::default()
        });
    }

    /// Number of active buffers (`ob_get_level`).
    pub fn ob_level(&self) -> usize {
        self.out.ob_stack.len()
    }

    /// Runs `data` through the handler of `buf` for `phase` (adding `PHASE_START` on the
    /// first call). As in PHP, output the handler itself produces (echo, warnings) is
    /// discarded; a handler returning `false` or throwing passes the data through unchanged
    /// and is disabled; `true` passes nothing.
    fn ob_handle(
        &mut self,
        buf: &mut ObBuffer,
        data: Vec<u8>,
        phase: i64,
    ) -> (Vec<u8>, Result<(), Unwind>) {
        let Some(h) = buf.handler.clone() else {
            buf.started = true;
            buf.processed = true;
            return (data, Ok(()));
        };
        let phase = if buf.started {
            phase
        } else {
            phase | PHASE_START
        };
        buf.started = true;
        self.out.ob_stack.push(ObBuffer::default());
        let r = self.call_value(&h, vec![Value::from(data.clone()), Value::Int(phase)]);
        let (out, res, failed) = match r {
            Err(u) => (data, Err(u), true),
            Ok(Value::Bool(false)) => (data, Ok(()), true),
            Ok(Value::Bool(true)) => (Vec::new(), Ok(()), false),
            Ok(v) => match v.scalar_to_str(self.precision()) {
                Some(s) => (s.into_vec(), Ok(()), false),
                None => match self.to_str(&v) {
                    Ok(s) => (s.into_vec(), Ok(()), false),
                    Err(u) => (data, Err(u), true),
                },
            },
        };
        self.out.ob_stack.pop();
        if failed {
            buf.disabled = true;
            buf.size = 0;
        } else {
            buf.processed = true;
        }
        (out, res)
    }

    /// Flushes (`flush = true`, output goes one level down) or discards the top buffer,
    /// removing it when `remove`. Returns false if there is no buffer.
    pub fn ob_finish_top(&mut self, flush: bool, remove: bool) -> Result<bool, Unwind> {
        let Some(mut buf) = self.out.ob_stack.pop() else {
            return Ok(false);
        };
        if remove && buf.disabled {
            // PHP does not run a disabled handler when removing it.
            return Ok(true);
        }
        let data = std::mem::take(&mut buf.data);
        let mut phase = if flush { PHASE_FLUSH } else { PHASE_CLEAN };
        if remove {
            phase = if flush {
                PHASE_FINAL
            } else {
                PHASE_CLEAN | PHASE_FINAL
            };
        }
        let (out, r) = self.ob_handle(&mut buf, data, phase);
        if flush {
            // Written through the levels below (skipping disabled ones), like php_output_write.
            self.out.write(&out);
            self.note_output_start();
        }
        if !remove {
            self.out.ob_stack.push(buf);
        }
        r.map(|_| true)
    }

    /// Flushes and removes every buffer (end of the request).
    pub fn ob_end_all(&mut self) -> Result<(), Unwind> {
        while !self.out.ob_stack.is_empty() {
            self.ob_finish_top(true, true)?;
        }
        Ok(())
    }
}
