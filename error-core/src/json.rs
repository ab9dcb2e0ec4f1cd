//! The JSON writer behind every body: string escaping, and a builder that
//! takes pre-escaped pieces from the derive and escapes only the values.

use std::borrow::Cow;
use std::fmt::{self, Write as _};

/// Appends `text` to `out` as the inside of a JSON string.
///
/// Escapes `"`, `\`, every control character, and U+2028 and U+2029, which
/// are valid JSON but end a line in JavaScript. Everything else, non-ASCII
/// included, is copied as it is.
pub(crate) fn escape_into(out: &mut String, text: &str) {
    let mut clean = 0;
    for (at, ch) in text.char_indices() {
        let Some(escape) = escape_of(ch) else {
            continue;
        };
        out.push_str(&text[clean..at]);
        escape.write_to(out);
        clean = at + ch.len_utf8();
    }
    out.push_str(&text[clean..]);
}

/// How one character is written inside a JSON string, when it is not
/// written as itself.
enum Escape {
    Short(&'static str),
    Unicode(u32),
}

impl Escape {
    fn write_to(&self, out: &mut String) {
        match self {
            Escape::Short(text) => out.push_str(text),
            Escape::Unicode(code) => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\u");
                for shift in [12, 8, 4, 0] {
                    out.push(char::from(HEX[(code >> shift) as usize & 0xf]));
                }
            }
        }
    }
}

fn escape_of(ch: char) -> Option<Escape> {
    Some(match ch {
        '"' => Escape::Short("\\\""),
        '\\' => Escape::Short("\\\\"),
        '\n' => Escape::Short("\\n"),
        '\r' => Escape::Short("\\r"),
        '\t' => Escape::Short("\\t"),
        '\u{8}' => Escape::Short("\\b"),
        '\u{c}' => Escape::Short("\\f"),
        '\u{0}'..='\u{1f}' | '\u{7f}' | '\u{2028}' | '\u{2029}' => Escape::Unicode(ch as u32),
        _ => return None,
    })
}

/// A JSON body under construction.
///
/// The derive hands it the fixed parts of a body already escaped (the keys,
/// the quotes, the literal text of a message) and the interpolated values as
/// format arguments, one placeholder at a time, which are escaped as they
/// are written.
///
/// A `Display` or `Debug` implementation that returns an error does not end
/// the body: what it wrote before failing is kept, and the rest of the body
/// follows, so the body is valid JSON. [`push_value`] treats a failing
/// implementation the same way, so that the message and the description
/// returned by [`ApiError`](crate::ApiError) hold the texts of the body.
#[doc(hidden)]
pub struct JsonBody {
    out: String,
}

impl JsonBody {
    /// Starts a body, with room for `capacity` bytes before it grows.
    pub fn with_capacity(capacity: usize) -> Self {
        JsonBody {
            out: String::with_capacity(capacity),
        }
    }

    /// Appends text that is already valid inside the body.
    pub fn raw(&mut self, escaped: &str) {
        self.out.push_str(escaped);
    }

    /// Appends a formatted value, escaped as the inside of a JSON string.
    ///
    /// A `Display` or `Debug` implementation that fails leaves what it wrote
    /// so far; the body stays valid JSON.
    pub fn value(&mut self, args: fmt::Arguments<'_>) {
        match args.as_str() {
            Some(text) => escape_into(&mut self.out, text),
            None => {
                // `format!` would panic on a failing impl; a body must not.
                let _ = Escaper(&mut self.out).write_fmt(args);
            }
        }
    }

    /// Appends what `write` writes, escaped as the inside of a JSON
    /// string. A write that fails leaves what it wrote so far.
    pub fn escaped(&mut self, write: impl FnOnce(&mut dyn fmt::Write) -> fmt::Result) {
        let _ = write(&mut Escaper(&mut self.out));
    }

    /// Lets `write` append text that is already valid inside the body.
    pub(crate) fn with_text(&mut self, write: impl FnOnce(&mut String)) {
        write(&mut self.out);
    }

    /// The finished body.
    pub fn finish(self) -> Cow<'static, str> {
        Cow::Owned(self.out)
    }
}

/// Appends one formatted value to `out`, as [`JsonBody::value`] does but
/// unescaped: a `Display` or `Debug` implementation that fails leaves what
/// it wrote so far, and the text goes on after it.
///
/// The derive formats each placeholder of a message or a description with
/// its own call, so that a failing value cuts short only itself, as it does
/// in the body.
#[doc(hidden)]
pub fn push_value(out: &mut String, args: fmt::Arguments<'_>) {
    match args.as_str() {
        Some(text) => out.push_str(text),
        None => {
            // `format!` would panic on a failing impl; a message must not.
            let _ = out.write_fmt(args);
        }
    }
}

/// Writes one formatted value to `out`: the text itself when the value is
/// a literal, so that no formatting machinery runs for it.
#[doc(hidden)]
pub fn write_value(out: &mut dyn fmt::Write, args: fmt::Arguments<'_>) -> fmt::Result {
    match args.as_str() {
        Some(text) => out.write_str(text),
        None => out.write_fmt(args),
    }
}

/// Writes a value with `{}`.
#[doc(hidden)]
pub fn write_display<T: fmt::Display + ?Sized>(out: &mut dyn fmt::Write, value: &T) -> fmt::Result {
    write!(out, "{value}")
}

/// Writes a value with `{:?}`.
#[doc(hidden)]
pub fn write_debug<T: fmt::Debug + ?Sized>(out: &mut dyn fmt::Write, value: &T) -> fmt::Result {
    write!(out, "{value:?}")
}

/// Escapes whatever is written through it into the string it wraps.
struct Escaper<'a>(&'a mut String);

impl fmt::Write for Escaper<'_> {
    fn write_str(&mut self, text: &str) -> fmt::Result {
        escape_into(self.0, text);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn escaped(text: &str) -> String {
        let mut out = String::new();
        escape_into(&mut out, text);
        out
    }

    #[test]
    fn escapes_what_json_requires() {
        assert_eq!(escaped(r#"a "b" \c"#), r#"a \"b\" \\c"#);
        assert_eq!(escaped("\n\r\t\u{8}\u{c}"), r"\n\r\t\b\f");
        assert_eq!(escaped("\u{0}\u{1f}\u{7f}"), r"\u0000\u001f\u007f");
    }

    #[test]
    fn escapes_javascript_line_separators() {
        assert_eq!(escaped("a\u{2028}b\u{2029}"), r"a\u2028b\u2029");
    }

    #[test]
    fn copies_other_text_unchanged() {
        assert_eq!(
            escaped("Zu viele Anfragen ✓ 🦀 リクエスト"),
            "Zu viele Anfragen ✓ 🦀 リクエスト"
        );
        assert_eq!(escaped(""), "");
    }

    #[test]
    fn every_escaped_string_parses_back() {
        let all: String = (0u32..0x3000).filter_map(char::from_u32).collect();
        let quoted = format!("\"{}\"", escaped(&all));
        let back: String = serde_json::from_str(&quoted).unwrap();
        assert_eq!(back, all);
    }

    #[test]
    fn a_failing_display_keeps_the_body_valid() {
        struct Broken;
        impl fmt::Display for Broken {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("half \"")?;
                Err(fmt::Error)
            }
        }
        let mut body = JsonBody::with_capacity(0);
        body.raw("{\"error\":\"");
        body.value(format_args!("{}", Broken));
        body.raw("\"}");
        assert_eq!(body.finish(), r#"{"error":"half \""}"#);
    }

    #[test]
    fn a_failing_display_keeps_what_it_wrote_and_the_rest_follows() {
        struct Broken;
        impl fmt::Display for Broken {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("half \"")?;
                Err(fmt::Error)
            }
        }
        let mut out = String::from("a ");
        push_value(&mut out, format_args!("{}", Broken));
        out.push_str(" b ");
        push_value(&mut out, format_args!("{:>3}", 7));
        push_value(&mut out, format_args!("plain"));
        assert_eq!(out, "a half \" b   7plain");
    }
}
