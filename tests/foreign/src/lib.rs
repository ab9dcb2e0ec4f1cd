//! Error types derived in a crate of their own, for `tests/non_exhaustive.rs`:
//! `#[non_exhaustive]` only takes effect outside the defining crate, so the
//! test that uses these types must live in another one.

use apifault::{ApiError, FromResponse};

/// An error enum that may grow: crates that use it match with a wildcard.
#[derive(Debug, PartialEq, ApiError, FromResponse)]
#[non_exhaustive]
pub enum StoreError {
    /// The record does not exist.
    #[status(404)]
    #[message("Record not found")]
    NotFound,
    /// A field failed validation.
    #[status(422)]
    #[message("Validation failed: {0}")]
    Invalid(String),
    /// Too many requests from one client.
    #[status(429)]
    #[message("Too many requests, retry in {seconds} s")]
    #[header("Retry-After", "{seconds}")]
    RateLimited {
        /// Seconds until the next request is accepted.
        seconds: u32,
    },
    /// A variant that may gain fields: other crates cannot build it.
    #[status(409)]
    #[message("Conflict on {key}")]
    #[non_exhaustive]
    Conflict {
        /// The key both writers used.
        key: String,
    },
    /// A tuple variant that may gain fields.
    #[status(503)]
    #[non_exhaustive]
    Unavailable(u32),
}

impl StoreError {
    /// Builds [`StoreError::Conflict`], which other crates cannot build
    /// with a struct expression.
    pub fn conflict(key: impl Into<String>) -> Self {
        StoreError::Conflict { key: key.into() }
    }

    /// Builds [`StoreError::Unavailable`].
    pub fn unavailable(retry: u32) -> Self {
        StoreError::Unavailable(retry)
    }
}

/// A `#[non_exhaustive]` struct error.
#[derive(Debug, ApiError)]
#[non_exhaustive]
#[status(400)]
#[message("Bad cursor {cursor}")]
pub struct CursorError {
    /// The cursor the client sent.
    pub cursor: String,
}

impl CursorError {
    /// Builds the error.
    pub fn new(cursor: impl Into<String>) -> Self {
        CursorError {
            cursor: cursor.into(),
        }
    }
}
