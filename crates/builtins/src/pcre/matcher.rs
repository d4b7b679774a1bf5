//! Running a compiled pattern: single searches, PHP's successive-match loop (after an
//! empty match, retry at the same place with `NOTEMPTY_ATSTART` anchored, else step one
//! character), and the match arrays PHP builds from a match.

use super::Compiled;
use pcre2::bytes::Regex;
use phpsock_eval::{Key, PhpArray, PhpStr, Value};

/// One match: the span of every group (`None` when unset) and PCRE2's count (one more
/// than the highest group that matched).
#[derive(Clone, Debug)]
pub struct Caps {
    /// Group spans, indexed by group number.
    pub spans: Vec<Option<(usize, usize)>>,
    /// Highest set group + 1.
    pub count: usize,
}

impl Caps {
    /// Start of the whole match.
    pub fn start(&self) -> usize {
        self.spans[0].map_or(0, |s| s.0)
    }

    /// End of the whole match.
    pub fn end(&self) -> usize {
        self.spans[0].map_or(0, |s| s.1)
    }
}

/// One search from `pos`; with `anchored`, a match must start at `pos`. `Err` holds the
/// PCRE2 error code.
pub fn search(
    c: &Compiled,
    re: &Regex,
    subject: &[u8],
    pos: usize,
    anchored: bool,
) -> Result<Option<Caps>, i32> {
    if pos > subject.len() {
        return Err(-33);
    }
    let mut locs = re.capture_locations();
    match re.captures_read_at(&mut locs, subject, pos) {
        Ok(Some(m)) => {
            if anchored && m.start() != pos {
                return Ok(None);
            }
            let n = c.groups();
            let spans: Vec<Option<(usize, usize)>> = (0..n).map(|i| locs.get(i)).collect();
            let count = spans.iter().rposition(Option::is_some).map_or(1, |i| i + 1);
            Ok(Some(Caps { spans, count }))
        }
        Ok(None) => Ok(None),
        Err(e) => Err(e.code()),
    }
}

/// Checks a subject (and start offset) for UTF mode; returns the `preg_last_error` code.
pub fn check_utf(c: &Compiled, subject: &[u8], offset: usize) -> Option<i64> {
    if !c.utf {
        return None;
    }
    if std::str::from_utf8(subject).is_err() {
        return Some(super::err::BAD_UTF8);
    }
    if offset < subject.len() && (subject[offset] & 0xC0) == 0x80 {
        return Some(super::err::BAD_UTF8_OFFSET);
    }
    None
}

fn unit_len(c: &Compiled, subject: &[u8], pos: usize) -> usize {
    if !c.utf {
        return 1;
    }
    let mut n = 1;
    while pos + n < subject.len() && (subject[pos + n] & 0xC0) == 0x80 {
        n += 1;
    }
    n
}

/// PHP's loop over successive matches (`preg_match_all`, `preg_replace`, `preg_split`).
pub struct Global<'a> {
    c: &'a Compiled,
    subject: &'a [u8],
    pos: usize,
    after_empty: bool,
    done: bool,
}

impl<'a> Global<'a> {
    /// Starts at `offset`.
    pub fn new(c: &'a Compiled, subject: &'a [u8], offset: usize) -> Global<'a> {
        Global {
            c,
            subject,
            pos: offset,
            after_empty: false,
            done: false,
        }
    }

    fn accept(&mut self, m: &Caps) {
        self.pos = m.end();
        self.after_empty = m.end() == m.start();
    }

    /// The next match, `None` at the end; `Err` holds a PCRE2 error code.
    pub fn next_match(&mut self) -> Result<Option<Caps>, i32> {
        if self.done {
            return Ok(None);
        }
        if self.after_empty {
            self.after_empty = false;
            let retry = match self.c.notempty() {
                Some(re) => search(self.c, re, self.subject, self.pos, true)?,
                None => None,
            };
            if let Some(m) = retry {
                self.accept(&m);
                return Ok(Some(m));
            }
            if self.pos < self.subject.len() {
                self.pos += unit_len(self.c, self.subject, self.pos);
            } else {
                self.done = true;
                return Ok(None);
            }
        }
        match search(self.c, &self.c.re, self.subject, self.pos, self.c.anchored)? {
            Some(m) => {
                self.accept(&m);
                Ok(Some(m))
            }
            None => {
                self.done = true;
                Ok(None)
            }
        }
    }
}

/// Flags that shape match arrays.
#[derive(Clone, Copy, Default)]
pub struct Shape {
    /// `PREG_OFFSET_CAPTURE`: each entry is `[text, offset]`.
    pub offset_capture: bool,
    /// `PREG_UNMATCHED_AS_NULL`: unmatched groups are `null` (and trailing ones are kept).
    pub unmatched_as_null: bool,
}

impl Shape {
    /// From a `$flags` argument.
    pub fn from_flags(flags: i64) -> Shape {
        Shape {
            offset_capture: flags & 256 != 0,
            unmatched_as_null: flags & 512 != 0,
        }
    }
}

/// The value PHP stores for one group.
pub fn group_value(subject: &[u8], span: Option<(usize, usize)>, shape: Shape) -> Value {
    let text = match span {
        Some((s, e)) => Value::Str(PhpStr::new(&subject[s..e.max(s)])),
        None if shape.unmatched_as_null => Value::Null,
        None => Value::Str(PhpStr::empty()),
    };
    if shape.offset_capture {
        let off = span.map_or(-1, |(s, _)| s as i64);
        Value::from(PhpArray::from_values(vec![text, Value::Int(off)]))
    } else {
        text
    }
}

fn add_named(out: &mut PhpArray, name: Option<&String>, v: Value) {
    if let Some(n) = name {
        out.insert(Key::from_bytes(n.as_bytes()), v.clone());
    }
    let _ = out.push(v);
}

/// The match array of `preg_match` (and `PREG_SET_ORDER` entries, callback arguments).
pub fn match_array(c: &Compiled, subject: &[u8], m: &Caps, shape: Shape) -> PhpArray {
    let mut out = PhpArray::new();
    let total = if shape.unmatched_as_null {
        c.groups()
    } else {
        m.count
    };
    for i in 0..total {
        let span = m.spans.get(i).copied().flatten();
        let span = if i < m.count { span } else { None };
        let v = group_value(subject, span, shape);
        add_named(&mut out, c.names.get(i).and_then(Option::as_ref), v);
    }
    out
}

/// Adds the name and index keys of `PREG_PATTERN_ORDER` results.
pub fn pattern_order(c: &Compiled, sets: Vec<PhpArray>) -> PhpArray {
    let mut out = PhpArray::new();
    for (i, s) in sets.into_iter().enumerate() {
        add_named(
            &mut out,
            c.names.get(i).and_then(Option::as_ref),
            Value::from(s),
        );
    }
    out
}
