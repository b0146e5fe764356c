//! The JSON path of a shape error, read back from the text at serde_json's error position.
//!
//! Owns: [`path_at`]. A file is read with serde_json alone; when it holds a value of the wrong
//! shape, serde_json reports the line and column where it noticed, and this module walks the
//! text up to there to name the value: `$.events[3].date`. The walk is a small JSON scanner
//! (strings, brackets, commas and colons; the text before the error has already been read by
//! serde_json, so it is JSON), which costs nothing until an error happens. The alternative, a
//! wrapper that tracks the path through every value read (`serde_path_to_error`), was a tenth of
//! the app's code and slowed every load; `tests/json_path.rs` checks that the two agree.

/// What an error is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target<'a> {
    /// The value just read or begun: a wrong type, a missing, unknown or duplicate field (the
    /// object's path; an unknown field's own key), a number out of range.
    Value,
    /// A word of a closed vocabulary (`"kind": "city"`). serde_json reads a word given as an
    /// object as a one-key object naming the word (`{"a": 1}`: "unknown variant `a`"), and stops
    /// at the bracket of an array ("expected value", `word` `None`): the path is the word's,
    /// not the key's or element's inside it.
    Word { found: Option<&'a str> },
}

/// One level of nesting open at the error position.
enum Frame {
    Object {
        /// The key whose value is being read or was just read.
        key: Option<String>,
        /// Whether the next string is a key (after `{` or `,`) rather than a value.
        expecting_key: bool,
    },
    Array {
        index: usize,
        /// Whether an element has begun at `index`.
        started: bool,
    },
}

/// The byte offset of serde_json's `line` (from 1) and `column` (bytes since the line's start).
fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let start = if line <= 1 {
        0
    } else {
        text.bytes()
            .enumerate()
            .filter(|&(_, b)| b == b'\n')
            .nth(line - 2)
            .map_or(text.len(), |(i, _)| i + 1)
    };
    (start + column).min(text.len())
}

/// Marks the innermost array's element as begun (a value starts in it).
fn begin_value(stack: &mut [Frame]) {
    if let Some(Frame::Array { started, .. }) = stack.last_mut() {
        *started = true;
    }
}

/// The JSON path (`$`, `$.source.year`, `$.events[2]`) of the value or object `target` at
/// serde_json's error position `line`:`column` in `text`.
pub fn path_at(text: &str, line: usize, column: usize, target: Target) -> String {
    let end = offset_of(text, line, column);
    let bytes = &text.as_bytes()[..end];
    let mut stack: Vec<Frame> = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => {
                let start = i + 1;
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                let raw = &text[start..i.min(bytes.len())];
                match stack.last_mut() {
                    Some(Frame::Object {
                        key,
                        expecting_key: expecting @ true,
                    }) => {
                        *key = Some(unescape(raw));
                        *expecting = false;
                    }
                    _ => begin_value(&mut stack),
                }
            }
            b'{' => {
                begin_value(&mut stack);
                stack.push(Frame::Object {
                    key: None,
                    expecting_key: true,
                });
            }
            b'[' => {
                begin_value(&mut stack);
                stack.push(Frame::Array {
                    index: 0,
                    started: false,
                });
            }
            b'}' | b']' => {
                stack.pop();
            }
            b',' => match stack.last_mut() {
                Some(Frame::Object { key, expecting_key }) => {
                    *key = None;
                    *expecting_key = true;
                }
                Some(Frame::Array { index, started }) => {
                    *index += 1;
                    *started = false;
                }
                None => {}
            },
            b' ' | b'\t' | b'\n' | b'\r' | b':' => {}
            _ => begin_value(&mut stack),
        }
        i += 1;
    }
    // serde_json may stop right before a value it rejected without reading it (an array where
    // an object belongs): that value is the one meant.
    let next = text.as_bytes()[end..].iter().find(|b| !b.is_ascii_whitespace());
    if next.is_some_and(|b| !matches!(b, b',' | b':' | b']' | b'}')) {
        begin_value(&mut stack);
    }
    if let Target::Word { found } = target {
        let inside = match (stack.last(), found) {
            (Some(Frame::Object { key, .. }), Some(word)) => key.as_deref() == Some(word),
            // Stopped at the bracket that opened the innermost frame.
            (Some(_), None) => matches!(
                bytes.iter().rev().find(|b| !b.is_ascii_whitespace()),
                Some(b'[' | b'{')
            ),
            _ => false,
        };
        if inside {
            stack.pop();
        }
    }
    let mut path = String::from("$");
    for frame in &stack {
        match frame {
            Frame::Object { key: Some(key), .. } => {
                path.push('.');
                path.push_str(key);
            }
            Frame::Array { index, started: true } => path.push_str(&format!("[{index}]")),
            _ => {}
        }
    }
    path
}

/// A key's text without its JSON escapes (keys of the format are plain words; an escaped one
/// is read as serde_json would, a broken escape kept as written).
fn unescape(raw: &str) -> String {
    if !raw.contains('\\') {
        return raw.to_string();
    }
    serde_json::from_str::<String>(&format!("\"{raw}\"")).unwrap_or_else(|_| raw.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str, needle: &str, target: Target) -> String {
        let end = text.find(needle).expect("needle") + needle.len();
        let line = text[..end].matches('\n').count() + 1;
        let column = end - text[..end].rfind('\n').map_or(0, |n| n + 1);
        path_at(text, line, column, target)
    }

    #[test]
    fn names_values_in_objects_and_arrays() {
        let text = "{\"a\": {\"b\": [1, {\"c\": \"x\"}]}}";
        assert_eq!(at(text, "\"x\"", Target::Value), "$.a.b[1].c");
        assert_eq!(at(text, "[1", Target::Value), "$.a.b[0]");
        assert_eq!(at(text, "{", Target::Value), "$");
    }

    #[test]
    fn a_word_given_as_an_object_or_array_is_the_word() {
        let text = "{\"kind\": {\"a\": 1}, \"level\": [\"x\"]}";
        let word = |found| Target::Word { found };
        assert_eq!(at(text, "\"a\"", word(Some("a"))), "$.kind");
        assert_eq!(at(text, "\"a\"", Target::Value), "$.kind.a");
        assert_eq!(at(text, "[", word(None)), "$.level");
        assert_eq!(at(text, "\"kind\"", word(Some("other"))), "$.kind");
        assert_eq!(at("{\"k\": 7}", "7", word(None)), "$.k");
    }

    #[test]
    fn lines_columns_and_escaped_keys() {
        let text = "{\n  \"k\\u0065y\": [\n    true,\n    null\n  ]\n}";
        assert_eq!(path_at(text, 4, 8, Target::Value), "$.key[1]");
        assert_eq!(path_at(text, 1, 0, Target::Value), "$");
        assert_eq!(path_at(text, 99, 99, Target::Value), "$");
    }

    #[test]
    fn strings_with_brackets_and_quotes_are_text() {
        let text = r#"{"a": "[{\"", "b": 2}"#;
        assert_eq!(at(text, "2", Target::Value), "$.b");
    }
}
