//! JSON string escaping done by the macro, for the parts of a body known at
//! compile time. The rules are the runtime's: the output must be the bytes
//! the runtime would write for the same text.

/// Appends `text` escaped as the inside of a JSON string: `"` and `\`, the
/// control characters (short forms where JSON has them), U+007F, and the
/// JavaScript line separators U+2028 and U+2029.
pub fn escape_into(out: &mut String, text: &str) {
    for ch in text.chars() {
        match short_escape(ch) {
            Some(short) => out.push_str(short),
            None if needs_unicode_escape(ch) => push_unicode_escape(out, ch),
            None => out.push(ch),
        }
    }
}

/// `text` escaped, as a new string.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    escape_into(&mut out, text);
    out
}

fn short_escape(ch: char) -> Option<&'static str> {
    Some(match ch {
        '"' => r#"\""#,
        '\\' => r"\\",
        '\n' => r"\n",
        '\r' => r"\r",
        '\t' => r"\t",
        '\u{8}' => r"\b",
        '\u{c}' => r"\f",
        _ => return None,
    })
}

fn needs_unicode_escape(ch: char) -> bool {
    ch.is_ascii_control() || ch == '\u{2028}' || ch == '\u{2029}'
}

fn push_unicode_escape(out: &mut String, ch: char) {
    use std::fmt::Write as _;
    // Four lowercase hex digits: every escaped char is below U+10000.
    let _ = write!(out, "\\u{:04x}", u32::from(ch));
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn short_forms() {
        assert_eq!(escape(r#"say "hi" \o/"#), r#"say \"hi\" \\o/"#);
        assert_eq!(escape("\n\r\t\u{8}\u{c}"), r"\n\r\t\b\f");
    }

    #[test]
    fn unicode_forms_are_lowercase_and_four_digits() {
        assert_eq!(
            escape("\u{0}\u{1}\u{1b}\u{1f}"),
            r"\u0000\u0001\u001b\u001f"
        );
        assert_eq!(escape("\u{7f}"), r"\u007f");
        assert_eq!(escape("a\u{2028}b\u{2029}c"), r"a\u2028b\u2029c");
    }

    #[test]
    fn everything_else_is_verbatim() {
        assert_eq!(
            escape("Zu viele Anfragen ✓ 🦀 リ é \u{80} \u{9f} /"),
            "Zu viele Anfragen ✓ 🦀 リ é \u{80} \u{9f} /"
        );
        assert_eq!(escape(""), "");
        assert_eq!(escape("{}"), "{}");
    }

    #[test]
    fn every_char_below_u3000_matches_the_rules() {
        for ch in (0u32..0x3000).filter_map(char::from_u32) {
            let expected = match ch {
                '"' => "\\\"".to_owned(),
                '\\' => "\\\\".to_owned(),
                '\n' => "\\n".to_owned(),
                '\r' => "\\r".to_owned(),
                '\t' => "\\t".to_owned(),
                '\u{8}' => "\\b".to_owned(),
                '\u{c}' => "\\f".to_owned(),
                '\u{0}'..='\u{1f}' | '\u{7f}' | '\u{2028}' | '\u{2029}' => {
                    format!("\\u{:04x}", ch as u32)
                }
                _ => ch.to_string(),
            };
            assert_eq!(escape(&ch.to_string()), expected, "U+{:04X}", ch as u32);
        }
    }
}
