//! String functions: searching, slicing, case, trimming, splitting, comparison, encodings and
//! hashes, `ctype_*`, the UTF-8 `mb_*` subset and the program-execution functions.
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
mod html;
mod html_entities;
mod mb;
mod parse_str;
mod replace;
mod search;
mod split;
mod text;
mod trim;
mod url;
mod util;

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
    html::register(&mut m);
    mb::register(&mut m);
    parse_str::register(&mut m);
    replace::register(&mut m);
    search::register(&mut m);
    split::register(&mut m);
    text::register(&mut m);
    trim::register(&mut m);
    url::register(&mut m);
    m
}
