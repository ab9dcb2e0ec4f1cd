//! With the `utoipa` feature every derived type is a `utoipa::IntoResponses`:
//! `responses(MastodonError)` in `#[utoipa::path]` documents every status
//! with its errors as examples and the body's schema written out, and the
//! document that `scripts/validate-openapi` hands to a real OpenAPI
//! validator.

use std::collections::BTreeSet;

use apifault::mastodon::MastodonError;
use apifault::{docs, ApiError};
use serde_json::{json, Value};
use utoipa::{IntoResponses, OpenApi};

/// Answers with any error of the Mastodon API.
#[utoipa::path(
    get,
    path = "/api/v1/accounts/verify_credentials",
    responses(MastodonError)
)]
#[allow(dead_code)] // documented, never called
fn verify_credentials() {}

#[derive(OpenApi)]
#[openapi(
    info(title = "Mastodon errors", version = "1.0.0"),
    paths(verify_credentials)
)]
struct ApiDoc;

fn document() -> Value {
    serde_json::to_value(ApiDoc::openapi()).unwrap()
}

fn responses(document: &Value) -> &Value {
    &document["paths"]["/api/v1/accounts/verify_credentials"]["get"]["responses"]
}

#[test]
fn the_operation_answers_with_every_status_of_the_catalogue() {
    let document = document();
    let statuses: Vec<&String> = responses(&document).as_object().unwrap().keys().collect();
    let expected: BTreeSet<String> = MastodonError::catalogue()
        .iter()
        .map(|entry| entry.status.as_str().to_owned())
        .collect();
    assert_eq!(statuses, expected.iter().collect::<Vec<_>>());
}

#[test]
fn each_status_has_its_errors_as_examples_and_the_body_schema() {
    let document = document();
    let content = &responses(&document)["403"]["content"]["application/json"];
    let names: BTreeSet<&str> = content["examples"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    let expected = [
        MastodonError::NotPermitted,
        MastodonError::LoginDisabled,
        MastodonError::EmailUnconfirmed,
        MastodonError::PendingApproval,
    ];
    assert_eq!(names, expected.iter().map(ApiError::code).collect());
    for error in &expected {
        let value = &content["examples"][error.code()]["value"];
        assert_eq!(
            value,
            &serde_json::from_str::<Value>(&error.to_json()).unwrap()
        );
    }
    assert_eq!(content["schema"]["required"], json!(["error"]));
    assert_eq!(content["schema"]["additionalProperties"], false);
}

#[test]
fn the_responses_are_those_of_docs_openapi_with_the_schema_in_place() {
    let fragment: Value = serde_json::from_str(&docs::openapi::<MastodonError>()).unwrap();
    let schema = &fragment["components"]["schemas"]["ApiErrorBody"];
    let mut expected = fragment["responses"].clone();
    for response in expected.as_object_mut().unwrap().values_mut() {
        response["content"]["application/json"]["schema"] = schema.clone();
    }
    let produced = serde_json::to_value(MastodonError::responses()).unwrap();
    assert_eq!(produced, expected);
}

#[test]
fn the_document_refers_to_nothing_outside_itself() {
    let text = serde_json::to_string(&document()).unwrap();
    assert!(!text.contains("$ref"), "{text}");
}

/// Writes the document to the path in `APIFAULT_UTOIPA_OPENAPI_OUT`, for
/// `scripts/validate-openapi`; without it the test only builds it.
#[test]
fn writes_the_document_for_the_validator() {
    let document = document();
    assert_eq!(document["openapi"], "3.1.0");

    if let Some(path) = std::env::var_os("APIFAULT_UTOIPA_OPENAPI_OUT") {
        let text = serde_json::to_string_pretty(&document).unwrap();
        std::fs::write(&path, text + "\n").expect("the document is written");
    }
}
