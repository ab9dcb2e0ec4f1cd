//! What the code emitted by `#[derive(ApiError)]` names. Not a public API:
//! nothing here is covered by semver.
//!
//! Every path the derive emits goes through this module, so that the
//! generated code works in a crate with `#![no_implicit_prelude]`, with its
//! own items named `core`, `std` or `Result`, and under every edition.

pub use crate::__adapters as adapters;
pub use crate::__with_serde as with_serde;
#[cfg(feature = "serde")]
pub use crate::client::{
    captures, ErrorBody, FromResponse, Make, MakeDefault, ParseText, ReadDetails, Unmade,
};
#[cfg(feature = "serde")]
pub use crate::details::{push_details, to_value as details_value};
pub use crate::internal::{Probe, ViaCode, ViaDebug, ViaDisplay, ViaError};
pub use crate::json::{push_value, write_debug, write_display, write_value, JsonBody};
pub use crate::table::{Render, Table};
pub use crate::{ApiError, Entry, Format, Header, Placeholder, StatusCode};
#[cfg(feature = "serde")]
pub use serde::Serialize;
#[cfg(feature = "serde")]
pub use serde_json::Value;
pub use std::vec::Vec;

#[cfg(feature = "http")]
pub use {bytes::Bytes, http};

#[cfg(feature = "actix-web")]
pub use actix_web;
#[cfg(feature = "axum")]
pub use axum_core;
#[cfg(feature = "poem")]
pub use poem;
#[cfg(feature = "rocket")]
pub use rocket;
#[cfg(feature = "salvo")]
pub use salvo_core;
#[cfg(feature = "utoipa")]
pub use utoipa;
#[cfg(feature = "warp")]
pub use warp;

pub use core::convert::From;
pub use core::fmt::{
    Arguments, Binary, Debug, Display, Formatter, LowerExp, LowerHex, Octal, Result as FmtResult,
    UpperExp, UpperHex, Write as FmtWrite,
};
pub use core::marker::Send;
pub use core::option::Option::{self, None, Some};
pub use core::result::Result::Ok;
pub use core::{compile_error, format_args};
pub use std::borrow::Cow;
pub use std::string::String;

/// The status `code` as a constant; the derive has already checked that it
/// is in 400..=599, so the fallback is never taken.
pub const fn status(code: u16) -> StatusCode {
    match StatusCode::from_u16(code) {
        Ok(status) => status,
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

/// The code the derives write for serde: `#[details]` fields and
/// `FromResponse`. With the `serde` feature it is emitted as it is; without,
/// the message, spanned where the derive points (the `#[details]`
/// attribute, the `FromResponse` of the derive list), is the only error,
/// and code given as `quiet` is left out without one.
#[cfg(feature = "serde")]
#[doc(hidden)]
#[macro_export]
macro_rules! __with_serde {
    (quiet $($tokens:tt)*) => {
        $($tokens)*
    };
    ($message:literal $($tokens:tt)*) => {
        $($tokens)*
    };
}

#[cfg(not(feature = "serde"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __with_serde {
    (quiet $($tokens:tt)*) => {};
    ($message:literal $($tokens:tt)*) => {
        $crate::__private::compile_error! { $message }
    };
}

/// Without the `serde` feature, the bound the derive puts on the type of a
/// generic `#[details]` field holds for every type, so that the feature's
/// message is the only error.
#[cfg(not(feature = "serde"))]
pub trait Serialize {}

#[cfg(not(feature = "serde"))]
impl<T: ?Sized> Serialize for T {}
