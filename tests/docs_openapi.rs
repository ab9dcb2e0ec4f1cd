//! The OpenAPI description of a derived enum: one response per status of
//! its catalogue, each error an example of its status holding its body,
//! and the body's schema shared by reference; and the document that
//! `scripts/validate-openapi` hands to a real OpenAPI validator.

use std::collections::BTreeSet;

use apifault::mastodon::MastodonError;
use apifault::{docs, ApiError};
use serde_json::{json, Value};

const SCHEMA_REF: &str = "#/components/schemas/ApiErrorBody";

#[allow(dead_code)] // only its catalogue is read
#[derive(Debug, ApiError)]
enum ShopError {
    /// Appears when the basket holds no item of that id.
    #[status(404)]
    #[message("no item {0} in the basket")]
    NoSuchItem(u32),

    /// The database failed; the client is told only that the server failed.
    #[status(500)]
    Database(std::io::Error),
}

fn mastodon() -> Value {
    parsed(&docs::openapi::<MastodonError>())
}

/// The `application/json` content of the response for `status`.
fn content<'a>(fragment: &'a Value, status: &str) -> &'a Value {
    &fragment["responses"][status]["content"]["application/json"]
}

fn example<'a>(fragment: &'a Value, status: &str, code: &str) -> &'a Value {
    &content(fragment, status)["examples"][code]
}

fn parsed(body: &str) -> Value {
    serde_json::from_str(body).unwrap_or_else(|e| panic!("{body:?} is not JSON: {e}"))
}

/// Every Mastodon error whose body is fixed, one value each.
fn fixed_mastodon_errors() -> Vec<MastodonError> {
    use MastodonError::*;
    vec![
        Unauthorized,
        NotPermitted,
        LoginDisabled,
        EmailUnconfirmed,
        PendingApproval,
        NotFound,
        DuplicateRecord,
        UserRequired,
        RemoteFetchFailed,
        SslVerificationFailed,
        StorageUnavailable,
        RaceCondition,
        InvalidGrant,
    ]
}

#[test]
fn the_403_response_has_its_four_errors_in_declaration_order() {
    let fragment = mastodon();
    let examples = content(&fragment, "403")["examples"].as_object().unwrap();
    let names: Vec<&str> = examples.keys().map(String::as_str).collect();
    let expected = [
        MastodonError::NotPermitted.code(),
        MastodonError::LoginDisabled.code(),
        MastodonError::EmailUnconfirmed.code(),
        MastodonError::PendingApproval.code(),
    ];
    assert_eq!(names, expected);
}

#[test]
fn the_403_description_lists_its_errors_in_declaration_order() {
    let fragment = mastodon();
    assert_eq!(
        fragment["responses"]["403"]["description"],
        "Forbidden\n\n\
         - `not_permitted`: This action is not allowed\n\
         - `login_disabled`: Your login is currently disabled\n\
         - `email_unconfirmed`: Your login is missing a confirmed e-mail address\n\
         - `pending_approval`: Your login is currently pending approval"
    );
}

#[test]
fn each_example_is_the_body_of_its_variant() {
    let fragment = mastodon();
    for error in fixed_mastodon_errors() {
        let example = example(&fragment, error.status().as_str(), error.code());
        assert_eq!(example["value"], parsed(&error.to_json()), "{error:?}");
        assert_eq!(example["summary"], error.message().as_ref(), "{error:?}");
    }
}

#[test]
fn a_message_with_placeholders_shows_them_by_name() {
    let fragment = parsed(&docs::openapi::<ShopError>());
    let example = example(&fragment, "404", "no_such_item");
    assert_eq!(
        example["value"],
        json!({ "error": "no item {u32} in the basket" })
    );
    assert_eq!(
        example["description"],
        "Appears when the basket holds no item of that id."
    );
}

#[test]
fn a_server_error_without_a_message_shows_only_its_reason() {
    let fragment = parsed(&docs::openapi::<ShopError>());
    let example = example(&fragment, "500", "database");
    assert_eq!(
        example["value"],
        json!({ "error": "Internal Server Error" })
    );
}

#[test]
fn the_invalid_grant_example_has_its_error_description() {
    let fragment = mastodon();
    let value = &example(&fragment, "400", "invalid_grant")["value"];
    let description = MastodonError::InvalidGrant.description().unwrap();
    assert_eq!(value["error"], "invalid_grant");
    assert_eq!(value["error_description"], description.as_ref());
}

#[test]
fn every_status_of_the_catalogue_is_a_response_and_nothing_else() {
    let fragment = mastodon();
    let responses: Vec<&String> = fragment["responses"].as_object().unwrap().keys().collect();
    let statuses: BTreeSet<String> = MastodonError::catalogue()
        .iter()
        .map(|entry| entry.status.as_str().to_owned())
        .collect();
    assert_eq!(responses, statuses.iter().collect::<Vec<_>>());
}

#[test]
fn every_error_is_an_example_of_its_status() {
    let fragment = mastodon();
    let examples: usize = fragment["responses"]
        .as_object()
        .unwrap()
        .values()
        .map(|response| {
            response["content"]["application/json"]["examples"]
                .as_object()
                .unwrap()
                .len()
        })
        .sum();
    assert_eq!(examples, MastodonError::catalogue().len());
    for entry in MastodonError::catalogue() {
        let example = example(&fragment, entry.status.as_str(), entry.code);
        assert!(example["value"]["error"].is_string(), "{}", entry.name);
    }
}

#[test]
fn every_response_refers_to_the_shared_schema() {
    let fragment = mastodon();
    for (status, response) in fragment["responses"].as_object().unwrap() {
        let content = response["content"].as_object().unwrap();
        assert_eq!(
            content.keys().collect::<Vec<_>>(),
            ["application/json"],
            "{status}"
        );
        assert_eq!(
            content["application/json"]["schema"],
            json!({ "$ref": SCHEMA_REF })
        );
    }
}

#[test]
fn the_schema_requires_error_and_allows_error_description() {
    let fragment = mastodon();
    let schemas = fragment["components"]["schemas"].as_object().unwrap();
    assert_eq!(schemas.keys().collect::<Vec<_>>(), ["ApiErrorBody"]);
    let schema = &schemas["ApiErrorBody"];
    assert_eq!(schema["type"], "object");
    assert_eq!(schema["required"], json!(["error"]));
    assert_eq!(schema["properties"]["error"]["type"], "string");
    assert_eq!(schema["properties"]["error_description"]["type"], "string");
    assert_eq!(schema["additionalProperties"], false);
}

#[test]
fn examples_carry_the_doc_comment() {
    let fragment = mastodon();
    let entry = &MastodonError::catalogue()[2];
    assert_eq!(entry.name, "NotPermitted");
    let description = example(&fragment, "403", entry.code)["description"].as_str();
    assert!(description.unwrap().starts_with(entry.docs));
}

#[test]
fn deprecated_errors_are_flagged() {
    let mut entries = MastodonError::catalogue().to_vec();
    let login_disabled = entries
        .iter_mut()
        .find(|e| e.name == "LoginDisabled")
        .unwrap();
    login_disabled.deprecated = Some("servers send `not_permitted` instead");
    let fragment = parsed(&docs::openapi_of(&entries));

    let example = example(&fragment, "403", "login_disabled");
    assert_eq!(
        example["summary"],
        "Deprecated: Your login is currently disabled"
    );
    let description = example["description"].as_str().unwrap();
    assert!(description.starts_with("**Deprecated:** servers send `not_permitted` instead\n\n"));
    let listed = fragment["responses"]["403"]["description"]
        .as_str()
        .unwrap();
    assert!(
        listed.contains("\n- `login_disabled` (deprecated): Your login is currently disabled\n")
    );
}

/// The fragment in the smallest full document: one operation that can
/// answer with every error.
fn document<E: ApiError>(title: &str) -> Value {
    let fragment = parsed(&docs::openapi::<E>());
    json!({
        "openapi": "3.1.0",
        "info": { "title": title, "version": env!("CARGO_PKG_VERSION") },
        "paths": { "/errors": operation("errors", &fragment) },
        "components": fragment["components"],
    })
}

/// A `get` operation, named `id`, that answers with the responses of
/// `fragment`.
fn operation(id: &str, fragment: &Value) -> Value {
    json!({
        "get": {
            "operationId": id,
            "summary": "Answers with any of the errors",
            "responses": fragment["responses"],
        },
    })
}

/// Writes the document of `MastodonError` to the path in
/// `APIFAULT_OPENAPI_OUT`, for `scripts/validate-openapi`; without it the
/// test only builds the document.
#[test]
fn writes_the_document_for_the_validator() {
    let mut document = document::<MastodonError>("MastodonError");
    // A second operation with headers and details, so that the validator
    // reads them too. Its body schema is Mastodon's with `details` added,
    // which every Mastodon example still holds to.
    let wire = parsed(&docs::openapi::<WireError>());
    document["paths"]["/wire"] = operation("wire", &wire);
    document["components"] = wire["components"].clone();
    assert_eq!(
        document["paths"]["/errors"]["get"]["responses"]["404"]["content"]["application/json"]
            ["schema"]["$ref"],
        SCHEMA_REF
    );

    if let Some(path) = std::env::var_os("APIFAULT_OPENAPI_OUT") {
        let text = serde_json::to_string_pretty(&document).unwrap();
        std::fs::write(&path, text + "\n").expect("the document is written");
    }
}

#[path = "common/wire_error.rs"]
mod wire_error;

use wire_error::WireError;

#[test]
fn the_schema_allows_details_when_an_error_sends_them() {
    let schema = &parsed(&docs::openapi::<WireError>())["components"]["schemas"]["ApiErrorBody"];
    assert_eq!(schema["additionalProperties"], false);
    assert_eq!(schema["required"], json!(["error"]));
    assert_eq!(
        schema["properties"]["details"],
        json!({
            "description": "Structured details of the error, sent by \
                            `limited`: `Option<Vec<Limit>>`."
        })
    );

    let plain = &mastodon()["components"]["schemas"]["ApiErrorBody"];
    assert_eq!(plain["properties"].get("details"), None);
}

#[test]
fn the_problem_schema_has_no_details() {
    let fragment = parsed(&docs::openapi_in(
        WireError::catalogue(),
        &[apifault::Format::Problem],
    ));
    let schema = &fragment["components"]["schemas"]["ProblemDetails"];
    assert_eq!(schema["properties"].get("details"), None);
}

#[test]
fn headers_are_listed_with_their_templates() {
    let fragment = parsed(&docs::openapi::<WireError>());
    assert_eq!(
        fragment["responses"]["429"]["headers"],
        json!({
            "X-Note": {
                "description": "Sent by `limited`: `<i>`tick`</i> & \"{{x}}\"`.",
                "schema": { "type": "string" },
            },
            "Retry-After": {
                "description": "Sent by `limited`: `{retry_after}`.",
                "schema": { "type": "string" },
            },
        })
    );
}

#[test]
fn a_masked_error_shows_only_its_reason_phrase() {
    let fragment = parsed(&docs::openapi::<WireError>());
    let clash = example(&fragment, "409", "clash");
    assert_eq!(clash["summary"], "Conflict");
    assert_eq!(clash["value"], json!({ "error": "Conflict" }));
    assert_eq!(
        fragment["responses"]["409"]["description"],
        "Conflict\n\n- `clash`: Conflict"
    );

    let text = fragment.to_string();
    for leak in ["secret", "internal", "{token}"] {
        assert!(!text.contains(leak), "{leak}");
    }
}
