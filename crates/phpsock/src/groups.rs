//! Groups of builtins a host switches on or off ([`EngineBuilder::groups`]).
//!
//! [`EngineBuilder::groups`]: crate::EngineBuilder::groups

use std::fmt;

/// A group of builtin functions. Most follow the source layout of `phpsock-builtins`
/// (`strings`, `arrays`, …); a few cut across it because hosts ask for them by what they
/// reach: [`Group::Process`] (running commands), [`Group::Environment`] (environment
/// variables, user and host identity), [`Group::Files`] and [`Group::Streams`] (the file
/// system, and I/O on stream resources), [`Group::Sockets`] (every network function:
/// ext/sockets, DNS lookups, stream sockets).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Group {
    /// String functions (`strlen`, `sprintf`, `str_replace`, hashing, `mb_*`, `ctype_*`…).
    Strings,
    /// Array functions (`count`, `array_map`, `sort`…).
    Arrays,
    /// Math functions (`abs`, `random_int`, `intdiv`…).
    Math,
    /// Output and variable handling (`printf`, `var_dump`, `print_r`, `ob_*`, `serialize`…).
    Output,
    /// The rest of the runtime: class and function introspection, date and time, `pack`,
    /// `filter_var`, version and `ini_*` information.
    Runtime,
    /// Regular expressions (ext/pcre: `preg_*`).
    Pcre,
    /// JSON (ext/json).
    Json,
    /// The file system: `fopen`, `file_get_contents`, `unlink`, directories, `stat`…
    Files,
    /// I/O on stream resources: `fread`, `fwrite`, `fgets`, `stream_*` (writing to an
    /// already open `STDOUT` needs only this group).
    Streams,
    /// Running programs: `exec`, `system`, `shell_exec`, `passthru`, `proc_*`, `popen`.
    Process,
    /// The process environment: `getenv`, `putenv`, `$_ENV` and the environment part of
    /// `$_SERVER`, `php_uname`, `gethostname`, `getmypid` and the user ids.
    Environment,
    /// Networking: ext/sockets, DNS lookups (`gethostbyname`…), stream sockets
    /// (`fsockopen`, `stream_socket_*`).
    Sockets,
}

impl Group {
    /// Every group.
    pub const ALL: &'static [Group] = &[
        Group::Strings,
        Group::Arrays,
        Group::Math,
        Group::Output,
        Group::Runtime,
        Group::Pcre,
        Group::Json,
        Group::Files,
        Group::Streams,
        Group::Process,
        Group::Environment,
        Group::Sockets,
    ];

    /// The groups with no access to anything outside the script: no files, streams,
    /// processes, environment or network. A good start for untrusted code.
    pub const PURE: &'static [Group] = &[
        Group::Strings,
        Group::Arrays,
        Group::Math,
        Group::Output,
        Group::Runtime,
        Group::Pcre,
        Group::Json,
    ];

    /// The group's name (`strings`, `process`, …), as [`Group::from_name`] reads it.
    pub fn name(self) -> &'static str {
        match self {
            Group::Strings => "strings",
            Group::Arrays => "arrays",
            Group::Math => "math",
            Group::Output => "output",
            Group::Runtime => "runtime",
            Group::Pcre => "pcre",
            Group::Json => "json",
            Group::Files => "files",
            Group::Streams => "streams",
            Group::Process => "process",
            Group::Environment => "environment",
            Group::Sockets => "sockets",
        }
    }

    /// The group called `name` (case-insensitive).
    pub fn from_name(name: &str) -> Option<Group> {
        Group::ALL
            .iter()
            .copied()
            .find(|g| g.name().eq_ignore_ascii_case(name))
    }

    /// The group of the builtin function `name` from the `phpsock-builtins` source group
    /// `origin` (see `phpsock_builtins::groups`).
    pub fn of_function(origin: &str, name: &str) -> Group {
        let lname = name.to_ascii_lowercase();
        let n = lname.as_str();
        if PROCESS.contains(&n) || n.starts_with("proc_") || n.starts_with("pcntl_") {
            return Group::Process;
        }
        if ENVIRONMENT.contains(&n) {
            return Group::Environment;
        }
        if NETWORK.contains(&n) || n.starts_with("dns_") || n.starts_with("stream_socket_") {
            return Group::Sockets;
        }
        match origin {
            "strings" => Group::Strings,
            "arrays" => Group::Arrays,
            "math" => Group::Math,
            "output" => Group::Output,
            "pcre" => Group::Pcre,
            "json" => Group::Json,
            "sockets" => Group::Sockets,
            "pcntl" | "posix" => Group::Process,
            "files" if STREAMS.contains(&n) || n.starts_with("stream_") => Group::Streams,
            "files" => Group::Files,
            _ => Group::Runtime,
        }
    }

    /// The group a whole `phpsock-builtins` source group belongs to when it is an extension
    /// of its own (`pcre`, `json`, `sockets`, `pcntl`, `posix`): such modules are left out entirely (with their
    /// classes and constants) when their group is off.
    pub fn of_extension(origin: &str) -> Option<Group> {
        match origin {
            "pcre" => Some(Group::Pcre),
            "json" => Some(Group::Json),
            "sockets" => Some(Group::Sockets),
            "pcntl" | "posix" => Some(Group::Process),
            _ => None,
        }
    }
}

impl fmt::Display for Group {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Functions that run other programs.
const PROCESS: &[&str] = &[
    "exec",
    "system",
    "shell_exec",
    "passthru",
    "popen",
    "pclose",
    "posix_kill",
    "posix_setsid",
];

/// Functions that read or change the process environment or reveal the host and user.
const ENVIRONMENT: &[&str] = &[
    "getenv",
    "putenv",
    "php_uname",
    "gethostname",
    "getmypid",
    "getmyuid",
    "getmygid",
    "getmyinode",
    "getlastmod",
    "get_current_user",
    "umask",
    "openlog",
    "syslog",
    "closelog",
    "sys_getloadavg",
    "posix_getpid",
    "posix_getppid",
    "posix_getuid",
    "posix_geteuid",
    "posix_getgid",
    "posix_getegid",
    "posix_uname",
    "posix_getpwuid",
    "posix_getpwnam",
];

/// Network functions outside ext/sockets.
const NETWORK: &[&str] = &[
    "gethostbyname",
    "gethostbynamel",
    "gethostbyaddr",
    "net_get_interfaces",
    "checkdnsrr",
    "getmxrr",
    "fsockopen",
    "pfsockopen",
];

/// Functions of the files group that work on open stream resources.
const STREAMS: &[&str] = &[
    "fclose",
    "fread",
    "fwrite",
    "fputs",
    "fgets",
    "fgetc",
    "fgetss",
    "feof",
    "fflush",
    "ftell",
    "fseek",
    "rewind",
    "ftruncate",
    "fstat",
    "fpassthru",
    "fscanf",
    "fgetcsv",
    "fputcsv",
    "flock",
    "fdatasync",
    "fsync",
    "readline",
    "get_resource_type",
    "get_resource_id",
    "set_file_buffer",
    "socket_set_blocking",
    "socket_set_timeout",
    "socket_get_status",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn functions_fall_into_groups() {
        assert_eq!(Group::of_function("strings", "exec"), Group::Process);
        assert_eq!(Group::of_function("strings", "strlen"), Group::Strings);
        assert_eq!(Group::of_function("env", "getenv"), Group::Environment);
        assert_eq!(Group::of_function("env", "class_exists"), Group::Runtime);
        assert_eq!(Group::of_function("env", "gethostbyname"), Group::Sockets);
        assert_eq!(Group::of_function("files", "fwrite"), Group::Streams);
        assert_eq!(
            Group::of_function("files", "stream_get_meta_data"),
            Group::Streams
        );
        assert_eq!(
            Group::of_function("files", "stream_socket_client"),
            Group::Sockets
        );
        assert_eq!(Group::of_function("files", "fopen"), Group::Files);
        assert_eq!(Group::of_function("files", "symlink"), Group::Files);
        assert_eq!(Group::of_function("files", "chown"), Group::Files);
        assert_eq!(Group::of_function("env", "getlastmod"), Group::Environment);
        assert_eq!(Group::from_name("Process"), Some(Group::Process));
        assert_eq!(Group::from_name("nope"), None);
    }
}
