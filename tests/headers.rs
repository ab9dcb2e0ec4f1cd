//! `#[header]`: headers per variant, interpolated like messages, listed in
//! the catalogue and the OpenAPI description, and never sent when a value
//! could split the response.

use std::borrow::Cow;

use apifault::{docs, ApiError, Problem};
use bytes::Bytes;
use hyper::Response;

#[derive(Debug, ApiError)]
enum Limited {
    #[status(429)]
    #[message("Too many requests")]
    #[header("Retry-After", "{retry_after}")]
    #[header("X-RateLimit-Reset", "{reset:>5}s, {{literal}}")]
    TooMany { retry_after: u64, reset: u32 },

    #[status(401)]
    #[message("This API requires an authenticated user")]
    #[header("WWW-Authenticate", "Bearer realm=\"api\"")]
    Unauthorized,

    #[status(400)]
    #[message("Bad {0}")]
    #[header("X-Field", "{0}")]
    Bad(String),

    #[status(404)]
    #[message("Record not found")]
    NotFound,
}

#[test]
fn headers_are_interpolated_like_messages() {
    let error = Limited::TooMany {
        retry_after: 30,
        reset: 7,
    };
    let headers = error.headers();
    assert_eq!(
        headers,
        [
            ("Retry-After", Cow::Borrowed("30")),
            ("X-RateLimit-Reset", Cow::Borrowed("    7s, {literal}")),
        ]
    );
}

#[test]
fn a_constant_header_is_borrowed() {
    let headers = Limited::Unauthorized.headers();
    assert_eq!(headers.len(), 1);
    assert_eq!(headers[0].0, "WWW-Authenticate");
    assert!(matches!(
        headers[0].1,
        Cow::Borrowed("Bearer realm=\"api\"")
    ));
}

#[test]
fn a_variant_without_headers_allocates_nothing() {
    let headers = Limited::NotFound.headers();
    assert!(headers.is_empty());
    assert_eq!(headers.capacity(), 0);
}

#[test]
fn the_response_carries_the_headers() {
    let response: Response<Bytes> = Limited::TooMany {
        retry_after: 30,
        reset: 7,
    }
    .into();
    assert_eq!(response.headers()["retry-after"], "30");
    assert_eq!(response.headers()["x-ratelimit-reset"], "    7s, {literal}");
    let problem: Response<Bytes> = Problem(Limited::Unauthorized).into();
    assert_eq!(
        problem.headers()["www-authenticate"],
        "Bearer realm=\"api\""
    );
    assert_eq!(
        problem.headers()["content-type"],
        "application/problem+json"
    );
}

#[test]
fn a_value_a_header_may_not_carry_is_dropped_and_the_rest_is_sent() {
    for bad in [
        "a\r\nSet-Cookie: x=1",
        "a\nb",
        "a\rb",
        "nul\0",
        "del\u{7f}",
        "esc\u{1b}",
    ] {
        let error = Limited::Bad(bad.to_owned());
        let response: Response<Bytes> = Limited::Bad(bad.to_owned()).into();
        assert!(response.headers().get("x-field").is_none(), "{bad:?}");
        assert!(response.headers().get("set-cookie").is_none(), "{bad:?}");
        assert_eq!(response.status(), 400);
        assert_eq!(response.body(), error.to_json().as_bytes());
        assert!(apifault::adapters::headers(&error).is_empty());
    }
    let fine: Response<Bytes> = Limited::Bad("tab\tand ✓".to_owned()).into();
    assert_eq!(
        fine.headers()["x-field"].as_bytes(),
        "tab\tand ✓".as_bytes()
    );
}

#[test]
fn the_catalogue_lists_the_headers_as_written() {
    let entry = &Limited::catalogue()[0];
    let headers: Vec<(&str, &str)> = entry.headers.iter().map(|h| (h.name, h.value)).collect();
    assert_eq!(
        headers,
        [
            ("Retry-After", "{retry_after}"),
            ("X-RateLimit-Reset", "{reset:>5}s, {{literal}}"),
        ]
    );
    assert!(Limited::catalogue()[3].headers.is_empty());
}

#[test]
fn openapi_lists_the_headers_of_each_status() {
    let fragment: serde_json::Value = serde_json::from_str(&docs::openapi::<Limited>()).unwrap();
    let headers = &fragment["responses"]["429"]["headers"];
    assert_eq!(headers["Retry-After"]["schema"]["type"], "string");
    assert_eq!(
        headers["Retry-After"]["description"],
        "Sent by `too_many`: `{retry_after}`."
    );
    assert!(headers["X-RateLimit-Reset"].is_object());
    assert!(fragment["responses"]["401"]["headers"]["WWW-Authenticate"].is_object());
    assert!(fragment["responses"]["404"].get("headers").is_none());
}
