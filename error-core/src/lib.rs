//! Runtime of [apifault](https://docs.rs/apifault): the [`ApiError`] trait,
//! the [`Entry`] type of the error catalogue, the JSON body writer and the
//! documentation renderers.
//!
//! Use it through the `apifault` crate, which re-exports everything here
//! together with `#[derive(ApiError)]`.

#![deny(missing_docs)]

pub mod adapters;
#[cfg(feature = "serde")]
pub mod client;
#[cfg(feature = "serde")]
mod details;
mod entry;
mod error;
mod format;
mod internal;
mod json;
mod masking;
mod table;

pub mod docs;
pub mod mastodon;
pub mod oauth;

#[doc(hidden)]
pub mod __private;

#[cfg(feature = "serde")]
pub use crate::client::{ErrorBody, FromResponse, Received, ReceivedStatus};
pub use crate::entry::{Entry, Header, Placeholder};
pub use crate::error::ApiError;
pub use crate::format::{Format, Mastodon, Problem, Respond};
pub use http::StatusCode;
