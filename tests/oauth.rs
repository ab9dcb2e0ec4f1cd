//! The ready-made OAuth catalogue: every code of RFC 6749 §5.2 and
//! `access_denied`, with the status and the exact body Mastodon's servers
//! send, and its relation to `MastodonError::InvalidGrant`.

use apifault::mastodon::MastodonError;
use apifault::oauth::OAuthError;
use apifault::ApiError;

/// Each variant with its status, code and description, as the seed of
/// Mastodon's OAuth library gives them.
fn expected() -> Vec<(OAuthError, u16, &'static str, &'static str)> {
    use OAuthError::*;
    vec![
        (
            InvalidRequest,
            400,
            "invalid_request",
            "The request is missing a required parameter, includes an unsupported parameter value, or is otherwise malformed.",
        ),
        (
            InvalidClient,
            401,
            "invalid_client",
            "Client authentication failed due to unknown client, no client authentication included, or unsupported authentication method.",
        ),
        (
            InvalidGrant,
            400,
            "invalid_grant",
            "The provided authorization grant is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client.",
        ),
        (
            UnauthorizedClient,
            401,
            "unauthorized_client",
            "The client is not authorized to perform this request using this method.",
        ),
        (
            UnsupportedGrantType,
            400,
            "unsupported_grant_type",
            "The authorization grant type is not supported by the authorization server.",
        ),
        (
            InvalidScope,
            400,
            "invalid_scope",
            "The requested scope is invalid, unknown, or malformed.",
        ),
        (
            AccessDenied,
            400,
            "access_denied",
            "The resource owner or authorization server denied the request.",
        ),
    ]
}

#[test]
fn every_code_has_its_status_and_exact_body() {
    for (error, status, code, description) in expected() {
        assert_eq!(error.status().as_u16(), status, "{code}");
        assert_eq!(error.code(), code);
        assert_eq!(error.message(), code);
        assert_eq!(error.description().as_deref(), Some(description));
        let body = format!(r#"{{"error":"{code}","error_description":"{description}"}}"#);
        assert_eq!(error.to_json(), body);
        assert!(!error.is_masked(), "{code}");
    }
}

#[test]
fn the_catalogue_lists_every_code_in_the_rfc_order() {
    let codes: Vec<&str> = OAuthError::catalogue().iter().map(|e| e.code).collect();
    let expected: Vec<&str> = expected().iter().map(|(_, _, code, _)| *code).collect();
    assert_eq!(codes, expected);
    for entry in OAuthError::catalogue() {
        assert_eq!(entry.message, entry.code);
        assert!(!entry.docs.is_empty(), "{}", entry.code);
        assert!(!entry.masked);
    }
}

#[test]
fn every_text_is_in_the_character_set_of_rfc_6749() {
    let allowed = |ch: char| matches!(ch, '\x20'..='\x21' | '\x23'..='\x5b' | '\x5d'..='\x7e');
    for entry in OAuthError::catalogue() {
        assert!(entry.message.chars().all(|ch| allowed(ch) && ch != ' '));
        assert!(entry.description.unwrap().chars().all(allowed));
    }
}

#[test]
fn mastodon_invalid_grant_is_the_oauth_invalid_grant() {
    let oauth = OAuthError::InvalidGrant;
    let mastodon = MastodonError::try_from(oauth).unwrap();
    assert_eq!(mastodon, MastodonError::InvalidGrant);
    assert_eq!(mastodon.status(), oauth.status());
    assert_eq!(mastodon.to_json(), oauth.to_json());
    assert_eq!(mastodon.message(), oauth.message());
    assert_eq!(mastodon.description(), oauth.description());
    assert_eq!(OAuthError::try_from(mastodon), Ok(OAuthError::InvalidGrant));
}

#[test]
fn only_invalid_grant_converts() {
    for (error, ..) in expected() {
        let converted = MastodonError::try_from(error);
        match error {
            OAuthError::InvalidGrant => assert!(converted.is_ok()),
            other => assert_eq!(converted, Err(other)),
        }
    }
    let not_oauth = OAuthError::try_from(MastodonError::NotFound);
    assert_eq!(not_oauth, Err(MastodonError::NotFound));
}

/// A user's own OAuth enum, checked by the derive like the ready-made one.
#[derive(Debug, ApiError)]
#[api_error(oauth)]
enum TokenError {
    /// The token was revoked.
    #[status(401)]
    #[message("invalid_token")]
    #[description("The access token was revoked")]
    Revoked,
    /// A literal brace is fixed text, so it is allowed.
    #[status(400)]
    #[message("invalid_request")]
    #[description("Braces {{ and }} are printable ASCII: ~!#$%&'()*+,-./:;<=>?@[]^_`|")]
    Braces,
}

#[test]
fn a_user_enum_in_oauth_mode() {
    assert_eq!(
        TokenError::Revoked.to_json(),
        r#"{"error":"invalid_token","error_description":"The access token was revoked"}"#
    );
    let description = TokenError::Braces.description().unwrap();
    assert!(description.starts_with("Braces { and } are"));
}
