//! The errors of an OAuth 2.0 token endpoint, ready to use.
//!
//! [`OAuthError`] has one variant for each error code of RFC 6749 §5.2,
//! and [`AccessDenied`](OAuthError::AccessDenied) of §4.1.2.1, with the
//! status and the `error_description` that Mastodon's OAuth library sends:
//! 401 for `invalid_client` and `unauthorized_client`, 400 for the rest.
//! The message of each variant is its error code, so the body is the one
//! RFC 6749 defines:
//!
//! ```
//! use apifault_core::oauth::OAuthError;
//! use apifault_core::ApiError;
//!
//! let error = OAuthError::InvalidScope;
//! assert_eq!(error.status().as_u16(), 400);
//! assert_eq!(
//!     error.to_json(),
//!     r#"{"error":"invalid_scope","error_description":"The requested scope is invalid, unknown, or malformed."}"#
//! );
//! assert_eq!(error.code(), "invalid_scope");
//! ```
//!
//! The enum is derived with `#[api_error(oauth)]`, so the compiler has
//! checked every code and description against the characters RFC 6749
//! allows in them. [`MastodonError::InvalidGrant`] is the same error as
//! [`OAuthError::InvalidGrant`], body for body; the two convert into each
//! other where the variant exists.
//!
//! [`MastodonError::InvalidGrant`]: crate::mastodon::MastodonError::InvalidGrant

use apifault_derive::ApiError;

/// An error of an OAuth 2.0 token request (RFC 6749 §5.2), or the refusal
/// of an authorization request (§4.1.2.1).
///
/// The variants come in the RFC's order; the code of each, which is also
/// its message, is the variant's name in snake case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ApiError)]
#[cfg_attr(feature = "serde", derive(apifault_derive::FromResponse))]
#[api_error(crate = "crate", oauth)]
pub enum OAuthError {
    /// Appears when the request lacks a parameter it needs, has a parameter
    /// with a value the server does not support, repeats a parameter, holds
    /// more than one set of client credentials or more than one way to
    /// authenticate the client, or is malformed in any other way.
    #[status(400)]
    #[message("invalid_request")]
    #[description("The request is missing a required parameter, includes an unsupported parameter value, or is otherwise malformed.")]
    InvalidRequest,

    /// Appears when the client could not be authenticated: the client is
    /// unknown, the request carries no client authentication, or it uses an
    /// authentication method the server does not support.
    ///
    /// A client that authenticated with the `Authorization` header gets
    /// status 401, as the RFC requires; servers send 401 for every
    /// `invalid_client`.
    #[status(401)]
    #[message("invalid_client")]
    #[description("Client authentication failed due to unknown client, no client authentication included, or unsupported authentication method.")]
    InvalidClient,

    /// Appears when the grant the request presents (an authorization code,
    /// the resource owner's credentials, or a refresh token) is invalid,
    /// has expired or been revoked, was issued to another client, or does
    /// not match the redirection URI of the authorization request.
    #[status(400)]
    #[message("invalid_grant")]
    #[description("The provided authorization grant is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client.")]
    InvalidGrant,

    /// Appears when the client, although authenticated, may not use the
    /// grant type of the request.
    ///
    /// Servers send it with status 401.
    #[status(401)]
    #[message("unauthorized_client")]
    #[description("The client is not authorized to perform this request using this method.")]
    UnauthorizedClient,

    /// Appears when the server does not support the grant type of the
    /// request.
    #[status(400)]
    #[message("unsupported_grant_type")]
    #[description("The authorization grant type is not supported by the authorization server.")]
    UnsupportedGrantType,

    /// Appears when the scope the request asks for is invalid, unknown or
    /// malformed, or goes beyond what the resource owner granted.
    #[status(400)]
    #[message("invalid_scope")]
    #[description("The requested scope is invalid, unknown, or malformed.")]
    InvalidScope,

    /// Appears when the resource owner, or the server, refused the request
    /// for authorization.
    ///
    /// RFC 6749 defines it for the authorization endpoint (§4.1.2.1), which
    /// sends it in the redirection URI's query; servers send it as this
    /// body, with status 400, where they answer with JSON.
    #[status(400)]
    #[message("access_denied")]
    #[description("The resource owner or authorization server denied the request.")]
    AccessDenied,
}
