//! `#[non_exhaustive]` error types derived in another crate
//! (`tests/foreign`): everything the derive generated works from here, where
//! the enum cannot be matched exhaustively and some variants cannot be built.

use apifault::{ApiError, FromResponse, Received};
use apifault_test_foreign::{CursorError, StoreError};

/// The one way a downstream crate can name every case: a wildcard arm.
fn describe(error: &StoreError) -> &'static str {
    match error {
        StoreError::NotFound => "missing",
        StoreError::Invalid(_) => "invalid",
        StoreError::RateLimited { .. } => "slow down",
        _ => "other",
    }
}

#[test]
fn statuses_and_bodies_from_another_crate() {
    assert_eq!(StoreError::NotFound.status().as_u16(), 404);
    assert_eq!(
        StoreError::NotFound.to_json(),
        r#"{"error":"Record not found"}"#
    );
    let invalid = StoreError::Invalid("Text can't be blank".to_owned());
    assert_eq!(invalid.status().as_u16(), 422);
    assert_eq!(
        invalid.to_json(),
        r#"{"error":"Validation failed: Text can't be blank"}"#
    );
    let conflict = StoreError::conflict("a\"b");
    assert_eq!(conflict.status().as_u16(), 409);
    assert_eq!(conflict.to_json(), r#"{"error":"Conflict on a\"b"}"#);
    assert_eq!(describe(&conflict), "other");
    // A 5xx variant without a message shows the reason phrase only.
    let unavailable = StoreError::unavailable(30);
    assert_eq!(unavailable.status().as_u16(), 503);
    assert_eq!(unavailable.to_json(), r#"{"error":"Service Unavailable"}"#);
    assert_eq!(describe(&StoreError::NotFound), "missing");
}

#[test]
fn headers_from_another_crate() {
    let limited = StoreError::RateLimited { seconds: 7 };
    assert_eq!(describe(&limited), "slow down");
    let headers: Vec<(&str, String)> = limited
        .headers()
        .into_iter()
        .map(|(name, value)| (name, value.into_owned()))
        .collect();
    assert_eq!(headers, [("Retry-After", "7".to_owned())]);
}

#[test]
fn non_exhaustive_struct() {
    let error = CursorError::new("x");
    assert_eq!(error.status().as_u16(), 400);
    assert_eq!(error.to_json(), r#"{"error":"Bad cursor x"}"#);
    assert_eq!(CursorError::catalogue().len(), 1);
}

#[test]
fn catalogue_and_docs_from_another_crate() {
    let codes: Vec<&str> = StoreError::catalogue().iter().map(|e| e.code).collect();
    assert_eq!(
        codes,
        [
            "not_found",
            "invalid",
            "rate_limited",
            "conflict",
            "unavailable"
        ]
    );
    let markdown = apifault::docs::markdown::<StoreError>();
    assert!(markdown.contains("Conflict on {key}"), "{markdown}");
    let openapi = apifault::docs::openapi::<StoreError>();
    let fragment: serde_json::Value = serde_json::from_str(&openapi).unwrap();
    assert!(fragment["responses"]["409"].is_object(), "{openapi}");
}

#[test]
fn client_side_rebuilds_variants_this_crate_cannot_build() {
    // `Conflict` is `#[non_exhaustive]`: this crate cannot write
    // `StoreError::Conflict { key }`, but the derive, which ran in the
    // defining crate, can rebuild it from a response.
    let body = StoreError::conflict("k").to_json();
    match StoreError::from_response(409, &body) {
        Received::Known(error) => assert_eq!(error, StoreError::conflict("k")),
        other => panic!("expected the conflict back, got {other:?}"),
    }
    match StoreError::from_response(404, r#"{"error":"Record not found"}"#) {
        Received::Known(error) => assert_eq!(error, StoreError::NotFound),
        other => panic!("expected NotFound, got {other:?}"),
    }
}

#[test]
fn framework_glue_from_another_crate() {
    use axum::response::IntoResponse;
    let response = StoreError::RateLimited { seconds: 3 }.into_response();
    assert_eq!(response.status().as_u16(), 429);
    assert_eq!(response.headers()["retry-after"], "3");
}
