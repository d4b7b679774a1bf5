//! `strftime`/`gmstrftime` (deprecated since PHP 8.1): the C library's conversions in the C
//! locale, on the default time zone's local time or on UTC (where `%Z` is `GMT`).

use super::date::{default_tz, DAYS, MONTHS};
use super::tz::{fields, fmt_offset, iso_week, Fields};
use phpsock_eval::{Args, Ctx, Module, NResult, Value};

/// Registers the functions.
pub fn register(m: &mut Module) {
    m.func(
        "strftime(string $format, ?int $timestamp = null): string|false",
        strftime,
    )
    .func(
        "gmstrftime(string $format, ?int $timestamp = null): string|false",
        gmstrftime,
    );
}

fn strftime(cx: &mut Ctx, a: &mut Args) -> NResult {
    format_time(cx, a, false)
}

fn gmstrftime(cx: &mut Ctx, a: &mut Args) -> NResult {
    format_time(cx, a, true)
}

/// The moment being formatted: its fields, UTC offset and zone abbreviation.
struct Moment {
    t: i64,
    f: Fields,
    offset: i64,
    dst: bool,
    zone: String,
}

fn format_time(cx: &mut Ctx, a: &Args, gmt: bool) -> NResult {
    cx.deprecated_function()?;
    let format = a.str(0);
    if format.is_empty() {
        return Ok(Value::Bool(false));
    }
    let t = a.opt_int(1).unwrap_or_else(|| super::info::now().0);
    let m = if gmt {
        Moment {
            t,
            f: fields(t),
            offset: 0,
            dst: false,
            zone: "GMT".into(),
        }
    } else {
        let lt = default_tz(cx).at(t);
        Moment {
            t,
            f: fields(t.saturating_add(lt.offset)),
            offset: lt.offset,
            dst: lt.dst,
            zone: lt.abbr,
        }
    };
    Ok(Value::from(render(&format, &m)))
}

/// How a number is padded: the conversion's own way, or as a `-`, `_` or `0` flag says.
#[derive(Clone, Copy, PartialEq)]
enum Pad {
    Default,
    None,
    Space,
    Zero,
}

fn num(out: &mut String, n: i64, width: usize, default_space: bool, pad: Pad) {
    let space = match pad {
        Pad::Default => default_space,
        Pad::Space => true,
        Pad::Zero | Pad::None => false,
    };
    let text = if pad == Pad::None {
        n.to_string()
    } else if space {
        format!("{n:>width$}")
    } else if n < 0 {
        format!("-{:0>w$}", n.unsigned_abs(), w = width.saturating_sub(1))
    } else {
        format!("{n:0>width$}")
    };
    out.push_str(&text);
}

/// Expands `format`. Unknown conversions (and `%E`/`%O` before a character they do not
/// modify) are copied as written, as the C library does.
fn render(format: &[u8], m: &Moment) -> Vec<u8> {
    let mut out = Vec::with_capacity(format.len() * 2);
    let mut i = 0;
    while i < format.len() {
        if format[i] != b'%' {
            out.push(format[i]);
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        let (mut pad, mut upper, mut swap) = (Pad::Default, false, false);
        while let Some(&c) = format.get(i) {
            match c {
                b'-' => pad = Pad::None,
                b'_' => pad = Pad::Space,
                b'0' => pad = Pad::Zero,
                b'^' => upper = true,
                b'#' => swap = true,
                _ => break,
            }
            i += 1;
        }
        let mut width = 0usize;
        while let Some(d) = format.get(i).filter(|d| d.is_ascii_digit()) {
            width = width
                .saturating_mul(10)
                .saturating_add(usize::from(d - b'0'));
            i += 1;
        }
        // `%E` and `%O` ask for the locale's alternative forms: the C locale has none, so
        // they are ignored before a conversion and copied before anything else.
        if let Some(&(b'E' | b'O')) = format.get(i) {
            if !format.get(i + 1).is_some_and(|&c| is_conversion(c)) {
                out.extend_from_slice(&format[start..(i + 1).min(format.len())]);
                i += 1;
                continue;
            }
            i += 1;
        }
        let Some(&c) = format.get(i) else {
            out.extend_from_slice(&format[start..]);
            break;
        };
        i += 1;
        let mut s = String::new();
        if !conversion(&mut s, c, m, pad) {
            out.extend_from_slice(&format[start..i]);
            continue;
        }
        if upper {
            s = s.to_ascii_uppercase();
        } else if swap {
            // The C library's `#`: names in capitals, the zone and AM/PM in small letters.
            s = match c {
                b'a' | b'A' | b'b' | b'B' | b'h' => s.to_ascii_uppercase(),
                b'p' | b'Z' => s.to_ascii_lowercase(),
                _ => s,
            };
        }
        if s.len() < width {
            let fill = match pad {
                Pad::Space | Pad::None => b' ',
                Pad::Zero => b'0',
                _ if NUMERIC.contains(&c) => b'0',
                _ => b' ',
            };
            out.resize(out.len() + width - s.len(), fill);
        }
        out.extend_from_slice(s.as_bytes());
    }
    out
}

/// The conversions that print a number (a width pads them with zeros).
const NUMERIC: &[u8] = b"CdeGgHIjklmMsSuUVwWyY";

fn is_conversion(c: u8) -> bool {
    b"aAbBcCdDeFgGhHIjklmMnpPrRsStTuUVwWxXyYzZ%".contains(&c)
}

/// Appends the conversions a composite one stands for: each letter of `parts` is a
/// conversion (padded its own way: flags apply to the composite as a whole), anything
/// else is copied.
fn compose(s: &mut String, parts: &[u8], m: &Moment) {
    for &c in parts {
        if c.is_ascii_alphabetic() {
            conversion(s, c, m, Pad::Default);
        } else {
            s.push(char::from(c));
        }
    }
}

/// Appends conversion `c` of `m`; false for a character that is not a conversion.
fn conversion(s: &mut String, c: u8, m: &Moment, pad: Pad) -> bool {
    let f = &m.f;
    let hour12 = if f.hour % 12 == 0 { 12 } else { f.hour % 12 };
    let wday_mon = (f.wday + 6) % 7;
    match c {
        b'a' => s.push_str(&DAYS[f.wday as usize][..3]),
        b'A' => s.push_str(DAYS[f.wday as usize]),
        b'b' | b'h' => s.push_str(&MONTHS[(f.month - 1) as usize][..3]),
        b'B' => s.push_str(MONTHS[(f.month - 1) as usize]),
        b'c' => compose(s, b"a b e T Y", m),
        b'C' => num(s, f.year.div_euclid(100), 2, false, pad),
        b'd' => num(s, f.day, 2, false, pad),
        b'D' | b'x' => compose(s, b"m/d/y", m),
        b'e' => num(s, f.day, 2, true, pad),
        b'F' => compose(s, b"Y-m-d", m),
        b'G' => num(s, iso_week(f).0, 1, false, pad),
        b'g' => num(s, iso_week(f).0.rem_euclid(100), 2, false, pad),
        b'H' => num(s, f.hour, 2, false, pad),
        b'I' => num(s, hour12, 2, false, pad),
        b'j' => num(s, f.yday + 1, 3, false, pad),
        b'k' => num(s, f.hour, 2, true, pad),
        b'l' => num(s, hour12, 2, true, pad),
        b'm' => num(s, f.month, 2, false, pad),
        b'M' => num(s, f.min, 2, false, pad),
        b'n' => s.push('\n'),
        b'p' => s.push_str(if f.hour < 12 { "AM" } else { "PM" }),
        b'P' => s.push_str(if f.hour < 12 { "am" } else { "pm" }),
        b'r' => compose(s, b"I:M:S p", m),
        b'R' => compose(s, b"H:M", m),
        // The C library's `mktime` of the broken-down local time, with the process in UTC
        // (where a time marked as summer time is taken as an hour earlier).
        b's' => {
            let t =
                m.t.saturating_add(m.offset)
                    .saturating_sub(if m.dst { 3600 } else { 0 });
            s.push_str(&t.to_string());
        }
        b'S' => num(s, f.sec, 2, false, pad),
        b't' => s.push('\t'),
        b'T' | b'X' => compose(s, b"H:M:S", m),
        b'u' => num(s, if f.wday == 0 { 7 } else { f.wday }, 1, false, pad),
        b'U' => num(s, (f.yday + 7 - f.wday) / 7, 2, false, pad),
        b'V' => num(s, iso_week(f).1, 2, false, pad),
        b'w' => num(s, f.wday, 1, false, pad),
        b'W' => num(s, (f.yday + 7 - wday_mon) / 7, 2, false, pad),
        b'y' => num(s, f.year.rem_euclid(100), 2, false, pad),
        b'Y' => num(s, f.year, 1, false, pad),
        b'z' => s.push_str(&fmt_offset(m.offset, false)),
        b'Z' => s.push_str(&m.zone),
        b'%' => s.push('%'),
        _ => return false,
    }
    true
}
