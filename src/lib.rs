//! apifault: one derive for a web API's errors.

#![deny(missing_docs)]

pub use apifault_core::{docs, mastodon, ApiError, Entry, StatusCode};
pub use apifault_derive::ApiError;

#[doc(hidden)]
pub use apifault_core::__private;
