//! `strtotime`: the common forms of PHP's date parser — `now`, `today`, `tomorrow`,
//! `yesterday`, `midnight`, `noon`, `@ts`, ISO dates and times (`2024-02-29 13:45:10`,
//! `T`, `Z`, `+02:00`), `Y/m/d`, `m/d/Y`, `YYYYMMDD`, month names (`Sep 10, 2000`,
//! `10 September 2000`), `1:30pm`, relative offsets (`+1 day`, `-2 weeks`, `3 hours ago`),
//! `next`/`last`/`this` with units or weekday names, weekday names, and `first`/`last day of`.

use super::date::{default_tz, MONTHS};
use super::tz::{self, fields, Tz};
use phpsock_eval::{Args, Ctx, NResult, Value};

#[derive(Default)]
struct Parsed {
    date: Option<(Option<i64>, i64, i64)>,
    time: Option<(i64, i64, i64)>,
    rel: [i64; 6],
    weekday: Option<(i64, i32)>,
    day_of: Option<bool>,
    offset: Option<i64>,
    reset_time: bool,
    week_monday: bool,
}

const UNITS: [(&str, usize, i64); 13] = [
    ("sec", 5, 1),
    ("second", 5, 1),
    ("min", 4, 1),
    ("minute", 4, 1),
    ("hour", 3, 1),
    ("day", 2, 1),
    ("week", 2, 7),
    ("fortnight", 2, 14),
    ("month", 1, 1),
    ("year", 0, 1),
    ("msec", 5, 0),
    ("usec", 5, 0),
    ("weekday", 2, 1),
];

fn unit(word: &str) -> Option<(usize, i64)> {
    let w = word
        .strip_suffix('s')
        .filter(|w| !w.is_empty())
        .unwrap_or(word);
    UNITS
        .iter()
        .find(|(n, _, _)| *n == w || *n == word)
        .map(|(_, i, m)| (*i, *m))
}

fn weekday(word: &str) -> Option<i64> {
    const W: [&str; 7] = [
        "sunday",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
    ];
    W.iter()
        .position(|d| {
            *d == word
                || (word.len() >= 3
                    && d.starts_with(word)
                    && (word.len() == 3 || word.len() == d.len()))
        })
        .map(|p| p as i64)
        .or(match word {
            "tues" => Some(2),
            "wednes" => Some(3),
            "thur" | "thurs" => Some(4),
            _ => None,
        })
}

fn month(word: &str) -> Option<i64> {
    if word == "sept" {
        return Some(9);
    }
    MONTHS
        .iter()
        .position(|m| {
            let m = m.to_ascii_lowercase();
            m == word || (word.len() == 3 && m.starts_with(word))
        })
        .map(|p| p as i64 + 1)
}

struct Lexer<'a> {
    s: &'a [u8],
    i: usize,
}

impl Lexer<'_> {
    fn skip_ws(&mut self) {
        while self.i < self.s.len() && matches!(self.s[self.i], b' ' | b'\t' | b',' | b'\n') {
            self.i += 1;
        }
    }
    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }
    fn digits(&mut self) -> Option<(i64, usize)> {
        let start = self.i;
        while self.i < self.s.len() && self.s[self.i].is_ascii_digit() {
            self.i += 1;
        }
        let n = self.i - start;
        if n == 0 || n > 18 {
            self.i = start;
            return None;
        }
        let v = std::str::from_utf8(&self.s[start..self.i])
            .ok()?
            .parse()
            .ok()?;
        Some((v, n))
    }
    fn word(&mut self) -> String {
        let start = self.i;
        while self.i < self.s.len()
            && (self.s[self.i].is_ascii_alphabetic() || self.s[self.i] == b'.')
        {
            self.i += 1;
        }
        String::from_utf8_lossy(&self.s[start..self.i])
            .trim_end_matches('.')
            .to_string()
    }
    fn eat(&mut self, c: u8) -> bool {
        if self.peek() == Some(c) {
            self.i += 1;
            true
        } else {
            false
        }
    }
}

/// Parses `HH:MM[:SS[.frac]]` (after the hour was read) and an optional am/pm.
fn time_rest(lx: &mut Lexer, hour: i64) -> Option<(i64, i64, i64)> {
    let (min, _) = lx.digits()?;
    let mut sec = 0;
    if lx.eat(b':') {
        sec = lx.digits()?.0;
        if lx.eat(b'.') {
            lx.digits();
        }
    }
    let h = ampm(lx, hour)?;
    if h > 23 || min > 59 || sec > 60 {
        return None;
    }
    Some((h, min, sec))
}

fn ampm(lx: &mut Lexer, hour: i64) -> Option<i64> {
    let save = lx.i;
    lx.skip_ws();
    let w = lx.word();
    match w.as_str() {
        "am" | "a.m" | "a" => {
            if !(1..=12).contains(&hour) {
                return None;
            }
            Some(if hour == 12 { 0 } else { hour })
        }
        "pm" | "p.m" | "p" => {
            if !(1..=12).contains(&hour) {
                return None;
            }
            Some(if hour == 12 { 12 } else { hour + 12 })
        }
        _ => {
            lx.i = save;
            Some(hour)
        }
    }
}

fn zone_offset(lx: &mut Lexer) -> Option<i64> {
    let save = lx.i;
    let sign = match lx.peek() {
        Some(b'+') => 1,
        Some(b'-') => -1,
        _ => return None,
    };
    lx.i += 1;
    let (a, n) = match lx.digits() {
        Some(x) => x,
        None => {
            lx.i = save;
            return None;
        }
    };
    let (h, m) = if n == 4 {
        (a / 100, a % 100)
    } else if n <= 2 {
        if lx.eat(b':') {
            (a, lx.digits().map_or(0, |d| d.0))
        } else {
            (a, 0)
        }
    } else {
        lx.i = save;
        return None;
    };
    Some(sign * (h * 3600 + m * 60))
}

fn parse(s: &str) -> Option<Parsed> {
    let lower = s.trim().to_ascii_lowercase();
    if lower.is_empty() {
        return None;
    }
    let mut p = Parsed::default();
    let mut lx = Lexer {
        s: lower.as_bytes(),
        i: 0,
    };
    loop {
        lx.skip_ws();
        let c = match lx.peek() {
            Some(c) => c,
            None => break,
        };
        if c == b'@' {
            lx.i += 1;
            let neg = lx.eat(b'-');
            let (v, _) = lx.digits()?;
            p.date = Some((Some(1970), 1, 1));
            p.time = Some((0, 0, 0));
            p.rel[5] = p.rel[5].saturating_add(if neg { -v } else { v });
            p.offset = Some(0);
            continue;
        }
        if c == b'+' || c == b'-' {
            // A zone offset right after a time, or a signed relative number.
            if p.time.is_some() && p.offset.is_none() {
                if let Some(o) = zone_offset(&mut lx) {
                    p.offset = Some(o);
                    continue;
                }
            }
            lx.i += 1;
            lx.skip_ws();
            let (n, _) = lx.digits()?;
            let n = if c == b'-' { -n } else { n };
            relative(&mut lx, &mut p, n)?;
            continue;
        }
        if c.is_ascii_digit() {
            let (a, na) = lx.digits()?;
            match lx.peek() {
                Some(b'-') if na == 4 => {
                    lx.i += 1;
                    let (m, _) = lx.digits()?;
                    lx.eat(b'-').then_some(())?;
                    let (d, _) = lx.digits()?;
                    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
                        return None;
                    }
                    p.date = Some((Some(a), m, d));
                    if lx.peek() == Some(b't') {
                        lx.i += 1;
                    }
                    continue;
                }
                Some(b'/') => {
                    lx.i += 1;
                    let (b, _) = lx.digits()?;
                    lx.eat(b'/').then_some(())?;
                    let (c3, _) = lx.digits()?;
                    let (y, m, d) = if na == 4 { (a, b, c3) } else { (c3, a, b) };
                    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
                        return None;
                    }
                    p.date = Some((Some(y), m, d));
                    continue;
                }
                Some(b':') => {
                    lx.i += 1;
                    p.time = Some(time_rest(&mut lx, a)?);
                    continue;
                }
                _ => {}
            }
            if na == 8 {
                let (y, m, d) = (a / 10000, (a / 100) % 100, a % 100);
                if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
                    return None;
                }
                p.date = Some((Some(y), m, d));
                continue;
            }
            // `1pm`, `10 september [2000]`, `3 days`.
            let save = lx.i;
            lx.skip_ws();
            let w_start = lx.i;
            let w = lx.word();
            if matches!(w.as_str(), "am" | "pm" | "a.m" | "p.m") {
                lx.i = w_start;
                let h = ampm(&mut lx, a)?;
                p.time = Some((h, 0, 0));
                continue;
            }
            if let Some(m) = month(&w) {
                if !(1..=31).contains(&a) {
                    return None;
                }
                lx.skip_ws();
                let year = lx.digits().map(|(y, _)| y);
                p.date = Some((year, m, a));
                continue;
            }
            lx.i = save;
            if na == 4 && p.date.is_some() {
                if let Some((None, m, d)) = p.date {
                    p.date = Some((Some(a), m, d));
                    continue;
                }
            }
            relative(&mut lx, &mut p, a)?;
            continue;
        }
        if c.is_ascii_alphabetic() {
            let w = lx.word();
            match w.as_str() {
                "now" => {}
                "today" | "midnight" => p.reset_time = true,
                "tomorrow" => {
                    p.rel[2] += 1;
                    p.reset_time = true;
                    p.time = None;
                }
                "yesterday" => {
                    p.rel[2] -= 1;
                    p.reset_time = true;
                    p.time = None;
                }
                "noon" => p.time = Some((12, 0, 0)),
                "t" if p.date.is_some() => {}
                "z" | "utc" | "gmt" => p.offset = Some(0),
                "ago" => {
                    for r in p.rel.iter_mut() {
                        *r = -*r;
                    }
                }
                "next" | "last" | "previous" | "this" => {
                    let n = match w.as_str() {
                        "next" => 1,
                        "this" => 0,
                        _ => -1,
                    };
                    lx.skip_ws();
                    let w2 = lx.word();
                    if let Some(wd) = weekday(&w2) {
                        p.weekday = Some((wd, n));
                        p.reset_time = true;
                        p.time = None;
                    } else if w2 == "week" {
                        // `this/next/last week` land on that week's Monday, keeping the time.
                        p.rel[2] += 7 * n as i64;
                        p.week_monday = true;
                    } else if let Some((idx, mult)) = unit(&w2) {
                        p.rel[idx] = p.rel[idx].saturating_add((n as i64).saturating_mul(mult));
                    } else {
                        return None;
                    }
                }
                _ => {
                    if let Some(m) = month(&w) {
                        lx.skip_ws();
                        let mut day = 1;
                        let mut year = None;
                        if let Some((d, nd)) = lx.digits() {
                            if nd == 4 {
                                year = Some(d);
                            } else {
                                day = d;
                                lx.skip_ws();
                                let save = lx.i;
                                if let Some((y, 4)) = lx.digits() {
                                    year = Some(y);
                                } else {
                                    lx.i = save;
                                }
                            }
                        }
                        if !(1..=31).contains(&day) {
                            return None;
                        }
                        p.date = Some((year, m, day));
                        continue;
                    }
                    if let Some(wd) = weekday(&w) {
                        lx.skip_ws();
                        // `tue, 14 nov 2023` names the day of a date; alone it is relative.
                        if p.weekday.is_none() {
                            p.weekday = Some((wd, 0));
                            p.reset_time = true;
                        }
                        continue;
                    }
                    return None;
                }
            }
            continue;
        }
        return None;
    }
    Some(p)
}

/// `first day of` / `last day of` are rewritten before parsing.
fn split_day_of(s: &str) -> (Option<bool>, String) {
    let l = s.to_ascii_lowercase();
    for (pre, first) in [("first day of", true), ("last day of", false)] {
        if let Some(pos) = l.find(pre) {
            let rest = format!("{} {}", &l[..pos], &l[pos + pre.len()..]);
            return (Some(first), rest);
        }
    }
    (None, l)
}

fn relative(lx: &mut Lexer, p: &mut Parsed, n: i64) -> Option<()> {
    lx.skip_ws();
    let w = lx.word();
    if let Some(wd) = weekday(&w) {
        // `+1 monday` and friends: the n-th such weekday.
        p.weekday = Some((wd, n.signum() as i32));
        p.reset_time = true;
        return Some(());
    }
    let (idx, mult) = unit(&w)?;
    p.rel[idx] = p.rel[idx].saturating_add(n.saturating_mul(mult));
    Some(())
}

/// Computes the timestamp for `s` relative to `base` in zone `z`.
pub fn resolve(s: &str, base: i64, z: &Tz) -> Option<i64> {
    let (day_of, text) = split_day_of(s);
    let mut p = if text.trim().is_empty() && day_of.is_some() {
        Parsed::default()
    } else {
        parse(&text)?
    };
    p.day_of = day_of;
    let base_local = base.saturating_add(z.at(base).offset);
    let f = fields(base_local);
    let (mut y, mut m, mut d) = (f.year, f.month, f.day);
    let (mut h, mut mi, mut sec) = (f.hour, f.min, f.sec);
    if let Some((yy, mm, dd)) = p.date {
        if let Some(yy) = yy {
            y = if yy < 100 && text.contains('/') {
                if yy < 70 {
                    yy + 2000
                } else {
                    yy + 1900
                }
            } else {
                yy
            };
        }
        m = mm;
        d = dd;
        h = 0;
        mi = 0;
        sec = 0;
    }
    if p.reset_time {
        h = 0;
        mi = 0;
        sec = 0;
    }
    if let Some((hh, mm, ss)) = p.time {
        h = hh;
        mi = mm;
        sec = ss;
    }
    y = y.saturating_add(p.rel[0]);
    m = m.saturating_add(p.rel[1]);
    // Normalise the month before `first/last day of`.
    let m0 = m - 1;
    y += m0.div_euclid(12);
    m = m0.rem_euclid(12) + 1;
    match p.day_of {
        Some(true) => d = 1,
        Some(false) => d = tz::days_in_month(y, m),
        None => {}
    }
    let mut local = tz::local_seconds(y, m, d, h, mi, sec)?;
    if p.week_monday {
        let wd = (local.div_euclid(86400) + 4).rem_euclid(7);
        local -= ((wd + 6) % 7) * 86400;
    }
    let secs = |n: i64, k: i64| -> Option<i64> { n.checked_mul(k) };
    local = local.checked_add(secs(p.rel[2], 86400)?)?;
    if let Some((wd, n)) = p.weekday {
        let days = local.div_euclid(86400);
        let cur = (days + 4).rem_euclid(7);
        let mut delta = (wd - cur).rem_euclid(7);
        match n {
            0 => {}
            n if n > 0 => {
                if delta == 0 {
                    delta = 7;
                }
                delta += 7 * (n as i64 - 1);
            }
            n => {
                delta -= 7;
                if delta == -7 && wd != cur {
                    delta = 0;
                }
                delta += 7 * (n as i64 + 1);
            }
        }
        local += delta * 86400;
    }
    let tsecs = secs(p.rel[3], 3600)?
        .checked_add(secs(p.rel[4], 60)?)?
        .checked_add(p.rel[5])?;
    local = local.checked_add(tsecs)?;
    match p.offset {
        Some(o) => local.checked_sub(o),
        None => z.to_utc(local.checked_sub(tsecs)?).checked_add(tsecs),
    }
}

/// `strtotime()`.
pub fn strtotime(cx: &mut Ctx, a: &mut Args) -> NResult {
    let s = a.str(0).to_string_lossy();
    let base = a.opt_int(1).unwrap_or_else(|| super::info::now().0);
    let z = default_tz(cx);
    Ok(resolve(&s, base, &z).map_or(Value::Bool(false), Value::Int))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms() {
        let b = 1700000000;
        let z = Tz::Utc;
        assert_eq!(resolve("now", b, &z), Some(b));
        assert_eq!(resolve("tomorrow", b, &z), Some(1700006400));
        assert_eq!(resolve("+1 day +2 hours", b, &z), Some(1700093600));
        assert_eq!(resolve("next monday", b, &z), Some(1700438400));
        assert_eq!(resolve("last friday", b, &z), Some(1699574400));
        assert_eq!(resolve("tuesday", b, &z), Some(1699920000));
        assert_eq!(
            resolve("2024-02-29T13:45:10+02:00", b, &z),
            Some(1709207110)
        );
        assert_eq!(resolve("first day of next month", b, &z), Some(1701468800));
        assert_eq!(resolve("garbage", b, &z), None);
        assert_eq!(resolve("2023-13-45", b, &z), None);
    }
}
