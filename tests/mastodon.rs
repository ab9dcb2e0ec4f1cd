//! The ready-made Mastodon catalogue: every variant's status, code, message
//! and body, and the bodies of the dynamic variants whatever text they hold.

use std::borrow::Cow;

use apifault::mastodon::MastodonError;
use apifault::ApiError;

/// The documentation page of the Error entity; its first lines are the
/// members of the OAuth example body.
const PAGE: &str = include_str!("data/mastodon-error-entity.txt");

const TEMPORARY: &str = "There was a temporary problem serving your request, please try again";

/// Every variant in declaration order, with its status, code and message.
fn expected() -> Vec<(MastodonError, u16, &'static str, String)> {
    use MastodonError::*;
    let text = |s: &str| String::from(s);
    vec![
        (
            ParameterMissing("param is missing: status".into()),
            400,
            "parameter_missing",
            text("param is missing: status"),
        ),
        (
            Unauthorized,
            401,
            "unauthorized",
            text("This API requires an authenticated user"),
        ),
        (
            NotPermitted,
            403,
            "not_permitted",
            text("This action is not allowed"),
        ),
        (
            LoginDisabled,
            403,
            "login_disabled",
            text("Your login is currently disabled"),
        ),
        (
            EmailUnconfirmed,
            403,
            "email_unconfirmed",
            text("Your login is missing a confirmed e-mail address"),
        ),
        (
            PendingApproval,
            403,
            "pending_approval",
            text("Your login is currently pending approval"),
        ),
        (NotFound, 404, "not_found", text("Record not found")),
        (
            ValidationFailed("Validation failed: Text can't be blank".into()),
            422,
            "validation_failed",
            text("Validation failed: Text can't be blank"),
        ),
        (
            DuplicateRecord,
            422,
            "duplicate_record",
            text("Duplicate record"),
        ),
        (
            UserRequired,
            422,
            "user_required",
            text("This method requires an authenticated user"),
        ),
        (
            TooManyRequests("Zu viele Anfragen".into()),
            429,
            "too_many_requests",
            text("Zu viele Anfragen"),
        ),
        (
            RemoteFetchFailed,
            503,
            "remote_fetch_failed",
            text("Remote data could not be fetched"),
        ),
        (
            SslVerificationFailed,
            503,
            "ssl_verification_failed",
            text("Remote SSL certificate could not be verified"),
        ),
        (
            StorageUnavailable,
            503,
            "storage_unavailable",
            text(TEMPORARY),
        ),
        (RaceCondition, 503, "race_condition", text(TEMPORARY)),
        (InvalidGrant, 400, "invalid_grant", text("invalid_grant")),
    ]
}

/// The OAuth example body of the page, rebuilt compact from its member
/// lines: `"key": "value",` becomes `"key":"value"`.
fn seed_oauth_body() -> String {
    let members: Vec<String> = PAGE
        .lines()
        .map(str::trim)
        .skip_while(|line| line.is_empty())
        .take_while(|line| line.starts_with('"'))
        .map(|line| {
            let member = line.strip_suffix(',').unwrap_or(line);
            let (key, value) = member.split_once(": ").expect("a `key: value` line");
            format!("{key}:{value}")
        })
        .collect();
    assert_eq!(members.len(), 2, "the page's example has two members");
    format!("{{{}}}", members.join(","))
}

fn parsed(body: &str) -> serde_json::Value {
    serde_json::from_str(body).unwrap_or_else(|e| panic!("{body:?} is not JSON: {e}"))
}

#[test]
fn every_variant_has_its_status_code_and_message() {
    for (error, status, code, message) in expected() {
        assert_eq!(error.status().as_u16(), status, "status of {error:?}");
        assert_eq!(error.code(), code, "code of {error:?}");
        assert_eq!(error.message(), message, "message of {error:?}");
    }
}

#[test]
fn the_catalogue_lists_the_variants_in_declaration_order() {
    let catalogue = MastodonError::catalogue();
    let expected = expected();
    assert_eq!(catalogue.len(), expected.len());
    for (entry, (error, status, code, _)) in catalogue.iter().zip(&expected) {
        assert_eq!(entry.status.as_u16(), *status);
        assert_eq!(entry.code, *code);
        assert_eq!(error.entry(), entry, "entry of {error:?}");
        assert!(format!("{error:?}").starts_with(entry.name));
    }
}

#[test]
fn bodies_carry_the_message_alone() {
    for (error, _, _, message) in expected() {
        if error == MastodonError::InvalidGrant {
            continue;
        }
        assert_eq!(error.description(), None, "description of {error:?}");
        let body = error.to_json();
        assert_eq!(body, format!(r#"{{"error":"{message}"}}"#));
        assert_eq!(parsed(&body), serde_json::json!({ "error": message }));
    }
}

#[test]
fn fixed_bodies_are_exact() {
    assert_eq!(
        MastodonError::NotFound.to_json(),
        r#"{"error":"Record not found"}"#
    );
    assert_eq!(
        MastodonError::Unauthorized.to_json(),
        r#"{"error":"This API requires an authenticated user"}"#
    );
    assert_eq!(
        MastodonError::RaceCondition.to_json(),
        MastodonError::StorageUnavailable.to_json()
    );
}

#[test]
fn fixed_messages_are_borrowed() {
    assert!(matches!(
        MastodonError::DuplicateRecord.message(),
        Cow::Borrowed("Duplicate record")
    ));
    assert!(matches!(
        MastodonError::NotFound.json_body(),
        Cow::Borrowed(r#"{"error":"Record not found"}"#)
    ));
}

#[test]
fn invalid_grant_sends_the_documented_oauth_body() {
    let body = seed_oauth_body();
    assert!(body.starts_with(r#"{"error":"invalid_grant","error_description":"The provided"#));
    assert_eq!(MastodonError::InvalidGrant.to_json(), body);

    let description = parsed(&body)["error_description"].clone();
    assert_eq!(
        MastodonError::InvalidGrant.description().as_deref(),
        description.as_str()
    );
}

#[test]
fn dynamic_texts_are_escaped() {
    let text = "Validation failed: \"Text\" can't be blank\\\n\t\u{1}\u{2028}";
    let error = MastodonError::ValidationFailed(text.into());
    let body = error.to_json();
    assert_eq!(
        body,
        r#"{"error":"Validation failed: \"Text\" can't be blank\\\n\t\u0001\u2028"}"#
    );
    assert_eq!(parsed(&body)["error"], text);
    assert_eq!(error.message(), text);
}

#[test]
fn dynamic_texts_may_be_empty() {
    let error = MastodonError::ParameterMissing(String::new());
    assert_eq!(error.to_json(), r#"{"error":""}"#);
}

#[test]
fn translations_are_sent_as_they_are() {
    let translations = [
        "Too many requests",
        "Zu viele Anfragen",
        "Trop de requêtes émises dans un délai donné",
        "Demasiadas solicitudes",
        "リクエストの制限に達しました",
    ];
    for text in translations {
        let error = MastodonError::TooManyRequests(text.into());
        assert_eq!(error.status().as_u16(), 429);
        assert_eq!(error.to_json(), format!(r#"{{"error":"{text}"}}"#));
    }
}

#[test]
fn the_constructors_give_the_texts_servers_send() {
    let limited = MastodonError::too_many_requests();
    assert_eq!(
        limited,
        MastodonError::TooManyRequests("Too many requests".into())
    );
    assert_eq!(limited.to_json(), r#"{"error":"Too many requests"}"#);

    let missing = MastodonError::parameter_missing("status");
    assert_eq!(missing.status().as_u16(), 400);
    assert_eq!(
        missing.message(),
        "param is missing or the value is empty or invalid: status"
    );
}

#[test]
fn catalogue_messages_show_one_placeholder_for_the_text() {
    let catalogue = MastodonError::catalogue();
    for name in ["ParameterMissing", "ValidationFailed", "TooManyRequests"] {
        let entry = catalogue.iter().find(|e| e.name == name).unwrap();
        assert_eq!(entry.message, "{0}", "{name}");
        assert_eq!(entry.client_message, "{string}", "{name}");
    }
    let grant = catalogue.last().unwrap();
    assert_eq!(grant.name, "InvalidGrant");
    assert_eq!(grant.client_description, grant.description);
}
