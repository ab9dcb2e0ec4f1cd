//! The `axum` feature: every derived type is an
//! [`IntoResponse`](axum_core::response::IntoResponse), so a handler can
//! return it, or `Result<T, E>`, as it is; so are [`Mastodon`],
//! [`Problem`] and [`Respond`] holding one.

use axum_core::body::Body;
use axum_core::response::{IntoResponse, Response};

use super::{Parts, Wrapped};
use crate::{ApiError, Mastodon, Problem, Respond};

/// The axum response for `error`: the [`http` response](super::http::response)
/// with its body, static or not, moved into axum's body without a copy.
pub fn response<E: ApiError + ?Sized>(error: &E) -> Response {
    response_of(Parts::of(error))
}

/// The axum response that `parts` describe.
pub fn response_of(parts: Parts) -> Response {
    super::http::response_of(parts).map(Body::from)
}

macro_rules! wrappers {
    ($($wrapper:ident),*) => {$(
        impl<E: ApiError> IntoResponse for $wrapper<E> {
            fn into_response(self) -> Response {
                response_of(self.parts())
            }
        }
    )*};
}

wrappers!(Mastodon, Problem, Respond);

#[doc(hidden)]
#[macro_export]
macro_rules! __adapter_axum {
    ([$($params:tt)*] [$($ty:tt)*] [$($predicates:tt)*]) => {
        #[automatically_derived]
        #[allow(deprecated)]
        impl<$($params)*> $crate::__private::axum_core::response::IntoResponse for $($ty)*
        where
            $($predicates)*
            $($ty)*: $crate::ApiError,
        {
            fn into_response(self) -> $crate::__private::axum_core::response::Response {
                $crate::adapters::axum::response(&self)
            }
        }
    };
}
