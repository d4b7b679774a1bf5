//! Compiles `grammar/php.lalrpop` (at the workspace root) into the syntax crate's `OUT_DIR`.

fn main() {
    let grammar = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../grammar");
    println!("cargo:rerun-if-changed={}", grammar.display());
    if !grammar.join("php.lalrpop").exists() {
        return;
    }
    lalrpop::Configuration::new()
        .set_in_dir(&grammar)
        .set_out_dir(std::env::var("OUT_DIR").expect("OUT_DIR"))
        .emit_rerun_directives(true)
        .process()
        .expect("grammar/php.lalrpop compiles");
}
