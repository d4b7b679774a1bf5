//! `json_decode`: a strict RFC 8259 parser building PHP values.

use super::{flags::*, JsonError};
use phpsock_eval::{Ctx, Key, PhpArray, PhpStr, Unwind, Value};

/// The parser state.
pub struct Decoder<'a> {
    s: &'a [u8],
    pos: usize,
    assoc: bool,
    flags: i64,
    max_depth: usize,
    depth: usize,
}

type R<T> = Result<T, JsonError>;

impl<'a> Decoder<'a> {
    /// A parser for `s`.
    pub fn new(s: &'a [u8], assoc: bool, flags: i64, max_depth: usize) -> Decoder<'a> {
        Decoder {
            s,
            pos: 0,
            assoc,
            flags,
            max_depth,
            depth: 0,
        }
    }

    fn ws(&mut self) {
        while matches!(self.s.get(self.pos), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    /// Parses the whole document.
    pub fn document(&mut self, cx: &mut Ctx) -> Result<R<Value>, Unwind> {
        self.ws();
        let v = match self.value(cx)? {
            Ok(v) => v,
            Err(e) => return Ok(Err(e)),
        };
        self.ws();
        if self.pos != self.s.len() {
            return Ok(Err(self.syntax_at_rest()));
        }
        Ok(Ok(v))
    }

    /// What an unexpected byte means: a control character or plain bad syntax.
    fn syntax_at_rest(&self) -> JsonError {
        match self.s.get(self.pos) {
            Some(&b) if b < 0x20 => JsonError::CtrlChar,
            _ => JsonError::Syntax,
        }
    }

    fn value(&mut self, cx: &mut Ctx) -> Result<R<Value>, Unwind> {
        let Some(&b) = self.s.get(self.pos) else {
            return Ok(Err(JsonError::Syntax));
        };
        Ok(match b {
            b'{' => return self.object(cx),
            b'[' => return self.array(cx),
            b'"' => self.string().map(Value::Str),
            b't' => self.lit(b"true", Value::Bool(true)),
            b'f' => self.lit(b"false", Value::Bool(false)),
            b'n' => self.lit(b"null", Value::Null),
            b'-' | b'0'..=b'9' => self.number(),
            _ => Err(self.syntax_at_rest()),
        })
    }

    fn lit(&mut self, word: &[u8], v: Value) -> R<Value> {
        if self.s[self.pos..].starts_with(word) {
            self.pos += word.len();
            Ok(v)
        } else {
            Err(JsonError::Syntax)
        }
    }

    fn number(&mut self) -> R<Value> {
        let start = self.pos;
        if self.s.get(self.pos) == Some(&b'-') {
            self.pos += 1;
        }
        let digits = |d: &mut Decoder| {
            let st = d.pos;
            while d.s.get(d.pos).is_some_and(u8::is_ascii_digit) {
                d.pos += 1;
            }
            d.pos - st
        };
        let int_start = self.pos;
        let n = digits(self);
        if n == 0 || (n > 1 && self.s[int_start] == b'0') {
            return Err(JsonError::Syntax);
        }
        let mut is_float = false;
        if self.s.get(self.pos) == Some(&b'.') {
            self.pos += 1;
            if digits(self) == 0 {
                return Err(JsonError::Syntax);
            }
            is_float = true;
        }
        if matches!(self.s.get(self.pos), Some(b'e' | b'E')) {
            self.pos += 1;
            if matches!(self.s.get(self.pos), Some(b'+' | b'-')) {
                self.pos += 1;
            }
            if digits(self) == 0 {
                return Err(JsonError::Syntax);
            }
            is_float = true;
        }
        let text = std::str::from_utf8(&self.s[start..self.pos]).unwrap_or("0");
        if !is_float {
            if let Ok(i) = text.parse::<i64>() {
                return Ok(Value::Int(i));
            }
            if self.flags & BIGINT_AS_STRING != 0 {
                return Ok(Value::from(text));
            }
        }
        Ok(Value::Float(text.parse::<f64>().unwrap_or(0.0)))
    }

    fn hex4(&mut self) -> R<u32> {
        let h = self
            .s
            .get(self.pos..self.pos + 4)
            .ok_or(JsonError::Syntax)?;
        if !h.iter().all(u8::is_ascii_hexdigit) {
            return Err(JsonError::Syntax);
        }
        self.pos += 4;
        Ok(u32::from_str_radix(std::str::from_utf8(h).unwrap_or("0"), 16).unwrap_or(0))
    }

    fn string(&mut self) -> R<PhpStr> {
        self.pos += 1;
        let mut out = Vec::new();
        loop {
            let Some(&b) = self.s.get(self.pos) else {
                return Err(JsonError::Syntax);
            };
            match b {
                b'"' => {
                    self.pos += 1;
                    return Ok(PhpStr::from(out));
                }
                b'\\' => {
                    self.pos += 1;
                    let Some(&e) = self.s.get(self.pos) else {
                        return Err(JsonError::Syntax);
                    };
                    self.pos += 1;
                    match e {
                        b'"' => out.push(b'"'),
                        b'\\' => out.push(b'\\'),
                        b'/' => out.push(b'/'),
                        b'b' => out.push(8),
                        b'f' => out.push(12),
                        b'n' => out.push(b'\n'),
                        b'r' => out.push(b'\r'),
                        b't' => out.push(b'\t'),
                        b'u' => {
                            let mut c = self.hex4()?;
                            if (0xd800..0xdc00).contains(&c) {
                                if self.s.get(self.pos..self.pos + 2) == Some(b"\\u") {
                                    self.pos += 2;
                                    let lo = self.hex4()?;
                                    if !(0xdc00..0xe000).contains(&lo) {
                                        return Err(JsonError::Utf16);
                                    }
                                    c = 0x10000 + ((c - 0xd800) << 10) + (lo - 0xdc00);
                                } else {
                                    return Err(JsonError::Utf16);
                                }
                            } else if (0xdc00..0xe000).contains(&c) {
                                return Err(JsonError::Utf16);
                            }
                            let ch = char::from_u32(c).unwrap_or('\u{fffd}');
                            let mut buf = [0u8; 4];
                            out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
                        }
                        _ => return Err(JsonError::Syntax),
                    }
                }
                b if b < 0x20 => return Err(JsonError::CtrlChar),
                b if b < 0x80 => {
                    out.push(b);
                    self.pos += 1;
                }
                _ => match super::encode::decode_utf8(&self.s[self.pos..]) {
                    Some((_, n)) => {
                        out.extend_from_slice(&self.s[self.pos..self.pos + n]);
                        self.pos += n;
                    }
                    None => {
                        if self.flags & INVALID_UTF8_IGNORE != 0 {
                            self.pos += 1;
                        } else if self.flags & INVALID_UTF8_SUBSTITUTE != 0 {
                            self.pos += 1;
                            out.extend_from_slice("\u{fffd}".as_bytes());
                        } else {
                            return Err(JsonError::Utf8);
                        }
                    }
                },
            }
        }
    }

    fn enter(&mut self) -> R<()> {
        self.depth += 1;
        if self.depth >= self.max_depth {
            return Err(JsonError::Depth);
        }
        Ok(())
    }

    fn array(&mut self, cx: &mut Ctx) -> Result<R<Value>, Unwind> {
        if let Err(e) = self.enter() {
            return Ok(Err(e));
        }
        self.pos += 1;
        let mut arr = PhpArray::new();
        self.ws();
        if self.s.get(self.pos) == Some(&b']') {
            self.pos += 1;
            self.depth -= 1;
            return Ok(Ok(Value::from(arr)));
        }
        loop {
            self.ws();
            match self.value(cx)? {
                Ok(v) => {
                    let _ = arr.push(v);
                }
                Err(e) => return Ok(Err(e)),
            }
            self.ws();
            match self.s.get(self.pos) {
                Some(b',') => self.pos += 1,
                Some(b']') => {
                    self.pos += 1;
                    break;
                }
                _ => return Ok(Err(self.syntax_at_rest())),
            }
        }
        self.depth -= 1;
        Ok(Ok(Value::from(arr)))
    }

    fn object(&mut self, cx: &mut Ctx) -> Result<R<Value>, Unwind> {
        if let Err(e) = self.enter() {
            return Ok(Err(e));
        }
        self.pos += 1;
        let obj = if self.assoc {
            None
        } else {
            Some(cx.new_object("stdClass")?)
        };
        let mut entries: Vec<(PhpStr, Value)> = Vec::new();
        self.ws();
        if self.s.get(self.pos) == Some(&b'}') {
            self.pos += 1;
        } else {
            loop {
                self.ws();
                if self.s.get(self.pos) != Some(&b'"') {
                    return Ok(Err(self.syntax_at_rest()));
                }
                let k = match self.string() {
                    Ok(k) => k,
                    Err(e) => return Ok(Err(e)),
                };
                self.ws();
                if self.s.get(self.pos) != Some(&b':') {
                    return Ok(Err(self.syntax_at_rest()));
                }
                self.pos += 1;
                self.ws();
                match self.value(cx)? {
                    Ok(v) => entries.push((k, v)),
                    Err(e) => return Ok(Err(e)),
                }
                self.ws();
                match self.s.get(self.pos) {
                    Some(b',') => self.pos += 1,
                    Some(b'}') => {
                        self.pos += 1;
                        break;
                    }
                    _ => return Ok(Err(self.syntax_at_rest())),
                }
            }
        }
        self.depth -= 1;
        if self.assoc {
            let mut arr = PhpArray::new();
            for (k, v) in entries {
                arr.insert(Key::from_phpstr(k), v);
            }
            return Ok(Ok(Value::from(arr)));
        }
        let Some(o) = obj else {
            return Ok(Err(JsonError::Syntax));
        };
        for (k, v) in entries {
            if k.first() == Some(&0) {
                return Ok(Err(JsonError::InvalidPropertyName));
            }
            o.set_prop(&k, v);
        }
        Ok(Ok(Value::Object(o)))
    }
}
