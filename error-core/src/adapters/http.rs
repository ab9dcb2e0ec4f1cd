//! The `http` feature: an error as an [`http::Response`], for hyper, tower
//! or a hand-rolled server.

use std::borrow::Cow;

use bytes::Bytes;
use http::header::{HeaderValue, CONTENT_TYPE};

use crate::{ApiError, StatusCode};

/// The response for `error`: its status, `Content-Type: application/json;
/// charset=utf-8`, and its JSON body.
///
/// A body fixed at compile time is sent from static memory, with no copy;
/// a formatted one is moved into the response without one.
pub fn response<E: ApiError + ?Sized>(error: &E) -> http::Response<Bytes> {
    let (status, body) = parts(error);
    let mut response = http::Response::new(body);
    *response.status_mut() = status;
    response
        .headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static(super::CONTENT_TYPE));
    response
}

/// The status of `error` and its body as [`Bytes`]: borrowed from static
/// memory when the body is fixed at compile time, moved otherwise. Every
/// adapter sends its body from here, so none of them copies it.
pub fn parts<E: ApiError + ?Sized>(error: &E) -> (StatusCode, Bytes) {
    let (status, body) = super::parts(error);
    let body = match body {
        Cow::Borrowed(text) => Bytes::from_static(text.as_bytes()),
        Cow::Owned(text) => Bytes::from(text),
    };
    (status, body)
}

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
