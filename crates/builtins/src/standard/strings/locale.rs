//! `setlocale` and `localeconv`. PHP 8's string functions ignore the locale, so only the
//! locales every C library has are accepted (`C`, `POSIX`, `C.UTF-8`); the state is kept
//! per category as glibc reports it.

use phpsock_eval::{Args, Ctx, Key, Module, NResult, PhpArray, Unwind, Value};

pub(super) fn register(m: &mut Module) {
    m.func(
        "setlocale(int $category, $locales, ...$rest): string|false",
        setlocale,
    )
    .func("localeconv(): array", localeconv)
    .constant("LC_CTYPE", 0i64)
    .constant("LC_NUMERIC", 1i64)
    .constant("LC_TIME", 2i64)
    .constant("LC_COLLATE", 3i64)
    .constant("LC_MONETARY", 4i64)
    .constant("LC_MESSAGES", 5i64)
    .constant("LC_ALL", 6i64);
}

/// glibc's categories, in the order a composite `LC_ALL` name lists them; PHP's
/// `LC_*` constants 0..=5 are the first six.
const CATEGORIES: [&str; 12] = [
    "LC_CTYPE",
    "LC_NUMERIC",
    "LC_TIME",
    "LC_COLLATE",
    "LC_MONETARY",
    "LC_MESSAGES",
    "LC_PAPER",
    "LC_NAME",
    "LC_ADDRESS",
    "LC_TELEPHONE",
    "LC_MEASUREMENT",
    "LC_IDENTIFICATION",
];

const LC_ALL: i64 = 6;

/// The current locale name of each category.
struct Locales([String; 12]);

impl Locales {
    /// PHP's start-up state: `LC_CTYPE` is `C.UTF-8`, the rest `C`.
    fn initial() -> Locales {
        let mut names: [String; 12] = std::array::from_fn(|_| "C".to_string());
        names[0] = "C.UTF-8".to_string();
        Locales(names)
    }
}

/// Runs `f` on the runtime's locale state.
fn with_state<R>(cx: &mut Ctx, f: impl FnOnce(&mut Locales) -> R) -> R {
    let entry = cx
        .vm()
        .module_state
        .entry("locale")
        .or_insert_with(|| Box::new(Locales::initial()));
    if let Some(l) = entry.downcast_mut::<Locales>() {
        return f(l);
    }
    let mut fresh = Locales::initial();
    let r = f(&mut fresh);
    *entry = Box::new(fresh);
    r
}

/// The name `setlocale(category, NULL)` reports.
fn query(l: &Locales, cat: i64) -> String {
    if cat != LC_ALL {
        return l.0[cat as usize].clone();
    }
    if l.0.iter().all(|n| *n == l.0[0]) {
        return l.0[0].clone();
    }
    CATEGORIES
        .iter()
        .zip(&l.0)
        .map(|(c, n)| format!("{c}={n}"))
        .collect::<Vec<_>>()
        .join(";")
}

fn is_known(name: &str) -> bool {
    matches!(name, "C" | "POSIX" | "C.UTF-8" | "C.utf8")
}

/// The name `""` stands for: the environment's `LC_ALL`, `LC_<category>` or `LANG`.
fn from_env(cat: i64) -> String {
    let var = |n: &str| std::env::var(n).ok().filter(|v| !v.is_empty());
    let own = CATEGORIES.get(cat as usize).filter(|_| cat != LC_ALL);
    var("LC_ALL")
        .or_else(|| own.and_then(|c| var(c)))
        .or_else(|| var("LANG"))
        .unwrap_or_else(|| "C".to_string())
}

/// Tries one locale name; `Some(name)` when it was set (or queried).
fn try_one(cx: &mut Ctx, cat: i64, v: &Value) -> Result<Option<String>, Unwind> {
    let name = cx.to_str(v)?.to_string_lossy();
    if name == "0" {
        return Ok(Some(with_state(cx, |l| query(l, cat))));
    }
    let name = if name.is_empty() { from_env(cat) } else { name };
    if !is_known(&name) {
        return Ok(None);
    }
    // glibc reports the POSIX locale by its other name.
    let name = if name == "POSIX" {
        "C".to_string()
    } else {
        name
    };
    with_state(cx, |l| {
        if cat == LC_ALL {
            l.0.iter_mut().for_each(|n| *n = name.clone());
        } else {
            l.0[cat as usize] = name.clone();
        }
    });
    Ok(Some(name))
}

fn setlocale(cx: &mut Ctx, a: &mut Args) -> NResult {
    let cat = a.int(0);
    let mut candidates = Vec::new();
    for v in a.rest(1) {
        match v.deref() {
            Value::Array(arr) => candidates.extend(arr.values().map(Value::deref)),
            v => candidates.push(v),
        }
    }
    if !(0..=LC_ALL).contains(&cat) {
        return Ok(Value::Bool(false));
    }
    for v in candidates {
        if let Some(name) = try_one(cx, cat, &v)? {
            return Ok(Value::from(name));
        }
    }
    Ok(Value::Bool(false))
}

fn localeconv(_cx: &mut Ctx, _a: &mut Args) -> NResult {
    let mut arr = PhpArray::new();
    let mut put = |k: &str, v: Value| arr.insert(Key::from_bytes(k.as_bytes()), v);
    put("decimal_point", Value::from("."));
    for k in [
        "thousands_sep",
        "int_curr_symbol",
        "currency_symbol",
        "mon_decimal_point",
        "mon_thousands_sep",
        "positive_sign",
        "negative_sign",
    ] {
        put(k, Value::from(""));
    }
    for k in [
        "int_frac_digits",
        "frac_digits",
        "p_cs_precedes",
        "p_sep_by_space",
        "n_cs_precedes",
        "n_sep_by_space",
        "p_sign_posn",
        "n_sign_posn",
    ] {
        put(k, Value::Int(127));
    }
    put("grouping", Value::empty_array());
    put("mon_grouping", Value::empty_array());
    Ok(Value::from(arr))
}
