//! Environment and runtime: SAPI constants, environment variables and `$_SERVER`, clocks and
//! sleeping, class/object introspection, version comparison, network names and addresses,
//! `filter_var`, date and time, `pack`/`unpack`.
//!
//! `define`/`constant`, the `E_*` and most `PHP_*` constants, `error_reporting`,
//! `set_error_handler`, `trigger_error` and `ini_get`/`ini_set` are in the runtime's core
//! module.

use phpsock_eval::Module;

pub mod classes;
pub mod date;
pub mod filter;
pub mod getopt;
pub mod info;
pub mod net;
pub mod pack;
pub mod runtime;
pub mod strftime;
pub mod strtotime;
pub mod syslog;
pub mod title;
pub mod tz;
pub mod version;

/// The `standard` functions and constants of this group.
pub fn module() -> Module {
    let mut m = Module::new("standard");
    info::register(&mut m);
    runtime::register(&mut m);
    classes::register(&mut m);
    net::register(&mut m);
    version::register(&mut m);
    filter::register(&mut m);
    getopt::register(&mut m);
    syslog::register(&mut m);
    title::register(&mut m);
    pack::register(&mut m);
    date::register(&mut m);
    strftime::register(&mut m);
    m
}
