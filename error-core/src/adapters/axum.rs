//! The `axum` feature: every derived type is an
//! [`IntoResponse`](axum_core::response::IntoResponse), so a handler can
//! return it, or `Result<T, E>`, as it is.

use axum_core::body::Body;
use axum_core::response::Response;

use crate::ApiError;

/// The axum response for `error`: the [`http` response](super::http::response)
/// with its body, static or not, moved into axum's body without a copy.
pub fn response<E: ApiError + ?Sized>(error: &E) -> Response {
    super::http::response(error).map(Body::from)
}

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
