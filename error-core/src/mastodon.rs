//! The Mastodon API's documented error catalogue, ready to use.
//!
//! [`MastodonError`] has one variant for each error the Mastodon API
//! documentation lists for its Error entity, with the status and the text
//! given there, in the order given there; the doc comment of each variant
//! opens with the documentation's own sentence. One OAuth error,
//! [`MastodonError::InvalidGrant`], adds the body's `error_description`.
//!
//! A server that answers like Mastodon returns these errors from its
//! handlers; a client matches on what a server sent. Where current servers
//! send a text other than the documented one, the variant says so: the
//! catalogue keeps the documented text, and the dynamic variants take the
//! text a server sends.
//!
//! ```
//! use apifault_core::mastodon::MastodonError;
//! use apifault_core::ApiError;
//!
//! let error = MastodonError::NotFound;
//! assert_eq!(error.status().as_u16(), 404);
//! assert_eq!(error.to_json(), r#"{"error":"Record not found"}"#);
//!
//! let limited = MastodonError::too_many_requests();
//! assert_eq!(limited.to_json(), r#"{"error":"Too many requests"}"#);
//!
//! // The catalogue needs no value.
//! assert_eq!(MastodonError::catalogue().len(), 16);
//! ```

use apifault_derive::ApiError;

#[cfg(feature = "serde")]
mod validation;

#[cfg(feature = "serde")]
pub use validation::{ErrorCode, FieldError, ValidationDetails};

use crate::oauth::OAuthError;

/// An error of the Mastodon API, as its documentation lists them.
///
/// The variants come in the documentation's order, grouped by status; the
/// OAuth error [`InvalidGrant`](MastodonError::InvalidGrant) comes last.
/// Its page, rendered by [`docs::markdown`](crate::docs::markdown), is the
/// documentation's list of possible reasons.
#[derive(Debug, Clone, PartialEq, Eq, ApiError)]
#[cfg_attr(feature = "serde", derive(apifault_derive::FromResponse))]
#[api_error(crate = "crate")]
pub enum MastodonError {
    /// Appears when a required parameter is missing from the API call.
    ///
    /// The text is the server's own. Current servers send
    /// `param is missing or the value is empty or invalid: <param>`;
    /// Mastodon 4.3 and older send
    /// `param is missing or the value is empty: <param>`.
    #[status(400)]
    #[message("{0}")]
    #[example(0 = "param is missing or the value is empty or invalid: status")]
    ParameterMissing(String),

    /// Appears when the instance is in secure mode, which disables all
    /// public use of API methods.
    ///
    /// Servers since Mastodon 3.1 send the text
    /// `This method requires an authenticated user` instead, still with
    /// status 401.
    #[status(401)]
    #[message("This API requires an authenticated user")]
    Unauthorized,

    /// Appears when trying to call a method that you do not have permission
    /// for (such as admin or staff methods), or performing actions you are
    /// not allowed to do (such as following a user that blocks you).
    #[status(403)]
    #[message("This action is not allowed")]
    NotPermitted,

    /// Appears when the OAuth token’s authorized user has had their account
    /// disabled by a moderator.
    ///
    /// Servers check it after the other account states, and send it for a
    /// suspended account too.
    #[status(403)]
    #[message("Your login is currently disabled")]
    LoginDisabled,

    /// Appears when the email address associated with the OAuth token’s
    /// authorized user’s account has not yet been confirmed.
    #[status(403)]
    #[message("Your login is missing a confirmed e-mail address")]
    EmailUnconfirmed,

    /// Appears when the OAuth token’s authorized user has signed up on an
    /// instance with approval-required registrations, and the user has not
    /// yet had their account approved by a moderator.
    #[status(403)]
    #[message("Your login is currently pending approval")]
    PendingApproval,

    /// Appears when an entity record does not exist, or the authorized user
    /// is not within the audience of a private entity.
    ///
    /// Many routes of current servers (a missing or hidden status, polls,
    /// tags) send `Not Found` instead.
    #[status(404)]
    #[message("Record not found")]
    NotFound,

    /// May appear when entity creation failed.
    ///
    /// The text is the server's own. Current servers send
    /// `Validation failed: <errors>`, the failed validations joined by `, `
    /// in the request's language: `Validation failed: Text can't be blank`.
    #[status(422)]
    #[message("{0}")]
    #[example(0 = "Validation failed: Text can't be blank")]
    ValidationFailed(String),

    /// Appears when you are trying to pin an account or status that is
    /// already pinned.
    #[status(422)]
    #[message("Duplicate record")]
    DuplicateRecord,

    /// Appears when using an OAuth token without an authorized user (or no
    /// token at all), while trying to call an API method that requires a
    /// user to be processed.
    #[status(422)]
    #[message("This method requires an authenticated user")]
    UserRequired,

    /// Appears when you have exceeded the rate limit. See Rate limits for
    /// more information.
    ///
    /// The text is translated into the request's language:
    /// `Too many requests` in English, `Zu viele Anfragen` in German.
    #[status(429)]
    #[message("{0}")]
    #[example(0 = "Too many requests")]
    TooManyRequests(String),

    /// Appears when Mastodon calls a remote service (such as WebFinger from
    /// another instance) which returns an error.
    #[status(503)]
    #[message("Remote data could not be fetched")]
    RemoteFetchFailed,

    /// Appears when a remote service is called, but it has an invalid SSL
    /// certificate.
    #[status(503)]
    #[message("Remote SSL certificate could not be verified")]
    SslVerificationFailed,

    /// Appears when there was a failed call to an S3 storage server.
    ///
    /// Its text is also the text of `RaceCondition`: a client cannot tell
    /// the two apart.
    #[status(503)]
    #[message("There was a temporary problem serving your request, please try again")]
    StorageUnavailable,

    /// Appears when there was an error due to a race condition in
    /// server-side code.
    ///
    /// Its text is also the text of `StorageUnavailable`: a client cannot
    /// tell the two apart.
    #[status(503)]
    #[message("There was a temporary problem serving your request, please try again")]
    RaceCondition,

    /// Appears when an OAuth token request presents an authorization grant
    /// (an authorization code or a refresh token) that cannot be used.
    ///
    /// The body is the OAuth one, with an `error_description`: the body of
    /// [`OAuthError::InvalidGrant`], which converts into this variant.
    #[status(400)]
    #[message("invalid_grant")]
    #[description(
        "The provided authorization grant is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client."
    )]
    InvalidGrant,
}

impl MastodonError {
    /// The rate limit error with its English text, `Too many requests`.
    ///
    /// A server that answers in the request's language builds
    /// [`TooManyRequests`](MastodonError::TooManyRequests) with the
    /// translation instead.
    pub fn too_many_requests() -> Self {
        MastodonError::TooManyRequests(String::from("Too many requests"))
    }

    /// The missing parameter error with the text current servers send,
    /// `param is missing or the value is empty or invalid: <param>`.
    pub fn parameter_missing(param: &str) -> Self {
        MastodonError::ParameterMissing(format!(
            "param is missing or the value is empty or invalid: {param}"
        ))
    }
}

/// The OAuth errors the Mastodon catalogue lists: `invalid_grant`. Any other
/// comes back as the error, for a server to send it as an [`OAuthError`].
///
/// ```
/// use apifault_core::mastodon::MastodonError;
/// use apifault_core::oauth::OAuthError;
/// use apifault_core::ApiError;
///
/// let error = MastodonError::try_from(OAuthError::InvalidGrant).unwrap();
/// assert_eq!(error.to_json(), OAuthError::InvalidGrant.to_json());
/// assert!(MastodonError::try_from(OAuthError::InvalidScope).is_err());
/// ```
impl TryFrom<OAuthError> for MastodonError {
    type Error = OAuthError;

    fn try_from(error: OAuthError) -> Result<Self, OAuthError> {
        match error {
            OAuthError::InvalidGrant => Ok(MastodonError::InvalidGrant),
            other => Err(other),
        }
    }
}

/// The OAuth error a Mastodon error is, if it is one; any other comes back
/// as the error.
impl TryFrom<MastodonError> for OAuthError {
    type Error = MastodonError;

    fn try_from(error: MastodonError) -> Result<Self, MastodonError> {
        match error {
            MastodonError::InvalidGrant => Ok(OAuthError::InvalidGrant),
            other => Err(other),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{MastodonError, OAuthError};
    use crate::ApiError;

    // The two enums are declared apart, since an attribute cannot name a
    // constant; this keeps their shared error one error.
    #[test]
    fn the_oauth_variants_are_the_oauth_errors() {
        for oauth in OAuthError::catalogue() {
            let Some(mastodon) = MastodonError::catalogue()
                .iter()
                .find(|entry| entry.message == oauth.message)
            else {
                continue;
            };
            assert_eq!(mastodon.status, oauth.status, "{}", oauth.code);
            assert_eq!(mastodon.description, oauth.description, "{}", oauth.code);
            assert_eq!(mastodon.example, oauth.example, "{}", oauth.code);
        }
        let converted = MastodonError::try_from(OAuthError::InvalidGrant);
        assert_eq!(converted, Ok(MastodonError::InvalidGrant));
        assert_eq!(
            MastodonError::InvalidGrant.json_body(),
            OAuthError::InvalidGrant.json_body()
        );
    }
}
