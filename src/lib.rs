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

/// Derives [`FromResponse`](trait@FromResponse) for a type that also
/// derives [`ApiError`](macro@ApiError), so that a client can turn a
/// status and a body back into a variant.
///
/// A separate derive, so that a server, which never reads its own errors
/// back, does not compile the code for it. See the
/// [crate documentation](crate#client-side).
pub use apifault_derive::FromResponse;

#[doc(hidden)]
pub use apifault_core::__private;
