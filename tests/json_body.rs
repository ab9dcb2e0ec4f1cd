//! `to_json()` and `json_body()`: always valid JSON, the Mastodon shape, and
//! borrowed when nothing is interpolated.

use apifault::ApiError;
use std::borrow::Cow;

#[derive(Debug, ApiError)]
#[status(422)]
enum BodyError {
    #[message("Record not found")]
    Static,
    #[message("say \"hi\" \\ tab\there\nnew line \u{2028} ✓")]
    StaticEscaped,
    #[message("invalid_grant")]
    #[description("The provided grant is \"invalid\"")]
    WithDescription,
    #[message("Validation failed: {0}")]
    Dynamic(String),
    #[message("[{0:>6}] [{0:?}]")]
    Spec(String),
    #[message("{field} is {problem}")]
    #[description("{field:?}: see the docs about {{braces}}")]
    Both { field: String, problem: String },
}

fn parse(body: &str) -> serde_json::Map<String, serde_json::Value> {
    match serde_json::from_str(body) {
        Ok(serde_json::Value::Object(map)) => map,
        other => panic!("{body:?} is not a JSON object: {other:?}"),
    }
}

#[test]
fn static_body_is_borrowed_and_exact() {
    assert!(matches!(
        BodyError::Static.json_body(),
        Cow::Borrowed(r#"{"error":"Record not found"}"#)
    ));
    assert_eq!(
        BodyError::Static.to_json(),
        r#"{"error":"Record not found"}"#
    );
}

#[test]
fn static_body_is_escaped_by_the_macro() {
    let body = BodyError::StaticEscaped.json_body();
    assert!(matches!(body, Cow::Borrowed(_)));
    assert_eq!(
        body,
        r#"{"error":"say \"hi\" \\ tab\there\nnew line \u2028 ✓"}"#
    );
    let message = BodyError::StaticEscaped.message();
    assert_eq!(parse(&body)["error"], message.as_ref());
}

#[test]
fn description_follows_error() {
    let body = BodyError::WithDescription.json_body();
    assert!(matches!(body, Cow::Borrowed(_)));
    assert_eq!(
        body,
        r#"{"error":"invalid_grant","error_description":"The provided grant is \"invalid\""}"#
    );
}

#[test]
fn interpolated_values_round_trip() {
    for text in [
        "quote \" here",
        "back\\slash",
        "nul \u{0} unit \u{1f} del \u{7f}",
        "line\u{2028}para\u{2029}",
        "emoji 🦀 and ü",
        "\r\n\t\u{8}\u{c}",
        "",
        "\"}",
    ] {
        let error = BodyError::Dynamic(text.to_owned());
        let body = error.to_json();
        let map = parse(&body);
        assert_eq!(map["error"], format!("Validation failed: {text}"), "{body}");
        assert_eq!(map.len(), 1);
        assert!(
            !body.contains('\u{2028}') && !body.contains('\u{2029}'),
            "{body}"
        );
    }
}

#[test]
fn body_is_compact_with_keys_in_order() {
    let error = BodyError::Both {
        field: "na\"me".to_owned(),
        problem: "taken".to_owned(),
    };
    let body = error.to_json();
    assert_eq!(
        body,
        r#"{"error":"na\"me is taken","error_description":"\"na\\\"me\": see the docs about {braces}"}"#
    );
    let map = parse(&body);
    assert_eq!(map["error"], error.message().as_ref());
    assert_eq!(
        map["error_description"],
        error.description().unwrap().as_ref()
    );
}

#[test]
fn each_placeholder_keeps_its_spec() {
    let error = BodyError::Spec("a\"b".to_owned());
    let map = parse(&error.to_json());
    assert_eq!(map["error"], format!("[{0:>6}] [{0:?}]", "a\"b"));
    assert_eq!(map["error"], error.message().as_ref());
}

#[test]
fn to_json_equals_json_body() {
    let error = BodyError::Dynamic("x".to_owned());
    assert!(matches!(error.json_body(), Cow::Owned(_)));
    assert_eq!(error.to_json(), error.json_body());
}

/// Writes part of its text, then fails, as a broken `Display` may.
#[derive(Debug)]
struct Failing;

impl std::fmt::Display for Failing {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("part\"ial")?;
        Err(std::fmt::Error)
    }
}

#[derive(Debug, ApiError)]
#[status(400)]
enum FailingError {
    #[message("before {0} after {1:>3} end")]
    #[description("{1}: {0:>20} and {0} done")]
    Both(Failing, u8),
}

#[test]
fn a_failing_display_gives_the_same_texts_everywhere() {
    let error = FailingError::Both(Failing, 7);
    let message = error.message();
    let description = error.description();
    let map = parse(&error.to_json());
    assert_eq!(message, "before part\"ial after   7 end");
    assert_eq!(
        description.as_deref(),
        Some("7: part\"ial and part\"ial done")
    );
    assert_eq!(map["error"], message.as_ref());
    assert_eq!(map["error_description"], description.as_deref().unwrap());
}

#[test]
fn hostile_text_round_trips_in_every_field_position() {
    let unit = "\"\\\u{0}\u{1f}\u{2028}🦀";
    let long = unit.repeat(64 * 1024 / unit.len() + 1);
    assert!(long.len() >= 64 * 1024);
    for text in [
        "\"",
        "\\",
        "\u{0}",
        "\u{1f}",
        "\u{2028}",
        "🦀",
        long.as_str(),
    ] {
        let positional = BodyError::Spec(text.to_owned());
        let map = parse(&positional.to_json());
        assert_eq!(map["error"], format!("[{text:>6}] [{text:?}]"));

        let named = BodyError::Both {
            field: text.to_owned(),
            problem: text.to_owned(),
        };
        let map = parse(&named.to_json());
        assert_eq!(map["error"], format!("{text} is {text}"));
        let description = format!("{text:?}: see the docs about {{braces}}");
        assert_eq!(map["error_description"], description);
    }
}
