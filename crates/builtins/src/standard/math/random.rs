//! `mt_rand`/`rand` with PHP's exact Mt19937 sequence and range scaling, `random_int`,
//! `random_bytes`, `lcg_value`.

use phpsock_eval::{Args, Ctx, NResult, Value, Vm};
use std::io::Read;

const N: usize = 624;
const M: usize = 397;

/// `MT_RAND_MT19937`.
pub const MODE_MT19937: i64 = 0;
/// `MT_RAND_PHP` (the pre-7.1 buggy twist and scaling).
pub const MODE_PHP: i64 = 1;

/// PHP's Mersenne Twister state.
pub struct Mt {
    state: [u32; N],
    next: usize,
    left: usize,
    mode: i64,
    seeded: bool,
}

impl Default for Mt {
    fn default() -> Mt {
        Mt {
            state: [0; N],
            next: 0,
            left: 0,
            mode: MODE_MT19937,
            seeded: false,
        }
    }
}

#[inline]
fn twist(m: u32, u: u32, v: u32, php: bool) -> u32 {
    let mix = (u & 0x8000_0000) | (v & 0x7fff_ffff);
    let lo = if php { u & 1 } else { v & 1 };
    m ^ (mix >> 1) ^ ((lo.wrapping_neg()) & 0x9908_b0df)
}

impl Mt {
    /// Seeds as `mt_srand($seed, $mode)`.
    pub fn seed(&mut self, seed: u32, mode: i64) {
        self.mode = mode;
        self.state[0] = seed;
        for i in 1..N {
            let r = self.state[i - 1];
            self.state[i] = 1812433253u32
                .wrapping_mul(r ^ (r >> 30))
                .wrapping_add(i as u32);
        }
        self.reload();
        self.seeded = true;
    }

    fn reload(&mut self) {
        let php = self.mode == MODE_PHP;
        let s = &mut self.state;
        for i in 0..N - M {
            s[i] = twist(s[i + M], s[i], s[i + 1], php);
        }
        for i in N - M..N - 1 {
            s[i] = twist(s[i + M - N], s[i], s[i + 1], php);
        }
        s[N - 1] = twist(s[M - 1], s[N - 1], s[0], php);
        self.left = N;
        self.next = 0;
    }

    /// The next 32-bit output.
    pub fn next_u32(&mut self) -> u32 {
        if !self.seeded {
            let seed = u32::from_le_bytes(random_array());
            self.seed(seed, MODE_MT19937);
        }
        if self.left == 0 {
            self.reload();
        }
        self.left -= 1;
        let mut s1 = self.state[self.next];
        self.next += 1;
        s1 ^= s1 >> 11;
        s1 ^= (s1 << 7) & 0x9d2c_5680;
        s1 ^= (s1 << 15) & 0xefc6_0000;
        s1 ^ (s1 >> 18)
    }

    fn range32(&mut self, umax: u32) -> u32 {
        let mut r = self.next_u32();
        if umax == u32::MAX {
            return r;
        }
        let umax = umax + 1;
        if umax & (umax - 1) != 0 {
            let limit = u32::MAX - (u32::MAX % umax) - 1;
            while r > limit {
                r = self.next_u32();
            }
        }
        r % umax
    }

    fn range64(&mut self, umax: u64) -> u64 {
        let mut r = ((self.next_u32() as u64) << 32) | self.next_u32() as u64;
        if umax == u64::MAX {
            return r;
        }
        let umax = umax + 1;
        if umax & (umax - 1) != 0 {
            let limit = u64::MAX - (u64::MAX % umax) - 1;
            while r > limit {
                r = ((self.next_u32() as u64) << 32) | self.next_u32() as u64;
            }
        }
        r % umax
    }

    /// A value in `min..=max` as `php_mt_rand_common` computes it.
    pub fn range(&mut self, min: i64, max: i64) -> i64 {
        if self.mode == MODE_PHP {
            let n = (self.next_u32() >> 1) as f64;
            return min.wrapping_add(
                ((max as f64 - min as f64 + 1.0) * (n / (2147483647.0 + 1.0))) as i64,
            );
        }
        let umax = (max as u64).wrapping_sub(min as u64);
        let r = if umax > u32::MAX as u64 {
            self.range64(umax)
        } else {
            self.range32(umax as u32) as u64
        };
        (min as u64).wrapping_add(r) as i64
    }
}

fn random_array<const K: usize>() -> [u8; K] {
    let mut b = [0u8; K];
    if let Ok(mut f) = std::fs::File::open("/dev/urandom") {
        if f.read_exact(&mut b).is_ok() {
            return b;
        }
    }
    // Fallback: hash the time and address of a local.
    let t = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() as u64);
    let mut x = t ^ (&b as *const _ as u64);
    for v in b.iter_mut() {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        *v = x as u8;
    }
    b
}

/// Cryptographically secure random bytes.
pub fn random_bytes_vec(n: usize) -> Vec<u8> {
    let mut b = vec![0u8; n];
    if let Ok(mut f) = std::fs::File::open("/dev/urandom") {
        if f.read_exact(&mut b).is_ok() {
            return b;
        }
    }
    for chunk in b.chunks_mut(8) {
        let r: [u8; 8] = random_array();
        chunk.copy_from_slice(&r[..chunk.len()]);
    }
    b
}

/// The runtime's generator state.
pub fn mt(vm: &mut Vm) -> &mut Mt {
    vm.module_state
        .entry("mt_rand")
        .or_insert_with(|| Box::new(Mt::default()))
        .downcast_mut::<Mt>()
        .expect("mt_rand state has type Mt")
}

pub(super) fn mt_srand(cx: &mut Ctx, a: &mut Args) -> NResult {
    let seed = if a.was_passed(0) {
        a.int(0) as u32
    } else {
        u32::from_le_bytes(random_array())
    };
    let mode = if a.int(1) == MODE_PHP {
        MODE_PHP
    } else {
        MODE_MT19937
    };
    mt(cx.vm()).seed(seed, mode);
    Ok(Value::Null)
}

pub(super) fn mt_rand(cx: &mut Ctx, a: &mut Args) -> NResult {
    if a.passed() == 0 {
        return Ok(Value::Int((mt(cx.vm()).next_u32() >> 1) as i64));
    }
    if a.passed() == 1 {
        return Err(cx.throw(
            "ArgumentCountError",
            format!("{}() expects exactly 2 arguments, 1 given", cx.fname()),
        ));
    }
    let (min, max) = (a.int(0), a.int(1));
    if max < min {
        return Err(cx.value_error(2, "must be greater than or equal to argument #1 ($min)"));
    }
    Ok(Value::Int(mt(cx.vm()).range(min, max)))
}

pub(super) fn rand(cx: &mut Ctx, a: &mut Args) -> NResult {
    if a.passed() == 0 {
        return Ok(Value::Int((mt(cx.vm()).next_u32() >> 1) as i64));
    }
    if a.passed() == 1 {
        return Err(cx.throw(
            "ArgumentCountError",
            format!("{}() expects exactly 2 arguments, 1 given", cx.fname()),
        ));
    }
    let (min, max) = (a.int(0), a.int(1));
    if max < min {
        return Ok(Value::Int(mt(cx.vm()).range(max, min)));
    }
    Ok(Value::Int(mt(cx.vm()).range(min, max)))
}

pub(super) fn getrandmax(_cx: &mut Ctx, _a: &mut Args) -> NResult {
    Ok(Value::Int(2147483647))
}

pub(super) fn random_int(cx: &mut Ctx, a: &mut Args) -> NResult {
    let (min, max) = (a.int(0), a.int(1));
    if min > max {
        return Err(cx.value_error(1, "must be less than or equal to argument #2 ($max)"));
    }
    let umax = (max as u64).wrapping_sub(min as u64);
    if umax == u64::MAX {
        return Ok(Value::Int(i64::from_le_bytes(random_array())));
    }
    let range = umax + 1;
    let limit = u64::MAX - (u64::MAX % range) - 1;
    loop {
        let r = u64::from_le_bytes(random_array());
        if range & (range - 1) == 0 || r <= limit {
            return Ok(Value::Int((min as u64).wrapping_add(r % range) as i64));
        }
    }
}

pub(super) fn random_bytes(cx: &mut Ctx, a: &mut Args) -> NResult {
    let n = a.int(0);
    if n < 1 {
        return Err(cx.value_error(1, "must be greater than 0"));
    }
    Ok(Value::from(random_bytes_vec(n as usize)))
}

pub(super) fn lcg_value(_cx: &mut Ctx, _a: &mut Args) -> NResult {
    let r = u64::from_le_bytes(random_array()) >> 11;
    Ok(Value::Float((r as f64 + 0.5) / (1u64 << 53) as f64))
}
