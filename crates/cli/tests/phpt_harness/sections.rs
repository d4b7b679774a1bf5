//! Reading `.phpt` files: `--NAME--` section headers, each followed by its text.

use std::collections::BTreeMap;

/// The sections of one `.phpt` file, by name, with their raw text (every line keeps its `\n`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Sections {
    /// Section name (`TEST`, `FILE`, …) to text.
    pub map: BTreeMap<String, Vec<u8>>,
    /// Section names in file order (for rewriting the file when blessing).
    pub order: Vec<String>,
}

/// Sections whose expected output the harness knows how to compare.
pub const EXPECT_SECTIONS: [&str; 3] = ["EXPECT", "EXPECTF", "EXPECTREGEX"];

/// Sections the harness understands; anything else is reported as an error, so a typo does
/// not silently drop an expectation.
const KNOWN: [&str; 16] = [
    "TEST",
    "DESCRIPTION",
    "FILE",
    "FILEEOF",
    "EXPECT",
    "EXPECTF",
    "EXPECTREGEX",
    "ARGS",
    "STDIN",
    "INI",
    "ENV",
    "SKIPIF",
    "CLEAN",
    "CAPTURE_STDIO",
    "EXITCODE",
    "CLI",
];

/// If `line` starts with `--NAME--` (NAME of `A-Z` and `_`, as run-tests.php matches), the
/// section name.
pub fn header(line: &[u8]) -> Option<String> {
    let rest = line.strip_prefix(b"--")?;
    let len = rest
        .iter()
        .take_while(|b| b.is_ascii_uppercase() || **b == b'_')
        .count();
    if len == 0 || !rest[len..].starts_with(b"--") {
        return None;
    }
    Some(String::from_utf8_lossy(&rest[..len]).into_owned())
}

impl Sections {
    /// Splits a `.phpt` file into sections. The file must start with `--TEST--` and have a
    /// `FILE` (or `FILEEOF`) and one expectation section.
    pub fn parse(text: &[u8]) -> Result<Sections, String> {
        let mut sections = Sections::default();
        let mut current: Option<String> = None;
        for line in text.split_inclusive(|b| *b == b'\n') {
            if let Some(name) = header(line) {
                if current.is_none() && name != "TEST" {
                    return Err("the file must start with --TEST--".into());
                }
                if !KNOWN.contains(&name.as_str()) {
                    return Err(format!("unknown section --{name}--"));
                }
                if sections.map.insert(name.clone(), Vec::new()).is_some() {
                    return Err(format!("section --{name}-- appears twice"));
                }
                sections.order.push(name.clone());
                current = Some(name);
                continue;
            }
            match &current {
                Some(name) => {
                    if let Some(text) = sections.map.get_mut(name) {
                        text.extend_from_slice(line);
                    }
                }
                None => return Err("the file must start with --TEST--".into()),
            }
        }
        if let Some(text) = sections.map.remove("FILEEOF") {
            // run-tests.php: FILEEOF is FILE without the final line break.
            let mut text = text;
            while matches!(text.last(), Some(b'\n' | b'\r')) {
                text.pop();
            }
            sections.map.insert("FILE".into(), text);
        }
        if !sections.map.contains_key("FILE") {
            return Err("missing --FILE-- section".into());
        }
        let expectations = EXPECT_SECTIONS
            .iter()
            .filter(|s| sections.map.contains_key(**s))
            .count();
        if expectations != 1 {
            return Err("needs exactly one of --EXPECT--, --EXPECTF--, --EXPECTREGEX--".into());
        }
        Ok(sections)
    }

    /// The text of a section, if present.
    pub fn get(&self, name: &str) -> Option<&[u8]> {
        self.map.get(name).map(Vec::as_slice)
    }

    /// The text of a section as trimmed UTF-8 (lossy), if present.
    pub fn get_str(&self, name: &str) -> Option<String> {
        self.get(name)
            .map(|t| String::from_utf8_lossy(t).trim().to_string())
    }

    /// The test's title (`--TEST--`, trimmed).
    pub fn title(&self) -> String {
        self.get_str("TEST").unwrap_or_default()
    }
}

/// Splits an `--ARGS--`/`--CLI--` line into words the way a POSIX shell would for simple
/// cases: whitespace separates, single quotes are literal, double quotes and backslashes
/// escape.
pub fn shell_words(text: &str) -> Result<Vec<String>, String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut in_word = false;
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        match c {
            c if c.is_whitespace() => {
                if in_word {
                    words.push(std::mem::take(&mut word));
                    in_word = false;
                }
            }
            '\'' => {
                in_word = true;
                loop {
                    match chars.next() {
                        Some('\'') => break,
                        Some(c) => word.push(c),
                        None => return Err("unterminated ' quote".into()),
                    }
                }
            }
            '"' => {
                in_word = true;
                loop {
                    match chars.next() {
                        Some('"') => break,
                        Some('\\') => match chars.next() {
                            Some(c @ ('"' | '\\' | '$' | '`')) => word.push(c),
                            Some(c) => {
                                word.push('\\');
                                word.push(c);
                            }
                            None => return Err("unterminated \" quote".into()),
                        },
                        Some(c) => word.push(c),
                        None => return Err("unterminated \" quote".into()),
                    }
                }
            }
            '\\' => {
                in_word = true;
                if let Some(c) = chars.next() {
                    word.push(c);
                }
            }
            c => {
                in_word = true;
                word.push(c);
            }
        }
    }
    if in_word {
        words.push(word);
    }
    Ok(words)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_sections() {
        let t = b"--TEST--\nname\n--FILE--\n<?php echo 1;\n--EXPECT--\n1\n";
        let s = Sections::parse(t).expect("parses");
        assert_eq!(s.title(), "name");
        assert_eq!(s.get("FILE"), Some(&b"<?php echo 1;\n"[..]));
        assert_eq!(s.get("EXPECT"), Some(&b"1\n"[..]));
        assert_eq!(s.order, vec!["TEST", "FILE", "EXPECT"]);
    }

    #[test]
    fn fileeof_drops_final_newline() {
        let t = b"--TEST--\nx\n--FILEEOF--\n<?php echo 1;\n--EXPECT--\n1\n";
        let s = Sections::parse(t).expect("parses");
        assert_eq!(s.get("FILE"), Some(&b"<?php echo 1;"[..]));
    }

    #[test]
    fn rejects_bad_files() {
        assert!(Sections::parse(b"--FILE--\nx\n--EXPECT--\n").is_err());
        assert!(Sections::parse(b"--TEST--\nx\n--EXPECT--\n").is_err());
        assert!(Sections::parse(b"--TEST--\nx\n--FILE--\n--BOGUS--\n--EXPECT--\n").is_err());
        assert!(Sections::parse(b"--TEST--\nx\n--FILE--\n--EXPECT--\n--EXPECTF--\n").is_err());
    }

    #[test]
    fn splits_words() {
        assert_eq!(
            shell_words(r#"a 'b c' "d \"e\"" f\ g"#).expect("splits"),
            vec!["a", "b c", "d \"e\"", "f g"]
        );
        assert_eq!(shell_words("  ").expect("splits"), Vec::<String>::new());
        assert_eq!(shell_words("''").expect("splits"), vec![""]);
        assert!(shell_words("'x").is_err());
    }
}
