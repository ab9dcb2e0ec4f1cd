#![doc = include_str!("../README.md")]
#![deny(missing_docs)]

pub use apifault_core::{
    adapters, client, docs, mastodon, oauth, ApiError, Entry, ErrorBody, Format, FromResponse,
    Header, Mastodon, Placeholder, Problem, Received, ReceivedStatus, Respond, StatusCode,
};

/// Derives [`ApiError`](trait@ApiError) for an enum or a struct.
///
/// See the [crate documentation](crate) for the attributes it reads.
pub use apifault_derive::ApiError;

#[doc(hidden)]
pub use apifault_core::__private;
