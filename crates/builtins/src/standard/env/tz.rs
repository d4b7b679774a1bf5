//! Time zones for the date functions: UTC, fixed offsets and named zones read from the
//! system's TZif files (`/usr/share/zoneinfo`), plus civil-calendar arithmetic.

use std::rc::Rc;

/// One local-time type of a zone.
#[derive(Clone, Debug)]
pub struct LocalType {
    /// Seconds east of UTC.
    pub offset: i64,
    /// Daylight saving time.
    pub dst: bool,
    /// Abbreviation (`CET`).
    pub abbr: String,
}

/// A time zone.
#[derive(Clone, Debug)]
pub enum Tz {
    /// UTC.
    Utc,
    /// A fixed offset in seconds.
    Fixed(i64),
    /// A named zone with its transitions.
    Named(Rc<Named>),
}

/// A named zone's data.
#[derive(Debug)]
pub struct Named {
    /// The identifier (`Europe/Paris`).
    pub name: String,
    transitions: Vec<i64>,
    indices: Vec<u8>,
    types: Vec<LocalType>,
}

impl Tz {
    /// The zone's name as `date('e')` prints it.
    pub fn name(&self) -> String {
        match self {
            Tz::Utc => "UTC".to_string(),
            Tz::Fixed(o) => fmt_offset(*o, true),
            Tz::Named(n) => n.name.clone(),
        }
    }

    /// The local type in effect at UTC time `t`.
    pub fn at(&self, t: i64) -> LocalType {
        match self {
            Tz::Utc => LocalType {
                offset: 0,
                dst: false,
                abbr: "UTC".to_string(),
            },
            Tz::Fixed(o) => LocalType {
                offset: *o,
                dst: false,
                abbr: fmt_offset(*o, true),
            },
            Tz::Named(n) => {
                let idx = match n.transitions.binary_search(&t) {
                    Ok(i) => Some(i),
                    Err(0) => None,
                    Err(i) => Some(i - 1),
                };
                let ty = match idx {
                    Some(i) => n.indices.get(i).copied().unwrap_or(0) as usize,
                    // Before the first transition: the first standard-time type.
                    None => n.types.iter().position(|t| !t.dst).unwrap_or(0),
                };
                n.types.get(ty).cloned().unwrap_or(LocalType {
                    offset: 0,
                    dst: false,
                    abbr: "UTC".to_string(),
                })
            }
        }
    }

    /// The UTC time of local wall-clock seconds `local` (seconds since the epoch as if the
    /// local time were UTC).
    pub fn to_utc(&self, local: i64) -> i64 {
        let o1 = self.at(local).offset;
        let o2 = self.at(local.saturating_sub(o1)).offset;
        local.saturating_sub(o2)
    }
}

/// `+01:00` (with colon) or `+0100`.
pub fn fmt_offset(o: i64, colon: bool) -> String {
    let sign = if o < 0 { '-' } else { '+' };
    let a = o.abs();
    if colon {
        format!("{}{:02}:{:02}", sign, a / 3600, (a / 60) % 60)
    } else {
        format!("{}{:02}{:02}", sign, a / 3600, (a / 60) % 60)
    }
}

fn be32(b: &[u8], at: usize) -> Option<i64> {
    let s = b.get(at..at + 4)?;
    Some(i32::from_be_bytes([s[0], s[1], s[2], s[3]]) as i64)
}

fn be64(b: &[u8], at: usize) -> Option<i64> {
    let s = b.get(at..at + 8)?;
    let mut a = [0u8; 8];
    a.copy_from_slice(s);
    Some(i64::from_be_bytes(a))
}

fn parse_tzif(name: &str, b: &[u8]) -> Option<Named> {
    if b.get(0..4)? != b"TZif" {
        return None;
    }
    let version = *b.get(4)?;
    let counts = |at: usize| -> Option<[usize; 6]> {
        let mut c = [0usize; 6];
        for (i, x) in c.iter_mut().enumerate() {
            *x = be32(b, at + 20 + i * 4)? as usize;
        }
        Some(c)
    };
    let c1 = counts(0)?;
    let (isutc, isstd, leap, time, typ, chars) = (c1[0], c1[1], c1[2], c1[3], c1[4], c1[5]);
    let v1_len = time * 4 + time + typ * 6 + chars + leap * 8 + isstd + isutc;
    let (base, tsize, cnt) = if version >= b'2' {
        let h2 = 44 + v1_len;
        (h2 + 44, 8, counts(h2)?)
    } else {
        (44, 4, c1)
    };
    let (_, _, _, time, typ, chars) = (cnt[0], cnt[1], cnt[2], cnt[3], cnt[4], cnt[5]);
    let mut transitions = Vec::with_capacity(time);
    for i in 0..time {
        transitions.push(if tsize == 8 {
            be64(b, base + i * 8)?
        } else {
            be32(b, base + i * 4)?
        });
    }
    let idx_at = base + time * tsize;
    let indices = b.get(idx_at..idx_at + time)?.to_vec();
    let types_at = idx_at + time;
    let chars_at = types_at + typ * 6;
    let abbrs = b.get(chars_at..chars_at + chars)?;
    let mut types = Vec::with_capacity(typ);
    for i in 0..typ {
        let at = types_at + i * 6;
        let offset = be32(b, at)?;
        let dst = *b.get(at + 4)? != 0;
        let ai = *b.get(at + 5)? as usize;
        let end = abbrs[ai.min(abbrs.len())..]
            .iter()
            .position(|&c| c == 0)
            .map_or(abbrs.len(), |p| ai + p);
        let abbr = String::from_utf8_lossy(abbrs.get(ai..end).unwrap_or(b"")).into_owned();
        types.push(LocalType { offset, dst, abbr });
    }
    Some(Named {
        name: name.to_string(),
        transitions,
        indices,
        types,
    })
}

/// Finds a zone by identifier (`UTC`, `Europe/Paris`, case-insensitive like PHP).
pub fn lookup(name: &str) -> Option<Tz> {
    if name.eq_ignore_ascii_case("utc") || name.eq_ignore_ascii_case("z") {
        return Some(Tz::Utc);
    }
    if name.is_empty()
        || name.contains("..")
        || name.starts_with('/')
        || !name
            .bytes()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'/' | b'_' | b'-' | b'+'))
    {
        return None;
    }
    let dir = "/usr/share/zoneinfo";
    let mut path = format!("{dir}/{name}");
    let mut canonical = name.to_string();
    if std::fs::metadata(&path).is_err() {
        // Case-insensitive match, one path component at a time.
        let mut cur = dir.to_string();
        let mut parts = Vec::new();
        for comp in name.split('/') {
            let found = std::fs::read_dir(&cur).ok()?.flatten().find_map(|e| {
                let n = e.file_name().to_string_lossy().into_owned();
                n.eq_ignore_ascii_case(comp).then_some(n)
            })?;
            cur = format!("{cur}/{found}");
            parts.push(found);
        }
        path = cur;
        canonical = parts.join("/");
    }
    if !canonical.contains('/')
        && !matches!(
            canonical.as_str(),
            "GMT"
                | "UCT"
                | "Universal"
                | "Zulu"
                | "CET"
                | "EET"
                | "WET"
                | "MET"
                | "EST"
                | "MST"
                | "HST"
                | "Japan"
                | "Singapore"
                | "Iceland"
                | "Egypt"
                | "Cuba"
                | "Eire"
                | "GB"
                | "Hongkong"
                | "Iran"
                | "Israel"
                | "Jamaica"
                | "Kwajalein"
                | "Libya"
                | "NZ"
                | "Navajo"
                | "PRC"
                | "Poland"
                | "Portugal"
                | "ROC"
                | "ROK"
                | "Turkey"
                | "W-SU"
                | "Greenwich"
        )
    {
        return None;
    }
    let data = std::fs::read(&path).ok()?;
    parse_tzif(&canonical, &data).map(|n| Tz::Named(Rc::new(n)))
}

// ------------------------------------------------------------------ civil calendar

/// Days since 1970-01-01 of a proleptic Gregorian date (month 1–12; any day count).
pub fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

/// (year, month, day) of days since 1970-01-01.
pub fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719468;
    let era = if z >= 0 { z } else { z - 146096 } / 146097;
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// True for leap years.
pub fn is_leap(y: i64) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

/// Days in a month.
pub fn days_in_month(y: i64, m: i64) -> i64 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ => {
            if is_leap(y) {
                29
            } else {
                28
            }
        }
    }
}

/// Local seconds (as if UTC) from date and time fields, normalising overflowing months,
/// days, hours… as `mktime` does.
/// `None` when the result does not fit (years beyond ±10^11).
pub fn local_seconds(y: i64, mo: i64, d: i64, h: i64, mi: i64, s: i64) -> Option<i64> {
    const LIMIT: i64 = 100_000_000_000;
    if [y, mo, d, h, mi, s]
        .iter()
        .any(|v| v.unsigned_abs() > (LIMIT * 400) as u64)
    {
        return None;
    }
    let m0 = mo - 1;
    let y = y + m0.div_euclid(12);
    if y.abs() > LIMIT {
        return None;
    }
    let m = m0.rem_euclid(12) + 1;
    let days = days_from_civil(y, m, 1) as i128 + d as i128 - 1;
    let t = days * 86400 + h as i128 * 3600 + mi as i128 * 60 + s as i128;
    i64::try_from(t).ok()
}

/// Broken-down local time.
#[derive(Clone, Copy, Debug)]
pub struct Fields {
    /// Year.
    pub year: i64,
    /// Month 1–12.
    pub month: i64,
    /// Day 1–31.
    pub day: i64,
    /// Hour.
    pub hour: i64,
    /// Minute.
    pub min: i64,
    /// Second.
    pub sec: i64,
    /// Day of week, 0 = Sunday.
    pub wday: i64,
    /// Day of year, 0-based.
    pub yday: i64,
}

/// Splits local seconds into fields.
pub fn fields(local: i64) -> Fields {
    let days = local.div_euclid(86400);
    let secs = local.rem_euclid(86400);
    let (year, month, day) = civil_from_days(days);
    Fields {
        year,
        month,
        day,
        hour: secs / 3600,
        min: (secs / 60) % 60,
        sec: secs % 60,
        wday: (days + 4).rem_euclid(7),
        yday: days - days_from_civil(year, 1, 1),
    }
}

/// ISO-8601 (year, week) of a date.
pub fn iso_week(f: &Fields) -> (i64, i64) {
    let days = days_from_civil(f.year, f.month, f.day);
    let wd = if f.wday == 0 { 7 } else { f.wday };
    let thursday = days - (wd - 1) + 3;
    let (ty, _, _) = civil_from_days(thursday);
    let yday = thursday - days_from_civil(ty, 1, 1);
    (ty, yday / 7 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(civil_from_days(19675), (2023, 11, 14));
        let f = fields(1700000000);
        assert_eq!((f.hour, f.min, f.sec, f.wday, f.yday), (22, 13, 20, 2, 317));
        assert_eq!(iso_week(&f), (2023, 46));
        assert_eq!(
            iso_week(&fields(days_from_civil(2021, 1, 1) * 86400)),
            (2020, 53)
        );
    }
}
