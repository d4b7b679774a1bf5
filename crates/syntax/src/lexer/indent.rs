//! Removal of a flexible heredoc's closing-marker indentation from its body (PHP 7.3+).

/// An indentation problem; `at` indexes the offending line in the input text.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct IndentError {
    /// Index into the text (somewhere on the offending line).
    pub at: usize,
    /// PHP's message.
    pub message: String,
}

/// Finds the next `\n`, `\r\n` or `\r` at or after `from`: (index, length).
fn next_newline(s: &[u8], from: usize) -> Option<(usize, usize)> {
    let i = from
        + s.get(from..)?
            .iter()
            .position(|&b| b == b'\n' || b == b'\r')?;
    if s[i] == b'\r' && s.get(i + 1) == Some(&b'\n') {
        Some((i, 2))
    } else {
        Some((i, 1))
    }
}

/// Strips `indentation` blanks from every line of `s` as `strip_multiline_string_indentation`
/// does. `at_line_start`: `s` begins a line (else its first line is left alone);
/// `ends_body`: `s` is the last segment before the closing marker (its last line counts as a
/// whole line).
pub(super) fn strip(
    s: &[u8],
    indentation: usize,
    uses_spaces: bool,
    at_line_start: bool,
    ends_body: bool,
) -> Result<Vec<u8>, IndentError> {
    if indentation == 0 {
        return Ok(s.to_vec());
    }
    let mut out = Vec::with_capacity(s.len());
    let mut pos = 0;
    if !at_line_start {
        match next_newline(s, 0) {
            None => return Ok(s.to_vec()),
            Some((i, len)) => {
                out.extend_from_slice(&s[..i + len]);
                pos = i + len;
            }
        }
    }
    loop {
        let nl = next_newline(s, pos);
        let line_end = match nl {
            Some((i, _)) => Some(i),
            None if ends_body => Some(s.len()),
            None => None,
        };
        let mut skip = 0;
        while skip < indentation {
            if Some(pos) == line_end {
                break;
            }
            match s.get(pos) {
                Some(b' ') | Some(b'\t') => {}
                _ => {
                    return Err(IndentError {
                        at: pos,
                        message: format!(
                            "Invalid body indentation level (expecting an indentation level of at least {indentation})"
                        ),
                    })
                }
            }
            if (s[pos] == b' ') != uses_spaces {
                return Err(IndentError {
                    at: pos,
                    message: "Invalid indentation - tabs and spaces cannot be mixed".into(),
                });
            }
            skip += 1;
            pos += 1;
        }
        if pos >= s.len() {
            break;
        }
        match nl {
            Some((i, len)) => {
                out.extend_from_slice(&s[pos..i + len]);
                pos = i + len;
            }
            None => {
                out.extend_from_slice(&s[pos..]);
                break;
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_whole_body() {
        assert_eq!(
            strip(b"  a\n   b\n\n c", 1, true, true, true).ok(),
            Some(b" a\n  b\n\nc".to_vec())
        );
        assert_eq!(
            strip(b"  a\n \n  b", 2, true, true, true).ok(),
            Some(b"a\n\nb".to_vec())
        );
    }

    #[test]
    fn segment_after_interpolation() {
        assert_eq!(
            strip(b" x\n  y\n  ", 2, true, false, false).ok(),
            Some(b" x\ny\n".to_vec())
        );
    }

    #[test]
    fn errors() {
        let e = strip(b"  a\n b", 2, true, true, true).err();
        assert_eq!(e.map(|e| e.at), Some(5));
        let e = strip(b"  a\n\tb", 2, true, true, true).err();
        assert_eq!(
            e.map(|e| e.message),
            Some("Invalid indentation - tabs and spaces cannot be mixed".to_string())
        );
        assert!(strip(b" $", 2, true, true, false).is_err());
    }
}
