//! A small line diff (longest common subsequence) for showing failures.

/// One line of a diff.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Line<'a> {
    /// In both.
    Same(&'a [u8]),
    /// Only expected.
    Expected(&'a [u8]),
    /// Only in the actual output.
    Actual(&'a [u8]),
}

/// Diffs two line lists with `eq` deciding when an expected line matches an actual one.
/// Inputs longer than a few thousand lines are compared line by line to bound the cost.
pub fn diff<'a>(
    expected: &[&'a [u8]],
    actual: &[&'a [u8]],
    eq: &dyn Fn(&[u8], &[u8]) -> bool,
) -> Vec<Line<'a>> {
    let (n, m) = (expected.len(), actual.len());
    if n.saturating_mul(m) > 4_000_000 {
        let mut out = Vec::new();
        for i in 0..n.max(m) {
            match (expected.get(i), actual.get(i)) {
                (Some(e), Some(a)) if eq(e, a) => out.push(Line::Same(a)),
                (e, a) => {
                    out.extend(e.map(|e| Line::Expected(e)));
                    out.extend(a.map(|a| Line::Actual(a)));
                }
            }
        }
        return out;
    }
    // lcs[i][j]: LCS length of expected[i..] and actual[j..].
    let mut lcs = vec![vec![0u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if eq(expected[i], actual[j]) {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut out = Vec::new();
    while i < n || j < m {
        if i < n && j < m && eq(expected[i], actual[j]) {
            out.push(Line::Same(actual[j]));
            i += 1;
            j += 1;
        } else if i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1]) {
            out.push(Line::Expected(expected[i]));
            i += 1;
        } else {
            out.push(Line::Actual(actual[j]));
            j += 1;
        }
    }
    out
}

/// Renders a diff like `diff -u` (with `context` unchanged lines around each change),
/// at most `max_lines` lines.
pub fn render(lines: &[Line<'_>], context: usize, max_lines: usize) -> String {
    let changed: Vec<bool> = lines.iter().map(|l| !matches!(l, Line::Same(_))).collect();
    let near_change = |k: usize| {
        let lo = k.saturating_sub(context);
        let hi = (k + context + 1).min(lines.len());
        changed[lo..hi].iter().any(|c| *c)
    };
    let mut out = String::from("--- expected\n+++ actual\n");
    let mut shown = 0;
    let mut skipped = false;
    for (k, line) in lines.iter().enumerate() {
        if !near_change(k) {
            skipped = true;
            continue;
        }
        if skipped {
            out.push_str("@@ …\n");
            skipped = false;
        }
        if shown == max_lines {
            out.push_str("… (diff truncated)\n");
            break;
        }
        let (mark, text) = match line {
            Line::Same(t) => (' ', t),
            Line::Expected(t) => ('-', t),
            Line::Actual(t) => ('+', t),
        };
        out.push(mark);
        for c in String::from_utf8_lossy(text).chars() {
            if c.is_control() {
                out.extend(c.escape_debug());
            } else {
                out.push(c);
            }
        }
        out.push('\n');
        shown += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diffs_lines() {
        let e: Vec<&[u8]> = vec![b"a", b"b", b"c"];
        let a: Vec<&[u8]> = vec![b"a", b"x", b"c"];
        let d = diff(&e, &a, &|x, y| x == y);
        assert_eq!(
            d,
            vec![
                Line::Same(b"a"),
                Line::Expected(b"b"),
                Line::Actual(b"x"),
                Line::Same(b"c")
            ]
        );
        let text = render(&d, 3, 100);
        assert!(text.contains(" a\n-b\n+x\n c\n"));
    }
}
