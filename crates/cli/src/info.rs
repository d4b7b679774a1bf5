//! `-m`, `-i` and `--ri`: what phpsock has built in, printed the way `php` prints it.

use phpsock::Engine;

/// The modules phpsock provides, in `php -m`'s order (case-insensitive), `Core` included.
pub fn module_names(engine: &mut Engine) -> Vec<String> {
    let mut names: Vec<String> = engine
        .extensions()
        .into_iter()
        .filter(|m| !m.starts_with("eval-"))
        .chain(std::iter::once("Core".to_string()))
        .collect();
    names.sort_by_key(|n| n.to_ascii_lowercase());
    names.dedup();
    names
}

/// `php -m`.
pub fn modules(engine: &mut Engine) -> String {
    let mut out = String::from("[PHP Modules]\n");
    for name in module_names(engine) {
        out.push_str(&name);
        out.push('\n');
    }
    out.push_str("\n[Zend Modules]\n\n");
    out
}

/// `php --ri NAME`: the extension's heading and its one-line status, or PHP's complaint and
/// status 1 when there is no such extension.
pub fn extension(engine: &mut Engine, name: &str) -> (String, i32) {
    let found = module_names(engine)
        .into_iter()
        .find(|m| m.eq_ignore_ascii_case(name));
    match found {
        Some(module) => {
            let support = match module.as_str() {
                "sockets" => "Sockets Support",
                "json" => "json support",
                "pcre" => "PCRE (Perl Compatible Regular Expressions) Support",
                _ => "Support",
            };
            (format!("\n{module}\n\n{support} => enabled\n"), 0)
        }
        None => (format!("Extension '{name}' not present.\n"), 1),
    }
}

/// `php -i`, reduced to what phpsock can say truthfully.
pub fn info(engine: &mut Engine) -> String {
    let php_version = engine
        .constant("PHP_VERSION")
        .map(|v| {
            v.scalar_to_str(14)
                .unwrap_or_default()
                .to_string_lossy()
                .to_string()
        })
        .unwrap_or_else(|| "8.2".to_string());
    let mut out = String::from("phpinfo()\n");
    out.push_str(&format!("PHP Version => {php_version}\n"));
    out.push_str(&format!(
        "phpsock Version => {}\n",
        env!("CARGO_PKG_VERSION")
    ));
    out.push_str(&format!(
        "System => {} {}\n",
        std::env::consts::OS,
        std::env::consts::ARCH
    ));
    out.push_str("Server API => Command Line Interface\n");
    out.push_str("Loaded Configuration File => (none)\n");
    out.push_str("Registered Stream Socket Transports => tcp, udp, unix, udg\n");
    out.push_str(&format!("Modules => {}\n", module_names(engine).join(", ")));
    out
}
