//! Output buffering (`ob_start` and friends): a stack of buffers in front of the one output
//! writer. Each buffer may have a PHP handler called as `handler(string $buffer, int $phase)`
//! when it is flushed, cleaned or removed; what it returns goes to the level below.

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
    /// True once the handler has been called (so `PHASE_START` is not repeated).
    pub started: bool,
}

impl Vm {
    /// Pushes a new output buffer.
    pub fn ob_start(&mut self, handler: Option<Value>, name: PhpStr, flags: i64) {
        self.out.ob_stack.push(ObBuffer {
            data: Vec::new(),
            handler,
            name,
            flags,
            started: false,
        });
    }

    /// Number of active buffers (`ob_get_level`).
    pub fn ob_level(&self) -> usize {
        self.out.ob_stack.len()
    }

    /// Runs `data` through the handler of `buf` for `phase` (adding `PHASE_START` on the
    /// first call). A handler returning `false` passes the data through unchanged.
    fn ob_handle(
        &mut self,
        buf: &mut ObBuffer,
        data: Vec<u8>,
        phase: i64,
    ) -> Result<Vec<u8>, Unwind> {
        let Some(h) = buf.handler.clone() else {
            return Ok(data);
        };
        let phase = if buf.started {
            phase
        } else {
            phase | PHASE_START
        };
        buf.started = true;
        let r = self.call_value(&h, vec![Value::from(data.clone()), Value::Int(phase)])?;
        Ok(match r {
            Value::Bool(false) => data,
            v => match v.scalar_to_str(self.precision()) {
                Some(s) => s.into_vec(),
                None => self.to_str(&v)?.into_vec(),
            },
        })
    }

    /// Flushes (`flush = true`, output goes one level down) or discards the top buffer,
    /// removing it when `remove`. Returns false if there is no buffer.
    pub fn ob_finish_top(&mut self, flush: bool, remove: bool) -> Result<bool, Unwind> {
        let Some(mut buf) = self.out.ob_stack.pop() else {
            return Ok(false);
        };
        let data = std::mem::take(&mut buf.data);
        let mut phase = if flush { PHASE_FLUSH } else { PHASE_CLEAN };
        if remove {
            phase = if flush {
                PHASE_FINAL
            } else {
                PHASE_CLEAN | PHASE_FINAL
            };
        }
        let r = self.ob_handle(&mut buf, data, phase);
        if !remove {
            self.out.ob_stack.push(buf);
            // Anything echoed by the handler went below; keep the stack as it was.
        }
        let out = r?;
        if flush {
            self.ob_write_below(remove, &out);
        }
        Ok(true)
    }

    fn ob_write_below(&mut self, removed: bool, b: &[u8]) {
        if removed {
            self.out.write(b);
        } else {
            let n = self.out.ob_stack.len();
            if n >= 2 {
                self.out.ob_stack[n - 2].data.extend_from_slice(b);
            } else {
                let top = self.out.ob_stack.pop();
                self.out.write(b);
                if let Some(t) = top {
                    self.out.ob_stack.push(t);
                }
            }
        }
    }

    /// Flushes and removes every buffer (end of the request).
    pub fn ob_end_all(&mut self) -> Result<(), Unwind> {
        while !self.out.ob_stack.is_empty() {
            self.ob_finish_top(true, true)?;
        }
        Ok(())
    }
}
