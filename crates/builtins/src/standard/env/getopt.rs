//! `getopt()`: the script's command-line options, parsed as PHP's own option
//! parser does (short options `p:`/`h::`/`v`, long options `port:`/`host::`/`verbose`,
//! values attached, after `=` or in the next argument; parsing stops at the first
//! non-option or after `--`; unknown options are skipped).

use phpsock_eval::{Args, Ctx, Key, Module, NResult, PhpArray, PhpStr, Value};

/// Registers `getopt`.
pub fn register(m: &mut Module) {
    m.func(
        "getopt(string $short_options, array $long_options = [], &$rest_index = null): array|false",
        getopt,
    );
}

/// Whether an option takes a value.
#[derive(Clone, Copy, PartialEq)]
enum Param {
    None,
    Required,
    Optional,
}

/// One option: a short letter (`name` empty) or a long name.
struct Opt {
    short: u8,
    name: Vec<u8>,
    param: Param,
}

/// Short options: letters and digits, each followed by `:` (required value) or `::`
/// (optional value); anything else is ignored.
fn short_opts(spec: &[u8], out: &mut Vec<Opt>) {
    let mut i = 0;
    while i < spec.len() {
        let c = spec[i];
        i += 1;
        if !c.is_ascii_alphanumeric() {
            continue;
        }
        let mut param = Param::None;
        if spec.get(i) == Some(&b':') {
            i += 1;
            param = Param::Required;
            if spec.get(i) == Some(&b':') {
                i += 1;
                param = Param::Optional;
            }
        }
        out.push(Opt {
            short: c,
            name: Vec::new(),
            param,
        });
    }
}

/// A long option from its spec (`port:`, `host::`, `verbose`).
fn long_opt(spec: &[u8]) -> Opt {
    let (name, param) = if let Some(n) = spec.strip_suffix(b"::") {
        (n, Param::Optional)
    } else if let Some(n) = spec.strip_suffix(b":") {
        (n, Param::Required)
    } else {
        (spec, Param::None)
    };
    Opt {
        short: 0,
        name: name.to_vec(),
        param,
    }
}

/// What one step of the parser found.
enum Step {
    /// An option (index into the table) and its value, if any.
    Found(usize, Option<Vec<u8>>),
    /// Something to skip (an unknown option, a missing value).
    Skip,
    /// The end of the options.
    End,
}

/// The parser's position: the argument, and within a cluster of short options (`-vx`) the
/// letter (0 when not inside one).
struct Parser<'a> {
    argv: &'a [Vec<u8>],
    opts: &'a [Opt],
    ind: usize,
    chr: usize,
}

impl Parser<'_> {
    fn step(&mut self) -> Step {
        let Some(arg) = self.argv.get(self.ind) else {
            return Step::End;
        };
        let byte = |i: usize| arg.get(i).copied().unwrap_or(0);
        if self.chr == 0 && (byte(0) != b'-' || byte(1) == 0) {
            return Step::End;
        }
        let (found, mut start) = if self.chr == 0 && byte(1) == b'-' {
            if byte(2) == 0 {
                // `--` ends the options.
                self.ind += 1;
                return Step::End;
            }
            let body = &arg[2..];
            let (name, value_at) = match body.iter().position(|&c| c == b'=') {
                Some(p) => (&body[..p], 2 + p + 1),
                None => (body, arg.len()),
            };
            match self
                .opts
                .iter()
                .position(|o| o.short == 0 && o.name == name)
            {
                Some(i) => (i, value_at),
                None => {
                    self.ind += 1;
                    return Step::Skip;
                }
            }
        } else {
            if self.chr == 0 {
                self.chr = 1;
            }
            let c = byte(self.chr);
            if c == b':' {
                self.chr = 0;
                self.ind += 1;
                return Step::Skip;
            }
            match self.opts.iter().position(|o| o.short != 0 && o.short == c) {
                Some(i) => (i, self.chr + 1),
                None => {
                    if byte(self.chr + 1) == 0 {
                        self.chr = 0;
                        self.ind += 1;
                    } else {
                        self.chr += 1;
                    }
                    return Step::Skip;
                }
            }
        };
        let opt = &self.opts[found];
        let long = opt.short == 0;
        if opt.param == Param::None {
            if !long && byte(self.chr + 1) != 0 {
                self.chr += 1;
            } else {
                self.chr = 0;
                self.ind += 1;
            }
            return Step::Found(found, None);
        }
        self.chr = 0;
        if start >= arg.len() && !(long && arg.get(start - 1) == Some(&b'=')) {
            // Nothing attached: a required value is the next argument; an optional one is
            // only ever attached.
            self.ind += 1;
            if self.ind >= self.argv.len() {
                return match opt.param {
                    Param::Required => Step::Skip,
                    _ => Step::Found(found, None),
                };
            }
            if opt.param == Param::Required {
                let v = self.argv[self.ind].clone();
                self.ind += 1;
                return Step::Found(found, Some(v));
            }
            return Step::Found(found, None);
        }
        if !long && byte(start) == b'=' {
            start += 1;
        }
        self.ind += 1;
        Step::Found(found, Some(arg[start.min(arg.len())..].to_vec()))
    }
}

fn getopt(cx: &mut Ctx, a: &mut Args) -> NResult {
    // The script's own arguments: PHP reads the `argv` its `$_SERVER` started with, which
    // assignments to `$_SERVER['argv']` do not change.
    if cx.vm().argv.is_empty() {
        return Ok(Value::Bool(false));
    }
    let args: Vec<Vec<u8>> = cx.vm().argv.iter().map(|s| s.as_bytes().to_vec()).collect();
    let mut opts = Vec::new();
    short_opts(&a.str(0), &mut opts);
    for (_, v) in a.array(1).iter() {
        opts.push(long_opt(cx.to_str(v)?.as_bytes()));
    }
    let mut out = PhpArray::new();
    let mut p = Parser {
        argv: &args,
        opts: &opts,
        ind: 1,
        chr: 0,
    };
    loop {
        let (i, value) = match p.step() {
            Step::End => break,
            Step::Skip => continue,
            Step::Found(i, v) => (i, v),
        };
        let o = &opts[i];
        let name = if o.short == 0 {
            PhpStr::from(o.name.clone())
        } else {
            PhpStr::from(vec![o.short])
        };
        let v = value.map_or(Value::Bool(false), |v| Value::Str(PhpStr::from(v)));
        // (A numeric name such as `1` is an integer key, as in any PHP array.)
        let key = Key::from_phpstr(name);
        match out.get_mut(&key) {
            // (A list built here never reaches the last integer key.)
            Some(Value::Array(list)) => {
                let _ = std::rc::Rc::make_mut(list).push(v);
            }
            Some(prev) => {
                let mut list = PhpArray::new();
                let _ = list.push(std::mem::take(prev));
                let _ = list.push(v);
                *prev = Value::from(list);
            }
            None => {
                out.insert(key, v);
            }
        }
    }
    if a.was_passed(2) {
        a.set_ref(2, Value::Int(p.ind as i64));
    }
    Ok(Value::from(out))
}
