//! The client side: `FromResponse::from_response` turns a status and a body
//! read from a server back into the variant, or into `Received::Unknown`.

use apifault::mastodon::{ErrorCode, MastodonError, ValidationDetails};
use apifault::{ApiError, FromResponse, Received, StatusCode};

/// A registration endpoint's errors, with Mastodon's 422 details.
#[derive(Debug, PartialEq, ApiError, FromResponse)]
enum SignupError {
    #[status(422)]
    #[message("Validation failed: {summary}")]
    Invalid {
        summary: String,
        #[details]
        details: ValidationDetails,
    },

    #[status(422)]
    #[message("Duplicate record")]
    Duplicate,

    #[status(429)]
    #[message("Retry in {seconds}s ({seconds}s)")]
    Limited { seconds: u32 },

    #[status(400)]
    #[message("{field} is {problem}")]
    #[description("see {link}")]
    Bad {
        field: String,
        problem: String,
        link: String,
        /// No placeholder shows it: it comes back as its `Default`.
        retries: u8,
    },

    /// A spec: the text cannot be read back, so it is never recognised.
    #[status(409)]
    #[message("conflict with {0:?}")]
    Conflict(String),

    #[status(503)]
    Unavailable,
}

fn registration_failed() -> SignupError {
    SignupError::Invalid {
        summary: "Username can't be blank, Email is already taken".into(),
        details: ValidationDetails::new()
            .with("username", ErrorCode::Blank, "can't be blank")
            .with("email", ErrorCode::Taken, "is already taken"),
    }
}

/// What a server sends for `error`, read back by a client.
fn round_trip(error: SignupError) -> Received<SignupError> {
    SignupError::from_response(error.status(), &error.to_json())
}

#[test]
fn the_registration_422_comes_back_with_its_details() {
    let sent = registration_failed();
    let body = sent.to_json();
    assert!(
        body.contains(r#""details":{"email":[{"error":"ERR_TAKEN""#),
        "{body}"
    );
    assert_eq!(round_trip(sent), Received::Known(registration_failed()));
}

#[test]
fn every_recoverable_variant_round_trips() {
    let bad = || SignupError::Bad {
        field: "name".into(),
        problem: "too long".into(),
        link: "https://example.test/errors#bad".into(),
        retries: 0,
    };
    for error in [
        SignupError::Duplicate,
        SignupError::Limited { seconds: 30 },
        bad(),
        SignupError::Unavailable,
    ] {
        let expected = format!("{error:?}");
        match round_trip(error) {
            Received::Known(back) => assert_eq!(format!("{back:?}"), expected),
            other => panic!("{expected} came back as {other:?}"),
        }
    }
}

#[test]
fn a_mastodon_body_of_the_registration_shape_is_read() {
    let body = r#"{"error":"Validation failed: Username can't be blank","details":{"username":[{"error":"ERR_BLANK","description":"can't be blank"}]}}"#;
    let Received::Known(SignupError::Invalid { summary, details }) =
        SignupError::from_response(StatusCode::UNPROCESSABLE_ENTITY, body)
    else {
        panic!("not recognised");
    };
    assert_eq!(summary, "Username can't be blank");
    assert_eq!(details.get("username")[0].error, ErrorCode::Blank);
}

#[test]
fn details_that_do_not_fit_make_the_variant_unknown() {
    let body = r#"{"error":"Validation failed: x","details":{"username":"not a list"}}"#;
    assert!(!SignupError::from_response(422, body).is_known());
    // Without `details`, the map is read as from `null`, which it refuses.
    let body = r#"{"error":"Validation failed: x"}"#;
    assert!(!SignupError::from_response(422, body).is_known());
}

#[test]
fn the_status_decides_first() {
    let body = r#"{"error":"Duplicate record"}"#;
    assert_eq!(
        SignupError::from_response(422, body),
        Received::Known(SignupError::Duplicate)
    );
    let Received::Unknown { status, error, .. } = SignupError::from_response(404, body) else {
        panic!("a 404 is not a SignupError");
    };
    assert_eq!((status, error.as_deref()), (404, Some("Duplicate record")));
}

#[test]
fn a_field_shown_twice_must_show_one_text() {
    let body = r#"{"error":"Retry in 30s (31s)"}"#;
    assert!(!SignupError::from_response(429, body).is_known());
    let body = r#"{"error":"Retry in soon s (soon s)"}"#;
    assert!(
        !SignupError::from_response(429, body).is_known(),
        "not a u32"
    );
}

#[test]
fn fields_only_the_description_shows_need_it() {
    let body = r#"{"error":"name is bad"}"#;
    assert!(!SignupError::from_response(400, body).is_known());
}

#[test]
fn a_template_with_a_spec_is_never_recognised() {
    let sent = SignupError::Conflict("x".into());
    let Received::Unknown { error, .. } = round_trip(sent) else {
        panic!("recognised");
    };
    assert_eq!(error.as_deref(), Some(r#"conflict with "x""#));
}

#[test]
fn anything_else_is_unknown_and_kept() {
    for body in [
        "",
        "not json",
        "[1,2]",
        "\"text\"",
        r#"{"error":5}"#,
        r#"{"message":"x"}"#,
        "{\"error\":",
    ] {
        let received = SignupError::from_response(503, body);
        assert_eq!(
            received,
            Received::Unknown {
                status: 503,
                error: None,
                description: None,
                body: body.to_owned()
            },
            "{body}"
        );
    }
    let body = r#"{"error":"Gone fishing","error_description":"back soon"}"#;
    assert_eq!(
        SignupError::from_response(418, body),
        Received::Unknown {
            status: 418,
            error: Some("Gone fishing".into()),
            description: Some("back soon".into()),
            body: body.into()
        }
    );
}

/// A field that is neither `FromStr` nor `Default` keeps its variant from
/// being recognised; the type still derives.
#[derive(Debug, ApiError, FromResponse)]
enum Server {
    #[status(500)]
    Database(std::io::Error),
    #[status(500)]
    #[message("Internal Server Error")]
    Other,
}

#[test]
fn a_variant_that_cannot_be_made_is_skipped() {
    let body = r#"{"error":"Internal Server Error"}"#;
    let database = Server::Database(std::io::Error::new(
        std::io::ErrorKind::Other,
        "password=hunter2",
    ));
    let Server::Database(source) = &database else {
        unreachable!()
    };
    assert_eq!(source.to_string(), "password=hunter2");
    assert_eq!(database.to_json(), body);
    assert!(matches!(
        Server::from_response(500, body),
        Received::Known(Server::Other)
    ));
}

#[test]
fn a_client_matches_mastodon_errors_on_variants() {
    let cases = [
        (404, r#"{"error":"Record not found"}"#),
        (422, r#"{"error":"Validation failed: Text can't be blank"}"#),
        (
            422,
            r#"{"error":"This method requires an authenticated user"}"#,
        ),
        (429, r#"{"error":"Zu viele Anfragen"}"#),
        (
            400,
            r#"{"error":"param is missing or the value is empty or invalid: status"}"#,
        ),
        (
            400,
            r#"{"error":"invalid_grant","error_description":"The provided authorization grant is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client."}"#,
        ),
        (
            503,
            r#"{"error":"There was a temporary problem serving your request, please try again"}"#,
        ),
        (404, r#"{"error":"Not Found"}"#),
    ];
    let seen: Vec<String> = cases
        .iter()
        .map(
            |(status, body)| match MastodonError::from_response(*status, body) {
                Received::Known(MastodonError::NotFound) => "not found".to_owned(),
                Received::Known(MastodonError::ValidationFailed(text)) => {
                    format!("invalid: {text}")
                }
                Received::Known(MastodonError::UserRequired) => "log in".to_owned(),
                Received::Known(MastodonError::TooManyRequests(text)) => format!("wait: {text}"),
                Received::Known(MastodonError::ParameterMissing(text)) => {
                    format!("missing: {text}")
                }
                Received::Known(MastodonError::InvalidGrant) => "sign in again".to_owned(),
                // Ties go to the variant declared first.
                Received::Known(MastodonError::StorageUnavailable) => "retry".to_owned(),
                Received::Known(other) => format!("other: {other:?}"),
                Received::Unknown { status, error, .. } => format!("unknown {status}: {error:?}"),
            },
        )
        .collect();
    assert_eq!(
        seen,
        [
            "not found",
            "invalid: Validation failed: Text can't be blank",
            "log in",
            "wait: Zu viele Anfragen",
            "missing: param is missing or the value is empty or invalid: status",
            "sign in again",
            "retry",
            "unknown 404: Some(\"Not Found\")",
        ]
    );
}

#[test]
fn every_mastodon_variant_round_trips_but_the_shadowed_one() {
    let all = [
        MastodonError::parameter_missing("status"),
        MastodonError::Unauthorized,
        MastodonError::NotPermitted,
        MastodonError::LoginDisabled,
        MastodonError::EmailUnconfirmed,
        MastodonError::PendingApproval,
        MastodonError::NotFound,
        MastodonError::ValidationFailed("Validation failed: Text can't be blank".into()),
        MastodonError::DuplicateRecord,
        MastodonError::UserRequired,
        MastodonError::too_many_requests(),
        MastodonError::RemoteFetchFailed,
        MastodonError::SslVerificationFailed,
        MastodonError::StorageUnavailable,
        MastodonError::InvalidGrant,
    ];
    for error in all {
        let back = MastodonError::from_response(error.status(), &error.to_json());
        assert_eq!(back, Received::Known(error));
    }
    // Its text and status are `StorageUnavailable`'s, declared first.
    let race = MastodonError::RaceCondition;
    let back = MastodonError::from_response(race.status(), &race.to_json());
    assert_eq!(back, Received::Known(MastodonError::StorageUnavailable));
}

#[test]
fn received_reports_its_status() {
    assert_eq!(round_trip(SignupError::Duplicate).status(), 422);
    assert_eq!(SignupError::from_response(502, "").status(), 502);
    assert_eq!(
        round_trip(SignupError::Duplicate).known(),
        Some(SignupError::Duplicate)
    );
}

/// Generic fields cannot be probed: the variant is never recognised, and
/// the type derives.
#[derive(Debug, ApiError, FromResponse)]
enum Wrapped<T: std::fmt::Display> {
    #[status(400)]
    #[message("bad {0}")]
    Bad(T),
    #[status(400)]
    #[message("plain")]
    Plain,
}

#[test]
fn generic_types_derive() {
    let plain = Wrapped::<u8>::from_response(400, r#"{"error":"plain"}"#);
    assert!(matches!(plain, Received::Known(Wrapped::Plain)));
    assert!(!Wrapped::<u8>::from_response(400, r#"{"error":"bad 1"}"#).is_known());
}

/// A masked body is only the reason phrase: it cannot tell which fields
/// the error had, so only a masked variant without fields is recognised.
#[allow(dead_code)] // `Busy` is the variant that must not be rebuilt
#[derive(Debug, PartialEq, apifault::ApiError, apifault::FromResponse)]
enum Backend {
    #[status(500)]
    Down,
    #[status(503)]
    Busy(String),
}

#[test]
fn a_masked_variant_is_recognised_only_without_fields() {
    use apifault::{FromResponse, Received};

    let down = Backend::from_response(500, r#"{"error":"Internal Server Error"}"#);
    assert!(matches!(down, Received::Known(Backend::Down)), "{down:?}");
    let busy = Backend::from_response(503, r#"{"error":"Service Unavailable"}"#);
    assert!(
        matches!(busy, Received::Unknown { status: 503, .. }),
        "{busy:?}"
    );
}

/// The type sends problem details by default; a client of it reads them.
#[derive(Debug, PartialEq, ApiError, FromResponse)]
#[api_error(format = "problem", type_base = "https://example.com/errors/")]
enum Shop {
    #[status(404)]
    #[message("No item {0}")]
    NoItem(u32),
    #[status(404)]
    #[message("gone")]
    Gone,
}

#[test]
fn problem_details_bodies_are_read_by_their_detail() {
    for error in [Shop::NoItem(3), Shop::Gone] {
        let body = error.body(error.default_format());
        assert!(
            body.starts_with(r#"{"type":"https://example.com/errors/"#),
            "{body}"
        );
        assert_eq!(Shop::from_response(404, &body), Received::Known(error));
    }
    let with_instance = Shop::NoItem(7).to_problem_json_with_instance("/items/7");
    assert_eq!(
        Shop::from_response(404, &with_instance),
        Received::Known(Shop::NoItem(7))
    );
    // A `detail` alone, without `type` or `title`, is not a problem body.
    let body = r#"{"detail":"gone"}"#;
    assert!(!Shop::from_response(404, body).is_known());
    // Nor is a problem body whose detail is not a string.
    let body = r#"{"title":"Not Found","detail":5}"#;
    assert!(!Shop::from_response(404, body).is_known());
}
