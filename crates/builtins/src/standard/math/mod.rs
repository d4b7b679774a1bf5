//! Math: arithmetic helpers, rounding, logarithms, trigonometry, base conversion and the Mt19937 random generators.

use phpsock_eval::{Module, Value};

pub mod base;
pub mod basic;
pub mod random;
pub mod round;

/// The `standard` functions and constants of this group.
pub fn module() -> Module {
    let mut m = Module::new("standard");
    m.func("abs(int|float $num): int|float", basic::abs)
        .func("floor(int|float $num): float", basic::floor)
        .func("ceil(int|float $num): float", basic::ceil)
        .func(
            "round(int|float $num, int $precision = 0, int $mode = PHP_ROUND_HALF_UP): float",
            basic::round,
        )
        .func("intdiv(int $num1, int $num2): int", basic::intdiv)
        .func("fmod(float $num1, float $num2): float", basic::fmod)
        .func("fdiv(float $num1, float $num2): float", basic::fdiv)
        .func("pow(mixed $num, mixed $exponent): mixed", basic::pow)
        .func("log(float $num, float $base = M_E): float", basic::log)
        .func("sqrt(float $num): float", basic::sqrt)
        .func("exp(float $num): float", basic::exp)
        .func("expm1(float $num): float", basic::expm1)
        .func("log10(float $num): float", basic::log10)
        .func("log1p(float $num): float", basic::log1p)
        .func("sin(float $num): float", basic::sin)
        .func("cos(float $num): float", basic::cos)
        .func("tan(float $num): float", basic::tan)
        .func("asin(float $num): float", basic::asin)
        .func("acos(float $num): float", basic::acos)
        .func("atan(float $num): float", basic::atan)
        .func("atan2(float $y, float $x): float", basic::atan2)
        .func("sinh(float $num): float", basic::sinh)
        .func("cosh(float $num): float", basic::cosh)
        .func("tanh(float $num): float", basic::tanh)
        .func("asinh(float $num): float", basic::asinh)
        .func("acosh(float $num): float", basic::acosh)
        .func("atanh(float $num): float", basic::atanh)
        .func("hypot(float $x, float $y): float", basic::hypot)
        .func("deg2rad(float $num): float", basic::deg2rad)
        .func("rad2deg(float $num): float", basic::rad2deg)
        .func("pi(): float", basic::pi)
        .func("is_nan(float $num): bool", basic::is_nan)
        .func("is_infinite(float $num): bool", basic::is_infinite)
        .func("is_finite(float $num): bool", basic::is_finite)
        .func("max(mixed $value, mixed ...$values): mixed", basic::max)
        .func("min(mixed $value, mixed ...$values): mixed", basic::min);
    m.func("bindec(string $binary_string): int|float", base::bindec)
        .func("hexdec(string $hex_string): int|float", base::hexdec)
        .func("octdec(string $octal_string): int|float", base::octdec)
        .func("decbin(int $num): string", base::decbin)
        .func("dechex(int $num): string", base::dechex)
        .func("decoct(int $num): string", base::decoct)
        .func(
            "base_convert(string $num, int $from_base, int $to_base): string",
            base::base_convert,
        );
    m.func(
        "mt_srand(int $seed = 0, int $mode = MT_RAND_MT19937): void",
        random::mt_srand,
    )
    .func(
        "srand(int $seed = 0, int $mode = MT_RAND_MT19937): void",
        random::mt_srand,
    )
    .func("mt_rand(int $min = 0, int $max = 0): int", random::mt_rand)
    .func("rand(int $min = 0, int $max = 0): int", random::rand)
    .func("mt_getrandmax(): int", random::getrandmax)
    .func("getrandmax(): int", random::getrandmax)
    .func("random_int(int $min, int $max): int", random::random_int)
    .func("random_bytes(int $length): string", random::random_bytes)
    .func("lcg_value(): float", random::lcg_value);
    use std::f64::consts as c;
    for (name, v) in [
        ("M_PI", c::PI),
        ("M_E", c::E),
        ("M_LOG2E", c::LOG2_E),
        ("M_LOG10E", c::LOG10_E),
        ("M_LN2", c::LN_2),
        ("M_LN10", c::LN_10),
        ("M_PI_2", c::FRAC_PI_2),
        ("M_PI_4", c::FRAC_PI_4),
        ("M_1_PI", c::FRAC_1_PI),
        ("M_2_PI", c::FRAC_2_PI),
        ("M_SQRTPI", 1.772_453_850_905_516),
        ("M_2_SQRTPI", c::FRAC_2_SQRT_PI),
        ("M_LNPI", 1.144_729_885_849_400_2),
        ("M_EULER", 0.577_215_664_901_532_9),
        ("M_SQRT2", c::SQRT_2),
        ("M_SQRT1_2", c::FRAC_1_SQRT_2),
        ("M_SQRT3", 1.732_050_807_568_877_2),
    ] {
        m.constant(name, Value::Float(v));
    }
    for (name, v) in [
        ("PHP_ROUND_HALF_UP", round::HALF_UP),
        ("PHP_ROUND_HALF_DOWN", round::HALF_DOWN),
        ("PHP_ROUND_HALF_EVEN", round::HALF_EVEN),
        ("PHP_ROUND_HALF_ODD", round::HALF_ODD),
        ("MT_RAND_MT19937", random::MODE_MT19937),
        ("MT_RAND_PHP", random::MODE_PHP),
    ] {
        m.constant(name, Value::Int(v));
    }
    m
}
