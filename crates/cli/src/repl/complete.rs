//! Tab completion for the REPL: function, constant, class and variable names, and members
//! after `->` or `::`, from a snapshot of the engine's state taken after every input.

use std::collections::BTreeMap;

/// What can be completed, as the engine stood after the last input.
#[derive(Default, Debug)]
pub struct Names {
    /// Functions, with the case they were declared with.
    pub functions: Vec<String>,
    /// Constants.
    pub constants: Vec<String>,
    /// Class, interface, trait and enum names.
    pub classes: Vec<String>,
    /// Global variables that hold a value, without the `$`.
    pub variables: Vec<String>,
    /// Methods of the object each global variable holds (variable name → method names).
    pub object_methods: BTreeMap<String, Vec<String>>,
    /// Static members of each class by lower-case name: methods and constants.
    pub class_members: BTreeMap<String, Vec<String>>,
}

impl Names {
    /// The names an engine has defined.
    pub fn snapshot(engine: &mut phpsock::Engine) -> Names {
        let s = engine.symbols();
        Names {
            functions: s.functions,
            constants: s.constants,
            classes: s.classes,
            variables: s.variables,
            object_methods: s.object_methods,
            class_members: s.class_members,
        }
    }

    /// Completes the word that ends at byte `pos` of `line`: the byte offset where the
    /// replaced word starts and the candidates, in order.
    pub fn complete(&self, line: &str, pos: usize) -> (usize, Vec<String>) {
        let before = &line[..pos];
        let start = before
            .rfind(|c: char| !(c.is_alphanumeric() || c == '_' || c == '\\'))
            .map_or(0, |i| i + 1);
        let word = &before[start..];
        let prefix = &before[..start];
        if let Some(var_start) = prefix.strip_suffix("->").and_then(|p| p.rfind('$')) {
            let var = &prefix[var_start + 1..prefix.len() - 2];
            let methods = self.object_methods.get(var).map_or(&[][..], Vec::as_slice);
            return (start, matching(methods, word));
        }
        if let Some(class_part) = prefix.strip_suffix("::") {
            let class_start = class_part
                .rfind(|c: char| !(c.is_alphanumeric() || c == '_' || c == '\\'))
                .map_or(0, |i| i + 1);
            let class = class_part[class_start..]
                .trim_start_matches('\\')
                .to_ascii_lowercase();
            let members = self
                .class_members
                .get(&class)
                .map_or(&[][..], Vec::as_slice);
            return (start, matching(members, word));
        }
        if prefix.ends_with('$') {
            return (start, matching(&self.variables, word));
        }
        let mut out = matching(&self.functions, word)
            .into_iter()
            .map(|f| format!("{f}("))
            .collect::<Vec<_>>();
        out.extend(matching(&self.constants, word));
        out.extend(matching(&self.classes, word));
        (start, out)
    }
}

/// The names that start with `word` (ASCII case-insensitively, as PHP names compare).
fn matching(names: &[String], word: &str) -> Vec<String> {
    names
        .iter()
        .filter(|n| {
            n.len() >= word.len()
                && n.as_bytes()[..word.len()].eq_ignore_ascii_case(word.as_bytes())
        })
        .cloned()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names() -> Names {
        let mut n = Names {
            functions: vec![
                "socket_create".into(),
                "socket_create_pair".into(),
                "strlen".into(),
            ],
            constants: vec!["SOCK_STREAM".into()],
            classes: vec!["Socket".into()],
            variables: vec!["sock".into(), "server".into()],
            ..Names::default()
        };
        n.object_methods
            .insert("obj".into(), vec!["getName(".into(), "greet(".into()]);
        n.class_members
            .insert("kind".into(), vec!["Large".into(), "from(".into()]);
        n
    }

    #[test]
    fn functions_constants_and_classes() {
        let (start, c) = names().complete("$s = socket_cr", 14);
        assert_eq!(start, 5);
        assert_eq!(c, ["socket_create(", "socket_create_pair("]);
        // Names compare case-insensitively, as PHP's do.
        let (_, c) = names().complete("SOCK", 4);
        assert_eq!(
            c,
            [
                "socket_create(",
                "socket_create_pair(",
                "SOCK_STREAM",
                "Socket"
            ]
        );
    }

    #[test]
    fn variables_and_members() {
        assert_eq!(
            names().complete("echo $se", 8),
            (6, vec!["server".to_string()])
        );
        assert_eq!(
            names().complete("$obj->g", 7),
            (6, vec!["getName(".to_string(), "greet(".to_string()])
        );
        assert_eq!(
            names().complete("Kind::L", 7),
            (6, vec!["Large".to_string()])
        );
    }
}

#[cfg(test)]
mod engine_tests {
    use super::Names;

    #[test]
    fn completes_from_a_live_engine() {
        let mut engine = phpsock::Engine::with_output(Box::new(std::io::sink()));
        engine.start_interactive();
        let _ = engine.run_interactive(b"class Greeter { function hello() {} }\n$g = new Greeter;");
        let names = Names::snapshot(&mut engine);
        let (_, found) = names.complete("str_rep", 7);
        assert!(found.contains(&"str_repeat(".to_string()), "{found:?}");
        assert_eq!(names.complete("$g->he", 6).1, ["hello("]);
        assert!(names.complete("$", 1).1.contains(&"g".to_string()));
    }
}
