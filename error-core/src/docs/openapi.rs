//! The OpenAPI description: one response per status, every error of that
//! status a named example of each body format.

use serde_json::{json, Map, Value};

use super::{by_status, reason_of};
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
    schema: fn(&[Entry]) -> Value,
    body: fn(&Entry) -> Value,
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
/// an object with `responses` and `components`.
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
/// The examples of a status are inserted in the order of `entries`; a
/// `serde_json` map keeps that order when serde_json's `preserve_order`
/// feature is on in the build, and sorts them by code otherwise. The
/// description lists them in the order of `entries` either way.
///
/// ```
/// use apifault_core::docs;
/// use apifault_core::mastodon::MastodonError;
///
/// let fragment = docs::openapi::<MastodonError>();
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
pub fn openapi_of(entries: &[Entry]) -> Value {
    let default = entries.first().map_or(BodyFormat::Mastodon, |e| e.format);
    openapi_in(entries, &[default])
}

/// [`openapi_of`], with each response described in every format of
/// `formats`, in that order, such as both for a server that picks the
/// format from the request's `Accept` header.
pub fn openapi_in(entries: &[Entry], formats: &[BodyFormat]) -> Value {
    let formats: Vec<&Format> = FORMATS
        .iter()
        .filter(|format| formats.contains(&format.format))
        .collect();
    let responses: Map<String, Value> = by_status(entries)
        .into_iter()
        .map(|(status, group)| {
            let response = response(status, &group, &formats);
            (status.as_str().to_owned(), response)
        })
        .collect();
    let schemas: Map<String, Value> = formats
        .iter()
        .map(|format| (format.schema_name.to_owned(), (format.schema)(entries)))
        .collect();

    json!({ "responses": responses, "components": { "schemas": schemas } })
}

fn response(status: StatusCode, group: &[&Entry], formats: &[&Format]) -> Value {
    let content: Map<String, Value> = formats
        .iter()
        .map(|format| (format.media_type.to_owned(), media_type(format, group)))
        .collect();
    let mut response = json!({
        "description": status_description(status, group),
        "content": content,
    });
    let headers = headers_of(group);
    if !headers.is_empty() {
        response["headers"] = Value::Object(headers);
    }
    response
}

/// The headers the errors of one status send, by name in the order first
/// seen, each with the errors that send it.
fn headers_of(group: &[&Entry]) -> Map<String, Value> {
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
            let header = json!({ "description": description, "schema": { "type": "string" } });
            (name.to_owned(), header)
        })
        .collect()
}

fn media_type(format: &Format, group: &[&Entry]) -> Value {
    let examples: Map<String, Value> = group
        .iter()
        .map(|entry| (entry.code.to_owned(), example(format, entry)))
        .collect();
    let schema = format!("#/components/schemas/{}", format.schema_name);
    json!({ "schema": { "$ref": schema }, "examples": examples })
}

fn example(format: &Format, entry: &Entry) -> Value {
    let mut example = Map::new();
    example.insert("summary".to_owned(), summary(entry).into());
    if let Some(description) = example_description(entry) {
        example.insert("description".to_owned(), description.into());
    }
    example.insert("value".to_owned(), (format.body)(entry));
    Value::Object(example)
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
fn body_schema(entries: &[Entry]) -> Value {
    let mut schema = json!({
        "type": "object",
        "description": "The body of an error response.",
        "required": ["error"],
        "properties": {
            "error": { "type": "string", "description": "The error message." },
            "error_description": {
                "type": "string",
                "description": "A longer description of the error.",
            },
        },
        // The derive writes these members and nothing else; a closed
        // schema lets a contract test flag any other member as a leak.
        "additionalProperties": false,
    });
    let typed: Vec<String> = entries
        .iter()
        .filter_map(|entry| Some(format!("`{}`: `{}`", entry.code, entry.details?)))
        .collect();
    if !typed.is_empty() {
        // No type: the value is whatever the field serializes to.
        schema["properties"]["details"] = json!({
            "description": format!(
                "Structured details of the error, sent by {}.",
                typed.join(", ")
            ),
        });
    }
    schema
}

/// The schema of the RFC 9457 problem details body, which has no
/// `details` member: a `#[details]` field goes only into the other body.
fn problem_schema(_: &[Entry]) -> Value {
    let string = |description: &str| json!({ "type": "string", "description": description });
    json!({
        "type": "object",
        "description": "An error response as RFC 9457 problem details.",
        "required": ["type", "title", "status", "detail"],
        "properties": {
            "type": {
                "type": "string",
                "format": "uri-reference",
                "description": "A URI naming the kind of error, or `about:blank`.",
            },
            "title": string("The reason phrase of the status."),
            "status": { "type": "integer", "description": "The HTTP status." },
            "detail": string("The error message."),
            "instance": {
                "type": "string",
                "format": "uri-reference",
                "description": "A URI reference to this occurrence of the error.",
            },
        },
        // As for the Mastodon body: these members and no other.
        "additionalProperties": false,
    })
}

/// The entry's problem details example: the derive's, or one built from
/// the client-facing message.
fn problem_of(entry: &Entry) -> Value {
    serde_json::from_str(entry.problem_example).unwrap_or_else(|_| {
        json!({
            "type": entry.problem_type,
            "title": entry.title,
            "status": entry.status.as_u16(),
            "detail": entry.client_message,
        })
    })
}

/// The entry's example body: the derive's, or, while a catalogue has none,
/// one built from the client-facing texts.
fn body_of(entry: &Entry) -> Value {
    // An example that is not JSON would be a bug of the derive; the texts
    // still give the body's shape.
    serde_json::from_str(entry.example).unwrap_or_else(|_| body_from_texts(entry))
}

fn body_from_texts(entry: &Entry) -> Value {
    match entry.client_description {
        Some(description) => json!({
            "error": entry.client_message,
            "error_description": description,
        }),
        None => json!({ "error": entry.client_message }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::docs::test_entry as entry;

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
        let example = first_example(&openapi_of(&[grant]), "400");
        assert_eq!(
            example["value"],
            json!({ "error": "invalid_grant", "error_description": "No {kind}" })
        );
    }

    #[test]
    fn the_body_is_built_from_the_texts_without_an_example() {
        let mut grant = entry(400, "invalid_grant", "invalid_grant");
        grant.client_description = Some("The grant is {kind}.");
        let example = first_example(&openapi_of(&[grant]), "400");
        assert_eq!(
            example["value"],
            json!({ "error": "invalid_grant", "error_description": "The grant is {kind}." })
        );
    }

    #[test]
    fn deprecated_errors_say_so() {
        let mut old = entry(410, "old", "Gone for good");
        old.deprecated = Some("use `new` instead");
        old.since = Some("1.2");
        old.docs = "Appears when it is gone.";
        let fragment = openapi_of(&[old]);
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
        let example = first_example(&openapi_of(&[old]), "400");
        assert_eq!(example["description"], "**Deprecated.**");
    }

    #[test]
    fn an_example_without_docs_has_no_description() {
        let example = first_example(&openapi_of(&[entry(404, "a", "A")]), "404");
        assert_eq!(
            example,
            json!({ "summary": "A", "value": { "error": "A" } })
        );
    }

    #[test]
    fn messages_cannot_break_the_description() {
        let entries = [entry(400, "a", "x\n# y *z* [l](u) <b> `c` a_b & ~s~")];
        let description = &openapi_of(&entries)["responses"]["400"]["description"];
        assert_eq!(
            description,
            "Bad Request\n\n- `a`: x # y \\*z\\* \\[l\\](u) \\<b> \\`c\\` a\\_b \\& \\~s\\~"
        );
    }

    #[test]
    fn an_empty_catalogue_has_no_response_and_the_schema() {
        let fragment = openapi_of(&[]);
        assert_eq!(fragment["responses"], json!({}));
        assert_eq!(
            fragment["components"]["schemas"]["ApiErrorBody"]["required"],
            json!(["error"])
        );
    }
}
