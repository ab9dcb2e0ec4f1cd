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

use ::http::header::{HeaderName, HeaderValue};

use crate::{ApiError, Format, Respond, StatusCode};

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

/// The `Content-Type` of a body in Mastodon's format.
pub const CONTENT_TYPE: &str = Format::Mastodon.content_type();

/// The status and the body of an error's response in its type's default
/// format, with the body borrowed when it is fixed at compile time.
///
/// Every adapter renders its response through here or through [`Parts`];
/// so, with the `tracing` feature, this is where a masked error is logged,
/// once per response.
pub fn parts<E: ApiError + ?Sized>(error: &E) -> (StatusCode, Cow<'static, str>) {
    crate::masking::report(error);
    (error.status(), error.body(error.default_format()))
}

/// Everything a response for an error holds: all an adapter sends.
#[derive(Debug)]
#[non_exhaustive]
pub struct Parts {
    /// The status of the error's variant.
    pub status: StatusCode,
    /// The `Content-Type` of the body's format.
    pub content_type: &'static str,
    /// The body, borrowed when it is fixed at compile time.
    pub body: Cow<'static, str>,
    /// The variant's headers that may be sent; see [`headers`].
    pub headers: Vec<(HeaderName, HeaderValue)>,
}

impl Parts {
    /// The response for `error` in its type's default format.
    pub fn of<E: ApiError + ?Sized>(error: &E) -> Self {
        Parts::in_format(error, error.default_format())
    }

    /// The response for `error` in `format`.
    pub fn in_format<E: ApiError + ?Sized>(error: &E, format: Format) -> Self {
        crate::masking::report(error);
        Parts {
            status: error.status(),
            content_type: format.content_type(),
            body: error.body(format),
            headers: headers(error),
        }
    }

    /// The response of a [`Respond`], with its `instance`.
    pub fn of_respond<E: ApiError>(respond: &Respond<E>) -> Self {
        let error = respond.error();
        crate::masking::report(error);
        Parts {
            status: error.status(),
            content_type: respond.format().content_type(),
            body: respond.body(),
            headers: headers(error),
        }
    }
}

/// The headers of `error` that may be sent, in order.
///
/// A value that a header may not carry under the rules of
/// [`HeaderValue`] (a CR, an LF, a NUL or another control character but a
/// tab) is dropped, never sent: an interpolated field must not be able to
/// split the response or add a header of its own. The rest of the response
/// goes out as usual.
pub fn headers<E: ApiError + ?Sized>(error: &E) -> Vec<(HeaderName, HeaderValue)> {
    error
        .headers()
        .into_iter()
        .filter_map(|(name, value)| {
            let name = HeaderName::from_bytes(name.as_bytes()).ok()?;
            let value = HeaderValue::from_str(&value).ok()?;
            Some((name, value))
        })
        .collect()
}

/// The response parts of a wrapper ([`Mastodon`](crate::Mastodon),
/// [`Problem`](crate::Problem) or [`Respond`]), for the impls each
/// adapter writes for all three.
#[cfg(feature = "http")]
pub(crate) trait Wrapped {
    fn parts(&self) -> Parts;
    #[allow(dead_code)] // only actix-web's logger shows the code
    fn code(&self) -> &'static str;
}

#[cfg(feature = "http")]
impl<E: ApiError> Wrapped for crate::Mastodon<E> {
    fn code(&self) -> &'static str {
        self.0.code()
    }

    fn parts(&self) -> Parts {
        Parts::in_format(&self.0, Format::Mastodon)
    }
}

#[cfg(feature = "http")]
impl<E: ApiError> Wrapped for crate::Problem<E> {
    fn code(&self) -> &'static str {
        self.0.code()
    }

    fn parts(&self) -> Parts {
        Parts::in_format(&self.0, Format::Problem)
    }
}

#[cfg(feature = "http")]
impl<E: ApiError> Wrapped for Respond<E> {
    fn code(&self) -> &'static str {
        self.error().code()
    }

    fn parts(&self) -> Parts {
        Parts::of_respond(self)
    }
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
