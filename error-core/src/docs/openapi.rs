//! The OpenAPI description: one response per status, every error of that
//! status a named example of each body format.

use super::{by_status, reason_of, Codes};
use crate::json::escape_into;
use crate::{Entry, Format as BodyFormat, StatusCode};

/// A body format: its media type, its schema and the body of each entry.
///
/// Each format is one entry of a response's `content`, with its schema in
/// `components.schemas`; a second format (such as RFC 9457's
/// `application/problem+json`) is a second `Format` in [`FORMATS`].
struct Format {
    format: BodyFormat,
    media_type: &'static str,
    schema_name: &'static str,
    /// Writes the schema for a catalogue of these entries.
    schema: fn(&mut Writer, &[Entry]),
    /// Writes the body of an entry.
    body: fn(&mut Writer, &Entry),
}

/// The formats every response is described in, in the order of `content`.
const FORMATS: &[Format] = &[
    Format {
        format: BodyFormat::Mastodon,
        media_type: "application/json",
        schema_name: "ApiErrorBody",
        schema: body_schema,
        body: body_of,
    },
    Format {
        format: BodyFormat::Problem,
        media_type: "application/problem+json",
        schema_name: "ProblemDetails",
        schema: problem_schema,
        body: problem_of,
    },
];

/// The OpenAPI 3.1 description of a catalogue, to merge into a document:
/// the JSON text of an object with `responses` and `components`,
/// indented by two spaces, without a final newline.
///
/// `responses` has one [Response Object] per status of `entries`, keyed by
/// the status code, statuses ascending. Its `description` is the reason
/// phrase followed by a Markdown list of the status's errors (code and
/// message as a client reads it), and its `content` has an
/// `application/json` entry whose schema is a `$ref` to
/// `#/components/schemas/ApiErrorBody` and whose `examples` hold one
/// example per error, named by its code: its `summary` is the message, its
/// `description` the doc comment with a note when the error is deprecated
/// or has a version in `since`, and its `value` the body.
///
/// `components` holds that schema: an object with the required string
/// `error`, the optional string `error_description` and, when an error has
/// a `#[details]` field, the optional `details` of any JSON type, and no
/// other member, because the body has none.
///
/// The members of every object come in the order described here, and the
/// examples of a status, like the list of its description, in the order
/// of `entries`. Two entries of one status with the same code are one
/// example, the later one, in the place of the first.
///
/// ```
/// use apifault_core::docs;
/// use apifault_core::mastodon::MastodonError;
///
/// let text = docs::openapi::<MastodonError>();
/// let fragment: serde_json::Value = serde_json::from_str(&text).unwrap();
/// let not_found = &fragment["responses"]["404"]["content"]["application/json"];
/// assert_eq!(not_found["schema"]["$ref"], "#/components/schemas/ApiErrorBody");
/// let example = &not_found["examples"]["not_found"];
/// assert_eq!(example["value"], serde_json::json!({ "error": "Record not found" }));
/// ```
///
/// Each response is described in the body format of the type,
/// `#[api_error(format = "...")]`: `application/json` by default, and
/// `application/problem+json`, with the schema `ProblemDetails` and
/// problem details examples, for a type whose default format is `problem`.
/// A server that also sends the other format through
/// [`Mastodon`](crate::Mastodon), [`Problem`](crate::Problem) or
/// [`Respond`](crate::Respond) describes both with [`openapi_in`].
///
/// A status whose errors send headers (`#[header]`) lists them in the
/// response's `headers`, each with a string schema and a description
/// naming the errors that send it and the value's template.
///
/// [Response Object]: https://spec.openapis.org/oas/v3.1.0#response-object
pub fn openapi_of(entries: &[Entry]) -> String {
    let default = match entries.first() {
        Some(entry) => entry.format,
        None => BodyFormat::Mastodon,
    };
    openapi_in(entries, &[default])
}

/// [`openapi_of`], with each response described in every format of
/// `formats`, in that order, such as both for a server that picks the
/// format from the request's `Accept` header.
pub fn openapi_in(entries: &[Entry], formats: &[BodyFormat]) -> String {
    let mut out = Writer::default();
    out.open('{');
    out.key("responses");
    out.open('{');
    for (status, group) in by_status(entries) {
        out.key(status.as_str());
        response(&mut out, status, &group, formats);
    }
    out.close('}');
    out.key("components");
    out.open('{');
    out.key("schemas");
    out.open('{');
    for format in FORMATS {
        if formats.contains(&format.format) {
            out.key(format.schema_name);
            (format.schema)(&mut out, entries);
        }
    }
    out.close('}');
    out.close('}');
    out.close('}');
    out.text
}

/// The Response Object of one status.
fn response(out: &mut Writer, status: StatusCode, group: &[&Entry], formats: &[BodyFormat]) {
    out.open('{');
    out.member("description", &status_description(status, group));
    out.key("content");
    out.open('{');
    let examples = one_per_code(group);
    for format in FORMATS {
        if formats.contains(&format.format) {
            out.key(format.media_type);
            media_type(out, format, &examples);
        }
    }
    out.close('}');
    headers(out, group);
    out.close('}');
}

/// The entries of one status with one entry per code: the later of two
/// with the same code, in the place of the first, as a map keyed by code
/// would keep them.
fn one_per_code<'a>(group: &[&'a Entry]) -> Vec<&'a Entry> {
    let mut places = Codes::default();
    let mut kept: Vec<&Entry> = Vec::with_capacity(group.len());
    for &entry in group {
        match places.insert(entry.code, kept.len()) {
            Some(place) => kept[place] = entry,
            None => kept.push(entry),
        }
    }
    kept
}

/// The `headers` member of a response, when its errors send any: each
/// header by name in the order first seen, with the errors that send it.
fn headers(out: &mut Writer, group: &[&Entry]) {
    // Each header's name, and the list of its senders.
    let mut sent: Vec<(&str, String)> = Vec::new();
    for entry in group {
        for header in entry.headers {
            // The header's place in `sent`: at the end when it is new.
            let mut at = 0;
            while at < sent.len() && !sent[at].0.eq_ignore_ascii_case(header.name) {
                at += 1;
            }
            if at == sent.len() {
                sent.push((header.name, String::new()));
            }
            push_sender(&mut sent[at].1, entry.code, header.value);
        }
    }
    if sent.is_empty() {
        return;
    }
    out.key("headers");
    out.open('{');
    for (name, senders) in &sent {
        out.key(name);
        out.open('{');
        out.key("description");
        out.string_of(&["Sent by ", senders, "."]);
        out.key("schema");
        out.open('{');
        out.member("type", "string");
        out.close('}');
        out.close('}');
    }
    out.close('}');
}

/// Adds an error to `list`, the errors that send something, each as its
/// code and what it sends: "`code`: `value`", after a comma.
fn push_sender(list: &mut String, code: &str, value: &str) {
    if !list.is_empty() {
        list.push_str(", ");
    }
    list.push('`');
    list.push_str(code);
    list.push_str("`: `");
    list.push_str(value);
    list.push('`');
}

/// The Media Type Object of one format: the schema's reference and one
/// example per entry.
fn media_type(out: &mut Writer, format: &Format, group: &[&Entry]) {
    out.open('{');
    out.key("schema");
    out.open('{');
    out.key("$ref");
    out.string_of(&["#/components/schemas/", format.schema_name]);
    out.close('}');
    out.key("examples");
    out.open('{');
    for entry in group {
        out.key(entry.code);
        example(out, format, entry);
    }
    out.close('}');
    out.close('}');
}

/// The Example Object of one entry in one format.
fn example(out: &mut Writer, format: &Format, entry: &Entry) {
    out.open('{');
    out.key("summary");
    match entry.deprecated {
        Some(_) => out.string_of(&["Deprecated: ", entry.client_message]),
        None => out.string(entry.client_message),
    }
    if let Some(description) = example_description(entry) {
        out.member("description", &description);
    }
    out.key("value");
    (format.body)(out, entry);
    out.close('}');
}

/// The reason phrase, then one list item per error: its code and message.
fn status_description(status: StatusCode, group: &[&Entry]) -> String {
    let mut text = String::from(reason_of(status));
    text.push('\n');
    for entry in group {
        text.push_str("\n- `");
        text.push_str(entry.code);
        text.push('`');
        if entry.deprecated.is_some() {
            text.push_str(" (deprecated)");
        }
        text.push_str(": ");
        escape_inline(&mut text, entry.client_message);
    }
    text
}

/// The doc comment between the notes on deprecation and on the version
/// that added the error, a blank line between each; `None` when there is
/// nothing to say.
fn example_description(entry: &Entry) -> Option<String> {
    let mut text = String::new();
    let mut paragraph = |parts: &[&str]| {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        for part in parts {
            text.push_str(part);
        }
    };
    match entry.deprecated.map(str::trim) {
        Some("") => paragraph(&["**Deprecated.**"]),
        Some(note) => paragraph(&["**Deprecated:** ", note]),
        None => {}
    }
    match entry.docs.trim() {
        "" => {}
        docs => paragraph(&[docs]),
    }
    if let Some(version) = entry.since {
        paragraph(&["Added in ", version, "."]);
    }
    (!text.is_empty()).then_some(text)
}

/// Appends `text` to `out` on one line of Markdown, with every character
/// that could start inline markup escaped.
///
/// The text always follows other text on its line, so only inline markup
/// matters: block markers such as `#` or `-` take effect only at the start
/// of a line.
fn escape_inline(out: &mut String, text: &str) {
    for ch in text.chars() {
        if matches!(ch, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '&' | '~') {
            out.push('\\');
        }
        out.push(if ch.is_control() { ' ' } else { ch });
    }
}

/// The schema of the Mastodon-shaped body, with the `details` member when
/// an error of `entries` sends one.
fn body_schema(out: &mut Writer, entries: &[Entry]) {
    closed_object_start(out, "The body of an error response.", &["error"]);
    property(out, "error", "string", "The error message.");
    property(
        out,
        "error_description",
        "string",
        "A longer description of the error.",
    );
    let mut senders = String::new();
    for entry in entries {
        if let Some(ty) = entry.details {
            push_sender(&mut senders, entry.code, ty);
        }
    }
    if !senders.is_empty() {
        // No type: the value is whatever the field serializes to.
        out.key("details");
        out.open('{');
        out.key("description");
        out.string_of(&["Structured details of the error, sent by ", &senders, "."]);
        out.close('}');
    }
    closed_object_end(out);
}

/// The schema of the RFC 9457 problem details body, which has no
/// `details` member: a `#[details]` field goes only into the other body.
fn problem_schema(out: &mut Writer, _: &[Entry]) {
    closed_object_start(
        out,
        "An error response as RFC 9457 problem details.",
        &["type", "title", "status", "detail"],
    );
    uri_property(
        out,
        "type",
        "A URI naming the kind of error, or `about:blank`.",
    );
    property(out, "title", "string", "The reason phrase of the status.");
    property(out, "status", "integer", "The HTTP status.");
    property(out, "detail", "string", "The error message.");
    uri_property(
        out,
        "instance",
        "A URI reference to this occurrence of the error.",
    );
    closed_object_end(out);
}

/// Starts the schema of an object with the members whose schemas follow,
/// until [`closed_object_end`], and no other.
fn closed_object_start(out: &mut Writer, description: &str, required: &[&str]) {
    out.open('{');
    out.member("type", "object");
    out.member("description", description);
    out.key("required");
    out.open('[');
    for name in required {
        out.item();
        out.string(name);
    }
    out.close(']');
    out.key("properties");
    out.open('{');
}

/// Ends the schema that [`closed_object_start`] started.
fn closed_object_end(out: &mut Writer) {
    out.close('}');
    // The derive writes these members and nothing else; a closed schema
    // lets a contract test flag any other member as a leak.
    out.key("additionalProperties");
    out.raw("false");
    out.close('}');
}

/// The schema of the member `name`, of JSON type `ty`.
fn property(out: &mut Writer, name: &str, ty: &str, description: &str) {
    out.key(name);
    out.open('{');
    out.member("type", ty);
    out.member("description", description);
    out.close('}');
}

/// The schema of the member `name`, a URI reference.
fn uri_property(out: &mut Writer, name: &str, description: &str) {
    out.key(name);
    out.open('{');
    out.member("type", "string");
    out.member("format", "uri-reference");
    out.member("description", description);
    out.close('}');
}

/// The entry's problem details example: the derive's, or one built from
/// the client-facing message.
fn problem_of(out: &mut Writer, entry: &Entry) {
    if out.json(entry.problem_example) {
        return;
    }
    out.open('{');
    out.member("type", entry.problem_type);
    out.member("title", entry.title);
    out.key("status");
    out.raw(entry.status.as_str());
    out.member("detail", entry.client_message);
    out.close('}');
}

/// The entry's example body: the derive's, or, while a catalogue has none,
/// one built from the client-facing texts.
fn body_of(out: &mut Writer, entry: &Entry) {
    // An example that is not JSON would be a bug of the derive; the texts
    // still give the body's shape.
    if out.json(entry.example) {
        return;
    }
    out.open('{');
    out.member("error", entry.client_message);
    if let Some(description) = entry.client_description {
        out.member("error_description", description);
    }
    out.close('}');
}

/// Writes the document as JSON text, indented by two spaces: each member
/// of an object and each item of an array on a line of its own, `": "`
/// after a key, and an empty array or object as `[]` or `{}`.
#[derive(Default)]
struct Writer {
    text: String,
    /// How many arrays and objects are open.
    depth: usize,
    /// Whether the innermost open array or object has nothing in it yet.
    empty: bool,
}

impl Writer {
    /// Opens an array or an object: `bracket` is `[` or `{`.
    fn open(&mut self, bracket: char) {
        self.text.push(bracket);
        self.depth += 1;
        self.empty = true;
    }

    /// Closes the innermost array or object: `bracket` is `]` or `}`, on
    /// a line of its own unless it is empty.
    fn close(&mut self, bracket: char) {
        self.depth -= 1;
        if !self.empty {
            self.new_line();
        }
        self.text.push(bracket);
        // It was an item of the array or object around it, if any.
        self.empty = false;
    }

    /// Starts an item of the innermost array, or a member of the
    /// innermost object.
    fn item(&mut self) {
        if !self.empty {
            self.text.push(',');
        }
        self.empty = false;
        self.new_line();
    }

    /// Starts a member of the innermost object: its key, then its value.
    fn key(&mut self, key: &str) {
        self.item();
        self.string(key);
        self.text.push_str(": ");
    }

    /// A member of the innermost object whose value is a string.
    fn member(&mut self, key: &str, value: &str) {
        self.key(key);
        self.string(value);
    }

    /// A string value.
    fn string(&mut self, text: &str) {
        self.string_of(&[text]);
    }

    /// A string value made of these parts, one after the other.
    fn string_of(&mut self, parts: &[&str]) {
        self.text.push('"');
        for part in parts {
            escape_into(&mut self.text, part);
        }
        self.text.push('"');
    }

    /// Starts a member of the innermost object whose key is already
    /// written as JSON, quoted and escaped.
    fn raw_key(&mut self, key: &str) {
        self.item();
        self.text.push_str(key);
        self.text.push_str(": ");
    }

    /// A value already written as JSON.
    fn raw(&mut self, json: &str) {
        self.text.push_str(json);
    }

    /// The value of a JSON text, indented as the rest, each scalar and key
    /// as written; when the text is not JSON, writes nothing and returns
    /// `false`.
    fn json(&mut self, json: &str) -> bool {
        let (len, depth, empty) = (self.text.len(), self.depth, self.empty);
        let mut reader = Reader { text: json, at: 0 };
        if reader.value(self, 0).is_some() && reader.at_end() {
            return true;
        }
        self.text.truncate(len);
        self.depth = depth;
        self.empty = empty;
        false
    }

    fn new_line(&mut self) {
        self.text.push('\n');
        for _ in 0..self.depth {
            self.text.push_str("  ");
        }
    }
}

/// Reads a JSON text, checking its syntax, and writes it out again.
struct Reader<'a> {
    text: &'a str,
    at: usize,
}

/// The most arrays and objects a value read is nested in, as serde_json
/// reads them, so that a text cannot exhaust the stack.
const MAX_DEPTH: usize = 127;

impl<'a> Reader<'a> {
    /// Writes a value inside `depth` arrays and objects to `out`; `None`
    /// at a syntax error.
    fn value(&mut self, out: &mut Writer, depth: usize) -> Option<()> {
        self.skip_space();
        let byte = *self.text.as_bytes().get(self.at)?;
        if matches!(byte, b'{' | b'[') && depth == MAX_DEPTH {
            return None;
        }
        match byte {
            b'{' => {
                self.at += 1;
                out.open('{');
                if !self.ends(b'}') {
                    loop {
                        self.skip_space();
                        let key = self.string()?;
                        self.skip_space();
                        if !self.eat(b':') {
                            return None;
                        }
                        out.raw_key(key);
                        self.value(out, depth + 1)?;
                        if self.after_item(b'}')? {
                            break;
                        }
                    }
                }
                out.close('}');
            }
            b'[' => {
                self.at += 1;
                out.open('[');
                if !self.ends(b']') {
                    loop {
                        out.item();
                        self.value(out, depth + 1)?;
                        if self.after_item(b']')? {
                            break;
                        }
                    }
                }
                out.close(']');
            }
            b'"' => out.raw(self.string()?),
            _ => out.raw(self.literal()?),
        }
        Some(())
    }

    /// Whether only space is left.
    fn at_end(&mut self) -> bool {
        self.skip_space();
        self.at == self.text.len()
    }

    fn skip_space(&mut self) {
        let bytes = self.text.as_bytes();
        while matches!(bytes.get(self.at), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    /// Whether `byte` is next, and if so, steps over it.
    fn eat(&mut self, byte: u8) -> bool {
        let found = self.text.as_bytes().get(self.at) == Some(&byte);
        self.at += usize::from(found);
        found
    }

    /// Whether `close` follows, after any space: an empty array or object.
    fn ends(&mut self, close: u8) -> bool {
        self.skip_space();
        self.eat(close)
    }

    /// After an item: `Some(true)` at `close`, `Some(false)` at a comma,
    /// `None` at anything else.
    fn after_item(&mut self, close: u8) -> Option<bool> {
        if self.ends(close) {
            Some(true)
        } else {
            self.eat(b',').then_some(false)
        }
    }

    /// A string as written, quotes included.
    fn string(&mut self) -> Option<&'a str> {
        let (text, start) = (self.text, self.at);
        if !self.eat(b'"') {
            return None;
        }
        let bytes = text.as_bytes();
        loop {
            match *bytes.get(self.at)? {
                b'"' => break,
                b'\\' => match *bytes.get(self.at + 1)? {
                    b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't' => self.at += 2,
                    b'u' if leading(&bytes[self.at + 2..], u8::is_ascii_hexdigit) >= 4 => {
                        self.at += 6;
                    }
                    _ => return None,
                },
                0..=0x1f => return None,
                _ => self.at += 1,
            }
        }
        self.at += 1;
        Some(&text[start..self.at])
    }

    /// A number, `true`, `false` or `null`, as written.
    fn literal(&mut self) -> Option<&'a str> {
        let bytes = self.text.as_bytes();
        let start = self.at;
        while matches!(
            bytes.get(self.at),
            Some(b'0'..=b'9' | b'a'..=b'z' | b'E' | b'+' | b'-' | b'.')
        ) {
            self.at += 1;
        }
        let text = &self.text[start..self.at];
        (matches!(text, "true" | "false" | "null") || is_number(text)).then_some(text)
    }
}

/// How many bytes at the start of `bytes` are of the class `is`.
fn leading(bytes: &[u8], is: fn(&u8) -> bool) -> usize {
    let mut count = 0;
    while count < bytes.len() && is(&bytes[count]) {
        count += 1;
    }
    count
}

/// Whether `text` is a JSON number: an optional minus, an integer without
/// leading zeros, an optional fraction and an optional exponent.
fn is_number(text: &str) -> bool {
    let digits = |text: &[u8]| leading(text, u8::is_ascii_digit);
    let mut rest = text.strip_prefix('-').unwrap_or(text).as_bytes();
    let whole = digits(rest);
    if whole == 0 || (whole > 1 && rest[0] == b'0') {
        return false;
    }
    rest = &rest[whole..];
    if let [b'.', fraction @ ..] = rest {
        let len = digits(fraction);
        if len == 0 {
            return false;
        }
        rest = &fraction[len..];
    }
    if let [b'e' | b'E', exponent @ ..] = rest {
        let exponent = match exponent {
            [b'+' | b'-', unsigned @ ..] => unsigned,
            _ => exponent,
        };
        let len = digits(exponent);
        if len == 0 {
            return false;
        }
        rest = &exponent[len..];
    }
    rest.is_empty()
}

#[cfg(test)]
mod tests {
    use serde_json::{json, Value};

    use super::*;

    use crate::docs::test_entry as entry;

    /// The fragment of `entries`, parsed: the text must be JSON.
    fn fragment(entries: &[Entry]) -> Value {
        let text = openapi_of(entries);
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("not JSON: {e}\n{text}"))
    }

    fn first_example(fragment: &Value, status: &str) -> Value {
        let examples = &fragment["responses"][status]["content"]["application/json"]["examples"];
        examples
            .as_object()
            .unwrap()
            .values()
            .next()
            .unwrap()
            .clone()
    }

    #[test]
    fn the_body_is_the_derives_example_when_there_is_one() {
        let mut grant = entry(400, "invalid_grant", "invalid_grant");
        grant.example = r#"{"error":"invalid_grant","error_description":"No {kind}"}"#;
        let example = first_example(&fragment(&[grant]), "400");
        assert_eq!(
            example["value"],
            json!({ "error": "invalid_grant", "error_description": "No {kind}" })
        );
    }

    #[test]
    fn the_body_is_built_from_the_texts_without_an_example() {
        let mut grant = entry(400, "invalid_grant", "invalid_grant");
        grant.client_description = Some("The grant is {kind}.");
        let example = first_example(&fragment(&[grant]), "400");
        assert_eq!(
            example["value"],
            json!({ "error": "invalid_grant", "error_description": "The grant is {kind}." })
        );
    }

    #[test]
    fn an_example_that_is_not_json_gives_way_to_the_texts() {
        for text in [
            "",
            "{",
            r#"{"error":"a"} x"#,
            r#"{"error":"a",}"#,
            r#"{"error" "a"}"#,
            r#"{"error":"a\q"}"#,
            "{\"error\":\"a\nb\"}",
            r#"{"error":"\u12"}"#,
            r#"{"error":01}"#,
            r#"{"error":1.}"#,
            r#"{"error":-}"#,
            r#"{"error":1e}"#,
            r#"{"error":True}"#,
            r#"[1 2]"#,
        ] {
            assert!(serde_json::from_str::<Value>(text).is_err(), "{text}");
            let mut fallback = entry(400, "a", "From the texts");
            fallback.example = text;
            let example = first_example(&fragment(&[fallback]), "400");
            assert_eq!(
                example["value"],
                json!({ "error": "From the texts" }),
                "{text}"
            );
        }
    }

    #[test]
    fn an_example_is_read_as_deep_as_serde_json_reads_it() {
        let fits = "[".repeat(MAX_DEPTH) + &"]".repeat(MAX_DEPTH);
        let deep = format!("[{fits}]");
        assert!(Writer::default().json(&fits));
        assert!(serde_json::from_str::<Value>(&fits).is_ok());
        assert!(!Writer::default().json(&deep));
        assert!(serde_json::from_str::<Value>(&deep).is_err());
    }

    #[test]
    fn an_example_keeps_its_values_and_their_order() {
        let mut odd = entry(400, "a", "A");
        odd.example = " { \"z\" : [ ] , \"a\":{},\"n\":[-0.5e+3,10,1E2,true,false,null],\
                       \"s\":\"\\u00e9\\/\\\"\"}\n";
        let text = openapi_of(&[odd]);
        let value = "\"value\": {\n\
                     \x20               \"z\": [],\n\
                     \x20               \"a\": {},\n\
                     \x20               \"n\": [\n\
                     \x20                 -0.5e+3,\n\
                     \x20                 10,\n\
                     \x20                 1E2,\n\
                     \x20                 true,\n\
                     \x20                 false,\n\
                     \x20                 null\n\
                     \x20               ],\n\
                     \x20               \"s\": \"\\u00e9\\/\\\"\"\n\
                     \x20             }\n";
        assert!(text.contains(value), "{text}");
    }

    #[test]
    fn the_text_is_indented_by_two_spaces_without_a_final_newline() {
        let text = openapi_in(&[entry(404, "a", "A")], &[]);
        assert_eq!(
            text,
            "{\n  \"responses\": {\n    \"404\": {\n      \
             \"description\": \"Not Found\\n\\n- `a`: A\",\n      \
             \"content\": {}\n    }\n  },\n  \
             \"components\": {\n    \"schemas\": {}\n  }\n}"
        );
    }

    #[test]
    fn every_string_comes_back_as_it_was() {
        let message = "a \"quoted\" \\ back\\slash, \n\t\r\u{0}\u{8}\u{c}\u{1f}\u{7f}, \
                       \u{2028}\u{2029}, é ✓ 🦀 リクエスト";
        let description = "more \"of\" \\ it \u{2028} ✓";
        let mut tricky = entry(400, "tri\"cky\\", message);
        tricky.client_description = Some(description);
        tricky.docs = message;
        const HEADERS: &[crate::Header] = &[crate::Header::__new("X-\"Q\"\u{2028}", "v \"\\\" ✓")];
        tricky.headers = HEADERS;
        let mut built = tricky;
        built.code = "built";
        // The derive's example, escaped as the derive escapes it.
        let mut derived = tricky;
        derived.code = "derived";
        derived.example = "{\"error\":\"a \\\"quoted\\\" \\\\ back\\\\slash, \\n\\t\\r\
                           \\u0000\\b\\f\\u001f\\u007f, \\u2028\\u2029, é ✓ 🦀 リクエスト\",\
                           \"error_description\":\"more \\\"of\\\" \\\\ it \\u2028 ✓\"}";

        let fragment = fragment(&[tricky, built, derived]);
        let response = &fragment["responses"]["400"];
        let examples = &response["content"]["application/json"]["examples"];
        for code in ["tri\"cky\\", "built", "derived"] {
            let example = &examples[code];
            assert_eq!(example["summary"], message, "{code}");
            assert_eq!(example["description"], message, "{code}");
            assert_eq!(
                example["value"],
                json!({ "error": message, "error_description": description }),
                "{code}"
            );
        }
        assert_eq!(
            response["headers"]["X-\"Q\"\u{2028}"]["description"],
            "Sent by `tri\"cky\\`: `v \"\\\" ✓`, `built`: `v \"\\\" ✓`, \
             `derived`: `v \"\\\" ✓`."
        );
        let listed = response["description"].as_str().unwrap();
        assert!(listed.contains("é ✓ 🦀 リクエスト"), "{listed}");
    }

    #[test]
    fn examples_keep_the_order_of_the_entries() {
        let entries = [
            entry(400, "zed", "Z"),
            entry(404, "b", "B"),
            entry(400, "alpha", "A"),
            entry(400, "mid", "M"),
        ];
        // The text itself, whatever order a parser's map keeps.
        let text = openapi_of(&entries);
        let at = |code: &str| text.find(&format!("\"{code}\": {{")).unwrap();
        assert!(at("zed") < at("alpha") && at("alpha") < at("mid"), "{text}");
        assert!(at("mid") < at("b"), "{text}");
    }

    #[test]
    fn a_code_met_twice_in_a_status_is_one_example_in_the_first_place() {
        let entries = [
            entry(400, "twice", "First"),
            entry(400, "once", "Once"),
            entry(400, "twice", "Second"),
        ];
        let text = openapi_of(&entries);
        assert_eq!(text.matches("\"twice\": {").count(), 1, "{text}");
        assert!(text.find("\"twice\": {") < text.find("\"once\": {"));
        let examples =
            &fragment(&entries)["responses"]["400"]["content"]["application/json"]["examples"];
        assert_eq!(examples["twice"]["summary"], "Second");
    }

    #[test]
    fn deprecated_errors_say_so() {
        let mut old = entry(410, "old", "Gone for good");
        old.deprecated = Some("use `new` instead");
        old.since = Some("1.2");
        old.docs = "Appears when it is gone.";
        let fragment = fragment(&[old]);
        let example = first_example(&fragment, "410");
        assert_eq!(example["summary"], "Deprecated: Gone for good");
        assert_eq!(
            example["description"],
            "**Deprecated:** use `new` instead\n\nAppears when it is gone.\n\nAdded in 1.2."
        );
        assert_eq!(
            fragment["responses"]["410"]["description"],
            "Gone\n\n- `old` (deprecated): Gone for good"
        );
    }

    #[test]
    fn a_deprecation_without_a_note_is_still_flagged() {
        let mut old = entry(400, "old", "Old");
        old.deprecated = Some("");
        let example = first_example(&fragment(&[old]), "400");
        assert_eq!(example["description"], "**Deprecated.**");
    }

    #[test]
    fn an_example_without_docs_has_no_description() {
        let example = first_example(&fragment(&[entry(404, "a", "A")]), "404");
        assert_eq!(
            example,
            json!({ "summary": "A", "value": { "error": "A" } })
        );
    }

    #[test]
    fn messages_cannot_break_the_description() {
        let entries = [entry(400, "a", "x\n# y *z* [l](u) <b> `c` a_b & ~s~")];
        let description = &fragment(&entries)["responses"]["400"]["description"];
        assert_eq!(
            description,
            "Bad Request\n\n- `a`: x # y \\*z\\* \\[l\\](u) \\<b> \\`c\\` a\\_b \\& \\~s\\~"
        );
    }

    #[test]
    fn an_empty_catalogue_has_no_response_and_the_schema() {
        let fragment = fragment(&[]);
        assert_eq!(fragment["responses"], json!({}));
        assert_eq!(
            fragment["components"]["schemas"]["ApiErrorBody"]["required"],
            json!(["error"])
        );
    }
}
