//! Socket streams: the streams that sockets meet. [`backend::SockStream`] is the
//! [`crate::standard::files::stream::Backend`] of `tcp://`, `udp://`, `unix://` and `udg://`
//! streams, so `fread`/`fwrite`/`fgets`/`feof`/`fclose`/`stream_get_meta_data` work on them
//! unchanged; this module adds the functions that make and use them (fsockopen,
//! stream_socket_*, stream_select), the `STREAM_*` constants, and the bridge to `Socket`
//! objects (socket_import_stream / socket_export_stream).

use phpsock_eval::{Module, Value};

pub mod backend;
pub mod convert;
mod open;
mod ops;
mod select;
mod tuning;
pub mod xport;

/// Registers the socket stream functions and `STREAM_*` constants (PHP's `standard` group).
pub fn register(m: &mut Module) {
    m.func(
        "fsockopen(string $hostname, int $port = -1, &$error_code = null, &$error_message = null, ?float $timeout = null)",
        open::fsockopen,
    )
    .func(
        "pfsockopen(string $hostname, int $port = -1, &$error_code = null, &$error_message = null, ?float $timeout = null)",
        open::pfsockopen,
    )
    .func(
        "stream_socket_client(string $address, &$error_code = null, &$error_message = null, ?float $timeout = null, int $flags = STREAM_CLIENT_CONNECT, $context = null)",
        open::stream_socket_client,
    )
    .func(
        "stream_socket_server(string $address, &$error_code = null, &$error_message = null, int $flags = 12, $context = null)",
        open::stream_socket_server,
    )
    .func(
        "stream_socket_accept($socket, ?float $timeout = null, &$peer_name = null)",
        open::stream_socket_accept,
    )
    .func(
        "stream_socket_get_name($socket, bool $remote): string|false",
        ops::stream_socket_get_name,
    )
    .func(
        "stream_socket_recvfrom($socket, int $length, int $flags = 0, &$address = null): string|false",
        ops::stream_socket_recvfrom,
    )
    .func(
        "stream_socket_sendto($socket, string $data, int $flags = 0, string $address = \"\"): int|false",
        ops::stream_socket_sendto,
    )
    .func(
        "stream_socket_shutdown($stream, int $mode): bool",
        ops::stream_socket_shutdown,
    )
    .func(
        "stream_socket_pair(int $domain, int $type, int $protocol): array|false",
        ops::stream_socket_pair,
    )
    .func("stream_get_transports(): array", ops::stream_get_transports)
    .func(
        "stream_set_read_buffer($stream, int $size): int",
        tuning::stream_set_read_buffer,
    )
    .func(
        "stream_set_write_buffer($stream, int $size): int",
        tuning::stream_set_write_buffer,
    )
    .func(
        "stream_set_chunk_size($stream, int $size): int",
        tuning::stream_set_chunk_size,
    )
    .func("stream_supports_lock($stream): bool", tuning::stream_supports_lock)
    .func("stream_isatty($stream): bool", tuning::stream_isatty)
    .func(
        "stream_select(?array &$read, ?array &$write, ?array &$except, ?int $seconds, ?int $microseconds = null): int|false",
        select::stream_select,
    );
    for (name, v) in CONSTANTS {
        m.constant(name, Value::Int(*v));
    }
}

/// Every `STREAM_*` and `PSFS_*` constant of PHP 8.2 on Linux, in PHP's order.
const CONSTANTS: &[(&str, i64)] = &[
    ("STREAM_NOTIFY_CONNECT", 2),
    ("STREAM_NOTIFY_AUTH_REQUIRED", 3),
    ("STREAM_NOTIFY_AUTH_RESULT", 10),
    ("STREAM_NOTIFY_MIME_TYPE_IS", 4),
    ("STREAM_NOTIFY_FILE_SIZE_IS", 5),
    ("STREAM_NOTIFY_REDIRECTED", 6),
    ("STREAM_NOTIFY_PROGRESS", 7),
    ("STREAM_NOTIFY_FAILURE", 9),
    ("STREAM_NOTIFY_COMPLETED", 8),
    ("STREAM_NOTIFY_RESOLVE", 1),
    ("STREAM_NOTIFY_SEVERITY_INFO", 0),
    ("STREAM_NOTIFY_SEVERITY_WARN", 1),
    ("STREAM_NOTIFY_SEVERITY_ERR", 2),
    ("STREAM_FILTER_READ", 1),
    ("STREAM_FILTER_WRITE", 2),
    ("STREAM_FILTER_ALL", 3),
    ("STREAM_CLIENT_PERSISTENT", 1),
    ("STREAM_CLIENT_ASYNC_CONNECT", 2),
    ("STREAM_CLIENT_CONNECT", 4),
    ("STREAM_CRYPTO_METHOD_ANY_CLIENT", 127),
    ("STREAM_CRYPTO_METHOD_SSLv2_CLIENT", 3),
    ("STREAM_CRYPTO_METHOD_SSLv3_CLIENT", 5),
    ("STREAM_CRYPTO_METHOD_SSLv23_CLIENT", 57),
    ("STREAM_CRYPTO_METHOD_TLS_CLIENT", 121),
    ("STREAM_CRYPTO_METHOD_TLSv1_0_CLIENT", 9),
    ("STREAM_CRYPTO_METHOD_TLSv1_1_CLIENT", 17),
    ("STREAM_CRYPTO_METHOD_TLSv1_2_CLIENT", 33),
    ("STREAM_CRYPTO_METHOD_TLSv1_3_CLIENT", 65),
    ("STREAM_CRYPTO_METHOD_ANY_SERVER", 126),
    ("STREAM_CRYPTO_METHOD_SSLv2_SERVER", 2),
    ("STREAM_CRYPTO_METHOD_SSLv3_SERVER", 4),
    ("STREAM_CRYPTO_METHOD_SSLv23_SERVER", 120),
    ("STREAM_CRYPTO_METHOD_TLS_SERVER", 120),
    ("STREAM_CRYPTO_METHOD_TLSv1_0_SERVER", 8),
    ("STREAM_CRYPTO_METHOD_TLSv1_1_SERVER", 16),
    ("STREAM_CRYPTO_METHOD_TLSv1_2_SERVER", 32),
    ("STREAM_CRYPTO_METHOD_TLSv1_3_SERVER", 64),
    ("STREAM_CRYPTO_PROTO_SSLv3", 4),
    ("STREAM_CRYPTO_PROTO_TLSv1_0", 8),
    ("STREAM_CRYPTO_PROTO_TLSv1_1", 16),
    ("STREAM_CRYPTO_PROTO_TLSv1_2", 32),
    ("STREAM_CRYPTO_PROTO_TLSv1_3", 64),
    ("STREAM_SHUT_RD", 0),
    ("STREAM_SHUT_WR", 1),
    ("STREAM_SHUT_RDWR", 2),
    ("STREAM_PF_INET", 2),
    ("STREAM_PF_INET6", 10),
    ("STREAM_PF_UNIX", 1),
    ("STREAM_IPPROTO_IP", 0),
    ("STREAM_IPPROTO_TCP", 6),
    ("STREAM_IPPROTO_UDP", 17),
    ("STREAM_IPPROTO_ICMP", 1),
    ("STREAM_IPPROTO_RAW", 255),
    ("STREAM_SOCK_STREAM", 1),
    ("STREAM_SOCK_DGRAM", 2),
    ("STREAM_SOCK_RAW", 3),
    ("STREAM_SOCK_SEQPACKET", 5),
    ("STREAM_SOCK_RDM", 4),
    ("STREAM_PEEK", 2),
    ("STREAM_OOB", 1),
    ("STREAM_SERVER_BIND", 4),
    ("STREAM_SERVER_LISTEN", 8),
    ("PSFS_PASS_ON", 2),
    ("PSFS_FEED_ME", 1),
    ("PSFS_ERR_FATAL", 0),
    ("PSFS_FLAG_NORMAL", 0),
    ("PSFS_FLAG_FLUSH_INC", 1),
    ("PSFS_FLAG_FLUSH_CLOSE", 2),
    ("STREAM_USE_PATH", 1),
    ("STREAM_IGNORE_URL", 2),
    ("STREAM_REPORT_ERRORS", 8),
    ("STREAM_MUST_SEEK", 16),
    ("STREAM_URL_STAT_LINK", 1),
    ("STREAM_URL_STAT_QUIET", 2),
    ("STREAM_MKDIR_RECURSIVE", 1),
    ("STREAM_IS_URL", 1),
    ("STREAM_OPTION_BLOCKING", 1),
    ("STREAM_OPTION_READ_TIMEOUT", 4),
    ("STREAM_OPTION_READ_BUFFER", 2),
    ("STREAM_OPTION_WRITE_BUFFER", 3),
    ("STREAM_BUFFER_NONE", 0),
    ("STREAM_BUFFER_LINE", 1),
    ("STREAM_BUFFER_FULL", 2),
    ("STREAM_CAST_AS_STREAM", 0),
    ("STREAM_CAST_FOR_SELECT", 3),
    ("STREAM_META_TOUCH", 1),
    ("STREAM_META_OWNER", 3),
    ("STREAM_META_OWNER_NAME", 2),
    ("STREAM_META_GROUP", 5),
    ("STREAM_META_GROUP_NAME", 4),
    ("STREAM_META_ACCESS", 6),
];
