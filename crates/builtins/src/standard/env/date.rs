//! Dates: `date`/`gmdate`/`idate` formatting, `mktime`/`gmmktime`, `checkdate`, the default
//! time zone, and `strtotime` (see [`super::strtotime`]).

use super::tz::{self, fields, fmt_offset, iso_week, Tz};
use phpsock_eval::{Args, Ctx, Key, Module, NResult, PhpArray, Value};

/// Day names, Sunday first.
pub const DAYS: [&str; 7] = [
    "Sunday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
];
/// Month names, January first.
pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Registers the date functions and `DATE_*` formats.
pub fn register(m: &mut Module) {
    m.func("date(string $format, ?int $timestamp = null): string", date)
        .func("gmdate(string $format, ?int $timestamp = null): string", gmdate)
        .func("idate(string $format, ?int $timestamp = null): int|false", idate)
        .func(
            "mktime(int $hour, ?int $minute = null, ?int $second = null, ?int $month = null, ?int $day = null, ?int $year = null): int|false",
            mktime,
        )
        .func(
            "gmmktime(int $hour, ?int $minute = null, ?int $second = null, ?int $month = null, ?int $day = null, ?int $year = null): int|false",
            gmmktime,
        )
        .func("checkdate(int $month, int $day, int $year): bool", checkdate)
        .func("getdate(?int $timestamp = null): array", getdate)
        .func(
            "localtime(?int $timestamp = null, bool $associative = false): array",
            localtime,
        )
        .func(
            "date_default_timezone_set(string $timezoneId): bool",
            date_default_timezone_set,
        )
        .func("date_default_timezone_get(): string", date_default_timezone_get)
        .func(
            "strtotime(string $datetime, ?int $baseTimestamp = null): int|false",
            super::strtotime::strtotime,
        );
    for (n, f) in [
        ("DATE_ATOM", "Y-m-d\\TH:i:sP"),
        ("DATE_COOKIE", "l, d-M-Y H:i:s T"),
        ("DATE_ISO8601", "Y-m-d\\TH:i:sO"),
        ("DATE_RFC822", "D, d M y H:i:s O"),
        ("DATE_RFC850", "l, d-M-y H:i:s T"),
        ("DATE_RFC1036", "D, d M y H:i:s O"),
        ("DATE_RFC1123", "D, d M Y H:i:s O"),
        ("DATE_RFC7231", "D, d M Y H:i:s \\G\\M\\T"),
        ("DATE_RFC2822", "D, d M Y H:i:s O"),
        ("DATE_RFC3339", "Y-m-d\\TH:i:sP"),
        ("DATE_RFC3339_EXTENDED", "Y-m-d\\TH:i:s.vP"),
        ("DATE_RSS", "D, d M Y H:i:s O"),
        ("DATE_W3C", "Y-m-d\\TH:i:sP"),
    ] {
        m.constant(n, f);
    }
}

const STATE: &str = "date.timezone";

/// The default time zone: the one set by `date_default_timezone_set`, else the
/// `date.timezone` ini setting if valid, else UTC.
pub fn default_tz(cx: &mut Ctx) -> Tz {
    if let Some(t) = cx
        .vm()
        .module_state
        .get(STATE)
        .and_then(|b| b.downcast_ref::<Tz>())
    {
        return t.clone();
    }
    let ini = cx
        .ini("date.timezone")
        .unwrap_or_default()
        .to_string_lossy();
    tz::lookup(&ini).unwrap_or(Tz::Utc)
}

fn date_default_timezone_set(cx: &mut Ctx, a: &mut Args) -> NResult {
    let id = a.str(0).to_string_lossy();
    match tz::lookup(&id) {
        Some(t) => {
            cx.vm().module_state.insert(STATE, Box::new(t));
            Ok(Value::Bool(true))
        }
        None => {
            cx.notice(format!("Timezone ID '{id}' is invalid"))?;
            Ok(Value::Bool(false))
        }
    }
}

fn date_default_timezone_get(cx: &mut Ctx, _a: &mut Args) -> NResult {
    Ok(Value::from(default_tz(cx).name().as_str()))
}

fn suffix(d: i64) -> &'static str {
    match d {
        1 | 21 | 31 => "st",
        2 | 22 => "nd",
        3 | 23 => "rd",
        _ => "th",
    }
}

/// Formats `t` as `date()` does in zone `z`.
pub fn format(fmt: &[u8], t: i64, z: &Tz) -> Vec<u8> {
    let lt = z.at(t);
    let local = t.saturating_add(lt.offset);
    let f = fields(local);
    let mut out = String::new();
    let mut i = 0;
    while i < fmt.len() {
        let c = fmt[i];
        i += 1;
        match c {
            b'd' => out.push_str(&format!("{:02}", f.day)),
            b'D' => out.push_str(&DAYS[f.wday as usize][..3]),
            b'j' => out.push_str(&f.day.to_string()),
            b'l' => out.push_str(DAYS[f.wday as usize]),
            b'N' => out.push_str(&(if f.wday == 0 { 7 } else { f.wday }).to_string()),
            b'S' => out.push_str(suffix(f.day)),
            b'w' => out.push_str(&f.wday.to_string()),
            b'z' => out.push_str(&f.yday.to_string()),
            b'W' => out.push_str(&format!("{:02}", iso_week(&f).1)),
            b'o' => out.push_str(&iso_week(&f).0.to_string()),
            b'F' => out.push_str(MONTHS[(f.month - 1) as usize]),
            b'M' => out.push_str(&MONTHS[(f.month - 1) as usize][..3]),
            b'm' => out.push_str(&format!("{:02}", f.month)),
            b'n' => out.push_str(&f.month.to_string()),
            b't' => out.push_str(&tz::days_in_month(f.year, f.month).to_string()),
            b'L' => out.push_str(if tz::is_leap(f.year) { "1" } else { "0" }),
            b'Y' => {
                if f.year < 0 {
                    out.push_str(&format!("-{:04}", -f.year));
                } else {
                    out.push_str(&format!("{:04}", f.year));
                }
            }
            b'y' => out.push_str(&format!("{:02}", f.year.rem_euclid(100))),
            b'x' | b'X' => {
                if c == b'X' || !(0..10000).contains(&f.year) {
                    let sign = if f.year < 0 { '-' } else { '+' };
                    out.push_str(&format!("{}{:04}", sign, f.year.abs()));
                } else {
                    out.push_str(&format!("{:04}", f.year));
                }
            }
            b'a' => out.push_str(if f.hour < 12 { "am" } else { "pm" }),
            b'A' => out.push_str(if f.hour < 12 { "AM" } else { "PM" }),
            b'B' => {
                let b = (t.wrapping_add(3600).rem_euclid(86400) * 10 / 864) % 1000;
                out.push_str(&format!("{:03}", b));
            }
            b'g' => out.push_str(&(if f.hour % 12 == 0 { 12 } else { f.hour % 12 }).to_string()),
            b'G' => out.push_str(&f.hour.to_string()),
            b'h' => out.push_str(&format!(
                "{:02}",
                if f.hour % 12 == 0 { 12 } else { f.hour % 12 }
            )),
            b'H' => out.push_str(&format!("{:02}", f.hour)),
            b'i' => out.push_str(&format!("{:02}", f.min)),
            b's' => out.push_str(&format!("{:02}", f.sec)),
            b'u' => out.push_str("000000"),
            b'v' => out.push_str("000"),
            b'e' => out.push_str(&z.name()),
            b'I' => out.push_str(if lt.dst { "1" } else { "0" }),
            b'O' => out.push_str(&fmt_offset(lt.offset, false)),
            b'P' => out.push_str(&fmt_offset(lt.offset, true)),
            b'p' => {
                if lt.offset == 0 {
                    out.push('Z');
                } else {
                    out.push_str(&fmt_offset(lt.offset, true));
                }
            }
            b'T' => out.push_str(&lt.abbr),
            b'Z' => out.push_str(&lt.offset.to_string()),
            b'c' => out.push_str(&String::from_utf8_lossy(&format(b"Y-m-d\\TH:i:sP", t, z))),
            b'r' => out.push_str(&String::from_utf8_lossy(&format(b"D, d M Y H:i:s O", t, z))),
            b'U' => out.push_str(&t.to_string()),
            b'\\' => {
                if i < fmt.len() {
                    let start = i;
                    // Copy one (possibly multi-byte) character literally.
                    i += 1;
                    while i < fmt.len() && (fmt[i] & 0xC0) == 0x80 {
                        i += 1;
                    }
                    out.push_str(&String::from_utf8_lossy(&fmt[start..i]));
                }
            }
            _ => {
                let start = i - 1;
                while i < fmt.len() && (fmt[i] & 0xC0) == 0x80 {
                    i += 1;
                }
                out.push_str(&String::from_utf8_lossy(&fmt[start..i]));
            }
        }
    }
    out.into_bytes()
}

fn now() -> i64 {
    super::info::now().0
}

fn date(cx: &mut Ctx, a: &mut Args) -> NResult {
    let t = a.opt_int(1).unwrap_or_else(now);
    let z = default_tz(cx);
    Ok(Value::from(format(&a.str(0), t, &z)))
}

fn gmdate(_cx: &mut Ctx, a: &mut Args) -> NResult {
    let t = a.opt_int(1).unwrap_or_else(now);
    Ok(Value::from(format(&a.str(0), t, &Tz::Utc)))
}

fn idate(cx: &mut Ctx, a: &mut Args) -> NResult {
    let f = a.str(0);
    if f.len() != 1 {
        return Err(cx.value_error(1, "must be one character"));
    }
    let t = a.opt_int(1).unwrap_or_else(now);
    let z = default_tz(cx);
    let lt = z.at(t);
    let fl = fields(t.saturating_add(lt.offset));
    let v = match f[0] {
        b'B' => (t.wrapping_add(3600).rem_euclid(86400) * 10 / 864) % 1000,
        b'd' | b'j' => fl.day,
        b'h' | b'g' => {
            if fl.hour % 12 == 0 {
                12
            } else {
                fl.hour % 12
            }
        }
        b'H' | b'G' => fl.hour,
        b'i' => fl.min,
        b'I' => lt.dst as i64,
        b'L' => tz::is_leap(fl.year) as i64,
        b'm' | b'n' => fl.month,
        b'N' => {
            if fl.wday == 0 {
                7
            } else {
                fl.wday
            }
        }
        b'o' => iso_week(&fl).0,
        b's' => fl.sec,
        b't' => tz::days_in_month(fl.year, fl.month),
        b'U' => t,
        b'w' => fl.wday,
        b'W' => iso_week(&fl).1,
        b'y' => fl.year.rem_euclid(100),
        b'Y' => fl.year,
        b'z' => fl.yday,
        b'Z' => lt.offset,
        _ => return Err(cx.value_error(1, "must be a valid date format character")),
    };
    Ok(Value::Int(v))
}

fn mk(cx: &mut Ctx, a: &Args, z: &Tz) -> NResult {
    let lt = z.at(now());
    let cur = fields(now() + lt.offset);
    let hour = a.int(0);
    let min = a.opt_int(1).unwrap_or(cur.min);
    let sec = a.opt_int(2).unwrap_or(cur.sec);
    let mon = a.opt_int(3).unwrap_or(cur.month);
    let day = a.opt_int(4).unwrap_or(cur.day);
    let mut year = a.opt_int(5).unwrap_or(cur.year);
    if (0..70).contains(&year) {
        year += 2000;
    } else if (70..=100).contains(&year) {
        year += 1900;
    }
    let _ = cx;
    Ok(tz::local_seconds(year, mon, day, hour, min, sec)
        .map_or(Value::Bool(false), |local| Value::Int(z.to_utc(local))))
}

fn mktime(cx: &mut Ctx, a: &mut Args) -> NResult {
    let z = default_tz(cx);
    mk(cx, a, &z)
}

fn gmmktime(cx: &mut Ctx, a: &mut Args) -> NResult {
    mk(cx, a, &Tz::Utc)
}

fn checkdate(_cx: &mut Ctx, a: &mut Args) -> NResult {
    let (m, d, y) = (a.int(0), a.int(1), a.int(2));
    Ok(Value::Bool(
        (1..=12).contains(&m) && (1..=32767).contains(&y) && d >= 1 && d <= tz::days_in_month(y, m),
    ))
}

/// `getdate(?int $timestamp = null): array`: the parts of the time in the default zone.
fn getdate(cx: &mut Ctx, a: &mut Args) -> NResult {
    let t = a.opt_int(0).unwrap_or_else(now);
    let z = default_tz(cx);
    let f = fields(t.saturating_add(z.at(t).offset));
    let mut out = PhpArray::new();
    for (k, v) in [
        ("seconds", f.sec),
        ("minutes", f.min),
        ("hours", f.hour),
        ("mday", f.day),
        ("wday", f.wday),
        ("mon", f.month),
        ("year", f.year),
        ("yday", f.yday),
    ] {
        out.insert(Key::from_bytes(k.as_bytes()), Value::Int(v));
    }
    out.insert(
        Key::from_bytes(b"weekday"),
        Value::from(DAYS[f.wday as usize]),
    );
    out.insert(
        Key::from_bytes(b"month"),
        Value::from(MONTHS[(f.month - 1) as usize]),
    );
    out.insert(Key::Int(0), Value::Int(t));
    Ok(Value::from(out))
}

/// `localtime(?int $timestamp = null, bool $associative = false): array`: C's `struct tm` of
/// the time in the default zone, as a list or under the `tm_*` names.
fn localtime(cx: &mut Ctx, a: &mut Args) -> NResult {
    let t = a.opt_int(0).unwrap_or_else(now);
    let z = default_tz(cx);
    let lt = z.at(t);
    let f = fields(t.saturating_add(lt.offset));
    let parts = [
        ("tm_sec", f.sec),
        ("tm_min", f.min),
        ("tm_hour", f.hour),
        ("tm_mday", f.day),
        ("tm_mon", f.month - 1),
        ("tm_year", f.year - 1900),
        ("tm_wday", f.wday),
        ("tm_yday", f.yday),
        ("tm_isdst", i64::from(lt.dst)),
    ];
    let mut out = PhpArray::new();
    for (i, (k, v)) in parts.into_iter().enumerate() {
        let key = if a.bool(1) {
            Key::from_bytes(k.as_bytes())
        } else {
            Key::Int(i as i64)
        };
        out.insert(key, Value::Int(v));
    }
    Ok(Value::from(out))
}
