//! Framework glue: with a framework's cargo feature, every derived type is
//! that framework's error response, with nothing to write in the user's
//! crate.
//!
//! How it works: the derive cannot implement a framework's traits from
//! this crate (the orphan rule forbids a blanket impl of a foreign trait),
//! so it invokes [`adapters!`](crate::__adapters) in the user's crate, and
//! what that macro expands to is decided here, by this crate's features.
//!
//! Each framework has a macro of its own, defined twice: with its feature
//! it emits that framework's impls; without, nothing.

use std::borrow::Cow;

use crate::{ApiError, StatusCode};

#[cfg(feature = "actix-web")]
pub mod actix_web;
#[cfg(feature = "axum")]
pub mod axum;
#[cfg(feature = "http")]
pub mod http;
#[cfg(feature = "poem")]
pub mod poem;
#[cfg(feature = "rocket")]
pub mod rocket;
#[cfg(feature = "salvo")]
pub mod salvo;
#[cfg(feature = "utoipa")]
pub mod utoipa;
#[cfg(feature = "warp")]
pub mod warp;

/// The `Content-Type` of every body the adapters send.
pub const CONTENT_TYPE: &str = "application/json; charset=utf-8";

/// The status and the body of an error's response: all an adapter sends,
/// with the body borrowed when it is fixed at compile time.
///
/// Every adapter renders its response through here; so, with the `tracing`
/// feature, this is where a masked error is logged, once per response.
pub fn parts<E: ApiError + ?Sized>(error: &E) -> (StatusCode, Cow<'static, str>) {
    crate::masking::report(error);
    (error.status(), error.json_body())
}

/// Emits the impls of every enabled framework for one derived type:
/// `adapters! { [params,] [Type<..>] [predicates,] }`.
#[doc(hidden)]
#[macro_export]
macro_rules! __adapters {
    ($params:tt $ty:tt $predicates:tt) => {
        $crate::__adapter_http! { $params $ty $predicates }
        $crate::__adapter_axum! { $params $ty $predicates }
        $crate::__adapter_actix_web! { $params $ty $predicates }
        $crate::__adapter_rocket! { $params $ty $predicates }
        $crate::__adapter_poem! { $params $ty $predicates }
        $crate::__adapter_salvo! { $params $ty $predicates }
        $crate::__adapter_warp! { $params $ty $predicates }
        $crate::__adapter_utoipa! { $params $ty $predicates }
    };
}

// The macros of the frameworks whose feature is off: they emit nothing.

#[cfg(not(feature = "http"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __adapter_http {
    ($($tokens:tt)*) => {};
}

#[cfg(not(feature = "axum"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __adapter_axum {
    ($($tokens:tt)*) => {};
}

#[cfg(not(feature = "actix-web"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __adapter_actix_web {
    ($($tokens:tt)*) => {};
}

#[cfg(not(feature = "rocket"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __adapter_rocket {
    ($($tokens:tt)*) => {};
}

#[cfg(not(feature = "poem"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __adapter_poem {
    ($($tokens:tt)*) => {};
}

#[cfg(not(feature = "salvo"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __adapter_salvo {
    ($($tokens:tt)*) => {};
}

#[cfg(not(feature = "warp"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __adapter_warp {
    ($($tokens:tt)*) => {};
}

#[cfg(not(feature = "utoipa"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __adapter_utoipa {
    ($($tokens:tt)*) => {};
}
