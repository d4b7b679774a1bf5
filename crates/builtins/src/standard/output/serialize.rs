//! `serialize` and `unserialize` in PHP's format (`i:5;`, `a:1:{…}`, `O:8:"stdClass":…`,
//! `E:…`, back-references `r:`/`R:`).

use super::props;
use phpsock_eval::numeric::fmt_float;
use phpsock_eval::object::Visibility;
use phpsock_eval::{Args, Ctx, Key, NResult, ObjRef, PhpArray, PhpRef, PhpStr, Unwind, Value};
use std::collections::HashMap;
use std::rc::Rc;

#[derive(Default)]
struct Ser {
    n: i64,
    seen: HashMap<usize, i64>,
}

fn ref_key(r: &PhpRef) -> usize {
    r.with(|v| v as *const Value as usize)
}

fn write_str(out: &mut Vec<u8>, s: &[u8]) {
    out.extend_from_slice(format!("s:{}:\"", s.len()).as_bytes());
    out.extend_from_slice(s);
    out.extend_from_slice(b"\";");
}

fn mangled(p: &props::Prop) -> Vec<u8> {
    match p.vis {
        Visibility::Protected => {
            let mut k = b"\0*\0".to_vec();
            k.extend_from_slice(&p.name);
            k
        }
        Visibility::Private => {
            let mut k = vec![0];
            k.extend_from_slice(&p.class);
            k.push(0);
            k.extend_from_slice(&p.name);
            k
        }
        _ => p.name.to_vec(),
    }
}

impl Ser {
    fn value(&mut self, cx: &mut Ctx, slot: &Value, out: &mut Vec<u8>) -> Result<(), Unwind> {
        self.n += 1;
        // Back-references: PHP references and objects.
        let shared = match slot {
            Value::Ref(r) if r.holders() > 1 => Some(r.clone()),
            _ => None,
        };
        let v = slot.deref();
        if let Some(r) = &shared {
            if !matches!(v, Value::Object(_)) {
                let k = ref_key(r);
                if let Some(&n) = self.seen.get(&k) {
                    self.n -= 1;
                    out.extend_from_slice(format!("R:{n};").as_bytes());
                    return Ok(());
                }
                self.seen.insert(k, self.n);
            }
        }
        if let Value::Object(o) = &v {
            let k = (o.id() as usize) | (1 << 60);
            if let Some(&n) = self.seen.get(&k) {
                if shared.is_some() {
                    self.n -= 1;
                    out.extend_from_slice(format!("R:{n};").as_bytes());
                } else {
                    out.extend_from_slice(format!("r:{n};").as_bytes());
                }
                return Ok(());
            }
            self.seen.insert(k, self.n);
        }
        match &v {
            Value::Undef | Value::Null | Value::Resource(_) => {
                if let Value::Resource(_) = v {
                    out.extend_from_slice(b"i:0;");
                } else {
                    out.extend_from_slice(b"N;");
                }
            }
            Value::Bool(b) => out.extend_from_slice(format!("b:{};", *b as i32).as_bytes()),
            Value::Int(i) => out.extend_from_slice(format!("i:{i};").as_bytes()),
            Value::Float(f) => {
                let p = super::serialize_precision(cx.vm());
                out.extend_from_slice(format!("d:{};", fmt_float(*f, p)).as_bytes())
            }
            Value::Str(s) => write_str(out, s),
            Value::Array(a) => self.array(cx, a, out)?,
            Value::Object(o) => self.object(cx, o, out)?,
            Value::Ref(_) => {}
        }
        Ok(())
    }

    fn array(&mut self, cx: &mut Ctx, a: &PhpArray, out: &mut Vec<u8>) -> Result<(), Unwind> {
        out.extend_from_slice(format!("a:{}:{{", a.len()).as_bytes());
        for (k, x) in a.iter() {
            match k {
                Key::Int(i) => out.extend_from_slice(format!("i:{i};").as_bytes()),
                Key::Str(s) => write_str(out, &s),
            }
            self.value(cx, x, out)?;
        }
        out.push(b'}');
        Ok(())
    }

    fn object(&mut self, cx: &mut Ctx, o: &ObjRef, out: &mut Vec<u8>) -> Result<(), Unwind> {
        let cname = o.class().name.clone();
        if props::is_enum(o) {
            let case = props::enum_case(o);
            let body = [&cname[..], b":", &case[..]].concat();
            out.extend_from_slice(format!("E:{}:\"", body.len()).as_bytes());
            out.extend_from_slice(&body);
            out.extend_from_slice(b"\";");
            return Ok(());
        }
        if props::closure_debug(o).is_some()
            || o.class().native.not_serializable
            || o.class().full_name != o.class().name
            || o.class().is_final && cname.starts_with(b"Generator")
        {
            return Err(cx.throw(
                "Exception",
                format!(
                    "Serialization of '{}' is not allowed",
                    cname.to_string_lossy()
                ),
            ));
        }
        let head = |out: &mut Vec<u8>, n: usize| {
            out.extend_from_slice(format!("O:{}:\"", cname.len()).as_bytes());
            out.extend_from_slice(&cname);
            out.extend_from_slice(format!("\":{n}:{{").as_bytes());
        };
        if o.class().find_method(b"__serialize").is_none()
            && o.class().instance_of_name(b"serializable")
        {
            // `Serializable::serialize()`: `C:len:"Class":len:{data}`, or `N;` for null.
            return match cx.vm().call_method_by_name(o, "serialize", vec![])? {
                Some(Value::Str(data)) => {
                    out.extend_from_slice(format!("C:{}:\"", cname.len()).as_bytes());
                    out.extend_from_slice(&cname);
                    out.extend_from_slice(format!("\":{}:{{", data.len()).as_bytes());
                    out.extend_from_slice(&data);
                    out.push(b'}');
                    Ok(())
                }
                Some(Value::Null) | None => {
                    out.extend_from_slice(b"N;");
                    Ok(())
                }
                Some(_) => Err(cx.throw(
                    "Exception",
                    format!(
                        "{}::serialize() must return a string or NULL",
                        cname.to_string_lossy()
                    ),
                )),
            };
        }
        if o.class().find_method(b"__serialize").is_some() {
            let r = cx.vm().call_method_by_name(o, "__serialize", vec![])?;
            let Some(Value::Array(a)) = r else {
                return Err(cx.throw(
                    "TypeError",
                    format!(
                        "{}::__serialize() must return an array",
                        cname.to_string_lossy()
                    ),
                ));
            };
            head(out, a.len());
            for (k, x) in a.iter() {
                match k {
                    Key::Int(i) => out.extend_from_slice(format!("i:{i};").as_bytes()),
                    Key::Str(s) => write_str(out, &s),
                }
                self.value(cx, x, out)?;
            }
            out.push(b'}');
            return Ok(());
        }
        let mut ps: Vec<(Vec<u8>, Value)> = props::props(o)
            .into_iter()
            .filter_map(|p| {
                let k = mangled(&p);
                p.value.map(|v| (k, v))
            })
            .collect();
        if o.class().find_method(b"__sleep").is_some() {
            let r = cx.vm().call_method_by_name(o, "__sleep", vec![])?;
            let Some(Value::Array(names)) = r else {
                cx.warn("__sleep should return an array only containing the names of instance-variables to serialize")?;
                out.extend_from_slice(b"N;");
                return Ok(());
            };
            let all = props::props(o);
            let mut chosen = Vec::new();
            for n in names.values() {
                let n = n.deref().scalar_to_str(14).unwrap_or_default();
                match all.iter().find(|p| p.name == n) {
                    Some(p) => chosen.push((mangled(p), p.value.clone().unwrap_or(Value::Null))),
                    None => {
                        cx.warn(format!(
                            "\"{}\" returned as member variable from __sleep() but does not exist",
                            n.to_string_lossy()
                        ))?;
                    }
                }
            }
            ps = chosen;
        }
        head(out, ps.len());
        for (k, x) in ps {
            write_str(out, &k);
            self.value(cx, &x, out)?;
        }
        out.push(b'}');
        Ok(())
    }
}

pub(super) fn serialize(cx: &mut Ctx, a: &mut Args) -> NResult {
    let mut out = Vec::new();
    let v = a.raw(0).cloned().unwrap_or_default().deref();
    Ser::default().value(cx, &v, &mut out)?;
    Ok(Value::from(out))
}

// ------------------------------------------------------------------ unserialize

struct Unser<'a> {
    s: &'a [u8],
    pos: usize,
    /// Error offset to report.
    err: usize,
    /// Values by back-reference number (1-based).
    slots: Vec<PhpRef>,
    allowed: Option<Vec<PhpStr>>,
    /// Current nesting of non-empty arrays and objects.
    depth: i64,
    /// `max_depth` option (0: unlimited).
    max_depth: i64,
    /// A first pass that only finds the targets of `R:` (no objects are created).
    dry: bool,
    /// Slot numbers (0-based) that `R:` refers to: stored as shared references.
    ref_targets: std::collections::HashSet<usize>,
    wakeups: Vec<(ObjRef, Option<Rc<PhpArray>>)>,
}

type PResult<T> = Result<T, Option<Unwind>>;

impl<'a> Unser<'a> {
    fn fail<T>(&mut self, at: usize) -> PResult<T> {
        self.err = at;
        Err(None)
    }

    fn peek(&self) -> Option<u8> {
        self.s.get(self.pos).copied()
    }

    fn expect(&mut self, b: u8, start: usize) -> PResult<()> {
        if self.peek() == Some(b) {
            self.pos += 1;
            Ok(())
        } else {
            self.fail(start)
        }
    }

    /// An integer up to `end` (`;` or `:`).
    fn int(&mut self, start: usize, signed: bool, cx: &mut Ctx) -> PResult<i64> {
        let b = self.pos;
        if signed && matches!(self.peek(), Some(b'-' | b'+')) {
            self.pos += 1;
        }
        let ds = self.pos;
        while self.peek().is_some_and(|c| c.is_ascii_digit()) {
            self.pos += 1;
        }
        if self.pos == ds {
            return self.fail(start);
        }
        let text = std::str::from_utf8(&self.s[b..self.pos]).unwrap_or("0");
        match text.parse::<i64>() {
            Ok(n) => Ok(n),
            Err(_) => {
                if !self.dry {
                    cx.warn("Numerical result out of range").map_err(Some)?;
                }
                Ok(if text.starts_with('-') {
                    i64::MIN
                } else {
                    i64::MAX
                })
            }
        }
    }

    fn string_body(&mut self, start: usize, cx: &mut Ctx) -> PResult<PhpStr> {
        let len = self.int(start, false, cx)? as usize;
        self.expect(b':', start)?;
        self.expect(b'"', start)?;
        if self.s.len() - self.pos < len {
            return self.fail(start + 2);
        }
        let body = &self.s[self.pos..self.pos + len];
        self.pos += len;
        if self.peek() != Some(b'"') {
            return self.fail(self.pos);
        }
        self.pos += 1;
        Ok(PhpStr::from(body))
    }

    /// Enters a non-empty array or object body (PHP's `max_depth` check).
    fn enter(&mut self, cx: &mut Ctx) -> PResult<()> {
        if self.max_depth > 0 && self.depth >= self.max_depth {
            if !self.dry {
                cx.warn(format!("Maximum depth of {} exceeded. The depth limit can be changed using the max_depth unserialize() option or the unserialize_max_depth ini setting", self.max_depth)).map_err(Some)?;
            }
            return self.fail(self.pos);
        }
        if self.depth >= 10000 {
            // Our own recursion bound when the limit is off.
            return self.fail(self.pos);
        }
        self.depth += 1;
        Ok(())
    }

    fn push_slot(&mut self, v: &Value) -> usize {
        self.slots.push(PhpRef::new(v.clone()));
        self.slots.len() - 1
    }

    /// Parses one value into a storage slot value (may be a `Value::Ref` for `R:`).
    /// Arrays and objects recurse through small frames so deep input stays within the stack.
    fn value(&mut self, cx: &mut Ctx) -> PResult<Value> {
        let start = self.pos;
        if self.s.get(self.pos + 1) == Some(&b':') {
            match self.peek() {
                Some(b'a') => {
                    self.pos += 2;
                    return self.array(cx, start);
                }
                Some(b'O') => {
                    self.pos += 2;
                    return self.object(cx, start);
                }
                Some(b'C') => {
                    self.pos += 2;
                    return self.custom(cx, start);
                }
                _ => {}
            }
        }
        self.leaf(cx)
    }

    #[inline(never)]
    fn array(&mut self, cx: &mut Ctx, start: usize) -> PResult<Value> {
        let n = self.int(start, false, cx)?;
        self.expect(b':', start)?;
        self.expect(b'{', start)?;
        // PHP rejects counts that cannot fit in the rest of the input.
        if n > ((self.s.len() - self.pos) / 2) as i64 {
            return self.fail(self.pos);
        }
        let slot = self.push_slot(&Value::Null);
        let mut arr = PhpArray::new();
        if n > 0 {
            self.enter(cx)?;
        }
        for _ in 0..n {
            let ks = self.pos;
            let k = match self.key(cx)? {
                Some(k) => k,
                None => return self.fail(ks),
            };
            let v = self.value(cx)?;
            arr.insert(k, v);
        }
        if n > 0 {
            self.depth -= 1;
        }
        if self.peek() != Some(b'}') {
            return self.fail(self.pos);
        }
        self.pos += 1;
        let v = Value::from(arr);
        self.slots[slot].set(v.clone());
        Ok(self.maybe_ref(slot, v))
    }

    /// Everything but arrays and objects.
    #[inline(never)]
    fn leaf(&mut self, cx: &mut Ctx) -> PResult<Value> {
        let start = self.pos;
        let tag = self.peek();
        let colon = self.s.get(self.pos + 1).copied();
        if tag == Some(b'N') && colon == Some(b';') {
            self.pos += 2;
            let slot = self.push_slot(&Value::Null);
            return Ok(self.maybe_ref(slot, Value::Null));
        }
        if colon != Some(b':') {
            return self.fail(start);
        }
        self.pos += 2;
        let v = match tag {
            Some(b'i') => {
                let n = self.int(start, true, cx)?;
                self.expect(b';', start)?;
                Value::Int(n)
            }
            Some(b'b') => {
                let c = self.peek();
                if !matches!(c, Some(b'0' | b'1')) || self.s.get(self.pos + 1) != Some(&b';') {
                    return self.fail(start);
                }
                self.pos += 2;
                Value::Bool(c == Some(b'1'))
            }
            Some(b'd') => {
                let b = self.pos;
                while self.peek().is_some_and(|c| c != b';') {
                    self.pos += 1;
                }
                let t = std::str::from_utf8(&self.s[b..self.pos]).unwrap_or("");
                let f = match t {
                    "INF" => f64::INFINITY,
                    "-INF" => f64::NEG_INFINITY,
                    "NAN" => f64::NAN,
                    t => match t.parse::<f64>() {
                        Ok(f) if !t.is_empty() => f,
                        _ => return self.fail(start),
                    },
                };
                self.expect(b';', start)?;
                Value::Float(f)
            }
            Some(b's') => {
                let s = self.string_body(start, cx)?;
                if self.peek() != Some(b';') {
                    return self.fail(self.pos);
                }
                self.pos += 1;
                Value::Str(s)
            }
            Some(b'r' | b'R') => {
                let n = self.int(start, false, cx)?;
                self.expect(b';', start)?;
                let idx = n as usize;
                if idx == 0 || idx > self.slots.len() {
                    return self.fail(self.pos);
                }
                let r = self.slots[idx - 1].clone();
                if tag == Some(b'R') {
                    self.ref_targets.insert(idx - 1);
                    return Ok(Value::Ref(r));
                }
                let v = r.get();
                self.slots.push(PhpRef::new(v.clone()));
                return Ok(v);
            }

            Some(b'E') => {
                let body = self.string_body(start, cx)?;
                self.expect(b';', start)?;
                let (cls, case) = match body.iter().position(|&c| c == b':') {
                    Some(p) => (&body[..p], &body[p + 1..]),
                    None => return self.fail(start),
                };
                if self.dry {
                    let slot = self.push_slot(&Value::Null);
                    return Ok(self.maybe_ref(slot, Value::Null));
                }
                let Some(c) = cx.vm().find_class(cls) else {
                    cx.warn(format!(
                        "Class '{}' not found",
                        String::from_utf8_lossy(cls)
                    ))
                    .map_err(Some)?;
                    return self.fail(start);
                };
                let v = cx
                    .vm()
                    .class_constant_by_name(&c.name.clone(), case)
                    .map_err(Some)?;
                v
            }
            _ => return self.fail(start),
        };
        let slot = self.push_slot(&v);
        Ok(self.maybe_ref(slot, v))
    }

    /// The value to store for slot `slot`: a shared reference when `R:` points at it.
    fn maybe_ref(&self, slot: usize, v: Value) -> Value {
        if self.ref_targets.contains(&slot) {
            let r = self.slots[slot].clone();
            r.set(v);
            Value::Ref(r)
        } else {
            v
        }
    }

    fn key(&mut self, cx: &mut Ctx) -> PResult<Option<Key>> {
        let start = self.pos;
        match (self.peek(), self.s.get(self.pos + 1)) {
            (Some(b'i'), Some(b':')) => {
                self.pos += 2;
                let n = self.int(start, true, cx)?;
                self.expect(b';', start)?;
                Ok(Some(Key::Int(n)))
            }
            (Some(b's'), Some(b':')) => {
                self.pos += 2;
                let s = self.string_body(start, cx)?;
                if self.peek() != Some(b';') {
                    return self.fail(self.pos);
                }
                self.pos += 1;
                Ok(Some(Key::from_phpstr(s)))
            }
            _ => Ok(None),
        }
    }

    /// `C:len:"Class":len:{data}`: an object of a class implementing `Serializable`, restored
    /// by its `unserialize($data)` right away (as PHP does); other classes fail.
    #[inline(never)]
    fn custom(&mut self, cx: &mut Ctx, start: usize) -> PResult<Value> {
        let name = self.string_body(start, cx)?;
        self.expect(b':', start)?;
        let len = self.int(start, false, cx)?;
        self.expect(b':', start)?;
        self.expect(b'{', start)?;
        if len < 0 || (self.s.len() - self.pos) < len as usize {
            return self.fail(start);
        }
        let data = PhpStr::from(&self.s[self.pos..self.pos + len as usize]);
        self.pos += len as usize;
        self.expect(b'}', start)?;
        let allowed = match &self.allowed {
            None => true,
            Some(list) => list.iter().any(|c| c.eq_ignore_ascii_case(&name)),
        };
        let class = allowed
            .then(|| cx.vm().find_class(&name))
            .flatten()
            .filter(|c| c.instance_of_name(b"serializable"));
        let Some(class) = class else {
            return self.fail(start);
        };
        if self.dry {
            let slot = self.push_slot(&Value::Null);
            return Ok(self.maybe_ref(slot, Value::Null));
        }
        let o = cx.vm().instantiate(&class);
        let v = Value::Object(o.clone());
        let slot = self.push_slot(&v);
        cx.vm()
            .call_method_by_name(&o, "unserialize", vec![Value::Str(data)])
            .map_err(Some)?;
        Ok(self.maybe_ref(slot, v))
    }

    #[inline(never)]
    fn object(&mut self, cx: &mut Ctx, start: usize) -> PResult<Value> {
        // The steps and error offsets follow PHP's `O:` rule.
        let name = self.string_body(start, cx)?;
        if name.is_empty() {
            return self.fail(start + 2);
        }
        if self.peek() != Some(b':') {
            return self.fail(self.pos);
        }
        let quote = self.pos - 1;
        if quote + 2 >= self.s.len() {
            if !self.dry {
                cx.raise(2, "Bad unserialize data").map_err(Some)?;
            }
            return self.fail(quote);
        }
        self.pos = quote + 2;
        let digits = self.pos;
        if matches!(self.peek(), Some(b'-' | b'+')) {
            self.pos += 1;
        }
        while self.peek().is_some_and(|c| c.is_ascii_digit()) {
            self.pos += 1;
        }
        let n: i64 = std::str::from_utf8(&self.s[digits..self.pos])
            .ok()
            .and_then(|t| t.parse().ok())
            .unwrap_or(0);
        if n < 0 || n > ((self.s.len() - quote) / 2) as i64 {
            return self.fail(self.pos);
        }
        if self.peek() != Some(b':') {
            return self.fail(self.pos);
        }
        if self.s.get(self.pos + 1) != Some(&b'{') {
            return self.fail(self.pos + 1);
        }
        self.pos += 2;
        let allowed = match &self.allowed {
            None => true,
            Some(list) => list.iter().any(|c| c.eq_ignore_ascii_case(&name)),
        };
        let class = if allowed {
            cx.vm().find_class(&name)
        } else {
            None
        };
        if n > 0 {
            self.enter(cx)?;
        }
        if self.dry {
            let slot = self.push_slot(&Value::Null);
            for _ in 0..n {
                let ks = self.pos;
                if self.key(cx)?.is_none() {
                    return self.fail(ks);
                }
                self.value(cx)?;
            }
            if n > 0 {
                self.depth -= 1;
            }
            if self.peek() != Some(b'}') {
                return self.fail(self.pos);
            }
            self.pos += 1;
            return Ok(self.maybe_ref(slot, Value::Null));
        }
        let o = match &class {
            Some(c) => cx.vm().instantiate(c),
            None => {
                let o = cx.new_object("__PHP_Incomplete_Class").map_err(Some)?;
                o.set_prop(b"__PHP_Incomplete_Class_Name", Value::Str(name.clone()));
                o
            }
        };
        let v = Value::Object(o.clone());
        let slot = self.push_slot(&v);
        let custom = class
            .as_ref()
            .is_some_and(|c| c.find_method(b"__unserialize").is_some());
        let mut data = PhpArray::new();
        for _ in 0..n {
            let ks = self.pos;
            let k = match self.key(cx)? {
                Some(k) => k,
                None => return self.fail(ks),
            };
            let x = self.value(cx)?;
            if custom {
                data.insert(k, x);
                continue;
            }
            let kb = match &k {
                Key::Int(i) => i.to_string().into_bytes(),
                Key::Str(s) => s.to_vec(),
            };
            let (name, scope): (&[u8], Option<Vec<u8>>) = if kb.first() == Some(&0) {
                match kb[1..].iter().position(|&c| c == 0) {
                    Some(p) => {
                        let class = &kb[1..p + 1];
                        let scope = (class != b"*").then(|| class.to_ascii_lowercase());
                        (&kb[p + 2..], scope)
                    }
                    None => (&kb, None),
                }
            } else {
                (&kb, None)
            };
            o.set_prop_in(name, scope.as_deref(), x);
        }
        if n > 0 {
            self.depth -= 1;
        }
        if self.peek() != Some(b'}') {
            return self.fail(self.pos);
        }
        self.pos += 1;
        if custom {
            self.wakeups.push((o, Some(Rc::new(data))));
        } else if class
            .as_ref()
            .is_some_and(|c| c.find_method(b"__wakeup").is_some())
        {
            self.wakeups.push((o, None));
        }
        Ok(self.maybe_ref(slot, v))
    }
}

pub(super) fn unserialize(cx: &mut Ctx, a: &mut Args) -> NResult {
    let s = a.str(0);
    if s.is_empty() {
        return Ok(Value::Bool(false));
    }
    let opts = a.array(1);
    let mut allowed = None;
    if let Some(v) = opts.get_str(b"allowed_classes") {
        match v.deref() {
            Value::Bool(true) => {}
            Value::Bool(false) => allowed = Some(Vec::new()),
            Value::Array(list) => {
                let mut names = Vec::new();
                for c in list.values() {
                    match c.deref() {
                        Value::Str(s) => names.push(s),
                        _ => {
                            return Err(cx.type_error(
                                2,
                                "must be an array of class names, \"allowed_classes\" option",
                            ))
                        }
                    }
                }
                allowed = Some(names);
            }
            _ => {
                return Err(cx.type_error(
                    2,
                    "\"allowed_classes\" option must be an array or of type bool",
                ))
            }
        }
    }
    let mut max_depth = 4096;
    if let Some(v) = opts.get_str(b"max_depth") {
        match v.deref() {
            Value::Int(n) if n >= 0 => max_depth = n,
            Value::Int(_) => {
                return Err(cx.throw(
                    "ValueError",
                    format!(
                        "{}(): Option \"max_depth\" must be greater than or equal to 0",
                        cx.fname()
                    ),
                ))
            }
            v => {
                let t = v.type_name();
                return Err(cx.throw(
                    "TypeError",
                    format!(
                        "{}(): Option \"max_depth\" must be of type int, {t} given",
                        cx.fname()
                    ),
                ));
            }
        }
    }
    let mut dry = Unser {
        depth: 0,
        max_depth,
        s: &s,
        pos: 0,
        err: 0,
        slots: Vec::new(),
        allowed: allowed.clone(),
        dry: true,
        ref_targets: Default::default(),
        wakeups: Vec::new(),
    };
    let targets = match dry.value(cx) {
        Ok(_) => std::mem::take(&mut dry.ref_targets),
        Err(_) => Default::default(),
    };
    let mut u = Unser {
        depth: 0,
        max_depth,
        s: &s,
        pos: 0,
        err: 0,
        slots: Vec::new(),
        allowed,
        dry: false,
        ref_targets: targets,
        wakeups: Vec::new(),
    };
    match u.value(cx) {
        Ok(v) => {
            let wakeups = std::mem::take(&mut u.wakeups);
            for (o, data) in wakeups {
                match data {
                    Some(d) => {
                        cx.vm()
                            .call_method_by_name(&o, "__unserialize", vec![Value::Array(d)])?
                    }
                    None => cx.vm().call_method_by_name(&o, "__wakeup", vec![])?,
                };
            }
            Ok(v.deref())
        }
        Err(Some(e)) => Err(e),
        Err(None) => {
            let (at, len) = (u.err, s.len());
            cx.notice(format!("Error at offset {at} of {len} bytes"))?;
            Ok(Value::Bool(false))
        }
    }
}
