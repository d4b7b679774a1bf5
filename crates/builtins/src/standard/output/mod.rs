//! Output and variable handling: printf family, number_format, var_dump, print_r, var_export, output buffering, type predicates and conversions, serialize.

use phpsock_eval::{Module, NativeClass, Value};

pub mod buffer;
pub mod dump;
pub mod headers;
pub mod number_format;
pub mod printf;
pub mod props;
pub mod serialize;
pub mod types;

/// The `serialize_precision` ini setting (`-1`: shortest round-trip), used by `var_dump`,
/// `var_export`, `serialize` and `json_encode`.
pub fn serialize_precision(vm: &phpsock_eval::Vm) -> i32 {
    vm.ini_get("serialize_precision")
        .map_or(-1, |v| Value::Str(v).to_int().clamp(-1, 100) as i32)
}

/// The `standard` functions and constants of this group.
pub fn module() -> Module {
    let mut m = Module::new("standard");
    m.func("sprintf(string $format, mixed ...$values): string", printf::sprintf)
        .func("printf(string $format, mixed ...$values): int", printf::printf)
        .func("vsprintf(string $format, array $values): string", printf::vsprintf)
        .func("vprintf(string $format, array $values): int", printf::vprintf)
        .func(
            "fprintf($stream, string $format, mixed ...$values): int",
            printf::fprintf,
        )
        .func(
            "vfprintf($stream, string $format, array $values): int",
            printf::vfprintf,
        )
        .func(
            "number_format(float $num, int $decimals = 0, ?string $decimal_separator = \".\", ?string $thousands_separator = \",\"): string",
            number_format::number_format,
        )
        .func("var_dump(mixed $value, mixed ...$values): void", dump::var_dump)
        .func("print_r(mixed $value, bool $return = false): string|bool", dump::print_r)
        .func("var_export(mixed $value, bool $return = false): ?string", dump::var_export)
        .func("serialize(mixed $value): string", serialize::serialize)
        .func(
            "unserialize(string $data, array $options = []): mixed",
            serialize::unserialize,
        );
    m.func(
        "ob_start($callback = null, int $chunk_size = 0, int $flags = PHP_OUTPUT_HANDLER_STDFLAGS): bool",
        buffer::ob_start,
    )
    .func("ob_flush(): bool", buffer::ob_flush)
    .func("ob_clean(): bool", buffer::ob_clean)
    .func("ob_end_flush(): bool", buffer::ob_end_flush)
    .func("ob_end_clean(): bool", buffer::ob_end_clean)
    .func("ob_get_flush(): string|false", buffer::ob_get_flush)
    .func("ob_get_clean(): string|false", buffer::ob_get_clean)
    .func("ob_get_contents(): string|false", buffer::ob_get_contents)
    .func("ob_get_length(): int|false", buffer::ob_get_length)
    .func("ob_get_level(): int", buffer::ob_get_level)
    .func("ob_list_handlers(): array", buffer::ob_list_handlers)
    .func("ob_get_status(bool $full_status = false): array", buffer::ob_get_status)
    .func("flush(): void", buffer::flush)
    .func("ob_implicit_flush(bool $enable = true): void", buffer::ob_implicit_flush);
    for (name, v) in [
        ("PHP_OUTPUT_HANDLER_START", 1),
        ("PHP_OUTPUT_HANDLER_WRITE", 0),
        ("PHP_OUTPUT_HANDLER_FLUSH", 4),
        ("PHP_OUTPUT_HANDLER_CLEAN", 2),
        ("PHP_OUTPUT_HANDLER_FINAL", 8),
        ("PHP_OUTPUT_HANDLER_CONT", 0),
        ("PHP_OUTPUT_HANDLER_END", 8),
        ("PHP_OUTPUT_HANDLER_CLEANABLE", 16),
        ("PHP_OUTPUT_HANDLER_FLUSHABLE", 32),
        ("PHP_OUTPUT_HANDLER_REMOVABLE", 64),
        ("PHP_OUTPUT_HANDLER_STDFLAGS", 112),
        ("PHP_OUTPUT_HANDLER_STARTED", 4096),
        ("PHP_OUTPUT_HANDLER_DISABLED", 8192),
    ] {
        m.constant(name, Value::Int(v));
    }
    headers::register(&mut m);
    m.func("gettype(mixed $value): string", types::gettype)
        .func(
            "get_debug_type(mixed $value): string",
            types::get_debug_type,
        )
        .func("settype(mixed &$var, string $type): bool", types::settype)
        .func("intval(mixed $value, int $base = 10): int", types::intval)
        .func("floatval(mixed $value): float", types::floatval)
        .func("doubleval(mixed $value): float", types::floatval)
        .func("boolval(mixed $value): bool", types::boolval)
        .func("strval(mixed $value): string", types::strval)
        .func("is_int(mixed $value): bool", types::is_int)
        .func("is_integer(mixed $value): bool", types::is_int)
        .func("is_long(mixed $value): bool", types::is_int)
        .func("is_float(mixed $value): bool", types::is_float)
        .func("is_double(mixed $value): bool", types::is_float)
        .func("is_string(mixed $value): bool", types::is_string)
        .func("is_bool(mixed $value): bool", types::is_bool)
        .func("is_array(mixed $value): bool", types::is_array)
        .func("is_object(mixed $value): bool", types::is_object)
        .func("is_null(mixed $value): bool", types::is_null)
        .func("is_numeric(mixed $value): bool", types::is_numeric)
        .func("is_scalar(mixed $value): bool", types::is_scalar)
        .func("is_iterable(mixed $value): bool", types::is_iterable)
        .func("is_countable(mixed $value): bool", types::is_countable)
        .func("is_resource(mixed $value): bool", types::is_resource)
        .func(
            "is_callable(mixed $value, bool $syntax_only = false, &$callable_name = null): bool",
            types::is_callable,
        );
    m.class(NativeClass::new("__PHP_Incomplete_Class"));
    m
}
