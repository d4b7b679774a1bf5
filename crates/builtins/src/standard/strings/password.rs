//! Password hashing: `password_hash`, `password_verify`, `password_get_info`,
//! `password_needs_rehash`, `password_algos` and the `PASSWORD_*` constants. bcrypt (`$2y$`,
//! the default) through the `bcrypt` crate, Argon2i/Argon2id through `argon2`; the hashes are
//! PHP's own strings, so each side verifies what the other made.

use super::super::math::random::random_bytes_vec;
use phpsock_eval::core::assoc;
use phpsock_eval::{Args, Ctx, Key, Module, NResult, PhpArray, Unwind, Value};

const BCRYPT_DEFAULT_COST: i64 = 10;
const ARGON2_DEFAULT_MEMORY: i64 = 65536;
const ARGON2_DEFAULT_TIME: i64 = 4;
const ARGON2_DEFAULT_THREADS: i64 = 1;

pub(super) fn register(m: &mut Module) {
    m.func(
        "password_hash(string $password, string|int|null $algo, array $options = []): string",
        password_hash,
    )
    .func(
        "password_verify(string $password, string $hash): bool",
        password_verify,
    )
    .func("password_get_info(string $hash): array", password_get_info)
    .func(
        "password_needs_rehash(string $hash, string|int|null $algo, array $options = []): bool",
        password_needs_rehash,
    )
    .func("password_algos(): array", password_algos)
    .constant("PASSWORD_DEFAULT", "2y")
    .constant("PASSWORD_BCRYPT", "2y")
    .constant(
        "PASSWORD_BCRYPT_DEFAULT_COST",
        Value::Int(BCRYPT_DEFAULT_COST),
    )
    .constant("PASSWORD_ARGON2I", "argon2i")
    .constant("PASSWORD_ARGON2ID", "argon2id")
    .constant(
        "PASSWORD_ARGON2_DEFAULT_MEMORY_COST",
        Value::Int(ARGON2_DEFAULT_MEMORY),
    )
    .constant(
        "PASSWORD_ARGON2_DEFAULT_TIME_COST",
        Value::Int(ARGON2_DEFAULT_TIME),
    )
    .constant(
        "PASSWORD_ARGON2_DEFAULT_THREADS",
        Value::Int(ARGON2_DEFAULT_THREADS),
    )
    .constant("PASSWORD_ARGON2_PROVIDER", "standard");
}

/// A hashing algorithm PHP knows.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Algo {
    Bcrypt,
    Argon2i,
    Argon2id,
}

impl Algo {
    /// The algorithm an `$algo` argument names: null or 0 for the default, PHP 7's
    /// numbers, or the identifiers; `None` for anything else.
    fn from_arg(v: &Value) -> Option<Algo> {
        match v {
            Value::Null => Some(Algo::Bcrypt),
            Value::Int(0 | 1) => Some(Algo::Bcrypt),
            Value::Int(2) => Some(Algo::Argon2i),
            Value::Int(3) => Some(Algo::Argon2id),
            Value::Str(s) => match &s[..] {
                b"2y" => Some(Algo::Bcrypt),
                b"argon2i" => Some(Algo::Argon2i),
                b"argon2id" => Some(Algo::Argon2id),
                _ => None,
            },
            _ => None,
        }
    }

    /// The identifier `password_get_info` reports.
    fn id(self) -> &'static str {
        match self {
            Algo::Bcrypt => "2y",
            Algo::Argon2i => "argon2i",
            Algo::Argon2id => "argon2id",
        }
    }
}

/// What a hash says about itself: its algorithm and parameters, as `password_get_info` and
/// `password_needs_rehash` read them. PHP recognises bcrypt only in its `$2y$` form of 60
/// characters.
enum Info {
    Bcrypt {
        cost: i64,
    },
    Argon2 {
        algo: Algo,
        memory: i64,
        time: i64,
        threads: i64,
    },
    Unknown,
}

fn identify(hash: &[u8]) -> Info {
    if hash.len() == 60 && hash.starts_with(b"$2y$") {
        let cost = scan_long(&hash[4..]).map_or(0, |(n, _)| n);
        return Info::Bcrypt { cost };
    }
    let (algo, rest) = if let Some(r) = hash.strip_prefix(b"$argon2id$") {
        (Algo::Argon2id, r)
    } else if let Some(r) = hash.strip_prefix(b"$argon2i$") {
        (Algo::Argon2i, r)
    } else {
        return Info::Unknown;
    };
    // `v=19$m=65536,t=4,p=1$…` read as PHP's `sscanf` does: in order, stopping at the first
    // part that does not match; the parameters not reached keep their defaults.
    let mut values = [
        0,
        ARGON2_DEFAULT_MEMORY,
        ARGON2_DEFAULT_TIME,
        ARGON2_DEFAULT_THREADS,
    ];
    let mut at = rest;
    for (slot, prefix) in values.iter_mut().zip([&b"v="[..], b"$m=", b",t=", b",p="]) {
        let Some(after) = at.strip_prefix(prefix) else {
            break;
        };
        let Some((n, used)) = scan_long(after) else {
            break;
        };
        *slot = n;
        at = &after[used..];
    }
    Info::Argon2 {
        algo,
        memory: values[1],
        time: values[2],
        threads: values[3],
    }
}

/// A decimal integer at the start of `s` as C's `strtol` reads it (leading blanks, a sign,
/// digits; saturating at the `i64` limits): the value and the bytes used, `None` without
/// digits.
fn scan_long(s: &[u8]) -> Option<(i64, usize)> {
    let mut i = s.iter().take_while(|b| b.is_ascii_whitespace()).count();
    let neg = match s.get(i) {
        Some(b'-') => {
            i += 1;
            true
        }
        Some(b'+') => {
            i += 1;
            false
        }
        _ => false,
    };
    let digits = s[i.min(s.len())..]
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .count();
    if digits == 0 {
        return None;
    }
    let n = s[i..i + digits].iter().fold(0i64, |n, &d| {
        let d = i64::from(d - b'0');
        if neg {
            n.saturating_mul(10).saturating_sub(d)
        } else {
            n.saturating_mul(10).saturating_add(d)
        }
    });
    Some((n, i + digits))
}

/// An integer option (`cost`, `memory_cost`, …), converted as PHP's `zval_get_long`.
fn int_option(opts: &Option<PhpArray>, name: &[u8], default: i64) -> i64 {
    opts.as_ref()
        .and_then(|o| o.get(&Key::from_bytes(name)).map(|v| v.to_int()))
        .unwrap_or(default)
}

/// The Argon2 parameters of `$options` (PHP's defaults for the missing ones), checked as
/// PHP checks them.
fn argon2_params(cx: &mut Ctx, opts: &Option<PhpArray>) -> Result<(u32, u32, u32), Unwind> {
    let memory = int_option(opts, b"memory_cost", ARGON2_DEFAULT_MEMORY);
    let time = int_option(opts, b"time_cost", ARGON2_DEFAULT_TIME);
    let threads = int_option(opts, b"threads", ARGON2_DEFAULT_THREADS);
    if !(8..=i64::from(u32::MAX)).contains(&memory) {
        return Err(cx.throw(
            "ValueError",
            "Memory cost is outside of allowed memory range",
        ));
    }
    if !(1..=i64::from(u32::MAX)).contains(&time) {
        return Err(cx.throw("ValueError", "Time cost is outside of allowed time range"));
    }
    if !(1..=0xff_ffff).contains(&threads) {
        return Err(cx.throw("ValueError", "Invalid number of threads"));
    }
    Ok((memory as u32, time as u32, threads as u32))
}

fn options_arg(a: &Args) -> Option<PhpArray> {
    match a.get(2) {
        Value::Array(o) => Some((*o).clone()),
        _ => None,
    }
}

fn password_hash(cx: &mut Ctx, a: &mut Args) -> NResult {
    let Some(algo) = Algo::from_arg(&a.get(1)) else {
        return Err(cx.value_error(2, "must be a valid password hashing algorithm"));
    };
    let password = a.str(0);
    let opts = options_arg(a);
    if opts
        .as_ref()
        .is_some_and(|o| o.get(&Key::from_bytes(b"salt")).is_some())
    {
        cx.warn("The \"salt\" option has been ignored, since providing a custom salt is no longer supported")?;
    }
    let salt = random_bytes_vec(16);
    match algo {
        Algo::Bcrypt => {
            let cost = int_option(&opts, b"cost", BCRYPT_DEFAULT_COST);
            if !(4..=31).contains(&cost) {
                let msg = format!("Invalid bcrypt cost parameter specified: {cost}");
                return Err(cx.throw("ValueError", msg));
            }
            if password.contains(&0) {
                return Err(cx.throw(
                    "ValueError",
                    "Bcrypt password must not contain null character",
                ));
            }
            let mut s = [0u8; 16];
            s.copy_from_slice(&salt);
            // bcrypt reads at most 72 bytes of the password, as PHP's does.
            let parts = bcrypt::hash_with_salt(&password[..password.len().min(72)], cost as u32, s)
                .map_err(|e| cx.throw("Error", e.to_string()))?;
            Ok(Value::from(
                parts.format_for_version(bcrypt::Version::TwoY).as_str(),
            ))
        }
        Algo::Argon2i | Algo::Argon2id => {
            use argon2::password_hash::PasswordHasher;
            let (memory, time, threads) = argon2_params(cx, &opts)?;
            let variant = if algo == Algo::Argon2i {
                argon2::Algorithm::Argon2i
            } else {
                argon2::Algorithm::Argon2id
            };
            let params = argon2::Params::new(memory, time, threads, None)
                .map_err(|e| cx.throw("ValueError", e.to_string()))?;
            let hasher = argon2::Argon2::new(variant, argon2::Version::V0x13, params);
            let hash = hasher
                .hash_password_with_salt(&password, &salt)
                .map_err(|e| cx.throw("Error", e.to_string()))?;
            Ok(Value::from(hash.to_string().as_str()))
        }
    }
}

fn password_verify(_cx: &mut Ctx, a: &mut Args) -> NResult {
    let (password, hash) = (a.str(0), a.str(1));
    let ok = if hash.starts_with(b"$argon2") {
        use argon2::password_hash::PasswordVerifier;
        std::str::from_utf8(&hash).is_ok_and(|h| {
            argon2::Argon2::default()
                .verify_password(&password, h)
                .is_ok()
        })
    } else if hash.len() == 60 && hash.starts_with(b"$2") && !password.contains(&0) {
        std::str::from_utf8(&hash)
            .is_ok_and(|h| bcrypt::verify(&password[..password.len().min(72)], h).unwrap_or(false))
    } else {
        false
    };
    Ok(Value::Bool(ok))
}

fn password_get_info(_cx: &mut Ctx, a: &mut Args) -> NResult {
    let (algo, name, options) = match identify(&a.str(0)) {
        Info::Bcrypt { cost } => (
            Value::from("2y"),
            "bcrypt",
            assoc(vec![("cost", Value::Int(cost))]),
        ),
        Info::Argon2 {
            algo,
            memory,
            time,
            threads,
        } => (
            Value::from(algo.id()),
            algo.id(),
            assoc(vec![
                ("memory_cost", Value::Int(memory)),
                ("time_cost", Value::Int(time)),
                ("threads", Value::Int(threads)),
            ]),
        ),
        Info::Unknown => (Value::Null, "unknown", Value::from(PhpArray::new())),
    };
    Ok(assoc(vec![
        ("algo", algo),
        ("algoName", Value::from(name)),
        ("options", options),
    ]))
}

fn password_needs_rehash(_cx: &mut Ctx, a: &mut Args) -> NResult {
    // An algorithm PHP does not know never asks for a new hash.
    let Some(algo) = Algo::from_arg(&a.get(1)) else {
        return Ok(Value::Bool(false));
    };
    let opts = options_arg(a);
    let stale = match (identify(&a.str(0)), algo) {
        (Info::Bcrypt { cost }, Algo::Bcrypt) => {
            cost != int_option(&opts, b"cost", BCRYPT_DEFAULT_COST)
        }
        (
            Info::Argon2 {
                algo: have,
                memory,
                time,
                threads,
            },
            want,
        ) if have == want => {
            memory != int_option(&opts, b"memory_cost", ARGON2_DEFAULT_MEMORY)
                || time != int_option(&opts, b"time_cost", ARGON2_DEFAULT_TIME)
                || threads != int_option(&opts, b"threads", ARGON2_DEFAULT_THREADS)
        }
        _ => true,
    };
    Ok(Value::Bool(stale))
}

fn password_algos(_cx: &mut Ctx, _a: &mut Args) -> NResult {
    let ids = [Algo::Bcrypt, Algo::Argon2i, Algo::Argon2id]
        .iter()
        .map(|a| Value::from(a.id()))
        .collect();
    Ok(Value::from(PhpArray::from_values(ids)))
}
