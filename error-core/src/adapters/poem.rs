//! The `poem` feature: every derived type is an
//! [`IntoResponse`](poem::IntoResponse), and converts into [`poem::Error`],
//! so a handler can return it, or `Result<T, E>`.
//!
//! poem wants both to be `Send`; the impls exist for the derived types that
//! are, and a type that is not simply has none.

use poem::Response;

use crate::ApiError;

/// The poem response for `error`.
pub fn response<E: ApiError + ?Sized>(error: &E) -> Response {
    let (status, body) = super::http::parts(error);
    Response::builder()
        .status(status)
        .content_type(super::CONTENT_TYPE)
        .body(body)
}

#[doc(hidden)]
#[macro_export]
macro_rules! __adapter_poem {
    ([$($params:tt)*] [$($ty:tt)*] [$($predicates:tt)*]) => {
        // The `for<'__a>` keeps a bound on a type without parameters from
        // being an error when it does not hold: the impl just does not apply.
        #[automatically_derived]
        #[allow(deprecated)]
        impl<$($params)*> $crate::__private::poem::IntoResponse for $($ty)*
        where
            $($predicates)*
            for<'__a> $($ty)*: $crate::ApiError + $crate::__private::Send,
        {
            fn into_response(self) -> $crate::__private::poem::Response {
                $crate::adapters::poem::response(&self)
            }
        }

        #[automatically_derived]
        #[allow(deprecated)]
        impl<$($params)*> $crate::__private::From<$($ty)*> for $crate::__private::poem::Error
        where
            $($predicates)*
            $($ty)*: $crate::ApiError,
        {
            fn from(error: $($ty)*) -> Self {
                $crate::__private::poem::Error::from_response($crate::adapters::poem::response(&error))
            }
        }
    };
}
