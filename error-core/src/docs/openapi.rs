//! The OpenAPI description: one response per status, every error of that
//! status a named example of each body format.

use std::collections::BTreeMap;

use super::{by_status, reason_of};
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
    /// The schema for a catalogue of these entries.
    schema: fn(&[Entry]) -> Json,
    body: fn(&Entry) -> Json,
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
    let default = entries.first().map_or(BodyFormat::Mastodon, |e| e.format);
    openapi_in(entries, &[default])
}

/// [`openapi_of`], with each response described in every format of
/// `formats`, in that order, such as both for a server that picks the
/// format from the request's `Accept` header.
pub fn openapi_in(entries: &[Entry], formats: &[BodyFormat]) -> String {
    let formats: Vec<&Format> = FORMATS
        .iter()
        .filter(|format| formats.contains(&format.format))
        .collect();
    let groups = by_status(entries);
    let responses = groups
        .iter()
        .map(|(status, group)| (status.as_str(), response(*status, group, &formats)))
        .collect();
    let schemas = formats
        .iter()
        .map(|format| (format.schema_name, (format.schema)(entries)))
        .collect();
    let document = Json::object(vec![
        ("responses", Json::object(responses)),
        (
            "components",
            Json::object(vec![("schemas", Json::object(schemas))]),
        ),
    ]);

    let mut out = String::new();
    document.write(&mut out, 0);
    out
}

fn response(status: StatusCode, group: &[&Entry], formats: &[&Format]) -> Json {
    let examples = one_per_code(group);
    let content = formats
        .iter()
        .map(|format| (format.media_type, media_type(format, &examples)))
        .collect();
    let mut response = vec![
        (
            "description",
            Json::string(&status_description(status, group)),
        ),
        ("content", Json::object(content)),
    ];
    let headers = headers_of(group);
    if !headers.is_empty() {
        response.push(("headers", Json::object(headers)));
    }
    Json::object(response)
}

/// The entries of one status with one entry per code: the later of two
/// with the same code, in the place of the first, as a map keyed by code
/// would keep them.
fn one_per_code<'a>(group: &[&'a Entry]) -> Vec<&'a Entry> {
    let mut places: BTreeMap<&str, usize> = BTreeMap::new();
    let mut kept: Vec<&Entry> = Vec::with_capacity(group.len());
    for &entry in group {
        match places.get(entry.code) {
            Some(&place) => kept[place] = entry,
            None => {
                places.insert(entry.code, kept.len());
                kept.push(entry);
            }
        }
    }
    kept
}

/// The headers the errors of one status send, by name in the order first
/// seen, each with the errors that send it.
fn headers_of(group: &[&Entry]) -> Vec<(&'static str, Json)> {
    let mut sent: Vec<(&str, Vec<String>)> = Vec::new();
    for entry in group {
        for header in entry.headers {
            let line = format!("`{}`: `{}`", entry.code, header.value);
            match sent
                .iter_mut()
                .find(|(name, _)| name.eq_ignore_ascii_case(header.name))
            {
                Some((_, lines)) => lines.push(line),
                None => sent.push((header.name, vec![line])),
            }
        }
    }
    sent.into_iter()
        .map(|(name, lines)| {
            let description = format!("Sent by {}.", lines.join(", "));
            let header = Json::object(vec![
                ("description", Json::string(&description)),
                (
                    "schema",
                    Json::object(vec![("type", Json::string("string"))]),
                ),
            ]);
            (name, header)
        })
        .collect()
}

fn media_type(format: &Format, group: &[&Entry]) -> Json {
    let examples = group
        .iter()
        .map(|entry| (entry.code, example(format, entry)))
        .collect();
    let schema = format!("#/components/schemas/{}", format.schema_name);
    Json::object(vec![
        (
            "schema",
            Json::object(vec![("$ref", Json::string(&schema))]),
        ),
        ("examples", Json::object(examples)),
    ])
}

fn example(format: &Format, entry: &Entry) -> Json {
    let mut example = vec![("summary", Json::string(&summary(entry)))];
    if let Some(description) = example_description(entry) {
        example.push(("description", Json::string(&description)));
    }
    example.push(("value", (format.body)(entry)));
    Json::object(example)
}

/// The reason phrase, then one list item per error: its code and message.
fn status_description(status: StatusCode, group: &[&Entry]) -> String {
    let mut text = format!("{}\n", reason_of(status));
    for entry in group {
        let note = if entry.deprecated.is_some() {
            " (deprecated)"
        } else {
            ""
        };
        text.push_str(&format!(
            "\n- `{}`{note}: {}",
            entry.code,
            escape_inline(entry.client_message)
        ));
    }
    text
}

fn summary(entry: &Entry) -> String {
    match entry.deprecated {
        Some(_) => format!("Deprecated: {}", entry.client_message),
        None => entry.client_message.to_owned(),
    }
}

/// The doc comment between the notes on deprecation and on the version
/// that added the error; `None` when there is nothing to say.
fn example_description(entry: &Entry) -> Option<String> {
    let deprecated = entry.deprecated.map(|note| match note.trim() {
        "" => "**Deprecated.**".to_owned(),
        note => format!("**Deprecated:** {note}"),
    });
    let since = entry.since.map(|version| format!("Added in {version}."));
    let docs = Some(entry.docs.trim()).filter(|docs| !docs.is_empty());

    let parts: Vec<String> = [deprecated, docs.map(str::to_owned), since]
        .into_iter()
        .flatten()
        .collect();
    Some(parts.join("\n\n")).filter(|text| !text.is_empty())
}

/// `text` on one line of Markdown, with every character that could start
/// inline markup escaped.
///
/// The text always follows other text on its line, so only inline markup
/// matters: block markers such as `#` or `-` take effect only at the start
/// of a line.
fn escape_inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        if matches!(ch, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '&' | '~') {
            out.push('\\');
        }
        out.push(if ch.is_control() { ' ' } else { ch });
    }
    out
}

/// The schema of the Mastodon-shaped body, with the `details` member when
/// an error of `entries` sends one.
fn body_schema(entries: &[Entry]) -> Json {
    let mut properties = vec![
        ("error", typed("string", "The error message.")),
        (
            "error_description",
            typed("string", "A longer description of the error."),
        ),
    ];
    let sent: Vec<String> = entries
        .iter()
        .filter_map(|entry| Some(format!("`{}`: `{}`", entry.code, entry.details?)))
        .collect();
    if !sent.is_empty() {
        // No type: the value is whatever the field serializes to.
        let description = format!(
            "Structured details of the error, sent by {}.",
            sent.join(", ")
        );
        let details = Json::object(vec![("description", Json::string(&description))]);
        properties.push(("details", details));
    }
    closed_object("The body of an error response.", &["error"], properties)
}

/// The schema of the RFC 9457 problem details body, which has no
/// `details` member: a `#[details]` field goes only into the other body.
fn problem_schema(_: &[Entry]) -> Json {
    let uri = |description: &str| {
        Json::object(vec![
            ("type", Json::string("string")),
            ("format", Json::string("uri-reference")),
            ("description", Json::string(description)),
        ])
    };
    let properties = vec![
        (
            "type",
            uri("A URI naming the kind of error, or `about:blank`."),
        ),
        ("title", typed("string", "The reason phrase of the status.")),
        ("status", typed("integer", "The HTTP status.")),
        ("detail", typed("string", "The error message.")),
        (
            "instance",
            uri("A URI reference to this occurrence of the error."),
        ),
    ];
    closed_object(
        "An error response as RFC 9457 problem details.",
        &["type", "title", "status", "detail"],
        properties,
    )
}

/// The schema of a value of JSON type `ty`.
fn typed(ty: &str, description: &str) -> Json {
    Json::object(vec![
        ("type", Json::string(ty)),
        ("description", Json::string(description)),
    ])
}

/// The schema of an object with these members and no other.
fn closed_object(description: &str, required: &[&str], properties: Vec<(&str, Json)>) -> Json {
    Json::object(vec![
        ("type", Json::string("object")),
        ("description", Json::string(description)),
        (
            "required",
            Json::Array(required.iter().map(|name| Json::string(name)).collect()),
        ),
        ("properties", Json::object(properties)),
        // The derive writes these members and nothing else; a closed
        // schema lets a contract test flag any other member as a leak.
        ("additionalProperties", Json::Scalar("false".to_owned())),
    ])
}

/// The entry's problem details example: the derive's, or one built from
/// the client-facing message.
fn problem_of(entry: &Entry) -> Json {
    Json::parse(entry.problem_example).unwrap_or_else(|| {
        Json::object(vec![
            ("type", Json::string(entry.problem_type)),
            ("title", Json::string(entry.title)),
            ("status", Json::Scalar(entry.status.as_u16().to_string())),
            ("detail", Json::string(entry.client_message)),
        ])
    })
}

/// The entry's example body: the derive's, or, while a catalogue has none,
/// one built from the client-facing texts.
fn body_of(entry: &Entry) -> Json {
    // An example that is not JSON would be a bug of the derive; the texts
    // still give the body's shape.
    Json::parse(entry.example).unwrap_or_else(|| body_from_texts(entry))
}

fn body_from_texts(entry: &Entry) -> Json {
    let mut body = vec![("error", Json::string(entry.client_message))];
    if let Some(description) = entry.client_description {
        body.push(("error_description", Json::string(description)));
    }
    Json::object(body)
}

/// A JSON value of the document, each object's members in the order they
/// are written.
enum Json {
    /// A string, a number, `true`, `false` or `null`, as JSON text: a
    /// string quoted and escaped.
    Scalar(String),
    Array(Vec<Json>),
    /// The members, each key as the JSON text of a string.
    Object(Vec<(String, Json)>),
}

impl Json {
    fn string(text: &str) -> Json {
        Json::Scalar(quoted(text))
    }

    fn object(members: Vec<(&str, Json)>) -> Json {
        let members = members
            .into_iter()
            .map(|(key, value)| (quoted(key), value))
            .collect();
        Json::Object(members)
    }

    /// The value of a JSON text, each scalar kept as written; `None` when
    /// the text is not JSON.
    fn parse(text: &str) -> Option<Json> {
        let mut reader = Reader { text, at: 0 };
        let value = reader.value(0)?;
        reader.skip_space();
        (reader.at == text.len()).then_some(value)
    }

    /// Appends the value, nested `depth` deep, to `out`: each member or
    /// item of an array or an object on a line of its own, indented by two
    /// spaces per level, `": "` after a key, and an empty array or object
    /// as `[]` or `{}`.
    fn write(&self, out: &mut String, depth: usize) {
        match self {
            Json::Scalar(text) => out.push_str(text),
            Json::Array(items) => {
                out.push('[');
                for (index, item) in items.iter().enumerate() {
                    new_line(out, index, depth + 1);
                    item.write(out, depth + 1);
                }
                close(out, items.is_empty(), depth, ']');
            }
            Json::Object(members) => {
                out.push('{');
                for (index, (key, value)) in members.iter().enumerate() {
                    new_line(out, index, depth + 1);
                    out.push_str(key);
                    out.push_str(": ");
                    value.write(out, depth + 1);
                }
                close(out, members.is_empty(), depth, '}');
            }
        }
    }
}

/// `text` as a JSON string, quoted and escaped.
fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    escape_into(&mut out, text);
    out.push('"');
    out
}

/// Ends the member before the one at `index`, if any, and starts a line
/// indented for `depth`.
fn new_line(out: &mut String, index: usize, depth: usize) {
    if index > 0 {
        out.push(',');
    }
    out.push('\n');
    indent(out, depth);
}

/// Closes an array or an object on a line of its own, unless it is empty.
fn close(out: &mut String, empty: bool, depth: usize, bracket: char) {
    if !empty {
        out.push('\n');
        indent(out, depth);
    }
    out.push(bracket);
}

fn indent(out: &mut String, depth: usize) {
    for _ in 0..depth {
        out.push_str("  ");
    }
}

/// Reads a JSON text into a [`Json`], checking its syntax.
struct Reader<'a> {
    text: &'a str,
    at: usize,
}

/// The most arrays and objects a value read is nested in, as serde_json
/// reads them, so that a text cannot exhaust the stack.
const MAX_DEPTH: usize = 127;

impl Reader<'_> {
    /// A value inside `depth` arrays and objects.
    fn value(&mut self, depth: usize) -> Option<Json> {
        self.skip_space();
        let byte = *self.text.as_bytes().get(self.at)?;
        if matches!(byte, b'{' | b'[') && depth == MAX_DEPTH {
            return None;
        }
        match byte {
            b'{' => {
                self.at += 1;
                let mut members = Vec::new();
                if !self.ends(b'}') {
                    loop {
                        self.skip_space();
                        let key = self.string()?;
                        self.skip_space();
                        if !self.eat(b':') {
                            return None;
                        }
                        members.push((key, self.value(depth + 1)?));
                        if self.after_item(b'}')? {
                            break;
                        }
                    }
                }
                Some(Json::Object(members))
            }
            b'[' => {
                self.at += 1;
                let mut items = Vec::new();
                if !self.ends(b']') {
                    loop {
                        items.push(self.value(depth + 1)?);
                        if self.after_item(b']')? {
                            break;
                        }
                    }
                }
                Some(Json::Array(items))
            }
            b'"' => self.string().map(Json::Scalar),
            _ => self.literal().map(Json::Scalar),
        }
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
    fn string(&mut self) -> Option<String> {
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
                    b'u' if bytes
                        .get(self.at + 2..self.at + 6)?
                        .iter()
                        .all(u8::is_ascii_hexdigit) =>
                    {
                        self.at += 6;
                    }
                    _ => return None,
                },
                0..=0x1f => return None,
                _ => self.at += 1,
            }
        }
        self.at += 1;
        Some(text[start..self.at].to_owned())
    }

    /// A number, `true`, `false` or `null`, as written.
    fn literal(&mut self) -> Option<String> {
        let bytes = self.text.as_bytes();
        let start = self.at;
        while matches!(
            bytes.get(self.at),
            Some(b'0'..=b'9' | b'a'..=b'z' | b'E' | b'+' | b'-' | b'.')
        ) {
            self.at += 1;
        }
        let text = &self.text[start..self.at];
        (matches!(text, "true" | "false" | "null") || is_number(text)).then(|| text.to_owned())
    }
}

/// Whether `text` is a JSON number: an optional minus, an integer without
/// leading zeros, an optional fraction and an optional exponent.
fn is_number(text: &str) -> bool {
    let digits = |text: &[u8]| text.iter().take_while(|byte| byte.is_ascii_digit()).count();
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
        assert!(Json::parse(&fits).is_some());
        assert!(serde_json::from_str::<Value>(&fits).is_ok());
        assert!(Json::parse(&deep).is_none());
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
