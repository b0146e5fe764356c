//! What is wrong with a file that is not a dataset at all, as values the interface words in the
//! reader's language.
//!
//! Owns: [`SyntaxFault`] (the text is not JSON), [`ShapeFault`] (it is JSON, but a value has the
//! wrong kind, a field is missing or unknown, a word is not one of the allowed ones) and
//! [`JsonKind`], each read from serde_json's message, whose forms are fixed by serde and
//! serde_json. The message itself stays with the error, as the technical detail.

/// A kind of JSON value, as a reader names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JsonKind {
    Object,
    Array,
    Text,
    Integer,
    Number,
    Boolean,
    Null,
    /// One of a fixed set of words (`"city"`, `"mou"`).
    Word,
    Unknown,
}

/// Why the text is not JSON.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxFault {
    /// Nothing but white space.
    Empty,
    /// The text ends inside a value: cut short.
    Truncated,
    /// A comma or a closing bracket is missing between values.
    MissingComma,
    /// A colon is missing after a key.
    MissingColon,
    /// Something that is no JSON value (an unquoted word, `True`, a stray character).
    ExpectedValue,
    /// A key not in double quotes.
    KeyNotText,
    /// A comma before a closing bracket.
    TrailingComma,
    /// More text after the end of the JSON value.
    TrailingText,
    /// A string with a raw control character, a bad escape or a lone surrogate.
    BadText,
    /// A number JSON does not allow (`01`, `1.`, `+1`).
    BadNumber,
    /// A number beyond what a double holds.
    NumberTooLarge,
    /// More than 128 levels of nesting.
    TooDeep,
    Other,
}

/// Why the JSON is not a dataset.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShapeFault {
    WrongType {
        found: JsonKind,
        expected: JsonKind,
    },
    MissingField(String),
    UnknownField(String),
    DuplicateField(String),
    UnknownWord {
        found: String,
        allowed: Vec<String>,
    },
    /// A whole number beyond what the field holds.
    OutOfRange,
    Other,
}

/// The fault of serde_json's syntax `message`; `blank` says whether the whole text was blank.
pub fn syntax_fault(message: &str, blank: bool) -> SyntaxFault {
    use SyntaxFault::*;
    if message.starts_with("EOF while parsing") {
        return if blank { Empty } else { Truncated };
    }
    match message {
        "expected `,` or `]`" | "expected `,` or `}`" => MissingComma,
        "expected `:`" => MissingColon,
        "expected value" | "expected ident" => ExpectedValue,
        "key must be a string" => KeyNotText,
        "trailing comma" => TrailingComma,
        "trailing characters" => TrailingText,
        "invalid number" => BadNumber,
        "number out of range" => NumberTooLarge,
        "recursion limit exceeded" => TooDeep,
        "invalid escape"
        | "invalid unicode code point"
        | "lone leading surrogate in hex escape"
        | "unexpected end of hex escape"
        | "expected `\"`" => BadText,
        m if m.starts_with("control character") => BadText,
        _ => Other,
    }
}

fn found_kind(unexpected: &str) -> JsonKind {
    let starts = |p: &str| unexpected.starts_with(p);
    if starts("map") {
        JsonKind::Object
    } else if starts("sequence") {
        JsonKind::Array
    } else if starts("string") || starts("character") {
        JsonKind::Text
    } else if starts("integer") {
        JsonKind::Integer
    } else if starts("floating point") {
        JsonKind::Number
    } else if starts("boolean") {
        JsonKind::Boolean
    } else if starts("null") || starts("unit") {
        JsonKind::Null
    } else {
        JsonKind::Unknown
    }
}

fn expected_kind(expected: &str) -> JsonKind {
    match expected {
        e if e.starts_with("struct ") || e.starts_with("a map") => JsonKind::Object,
        "a sequence" => JsonKind::Array,
        "a string" | "a borrowed string" | "a character" => JsonKind::Text,
        "an integer" | "u8" | "u16" | "u32" | "u64" | "i8" | "i16" | "i32" | "i64" => JsonKind::Integer,
        "f32" | "f64" => JsonKind::Number,
        "a boolean" => JsonKind::Boolean,
        e if e.starts_with("enum ") || e.starts_with("variant identifier") => JsonKind::Word,
        _ => JsonKind::Unknown,
    }
}

/// The name between the first pair of backticks after `prefix`.
fn quoted_after<'a>(message: &'a str, prefix: &str) -> Option<&'a str> {
    let rest = message.strip_prefix(prefix)?;
    let end = rest.find('`')?;
    Some(&rest[..end])
}

/// The fault of serde's data `message` (serde_json's "invalid type: ...", "missing field ...").
pub fn shape_fault(message: &str) -> ShapeFault {
    if let Some(rest) = message.strip_prefix("invalid type: ") {
        // The value found may itself contain ", expected ": the expectation is the last one.
        return match rest.rfind(", expected ") {
            Some(at) => ShapeFault::WrongType {
                found: found_kind(&rest[..at]),
                expected: expected_kind(&rest[at + ", expected ".len()..]),
            },
            None => ShapeFault::Other,
        };
    }
    if let Some(rest) = message.strip_prefix("invalid value: ") {
        return if rest.starts_with("integer") || rest.starts_with("floating point") {
            ShapeFault::OutOfRange
        } else {
            ShapeFault::Other
        };
    }
    if let Some(rest) = message.strip_prefix("unknown variant `") {
        let Some(at) = rest.rfind("`, expected ") else {
            return ShapeFault::Other;
        };
        let list = &rest[at + "`, expected ".len()..];
        let list = list.strip_prefix("one of ").unwrap_or(list);
        let allowed = list
            .split(", ")
            .map(|w| w.trim_matches('`').to_string())
            .filter(|w| !w.is_empty())
            .collect();
        return ShapeFault::UnknownWord {
            found: rest[..at].to_string(),
            allowed,
        };
    }
    if let Some(name) = quoted_after(message, "missing field `") {
        return ShapeFault::MissingField(name.to_string());
    }
    if let Some(name) = quoted_after(message, "unknown field `") {
        return ShapeFault::UnknownField(name.to_string());
    }
    if let Some(name) = quoted_after(message, "duplicate field `") {
        return ShapeFault::DuplicateField(name.to_string());
    }
    ShapeFault::Other
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syntax_messages_are_named() {
        assert_eq!(
            syntax_fault("EOF while parsing a value", true),
            SyntaxFault::Empty
        );
        assert_eq!(
            syntax_fault("EOF while parsing an object", false),
            SyntaxFault::Truncated
        );
        assert_eq!(
            syntax_fault("expected `,` or `}`", false),
            SyntaxFault::MissingComma
        );
        assert_eq!(
            syntax_fault(
                "control character (\\u0000-\\u001F) found while parsing a string",
                false
            ),
            SyntaxFault::BadText
        );
        assert_eq!(syntax_fault("something new", false), SyntaxFault::Other);
    }

    #[test]
    fn shape_messages_are_named() {
        assert_eq!(
            shape_fault("invalid type: sequence, expected struct Dataset"),
            ShapeFault::WrongType {
                found: JsonKind::Array,
                expected: JsonKind::Object
            }
        );
        assert_eq!(
            shape_fault("invalid type: string \"a, expected b\", expected an integer"),
            ShapeFault::WrongType {
                found: JsonKind::Text,
                expected: JsonKind::Integer
            }
        );
        assert_eq!(
            shape_fault("missing field `url`"),
            ShapeFault::MissingField("url".into())
        );
        assert_eq!(
            shape_fault("unknown field `extra`, expected one of `id`, `en`"),
            ShapeFault::UnknownField("extra".into())
        );
        assert_eq!(
            shape_fault("unknown variant `town`, expected one of `city`, `city_group`"),
            ShapeFault::UnknownWord {
                found: "town".into(),
                allowed: vec!["city".into(), "city_group".into()]
            }
        );
        assert_eq!(
            shape_fault("invalid value: integer `-1`, expected an integer"),
            ShapeFault::OutOfRange
        );
    }
}
