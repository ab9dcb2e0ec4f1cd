//! RFC 9457 problem details: a second body format from the same enum, with
//! its `type` from `type_base`, its content type, the enum's default
//! format, and the choice of format by `Accept`.

use std::borrow::Cow;

use apifault::{docs, ApiError, Format, Mastodon, Problem, Respond};
use serde_json::{json, Value};

/// Like RFC 9457's example of an account out of credit.
#[derive(Debug, ApiError)]
#[api_error(type_base = "https://example.com/probs")]
enum Shop {
    #[status(403)]
    #[message("Your current balance is 30, but that costs 50.")]
    OutOfCredit,

    #[status(404)]
    #[code("gone")]
    #[message("No item {0}")]
    #[description("Not shown in problem details")]
    NoItem(String),

    #[status(500)]
    Database(#[allow(dead_code)] std::io::Error),
}

/// Problem details by default, with a base that ends in `/`.
#[derive(Debug, ApiError)]
#[api_error(format = "problem", type_base = "https://example.com/errors/")]
enum Modern {
    #[status(404)]
    #[message("Record not found")]
    NotFound,

    #[status(422)]
    #[message("Validation failed: {0}")]
    Invalid(String),
}

/// No base: every `type` is `about:blank`.
#[derive(Debug, ApiError)]
#[api_error(format = "mastodon")]
enum Plain {
    #[status(429)]
    #[message("Too many requests")]
    Limited,
}

fn parse(body: &str) -> Value {
    serde_json::from_str(body).unwrap_or_else(|error| panic!("{body:?}: {error}"))
}

#[test]
fn a_static_body_matches_the_rfc_example_in_shape_and_is_borrowed() {
    let body = Shop::OutOfCredit.problem_json_body();
    assert!(matches!(body, Cow::Borrowed(_)), "{body}");
    assert_eq!(
        body,
        r#"{"type":"https://example.com/probs/out_of_credit","title":"Forbidden","status":403,"detail":"Your current balance is 30, but that costs 50."}"#
    );
}

#[test]
fn members_come_in_the_order_of_the_rfc() {
    let body = Shop::NoItem("7".into()).to_problem_json_with_instance("/basket/7");
    let keys: Vec<String> = match parse(&body) {
        Value::Object(map) => map.keys().cloned().collect(),
        other => panic!("{other}"),
    };
    assert_eq!(keys, ["type", "title", "status", "detail", "instance"]);
    assert_eq!(
        body,
        r#"{"type":"https://example.com/probs/gone","title":"Not Found","status":404,"detail":"No item 7","instance":"/basket/7"}"#
    );
}

#[test]
fn instance_is_left_out_by_default() {
    assert!(!Shop::OutOfCredit.to_problem_json().contains("instance"));
}

#[test]
fn type_is_about_blank_without_a_base() {
    assert_eq!(
        Plain::Limited.to_problem_json(),
        r#"{"type":"about:blank","title":"Too Many Requests","status":429,"detail":"Too many requests"}"#
    );
    assert_eq!(Plain::catalogue()[0].problem_type, "about:blank");
}

#[test]
fn a_base_ending_in_a_slash_is_not_doubled() {
    assert_eq!(
        Modern::catalogue()[0].problem_type,
        "https://example.com/errors/not_found"
    );
}

#[test]
fn a_server_error_shows_only_its_reason_phrase() {
    let error = Shop::Database(std::io::Error::other("password=hunter2"));
    let body = error.to_problem_json();
    assert!(!body.contains("hunter2"));
    assert_eq!(parse(&body)["detail"], "Internal Server Error");
    assert_eq!(parse(&body)["title"], "Internal Server Error");
}

#[test]
fn interpolated_values_are_escaped() {
    let nasty = "\"quoted\" \\ tab\t\r\n\u{0}\u{2028} ✓ 🦀";
    let body = Modern::Invalid(nasty.into()).problem_json_body();
    assert!(matches!(body, Cow::Owned(_)));
    assert_eq!(
        parse(&body)["detail"],
        format!("Validation failed: {nasty}")
    );
    let with_instance = Modern::Invalid("x".into()).to_problem_json_with_instance(nasty);
    assert_eq!(parse(&with_instance)["instance"], nasty);
}

#[test]
fn the_default_format_is_the_enums() {
    assert_eq!(Shop::OutOfCredit.default_format(), Format::Mastodon);
    assert_eq!(Plain::Limited.default_format(), Format::Mastodon);
    assert_eq!(Modern::NotFound.default_format(), Format::Problem);
    assert_eq!(
        Modern::NotFound.body(Format::Problem),
        Modern::NotFound.to_problem_json()
    );
    assert_eq!(
        Modern::NotFound.body(Format::Mastodon),
        Modern::NotFound.to_json()
    );
    assert_eq!(Modern::catalogue()[1].format, Format::Problem);
}

#[test]
fn the_default_response_uses_the_default_format() {
    let modern: hyper::Response<bytes::Bytes> = Modern::NotFound.into();
    assert_eq!(modern.headers()["content-type"], "application/problem+json");
    assert_eq!(modern.body(), Modern::NotFound.to_problem_json().as_bytes());

    let shop: hyper::Response<bytes::Bytes> = Shop::OutOfCredit.into();
    assert_eq!(
        shop.headers()["content-type"],
        "application/json; charset=utf-8"
    );
    assert_eq!(shop.body(), Shop::OutOfCredit.to_json().as_bytes());
}

#[test]
fn each_format_is_reachable_through_its_wrapper() {
    let problem: hyper::Response<bytes::Bytes> = Problem(Shop::OutOfCredit).into();
    assert_eq!(problem.status(), 403);
    assert_eq!(
        problem.headers()["content-type"],
        "application/problem+json"
    );
    assert_eq!(
        problem.body(),
        Shop::OutOfCredit.to_problem_json().as_bytes()
    );

    let mastodon: hyper::Response<bytes::Bytes> = Mastodon(Modern::NotFound).into();
    assert_eq!(
        mastodon.headers()["content-type"],
        "application/json; charset=utf-8"
    );
    assert_eq!(mastodon.body(), Modern::NotFound.to_json().as_bytes());

    let with_instance: hyper::Response<bytes::Bytes> = Problem(Shop::OutOfCredit)
        .with_instance("/account/12345/msgs/abc")
        .into();
    assert_eq!(
        parse(std::str::from_utf8(with_instance.body()).unwrap())["instance"],
        "/account/12345/msgs/abc"
    );
}

#[test]
fn accept_chooses_the_format() {
    let reply = |accept: &str| -> hyper::Response<bytes::Bytes> {
        Respond::new(Shop::OutOfCredit, Format::from_accept(accept)).into()
    };
    let problem = reply("application/problem+json, application/json;q=0.5");
    assert_eq!(
        problem.headers()["content-type"],
        "application/problem+json"
    );
    assert_eq!(
        parse(std::str::from_utf8(problem.body()).unwrap())["status"],
        403
    );
    let mastodon = reply("application/json");
    assert_eq!(
        mastodon.headers()["content-type"],
        "application/json; charset=utf-8"
    );
    assert_eq!(mastodon.body(), Shop::OutOfCredit.to_json().as_bytes());
    assert_eq!(
        Format::from_accept_or("*/*", Modern::NotFound.default_format()),
        Format::Problem
    );
}

#[test]
fn the_catalogue_has_the_problem_example() {
    let entry = &Shop::catalogue()[1];
    assert_eq!(entry.title, "Not Found");
    assert_eq!(
        parse(entry.problem_example),
        json!({
            "type": "https://example.com/probs/gone",
            "title": "Not Found",
            "status": 404,
            "detail": "No item {string}",
        })
    );
}

#[test]
fn openapi_describes_the_default_format() {
    let modern = parse(&docs::openapi::<Modern>());
    let content = &modern["responses"]["404"]["content"];
    assert!(content.get("application/json").is_none());
    let problem = &content["application/problem+json"];
    assert_eq!(
        problem["schema"]["$ref"],
        "#/components/schemas/ProblemDetails"
    );
    assert_eq!(
        problem["examples"]["not_found"]["value"],
        parse(&Modern::NotFound.to_problem_json())
    );
    let schema = &modern["components"]["schemas"]["ProblemDetails"];
    assert_eq!(
        schema["required"],
        json!(["type", "title", "status", "detail"])
    );

    let shop = parse(&docs::openapi::<Shop>());
    assert!(shop["responses"]["403"]["content"]["application/problem+json"].is_null());

    let both = parse(&docs::openapi_in(
        Shop::catalogue(),
        &[Format::Mastodon, Format::Problem],
    ));
    let content = &both["responses"]["403"]["content"];
    assert!(content["application/json"].is_object());
    assert!(content["application/problem+json"].is_object());
}
