//! `#[details]`: a field serialized under `details`, after `error` and
//! `error_description`; left out when it is `null` or fails to serialize.

use apifault::mastodon::{ErrorCode, ValidationDetails};
use apifault::ApiError;
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Debug, ApiError)]
enum SignupError {
    /// The submitted account fails validation.
    #[status(422)]
    #[message("Validation failed: {summary}")]
    Invalid {
        summary: String,
        #[details]
        details: ValidationDetails,
    },

    /// A static message with details: the body is built at run time.
    #[status(429)]
    #[message("Too many requests")]
    #[description("Slow down")]
    Limited(#[details] Limit),

    /// The details field is also in the message.
    #[status(400)]
    #[message("bad count {0}")]
    Count(#[details] u32),

    /// An optional value: `None` leaves `details` out.
    #[status(409)]
    #[message("Conflict")]
    Conflict {
        #[details]
        with: Option<Vec<String>>,
    },

    /// No details: the body stays precomputed.
    #[status(404)]
    #[message("Record not found")]
    NotFound,
}

#[derive(Debug, Serialize)]
struct Limit {
    remaining: u32,
    reset: &'static str,
}

fn blank_username() -> SignupError {
    SignupError::Invalid {
        summary: "Username can't be blank".into(),
        details: ValidationDetails::new().with("username", ErrorCode::Blank, "can't be blank"),
    }
}

#[test]
fn details_follow_the_error_in_mastodons_shape() {
    assert_eq!(
        blank_username().to_json(),
        r#"{"error":"Validation failed: Username can't be blank","details":{"username":[{"error":"ERR_BLANK","description":"can't be blank"}]}}"#
    );
}

#[test]
fn details_follow_the_description() {
    let error = SignupError::Limited(Limit {
        remaining: 0,
        reset: "2026-08-01T15:00:00.995351Z",
    });
    assert_eq!(
        error.to_json(),
        r#"{"error":"Too many requests","error_description":"Slow down","details":{"remaining":0,"reset":"2026-08-01T15:00:00.995351Z"}}"#
    );
}

#[test]
fn a_field_may_be_shown_and_be_the_details() {
    assert_eq!(
        SignupError::Count(3).to_json(),
        r#"{"error":"bad count 3","details":3}"#
    );
}

#[test]
fn null_is_left_out() {
    let none = SignupError::Conflict { with: None };
    assert_eq!(none.to_json(), r#"{"error":"Conflict"}"#);
    assert_eq!(none.details(), None);
    let some = SignupError::Conflict {
        with: Some(vec!["a".into()]),
    };
    assert_eq!(some.to_json(), r#"{"error":"Conflict","details":["a"]}"#);
}

#[test]
fn variants_without_details_keep_the_static_body() {
    assert!(matches!(
        SignupError::NotFound.json_body(),
        std::borrow::Cow::Borrowed(r#"{"error":"Record not found"}"#)
    ));
    assert_eq!(SignupError::NotFound.details(), None);
}

#[test]
fn the_details_method_gives_the_value() {
    let value = blank_username().details().unwrap();
    assert_eq!(value["username"][0]["error"], "ERR_BLANK");
}

/// A map whose keys are not strings cannot be a JSON object.
#[derive(Debug, ApiError)]
#[status(422)]
#[message("Unprocessable")]
struct Unserializable(#[details] BTreeMap<(u8, u8), u8>);

/// A `Serialize` that fails halfway.
#[derive(Debug, ApiError)]
#[status(422)]
#[message("Cannot process")]
struct Failing(#[details] Broken);

#[derive(Debug)]
struct Broken;

impl Serialize for Broken {
    fn serialize<S: serde::Serializer>(&self, _: S) -> Result<S::Ok, S::Error> {
        Err(serde::ser::Error::custom("broken"))
    }
}

#[test]
fn a_failing_value_is_left_out_and_the_body_stays_valid() {
    let mut map = BTreeMap::new();
    let _ = map.insert((1, 2), 3);
    let body = Unserializable(map).to_json();
    assert_eq!(body, r#"{"error":"Unprocessable"}"#);
    assert_eq!(Failing(Broken).to_json(), r#"{"error":"Cannot process"}"#);
    assert_eq!(Failing(Broken).details(), None);
}

/// A generic details type gets its `Serialize` bound from the derive.
#[derive(Debug, ApiError)]
enum Generic<T> {
    #[status(400)]
    #[message("bad")]
    Bad(#[details] T),
}

#[test]
fn generic_details_are_bounded() {
    assert_eq!(
        Generic::Bad(vec![1, 2]).to_json(),
        r#"{"error":"bad","details":[1,2]}"#
    );
}

#[test]
fn every_body_parses_back() {
    for body in [
        blank_username().to_json(),
        SignupError::Count(1).to_json(),
        SignupError::NotFound.to_json(),
    ] {
        let value: serde_json::Value = serde_json::from_str(&body).unwrap();
        assert!(value["error"].is_string(), "{body}");
    }
}
