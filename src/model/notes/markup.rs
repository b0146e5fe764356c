//! The small Markdown subset a note is shown with, parsed into plain data that the view turns
//! into elements one by one. Nothing here produces HTML, and a note's text is never parsed as HTML:
//! `<img onerror=…>` is six words of text.
//!
//! The subset: paragraphs (a blank line between), list items (`- ` or `* `), `**strong**`,
//! `*emphasis*`, `` `code` ``, `#tags`, `[text](https://…)` and bare `http(s)://` addresses.
//! Any other link (`javascript:`, `data:`, relative) stays as the text it was typed as.

use super::is_tag_char;

/// A block of a note.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    /// Lines of one paragraph; line breaks inside it are kept in the text.
    Paragraph(Vec<Inline>),
    /// The items of a list.
    List(Vec<Vec<Inline>>),
}

/// A run of text inside a block.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Inline {
    Text(String),
    Strong(String),
    Em(String),
    Code(String),
    /// A `#tag`, without its `#`.
    Tag(String),
    /// A link whose `href` is an http(s) URL.
    Link {
        href: String,
        text: String,
    },
}

/// Parses a note's text into blocks.
pub fn parse(text: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut para: Vec<&str> = Vec::new();
    let mut list: Vec<Vec<Inline>> = Vec::new();
    let flush_para = |para: &mut Vec<&str>, blocks: &mut Vec<Block>| {
        if !para.is_empty() {
            blocks.push(Block::Paragraph(inlines(&para.join("\n"))));
            para.clear();
        }
    };
    let flush_list = |list: &mut Vec<Vec<Inline>>, blocks: &mut Vec<Block>| {
        if !list.is_empty() {
            blocks.push(Block::List(std::mem::take(list)));
        }
    };
    for line in text.lines() {
        let trimmed = line.trim_start();
        if let Some(item) = trimmed.strip_prefix("- ").or_else(|| trimmed.strip_prefix("* ")) {
            flush_para(&mut para, &mut blocks);
            list.push(inlines(item));
        } else if line.trim().is_empty() {
            flush_para(&mut para, &mut blocks);
            flush_list(&mut list, &mut blocks);
        } else {
            flush_list(&mut list, &mut blocks);
            para.push(line);
        }
    }
    flush_para(&mut para, &mut blocks);
    flush_list(&mut list, &mut blocks);
    blocks
}

/// Whether `href` is a link a note may show: http or https, with a host.
pub fn safe_href(href: &str) -> bool {
    let lower = href.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    rest.is_some_and(|r| r.chars().next().is_some_and(|c| c.is_alphanumeric() || c == '['))
        && !href.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// Parses the inline markup of one block.
pub fn inlines(text: &str) -> Vec<Inline> {
    let mut out: Vec<Inline> = Vec::new();
    let mut plain = String::new();
    let mut i = 0;
    let mut prev: Option<char> = None;
    while i < text.len() {
        let rest = &text[i..];
        let at_word_start = prev.is_none_or(|p| p.is_whitespace() || "([{".contains(p));
        if let Some((inline, used)) = markup_at(rest, at_word_start) {
            if !plain.is_empty() {
                out.push(Inline::Text(std::mem::take(&mut plain)));
            }
            out.push(inline);
            prev = rest[..used].chars().last();
            i += used;
            continue;
        }
        let c = rest.chars().next().unwrap_or(' ');
        plain.push(c);
        prev = Some(c);
        i += c.len_utf8();
    }
    if !plain.is_empty() {
        out.push(Inline::Text(plain));
    }
    out
}

/// The markup starting at the beginning of `rest`, and how many bytes it uses.
fn markup_at(rest: &str, at_word_start: bool) -> Option<(Inline, usize)> {
    if let Some(inner) = rest.strip_prefix("**") {
        let end = inner.find("**").filter(|&e| e > 0)?;
        return Some((Inline::Strong(inner[..end].to_string()), end + 4));
    }
    if let Some(inner) = rest.strip_prefix('`') {
        let end = inner.find('`').filter(|&e| e > 0)?;
        return Some((Inline::Code(inner[..end].to_string()), end + 2));
    }
    if let Some(inner) = rest.strip_prefix('*') {
        if inner.starts_with(char::is_whitespace) {
            return None;
        }
        let end = inner.find('*').filter(|&e| e > 0)?;
        return Some((Inline::Em(inner[..end].to_string()), end + 2));
    }
    if let Some(inner) = rest.strip_prefix('[') {
        let close = inner.find("](")?;
        let label = &inner[..close];
        let after = &inner[close + 2..];
        let end = after.find(')')?;
        let href = &after[..end];
        if label.is_empty() || label.contains('[') || !safe_href(href) {
            return None;
        }
        return Some((
            Inline::Link {
                href: href.to_string(),
                text: label.to_string(),
            },
            1 + close + 2 + end + 1,
        ));
    }
    if at_word_start {
        if let Some(inner) = rest.strip_prefix('#') {
            let len: usize = inner
                .chars()
                .take_while(|&c| is_tag_char(c))
                .map(char::len_utf8)
                .sum();
            if len > 0 {
                return Some((Inline::Tag(inner[..len].to_lowercase()), len + 1));
            }
        }
        let lower = rest.get(..8).unwrap_or(rest).to_ascii_lowercase();
        if lower.starts_with("http://") || lower.starts_with("https://") {
            let len: usize = rest
                .chars()
                .take_while(|c| !c.is_whitespace())
                .map(char::len_utf8)
                .sum();
            let url = rest[..len].trim_end_matches(['.', ',', ';', ':', '!', '?', ')', '"', '\'']);
            if safe_href(url) {
                return Some((
                    Inline::Link {
                        href: url.to_string(),
                        text: url.to_string(),
                    },
                    url.len(),
                ));
            }
        }
    }
    None
}

/// The text a reader sees of an inline, without its markup.
pub fn shown_text(inline: &Inline) -> String {
    match inline {
        Inline::Text(t) | Inline::Strong(t) | Inline::Em(t) | Inline::Code(t) => t.clone(),
        Inline::Tag(t) => format!("#{t}"),
        Inline::Link { text, .. } => text.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Inline {
        Inline::Text(s.into())
    }

    #[test]
    fn html_is_text() {
        let src = "<img src=x onerror=alert(1)> <script>alert(2)</script>";
        assert_eq!(parse(src), vec![Block::Paragraph(vec![text(src)])]);
    }

    #[test]
    fn only_http_links_become_links() {
        assert_eq!(
            inlines("[x](javascript:alert(1))"),
            vec![text("[x](javascript:alert(1))")]
        );
        assert_eq!(inlines("javascript:alert(1)"), vec![text("javascript:alert(1)")]);
        assert_eq!(
            inlines("[x](data:text/html,hi)"),
            vec![text("[x](data:text/html,hi)")]
        );
        assert_eq!(
            inlines("see [the paper](https://example.org/a?b=1)."),
            vec![
                text("see "),
                Inline::Link {
                    href: "https://example.org/a?b=1".into(),
                    text: "the paper".into()
                },
                text(".")
            ]
        );
        assert_eq!(
            inlines("at https://example.org/x, then"),
            vec![
                text("at "),
                Inline::Link {
                    href: "https://example.org/x".into(),
                    text: "https://example.org/x".into()
                },
                text(", then")
            ]
        );
        assert!(!safe_href("https:// x"));
        assert!(!safe_href("http://"));
    }

    #[test]
    fn emphasis_code_and_tags() {
        assert_eq!(
            inlines("**MoU** *2016* `loi` #Seminar a#b"),
            vec![
                Inline::Strong("MoU".into()),
                text(" "),
                Inline::Em("2016".into()),
                text(" "),
                Inline::Code("loi".into()),
                text(" "),
                Inline::Tag("seminar".into()),
                text(" a#b")
            ]
        );
        assert_eq!(inlines("2 * 3 * 4"), vec![text("2 * 3 * 4")]);
        assert_eq!(inlines("**unclosed"), vec![text("**unclosed")]);
    }

    #[test]
    fn paragraphs_and_lists() {
        let blocks = parse("first\nsame para\n\n- one\n- two\nafter");
        assert_eq!(
            blocks,
            vec![
                Block::Paragraph(vec![text("first\nsame para")]),
                Block::List(vec![vec![text("one")], vec![text("two")]]),
                Block::Paragraph(vec![text("after")]),
            ]
        );
        assert_eq!(parse(""), vec![]);
    }
}
