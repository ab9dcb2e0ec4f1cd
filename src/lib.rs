#![doc = include_str!("../README.md")]
#![deny(missing_docs)]

pub use apifault_core::{
    adapters, docs, mastodon, oauth, ApiError, Entry, Format, Header, Mastodon, Placeholder,
    Problem, Respond, StatusCode,
};

#[cfg(feature = "serde")]
pub use apifault_core::{client, ErrorBody, FromResponse, Received, ReceivedStatus};

/// Derives [`ApiError`](trait@ApiError) for an enum or a struct.
///
/// See the [crate documentation](crate) for the attributes it reads.
pub use apifault_derive::ApiError;

/// Derives `FromResponse` for a type that also derives
/// [`ApiError`](macro@ApiError), so that a client can turn a status and a
/// body back into a variant.
///
/// A separate derive, so that a server, which never reads its own errors
/// back, does not compile the code for it. It needs the `serde` feature,
/// and says so when it is off. See the
/// [crate documentation](crate#client-side).
pub use apifault_derive::FromResponse;

#[doc(hidden)]
pub use apifault_core::__private;
