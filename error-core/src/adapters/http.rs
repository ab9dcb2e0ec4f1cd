//! The `http` feature: an error as an [`http::Response`], for hyper, tower
//! or a hand-rolled server.

use std::borrow::Cow;

use bytes::Bytes;
use http::header::{HeaderValue, CONTENT_TYPE};

use super::{Parts, Wrapped};
use crate::{ApiError, Mastodon, Problem, Respond, StatusCode};

/// The response for `error`: its status, the `Content-Type` of its type's
/// default format, its headers, and its body.
///
/// A body fixed at compile time is sent from static memory, with no copy;
/// a formatted one is moved into the response without one.
pub fn response<E: ApiError + ?Sized>(error: &E) -> http::Response<Bytes> {
    response_of(Parts::of(error))
}

/// The response that `parts` describe.
pub fn response_of(parts: Parts) -> http::Response<Bytes> {
    let mut response = http::Response::new(bytes_of(parts.body));
    *response.status_mut() = parts.status;
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static(parts.content_type));
    for (name, value) in parts.headers {
        headers.append(name, value);
    }
    response
}

/// The status of `error` and its body as [`Bytes`]: borrowed from static
/// memory when the body is fixed at compile time, moved otherwise.
pub fn parts<E: ApiError + ?Sized>(error: &E) -> (StatusCode, Bytes) {
    let (status, body) = super::parts(error);
    (status, bytes_of(body))
}

/// A body as [`Bytes`], with no copy. An owned body whose capacity is its
/// length, as every body the derive formats is, costs no allocation either.
// Inlined into the generic callers, the static case is a few moves: out of
// line, passing the `Cow` and the `Bytes` through memory cost more than the
// copy of a precomputed body (benches/render.rs, `static`).
#[inline]
pub fn bytes_of(body: Cow<'static, str>) -> Bytes {
    match body {
        Cow::Borrowed(text) => Bytes::from_static(text.as_bytes()),
        Cow::Owned(text) => Bytes::from(text),
    }
}

macro_rules! wrappers {
    ($($wrapper:ident),*) => {$(
        impl<E: ApiError> From<$wrapper<E>> for http::Response<Bytes> {
            fn from(wrapped: $wrapper<E>) -> Self {
                response_of(wrapped.parts())
            }
        }
    )*};
}

wrappers!(Mastodon, Problem, Respond);

#[doc(hidden)]
#[macro_export]
macro_rules! __adapter_http {
    ([$($params:tt)*] [$($ty:tt)*] [$($predicates:tt)*]) => {
        #[automatically_derived]
        #[allow(deprecated)]
        impl<$($params)*> $crate::__private::From<$($ty)*>
            for $crate::__private::http::Response<$crate::__private::Bytes>
        where
            $($predicates)*
            $($ty)*: $crate::ApiError,
        {
            fn from(error: $($ty)*) -> Self {
                $crate::adapters::http::response(&error)
            }
        }
    };
}
