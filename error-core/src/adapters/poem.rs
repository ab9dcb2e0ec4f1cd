//! The `poem` feature: every derived type is an
//! [`IntoResponse`](poem::IntoResponse), and converts into [`poem::Error`],
//! so a handler can return it, or `Result<T, E>`; so are [`Mastodon`],
//! [`Problem`] and [`Respond`] holding one.
//!
//! poem wants both to be `Send`; the impls exist for the derived types that
//! are, and a type that is not simply has none.

use poem::{IntoResponse, Response};

use super::{Parts, Wrapped};
use crate::{ApiError, Mastodon, Problem, Respond};

/// The poem response for `error`.
pub fn response<E: ApiError + ?Sized>(error: &E) -> Response {
    response_of(Parts::of(error))
}

/// The poem response that `parts` describe.
pub fn response_of(parts: Parts) -> Response {
    let mut builder = Response::builder()
        .status(parts.status)
        .content_type(parts.content_type);
    for (name, value) in parts.headers {
        builder = builder.header(name, value);
    }
    builder.body(super::http::bytes_of(parts.body))
}

macro_rules! wrappers {
    ($($wrapper:ident),*) => {$(
        impl<E: ApiError + Send> IntoResponse for $wrapper<E> {
            fn into_response(self) -> Response {
                response_of(self.parts())
            }
        }

        impl<E: ApiError> From<$wrapper<E>> for poem::Error {
            fn from(wrapped: $wrapper<E>) -> Self {
                poem::Error::from_response(response_of(wrapped.parts()))
            }
        }
    )*};
}

wrappers!(Mastodon, Problem, Respond);

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
