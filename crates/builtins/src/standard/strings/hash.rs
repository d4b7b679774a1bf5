//! Hashes and hex: `md5`, `sha1`, `crc32`, `hash`, `hash_algos`, `hash_hmac`,
//! `hash_hmac_algos`, `bin2hex`, `hex2bin`.

use hmac::digest::common::BlockSizeUser;
use hmac::digest::Digest;
use hmac::{KeyInit, Mac, SimpleHmac};
use phpsock_eval::{Args, Ctx, Module, NResult, PhpArray, Value};

pub(super) fn register(m: &mut Module) {
    m.func("md5(string $string, bool $binary = false): string", md5)
        .func("sha1(string $string, bool $binary = false): string", sha1)
        .func("crc32(string $string): int", crc32)
        .func(
            "hash(string $algo, string $data, bool $binary = false, array $options = []): string",
            hash,
        )
        .func("hash_algos(): array", hash_algos)
        .func(
            "hash_hmac(string $algo, string $data, string $key, bool $binary = false): string",
            hash_hmac,
        )
        .func("hash_hmac_algos(): array", hash_hmac_algos)
        .func("bin2hex(string $string): string", bin2hex)
        .func("hex2bin(string $string): string|false", hex2bin);
}

/// The supported algorithms in PHP's `hash_algos()` order; the flag says whether it is
/// cryptographic (usable with `hash_hmac`).
const ALGOS: &[(&str, bool)] = &[
    ("md5", true),
    ("sha1", true),
    ("sha224", true),
    ("sha256", true),
    ("sha384", true),
    ("sha512/224", true),
    ("sha512/256", true),
    ("sha512", true),
    ("adler32", false),
    ("crc32", false),
    ("crc32b", false),
    ("crc32c", false),
    ("fnv132", false),
    ("fnv1a32", false),
    ("fnv164", false),
    ("fnv1a64", false),
    ("joaat", false),
];

fn digest_of<D: Digest>(data: &[u8]) -> Vec<u8> {
    D::digest(data).to_vec()
}

/// The raw digest of `data` under `algo` (lower-case name), or `None` if unknown.
pub(super) fn digest(algo: &str, data: &[u8]) -> Option<Vec<u8>> {
    Some(match algo {
        "md5" => digest_of::<md5::Md5>(data),
        "sha1" => digest_of::<sha1::Sha1>(data),
        "sha224" => digest_of::<sha2::Sha224>(data),
        "sha256" => digest_of::<sha2::Sha256>(data),
        "sha384" => digest_of::<sha2::Sha384>(data),
        "sha512/224" => digest_of::<sha2::Sha512_224>(data),
        "sha512/256" => digest_of::<sha2::Sha512_256>(data),
        "sha512" => digest_of::<sha2::Sha512>(data),
        "adler32" => adler32(data).to_be_bytes().to_vec(),
        "crc32" => crc32_bzip2(data).to_le_bytes().to_vec(),
        "crc32b" => crc32fast::hash(data).to_be_bytes().to_vec(),
        "crc32c" => crc32c(data).to_be_bytes().to_vec(),
        "fnv132" => fnv32(data, false).to_be_bytes().to_vec(),
        "fnv1a32" => fnv32(data, true).to_be_bytes().to_vec(),
        "fnv164" => fnv64(data, false).to_be_bytes().to_vec(),
        "fnv1a64" => fnv64(data, true).to_be_bytes().to_vec(),
        "joaat" => joaat(data).to_be_bytes().to_vec(),
        _ => return None,
    })
}

fn hmac_of<D: Digest + BlockSizeUser>(key: &[u8], data: &[u8]) -> Vec<u8> {
    match <SimpleHmac<D> as KeyInit>::new_from_slice(key) {
        Ok(mut m) => {
            m.update(data);
            m.finalize().into_bytes().to_vec()
        }
        Err(_) => Vec::new(),
    }
}

fn hmac(algo: &str, key: &[u8], data: &[u8]) -> Option<Vec<u8>> {
    Some(match algo {
        "md5" => hmac_of::<md5::Md5>(key, data),
        "sha1" => hmac_of::<sha1::Sha1>(key, data),
        "sha224" => hmac_of::<sha2::Sha224>(key, data),
        "sha256" => hmac_of::<sha2::Sha256>(key, data),
        "sha384" => hmac_of::<sha2::Sha384>(key, data),
        "sha512/224" => hmac_of::<sha2::Sha512_224>(key, data),
        "sha512/256" => hmac_of::<sha2::Sha512_256>(key, data),
        "sha512" => hmac_of::<sha2::Sha512>(key, data),
        _ => return None,
    })
}

fn adler32(data: &[u8]) -> u32 {
    let (mut a, mut b) = (1u32, 0u32);
    for &c in data {
        a = (a + c as u32) % 65521;
        b = (b + a) % 65521;
    }
    (b << 16) | a
}

/// The MSB-first CRC-32 (polynomial 0x04C11DB7) that PHP calls `crc32`.
fn crc32_bzip2(data: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &c in data {
        crc ^= (c as u32) << 24;
        for _ in 0..8 {
            crc = if crc & 0x8000_0000 != 0 {
                (crc << 1) ^ 0x04C1_1DB7
            } else {
                crc << 1
            };
        }
    }
    !crc
}

/// CRC-32C (Castagnoli), reflected.
fn crc32c(data: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &c in data {
        crc ^= c as u32;
        for _ in 0..8 {
            crc = if crc & 1 != 0 {
                (crc >> 1) ^ 0x82F6_3B78
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

fn fnv32(data: &[u8], alt: bool) -> u32 {
    let mut h = 0x811c_9dc5u32;
    for &c in data {
        if alt {
            h ^= c as u32;
            h = h.wrapping_mul(0x0100_0193);
        } else {
            h = h.wrapping_mul(0x0100_0193);
            h ^= c as u32;
        }
    }
    h
}

fn fnv64(data: &[u8], alt: bool) -> u64 {
    let mut h = 0xcbf2_9ce4_8422_2325u64;
    for &c in data {
        if alt {
            h ^= c as u64;
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        } else {
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
            h ^= c as u64;
        }
    }
    h
}

fn joaat(data: &[u8]) -> u32 {
    let mut h = 0u32;
    for &c in data {
        h = h.wrapping_add(c as u32);
        h = h.wrapping_add(h << 10);
        h ^= h >> 6;
    }
    h = h.wrapping_add(h << 3);
    h ^= h >> 11;
    h.wrapping_add(h << 15)
}

/// Lower-case hexadecimal.
pub(super) fn to_hex(b: &[u8]) -> Vec<u8> {
    const D: &[u8; 16] = b"0123456789abcdef";
    let mut out = Vec::with_capacity(b.len() * 2);
    for &c in b {
        out.push(D[(c >> 4) as usize]);
        out.push(D[(c & 15) as usize]);
    }
    out
}

fn output(raw: Vec<u8>, binary: bool) -> Value {
    Value::from(if binary { raw } else { to_hex(&raw) })
}

fn md5(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(output(digest_of::<md5::Md5>(&a.str(0)), a.bool(1)))
}

fn sha1(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(output(digest_of::<sha1::Sha1>(&a.str(0)), a.bool(1)))
}

fn crc32(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(Value::Int(crc32fast::hash(&a.str(0)) as i64))
}

fn hash(cx: &mut Ctx, a: &mut Args) -> NResult {
    let algo = a.str(0).to_ascii_lowercase().to_string_lossy();
    match digest(&algo, &a.str(1)) {
        Some(raw) => Ok(output(raw, a.bool(2))),
        None => Err(cx.value_error(1, "must be a valid hashing algorithm")),
    }
}

fn hash_algos(_cx: &mut Ctx, _a: &mut Args) -> NResult {
    Ok(Value::from(PhpArray::from_values(
        ALGOS.iter().map(|(n, _)| Value::from(*n)).collect(),
    )))
}

fn hash_hmac_algos(_cx: &mut Ctx, _a: &mut Args) -> NResult {
    Ok(Value::from(PhpArray::from_values(
        ALGOS
            .iter()
            .filter(|(_, c)| *c)
            .map(|(n, _)| Value::from(*n))
            .collect(),
    )))
}

fn hash_hmac(cx: &mut Ctx, a: &mut Args) -> NResult {
    let algo = a.str(0).to_ascii_lowercase().to_string_lossy();
    match hmac(&algo, &a.str(2), &a.str(1)) {
        Some(raw) => Ok(output(raw, a.bool(3))),
        None => Err(cx.value_error(1, "must be a valid cryptographic hashing algorithm")),
    }
}

fn bin2hex(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(Value::from(to_hex(&a.str(0))))
}

fn hex2bin(cx: &mut Ctx, a: &mut Args) -> NResult {
    let s = a.str(0);
    if !s.len().is_multiple_of(2) {
        cx.warn("Hexadecimal input string must have an even length")?;
        return Ok(Value::Bool(false));
    }
    let mut out = Vec::with_capacity(s.len() / 2);
    for pair in s.chunks(2) {
        let (Some(h), Some(l)) = (hex_val(pair[0]), hex_val(pair[1])) else {
            cx.warn("Input string must be hexadecimal string")?;
            return Ok(Value::Bool(false));
        };
        out.push(h * 16 + l);
    }
    Ok(Value::from(out))
}

/// The value of a hexadecimal digit.
pub(super) fn hex_val(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    }
}
