//! Parses PHP files and prints the AST (debug form) or PHP's error line:
//! `cargo run -p phpsock-syntax --example parse -- [-q] f.php…` (`-q`: only errors).

fn main() {
    let mut quiet = false;
    for path in std::env::args().skip(1) {
        if path == "-q" {
            quiet = true;
            continue;
        }
        let src = match std::fs::read(&path) {
            Ok(s) => s,
            Err(e) => {
                eprintln!("{path}: {e}");
                continue;
            }
        };
        match phpsock_syntax::parse(&src) {
            Ok(p) => {
                if !quiet {
                    println!("{:#?}", p.stmts);
                }
            }
            Err(e) => println!(
                "{}: {} in {} on line {}",
                e.label(),
                e.message,
                path,
                e.line
            ),
        }
    }
}
