//! Prints the token stream of a PHP file: `cargo run -p phpsock-syntax --example tokens -- f.php`.

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: tokens FILE.php");
        std::process::exit(2);
    };
    match std::fs::read(&path) {
        Ok(src) => print!("{}", phpsock_syntax::lexer::dump(&src)),
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    }
}
