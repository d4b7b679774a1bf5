//! String functions: searching, slicing, case, trimming, splitting, comparison, escaping,
//! HTML and URL encodings, hashes (with `HashContext`), `setlocale`, `ctype_*`, the UTF-8
//! `mb_*` subset and the program-execution functions (`shell_exec`, which backticks call).
//!
//! Each submodule registers its functions into the one `standard` [`Module`] of this group.

use phpsock_eval::Module;

mod basic;
mod case;
mod compare;
mod ctype;
mod escape;
mod exec;
mod hash;
mod hash_ctx;
mod html;
mod html_entities;
mod locale;
mod mb;
mod parse_str;
mod password;
mod replace;
mod scan;
mod search;
mod split;
mod text;
mod transfer;
mod trim;
mod url;
mod util;

#[cfg(test)]
mod tests;

/// The `standard` functions and constants of this group.
pub fn module() -> Module {
    let mut m = Module::new("standard");
    basic::register(&mut m);
    case::register(&mut m);
    compare::register(&mut m);
    ctype::register(&mut m);
    escape::register(&mut m);
    exec::register(&mut m);
    hash::register(&mut m);
    hash_ctx::register(&mut m);
    html::register(&mut m);
    locale::register(&mut m);
    mb::register(&mut m);
    parse_str::register(&mut m);
    password::register(&mut m);
    replace::register(&mut m);
    scan::register(&mut m);
    search::register(&mut m);
    split::register(&mut m);
    text::register(&mut m);
    transfer::register(&mut m);
    trim::register(&mut m);
    url::register(&mut m);
    m
}
