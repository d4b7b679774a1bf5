//! `json_encode`.

use super::{flags::*, JsonError};
use crate::standard::output::props;
use phpsock_eval::numeric::{fmt_float, parse_numeric, Num, Numeric};
use phpsock_eval::object::Visibility;
use phpsock_eval::{Ctx, Key, ObjRef, PhpArray, Unwind, Value};
use std::rc::Rc;

/// The encoder state.
pub struct Encoder {
    /// `JSON_*` flags.
    pub flags: i64,
    /// Maximum nesting depth.
    pub max_depth: i64,
    /// `serialize_precision` for floats.
    pub precision: i32,
    /// First error met (encoding continues with partial output).
    pub error: JsonError,
    depth: usize,
    seen: Vec<usize>,
}

impl Encoder {
    /// A new encoder.
    pub fn new(flags: i64, max_depth: i64) -> Encoder {
        Encoder {
            flags,
            max_depth,
            precision: -1,
            error: JsonError::None,
            depth: 0,
            seen: Vec::new(),
        }
    }

    fn fail(&mut self, e: JsonError) {
        if self.error == JsonError::None {
            self.error = e;
        }
    }

    fn has(&self, f: i64) -> bool {
        self.flags & f != 0
    }

    /// Encodes `v` into `out`.
    pub fn value(&mut self, cx: &mut Ctx, v: &Value, out: &mut Vec<u8>) -> Result<(), Unwind> {
        match v {
            Value::Undef | Value::Null => out.extend_from_slice(b"null"),
            Value::Bool(b) => out.extend_from_slice(if *b { b"true" } else { b"false" }),
            Value::Int(i) => out.extend_from_slice(i.to_string().as_bytes()),
            Value::Float(f) => self.float(*f, out),
            Value::Str(s) => {
                if self.has(NUMERIC_CHECK) {
                    match parse_numeric(s) {
                        Numeric::Whole(Num::Int(i)) => {
                            out.extend_from_slice(i.to_string().as_bytes());
                            return Ok(());
                        }
                        Numeric::Whole(Num::Float(f)) => {
                            self.float(f, out);
                            return Ok(());
                        }
                        _ => {}
                    }
                }
                self.string(s, out)
            }
            Value::Array(a) => self.array(cx, a, out)?,
            Value::Object(o) => self.object(cx, o, out)?,
            Value::Resource(_) => {
                self.fail(JsonError::UnsupportedType);
                out.extend_from_slice(b"null");
            }
            Value::Ref(r) => return self.value(cx, &r.get(), out),
        }
        Ok(())
    }

    fn float(&mut self, f: f64, out: &mut Vec<u8>) {
        if !f.is_finite() {
            self.fail(JsonError::InfOrNan);
            out.push(b'0');
            return;
        }
        let mut s = fmt_float(f, self.precision).replace('E', "e");
        if self.has(PRESERVE_ZERO_FRACTION) && !s.contains(['.', 'e']) {
            s.push_str(".0");
        }
        out.extend_from_slice(s.as_bytes());
    }

    /// Encodes a string (with UTF-8 validation).
    pub fn string(&mut self, s: &[u8], out: &mut Vec<u8>) {
        let start = out.len();
        out.push(b'"');
        let mut i = 0;
        while i < s.len() {
            let b = s[i];
            if b < 0x80 {
                i += 1;
                match b {
                    b'"' if self.has(HEX_QUOT) => out.extend_from_slice(b"\\u0022"),
                    b'"' => out.extend_from_slice(b"\\\""),
                    b'\\' => out.extend_from_slice(b"\\\\"),
                    b'/' if !self.has(UNESCAPED_SLASHES) => out.extend_from_slice(b"\\/"),
                    b'\x08' => out.extend_from_slice(b"\\b"),
                    b'\x0c' => out.extend_from_slice(b"\\f"),
                    b'\n' => out.extend_from_slice(b"\\n"),
                    b'\r' => out.extend_from_slice(b"\\r"),
                    b'\t' => out.extend_from_slice(b"\\t"),
                    b'<' if self.has(HEX_TAG) => out.extend_from_slice(b"\\u003C"),
                    b'>' if self.has(HEX_TAG) => out.extend_from_slice(b"\\u003E"),
                    b'&' if self.has(HEX_AMP) => out.extend_from_slice(b"\\u0026"),
                    b'\'' if self.has(HEX_APOS) => out.extend_from_slice(b"\\u0027"),
                    b if b < 0x20 => out.extend_from_slice(format!("\\u{:04x}", b).as_bytes()),
                    b => out.push(b),
                }
                continue;
            }
            match next_utf8_char(&s[i..]) {
                Ok((c, n)) => {
                    let raw = &s[i..i + n];
                    i += n;
                    let line_term = c == 0x2028 || c == 0x2029;
                    if self.has(UNESCAPED_UNICODE)
                        && (!line_term || self.has(UNESCAPED_LINE_TERMINATORS))
                    {
                        out.extend_from_slice(raw);
                    } else {
                        push_u16(c, out);
                    }
                }
                Err(skip) => {
                    i += skip;
                    if self.has(INVALID_UTF8_IGNORE) {
                        continue;
                    }
                    if self.has(INVALID_UTF8_SUBSTITUTE) {
                        if self.has(UNESCAPED_UNICODE) {
                            out.extend_from_slice("\u{fffd}".as_bytes());
                        } else {
                            out.extend_from_slice(b"\\ufffd");
                        }
                        continue;
                    }
                    self.fail(JsonError::Utf8);
                    out.truncate(start);
                    out.extend_from_slice(b"null");
                    return;
                }
            }
        }
        out.push(b'"');
    }

    fn newline(&self, out: &mut Vec<u8>) {
        if self.has(PRETTY_PRINT) {
            out.push(b'\n');
            for _ in 0..self.depth {
                out.extend_from_slice(b"    ");
            }
        }
    }

    fn entries(
        &mut self,
        cx: &mut Ctx,
        items: Vec<(Option<Vec<u8>>, Value)>,
        as_object: bool,
        out: &mut Vec<u8>,
    ) -> Result<(), Unwind> {
        let (open, close) = if as_object {
            (b'{', b'}')
        } else {
            (b'[', b']')
        };
        if self.depth as i64 >= self.max_depth {
            self.fail(JsonError::Depth);
            if !self.has(PARTIAL_OUTPUT_ON_ERROR) {
                return Ok(());
            }
        }
        if items.is_empty() {
            out.push(open);
            out.push(close);
            return Ok(());
        }
        out.push(open);
        self.depth += 1;
        for (n, (k, v)) in items.into_iter().enumerate() {
            if n > 0 {
                out.push(b',');
            }
            self.newline(out);
            if as_object {
                self.string(k.as_deref().unwrap_or(b""), out);
                out.push(b':');
                if self.has(PRETTY_PRINT) {
                    out.push(b' ');
                }
            }
            self.value(cx, &v, out)?;
        }
        self.depth -= 1;
        self.newline(out);
        out.push(close);
        Ok(())
    }

    fn array(&mut self, cx: &mut Ctx, a: &Rc<PhpArray>, out: &mut Vec<u8>) -> Result<(), Unwind> {
        let id = Rc::as_ptr(a) as usize;
        if self.seen.contains(&id) {
            self.fail(JsonError::Recursion);
            out.extend_from_slice(b"null");
            return Ok(());
        }
        let as_object = self.has(FORCE_OBJECT) || !a.is_list();
        let items = a
            .iter()
            .map(|(k, v)| {
                let k = match k {
                    Key::Int(i) => i.to_string().into_bytes(),
                    Key::Str(s) => s.to_vec(),
                };
                (Some(k), v.clone())
            })
            .collect();
        self.seen.push(id);
        let r = self.entries(cx, items, as_object, out);
        self.seen.pop();
        r
    }

    fn object(&mut self, cx: &mut Ctx, o: &ObjRef, out: &mut Vec<u8>) -> Result<(), Unwind> {
        // (An enum implementing JsonSerializable is encoded through it, as PHP checks that
        // first.)
        if props::is_enum(o) && !o.class().instance_of_name(b"jsonserializable") {
            match o.get_prop(b"value") {
                Some(v) => return self.value(cx, &v, out),
                None => {
                    self.fail(JsonError::NonBackedEnum);
                    out.push(b'0');
                    return Ok(());
                }
            }
        }
        let id = (o.id() as usize) | (1 << 60);
        if self.seen.contains(&id) {
            self.fail(JsonError::Recursion);
            out.extend_from_slice(b"null");
            return Ok(());
        }
        if o.class().instance_of_name(b"jsonserializable") {
            self.seen.push(id);
            let v = cx
                .vm()
                .call_method_by_name(o, "jsonSerialize", vec![])?
                .unwrap_or_default();
            let r = match &v {
                Value::Object(o2) if o2.ptr_eq(o) => {
                    let items = public_props(o);
                    self.entries(cx, items, true, out)
                }
                v => self.value(cx, v, out),
            };
            self.seen.pop();
            return r;
        }
        let items = public_props(o);
        self.seen.push(id);
        let r = self.entries(cx, items, true, out);
        self.seen.pop();
        r
    }
}

fn public_props(o: &ObjRef) -> Vec<(Option<Vec<u8>>, Value)> {
    props::props(o)
        .into_iter()
        .filter(|p| p.vis == Visibility::Public)
        .filter_map(|p| p.value.map(|v| (Some(p.name.to_vec()), v)))
        .collect()
}

fn push_u16(c: u32, out: &mut Vec<u8>) {
    if c >= 0x10000 {
        let c = c - 0x10000;
        let hi = 0xd800 + (c >> 10);
        let lo = 0xdc00 + (c & 0x3ff);
        out.extend_from_slice(format!("\\u{hi:04x}\\u{lo:04x}").as_bytes());
    } else {
        out.extend_from_slice(format!("\\u{c:04x}").as_bytes());
    }
}

/// PHP's `php_next_utf8_char`: the code point and its length, or on error how many bytes
/// the invalid sequence spans (what `JSON_INVALID_UTF8_*` skip or replace).
pub fn next_utf8_char(s: &[u8]) -> Result<(u32, usize), usize> {
    let lead = |c: u8| c < 0x80 || (0xc2..=0xf4).contains(&c);
    let trail = |c: u8| (0x80..=0xbf).contains(&c);
    let avail = s.len();
    let c = s[0];
    let at = |i: usize| s.get(i).copied().unwrap_or(0);
    if c < 0x80 {
        return Ok((c as u32, 1));
    }
    if c < 0xc2 {
        return Err(1);
    }
    if c < 0xe0 {
        if avail < 2 || !trail(at(1)) {
            return Err(if avail < 2 || lead(at(1)) { 1 } else { 2 });
        }
        return Ok((((c as u32 & 0x1f) << 6) | (at(1) as u32 & 0x3f), 2));
    }
    if c < 0xf0 {
        if avail < 3 || !trail(at(1)) || !trail(at(2)) {
            return Err(if avail < 2 || lead(at(1)) {
                1
            } else if avail < 3 || lead(at(2)) {
                2
            } else {
                3
            });
        }
        let ch = ((c as u32 & 0x0f) << 12) | ((at(1) as u32 & 0x3f) << 6) | (at(2) as u32 & 0x3f);
        if ch < 0x800 || (0xd800..=0xdfff).contains(&ch) {
            return Err(3);
        }
        return Ok((ch, 3));
    }
    if c < 0xf5 {
        if avail < 4 || !trail(at(1)) || !trail(at(2)) || !trail(at(3)) {
            return Err(if avail < 2 || lead(at(1)) {
                1
            } else if avail < 3 || lead(at(2)) {
                2
            } else if avail < 4 || lead(at(3)) {
                3
            } else {
                4
            });
        }
        let ch = ((c as u32 & 0x07) << 18)
            | ((at(1) as u32 & 0x3f) << 12)
            | ((at(2) as u32 & 0x3f) << 6)
            | (at(3) as u32 & 0x3f);
        if !(0x10000..=0x10ffff).contains(&ch) {
            return Err(4);
        }
        return Ok((ch, 4));
    }
    Err(1)
}

/// Decodes one UTF-8 sequence (strict: no overlongs, surrogates or values past U+10FFFF).
pub fn decode_utf8(s: &[u8]) -> Option<(u32, usize)> {
    let b0 = *s.first()?;
    let (n, min, init) = match b0 {
        0x00..=0x7f => return Some((b0 as u32, 1)),
        0xc2..=0xdf => (2, 0x80, (b0 & 0x1f) as u32),
        0xe0..=0xef => (3, 0x800, (b0 & 0x0f) as u32),
        0xf0..=0xf4 => (4, 0x10000, (b0 & 0x07) as u32),
        _ => return None,
    };
    if s.len() < n {
        return None;
    }
    let mut c = init;
    for &b in &s[1..n] {
        if b & 0xc0 != 0x80 {
            return None;
        }
        c = (c << 6) | (b & 0x3f) as u32;
    }
    if c < min || (0xd800..=0xdfff).contains(&c) || c > 0x10ffff {
        return None;
    }
    Some((c, n))
}
