//! The JSON writer behind every body: string escaping, and a builder that
//! takes pre-escaped pieces from the derive and escapes only the values.

use std::borrow::Cow;
use std::cell::Cell;
use std::fmt;
use std::mem;

/// Appends `text` to `out` as the inside of a JSON string.
///
/// Escapes `"`, `\`, every control character, and U+2028 and U+2029, which
/// are valid JSON but end a line in JavaScript. Everything else, non-ASCII
/// included, is copied as it is.
pub(crate) fn escape_into(out: &mut String, text: &str) {
    let bytes = text.as_bytes();
    let mut clean = 0;
    let mut at = 0;
    while let Some(skip) = bytes[at..]
        .iter()
        .position(|&byte| MAY_ESCAPE[usize::from(byte)])
    {
        at += skip;
        let Some((escape, len)) = escape_at(bytes, at) else {
            at += 1;
            continue;
        };
        // `at` starts a character: an ASCII byte, or the lead byte of
        // U+2028 or U+2029.
        out.push_str(&text[clean..at]);
        escape.write_to(out);
        at += len;
        clean = at;
    }
    out.push_str(&text[clean..]);
}

/// Whether a byte may start a character that is escaped: one lookup per
/// byte of the text, and [`escape_at`] only where it says yes.
static MAY_ESCAPE: [bool; 256] = {
    let mut table = [false; 256];
    let mut byte = 0;
    while byte < 256 {
        table[byte] = matches!(byte, 0..=0x1f | 0x22 | 0x5c | 0x7f | 0xe2);
        byte += 1;
    }
    table
};

/// The escape of the character that starts at `bytes[at]`, with its length
/// in bytes, if it needs one.
///
/// Scanning bytes rather than characters is sound in UTF-8: the bytes of a
/// multi-byte character are all 0x80 or above, so an ASCII byte is always a
/// character of its own, and U+2028 and U+2029 are the only others that are
/// escaped, E2 80 A8 and E2 80 A9.
fn escape_at(bytes: &[u8], at: usize) -> Option<(Escape, usize)> {
    match bytes[at] {
        byte @ 0..=0x7f => Some((escape_of(byte)?, 1)),
        0xe2 => match bytes.get(at + 1..at + 3) {
            Some([0x80, last @ (0xa8 | 0xa9)]) => {
                Some((Escape::Unicode(0x2000 + u32::from(last - 0x80)), 3))
            }
            _ => None,
        },
        _ => None,
    }
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

fn escape_of(byte: u8) -> Option<Escape> {
    Some(match byte {
        b'"' => Escape::Short("\\\""),
        b'\\' => Escape::Short("\\\\"),
        b'\n' => Escape::Short("\\n"),
        b'\r' => Escape::Short("\\r"),
        b'\t' => Escape::Short("\\t"),
        0x8 => Escape::Short("\\b"),
        0xc => Escape::Short("\\f"),
        0..=0x1f | 0x7f => Escape::Unicode(u32::from(byte)),
        _ => return None,
    })
}

/// A JSON body under construction.
///
/// A type's table hands it the fixed parts of a body already escaped (the
/// keys, the quotes, the literal text of a message) and has each
/// placeholder written through [`escaped`](JsonBody::escaped), one at a
/// time, escaped as it is written.
///
/// A `Display` or `Debug` implementation that returns an error does not end
/// the body: what it wrote before failing is kept, and the rest of the body
/// follows, so the body is valid JSON. The message and the description
/// returned by [`ApiError`](crate::ApiError) treat a failing implementation
/// the same way, so that they hold the texts of the body.
///
/// The body is written in a buffer kept per thread, and copied out once,
/// at its exact length, by [`finish`](JsonBody::finish): one allocation per
/// body, and a `String` that `bytes::Bytes::from` takes without allocating
/// again. The buffer itself is allocated by a thread's first body, grows
/// with the largest body up to 16 KiB, and is given up after a larger one;
/// those bodies allocate more than once.
#[doc(hidden)]
pub struct JsonBody {
    out: String,
}

/// The most a thread's buffer keeps between two bodies: a buffer that a
/// huge message grew past it is freed rather than held by the thread.
const SCRATCH_KEEP: usize = 16 * 1024;

thread_local! {
    // Moved out while a body is written, so that no borrow is held while
    // the user's `Display` impls run: a body rendered by one of them finds
    // the cell empty and writes in a buffer of its own.
    static SCRATCH: Cell<String> = const { Cell::new(String::new()) };
}

impl JsonBody {
    /// Starts a body, with room for `capacity` bytes before it grows.
    pub fn with_capacity(capacity: usize) -> Self {
        // While the thread's locals are being destroyed, a plain `String`.
        let mut out = SCRATCH.try_with(Cell::take).unwrap_or_default();
        out.reserve(capacity);
        JsonBody { out }
    }

    /// Appends text that is already valid inside the body.
    pub fn raw(&mut self, escaped: &str) {
        self.out.push_str(escaped);
    }

    /// Appends what `write` writes, escaped as the inside of a JSON
    /// string. A write that fails leaves what it wrote so far.
    pub fn escaped(&mut self, write: impl FnOnce(&mut dyn fmt::Write) -> fmt::Result) {
        let _ = write(&mut Escaper(&mut self.out));
    }

    /// The finished body, in a `String` whose capacity is its length.
    pub fn finish(self) -> Cow<'static, str> {
        // `with_capacity` gives exactly the capacity asked for.
        let mut body = String::with_capacity(self.out.len());
        body.push_str(&self.out);
        Cow::Owned(body)
    }
}

impl Drop for JsonBody {
    /// Gives the buffer back to the thread, empty, unless it grew too big
    /// to keep. Also on unwinding from a panicking `Display` impl.
    fn drop(&mut self) {
        let mut out = mem::take(&mut self.out);
        if out.capacity() > SCRATCH_KEEP {
            return;
        }
        out.clear();
        // A nested body gave its buffer back first; this one replaces it.
        let _ = SCRATCH.try_with(|scratch| scratch.set(out));
    }
}

/// Appends one formatted value to `out`: a `Display` or `Debug`
/// implementation that fails leaves what it wrote so far, and the text goes
/// on after it, where `format!` would panic.
///
/// The derive formats each placeholder of a header value with its own
/// call, so that a failing value cuts short only itself, as it does in a
/// message and in the body.
#[doc(hidden)]
pub fn push_value(out: &mut String, args: fmt::Arguments<'_>) {
    let _ = write_value(out, args);
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
        // Their neighbours share the first two bytes, and are not escaped.
        assert_eq!(
            escaped("\u{2027}\u{202a}\u{2026}"),
            "\u{2027}\u{202a}\u{2026}"
        );
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

    /// A `Display` impl that fails after writing a quote.
    struct Broken;

    impl fmt::Display for Broken {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("half \"")?;
            Err(fmt::Error)
        }
    }

    /// `{"error":"<args>"}`, through the writer as the derive uses it.
    fn body_of(args: fmt::Arguments<'_>) -> Cow<'static, str> {
        let mut body = JsonBody::with_capacity(0);
        body.raw("{\"error\":\"");
        body.escaped(|out| write_value(out, args));
        body.raw("\"}");
        body.finish()
    }

    #[test]
    fn a_failing_display_keeps_the_body_valid() {
        assert_eq!(
            body_of(format_args!("{}", Broken)),
            r#"{"error":"half \""}"#
        );
    }

    #[test]
    fn a_body_rendered_inside_a_value_writes_in_a_buffer_of_its_own() {
        struct Nested;
        impl fmt::Display for Nested {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&body_of(format_args!("{}", "in\"ner")))
            }
        }
        assert_eq!(
            body_of(format_args!("{}", Nested)),
            r#"{"error":"{\"error\":\"in\\\"ner\"}"}"#
        );
        assert_eq!(body_of(format_args!("{}", 1)), r#"{"error":"1"}"#);
    }

    #[test]
    fn the_finished_body_has_no_spare_capacity() {
        let mut body = JsonBody::with_capacity(1000);
        body.raw("{}");
        let text = body.finish().into_owned();
        assert_eq!((text.len(), text.capacity()), (2, 2));
    }

    #[test]
    fn the_thread_keeps_a_small_buffer_and_frees_a_huge_one() {
        drop(body_of(format_args!("{}", "short")));
        assert!(SCRATCH.with(Cell::take).capacity() > 0);

        let huge = "x".repeat(SCRATCH_KEEP);
        assert_eq!(body_of(format_args!("{huge}")).len(), SCRATCH_KEEP + 12);
        assert_eq!(SCRATCH.with(Cell::take).capacity(), 0);
    }

    #[test]
    fn a_panicking_display_leaves_the_next_body_whole() {
        struct Panics;
        impl fmt::Display for Panics {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("left behind")?;
                panic!("a panicking Display impl, on purpose")
            }
        }
        let result = std::panic::catch_unwind(|| body_of(format_args!("{}", Panics)));
        assert!(result.is_err());
        assert_eq!(body_of(format_args!("{}", 2)), r#"{"error":"2"}"#);
    }

    #[test]
    fn a_body_rendered_while_the_thread_ends_is_whole() {
        use std::sync::mpsc::{channel, Sender};

        struct RendersOnDrop(Sender<String>);
        impl Drop for RendersOnDrop {
            fn drop(&mut self) {
                let _ = self.0.send(body_of(format_args!("{}", 3)).into_owned());
            }
        }
        thread_local! {
            static LATE: std::cell::RefCell<Option<RendersOnDrop>> = const {
                std::cell::RefCell::new(None)
            };
        }

        // Whether the buffer is destroyed before `LATE` is up to the
        // platform; the body must be whole either way.
        let (sender, receiver) = channel();
        std::thread::spawn(move || {
            LATE.with(|late| *late.borrow_mut() = Some(RendersOnDrop(sender)));
            drop(body_of(format_args!("{}", 4)));
        })
        .join()
        .unwrap();
        assert_eq!(receiver.recv().unwrap(), r#"{"error":"3"}"#);
    }

    #[test]
    fn a_failing_display_keeps_what_it_wrote_and_the_rest_follows() {
        let mut out = String::from("a ");
        push_value(&mut out, format_args!("{}", Broken));
        out.push_str(" b ");
        push_value(&mut out, format_args!("{:>3}", 7));
        push_value(&mut out, format_args!("plain"));
        assert_eq!(out, "a half \" b   7plain");
    }
}
