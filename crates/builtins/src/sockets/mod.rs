//! ext/sockets: the Socket and AddressInfo classes, every socket_* function and constant of
//! PHP 8.2 on Linux, bound onto `socket2` (plus a few raw calls in [`sys`]).

use phpsock_eval::Module;

mod addr;
mod addrinfo;
pub mod class;
pub mod consts;
pub(crate) mod create;
pub mod errors;
mod io;
mod msg;
mod options;
mod select;
pub mod streams;
pub(crate) mod sys;

/// The `sockets` module: classes, functions and constants.
pub fn module() -> Module {
    let mut m = Module::new("sockets");
    for c in class::classes() {
        m.class(c);
    }
    consts::register(&mut m);
    m.func(
        "socket_select(?array &$read, ?array &$write, ?array &$except, ?int $seconds, int $microseconds = 0): int|false",
        select::socket_select,
    )
    .func(
        "socket_create_listen(int $port, int $backlog = 128): Socket|false",
        create::socket_create_listen,
    )
    .func("socket_accept(Socket $socket): Socket|false", create::socket_accept)
    .func("socket_set_nonblock(Socket $socket): bool", create::socket_set_nonblock)
    .func("socket_set_block(Socket $socket): bool", create::socket_set_block)
    .func("socket_listen(Socket $socket, int $backlog = 0): bool", create::socket_listen)
    .func("socket_close(Socket $socket): void", create::socket_close)
    .func(
        "socket_write(Socket $socket, string $data, ?int $length = null): int|false",
        io::socket_write,
    )
    .func(
        "socket_read(Socket $socket, int $length, int $mode = PHP_BINARY_READ): string|false",
        io::socket_read,
    )
    .func(
        "socket_getsockname(Socket $socket, &$address, &$port = null): bool",
        create::socket_getsockname,
    )
    .func(
        "socket_getpeername(Socket $socket, &$address, &$port = null): bool",
        create::socket_getpeername,
    )
    .func(
        "socket_create(int $domain, int $type, int $protocol): Socket|false",
        create::socket_create,
    )
    .func(
        "socket_connect(Socket $socket, string $address, ?int $port = null): bool",
        create::socket_connect,
    )
    .func("socket_strerror(int $error_code): string", errors::socket_strerror)
    .func(
        "socket_bind(Socket $socket, string $address, int $port = 0): bool",
        create::socket_bind,
    )
    .func(
        "socket_recv(Socket $socket, &$data, int $length, int $flags): int|false",
        io::socket_recv,
    )
    .func(
        "socket_send(Socket $socket, string $data, int $length, int $flags): int|false",
        io::socket_send,
    )
    .func(
        "socket_recvfrom(Socket $socket, &$data, int $length, int $flags, &$address, &$port = null): int|false",
        io::socket_recvfrom,
    )
    .func(
        "socket_sendto(Socket $socket, string $data, int $length, int $flags, string $address, ?int $port = null): int|false",
        io::socket_sendto,
    )
    .func(
        "socket_get_option(Socket $socket, int $level, int $option): array|int|false",
        options::socket_get_option,
    )
    .func(
        "socket_getopt(Socket $socket, int $level, int $option): array|int|false",
        options::socket_get_option,
    )
    .func(
        "socket_set_option(Socket $socket, int $level, int $option, $value): bool",
        options::socket_set_option,
    )
    .func(
        "socket_setopt(Socket $socket, int $level, int $option, $value): bool",
        options::socket_set_option,
    )
    .func(
        "socket_create_pair(int $domain, int $type, int $protocol, &$pair): bool",
        create::socket_create_pair,
    )
    .func("socket_shutdown(Socket $socket, int $mode = 2): bool", create::socket_shutdown)
    .func("socket_last_error(?Socket $socket = null): int", errors::socket_last_error)
    .func("socket_clear_error(?Socket $socket = null): void", errors::socket_clear_error)
    .func("socket_import_stream($stream): Socket|false", streams::convert::socket_import_stream)
    .func("socket_export_stream(Socket $socket)", streams::convert::socket_export_stream)
    .func(
        "socket_cmsg_space(int $level, int $type, int $num = 0): ?int",
        msg::socket_cmsg_space,
    )
    .func(
        "socket_sendmsg(Socket $socket, array $message, int $flags = 0): int|false",
        msg::socket_sendmsg,
    )
    .func(
        "socket_recvmsg(Socket $socket, array &$message, int $flags = 0): int|false",
        msg::socket_recvmsg,
    )
    .func(
        "socket_addrinfo_lookup(string $host, ?string $service = null, array $hints = []): array|false",
        addrinfo::socket_addrinfo_lookup,
    )
    .func(
        "socket_addrinfo_connect(AddressInfo $address): Socket|false",
        addrinfo::socket_addrinfo_connect,
    )
    .func(
        "socket_addrinfo_bind(AddressInfo $address): Socket|false",
        addrinfo::socket_addrinfo_bind,
    )
    .func(
        "socket_addrinfo_explain(AddressInfo $address): array",
        addrinfo::socket_addrinfo_explain,
    );
    m
}
