//! The `warp` feature: every derived type is a
//! [`Reply`](warp::reply::Reply), so a filter can map to it, or to
//! `Result<T, E>`; so are [`Mastodon`], [`Problem`] and [`Respond`]
//! holding one.
//!
//! warp wants a reply to be `Send`; the impl exists for the derived types
//! that are, and a type that is not simply has none.

use warp::reply::{Reply, Response};

use super::{Parts, Wrapped};
use crate::{ApiError, Mastodon, Problem, Respond};

/// The warp response for `error`.
pub fn response<E: ApiError + ?Sized>(error: &E) -> Response {
    response_of(Parts::of(error))
}

/// The warp response that `parts` describe.
pub fn response_of(parts: Parts) -> Response {
    super::http::response_of(parts).map(Into::into)
}

macro_rules! wrappers {
    ($($wrapper:ident),*) => {$(
        impl<E: ApiError + Send> Reply for $wrapper<E> {
            fn into_response(self) -> Response {
                response_of(self.parts())
            }
        }
    )*};
}

wrappers!(Mastodon, Problem, Respond);

#[doc(hidden)]
#[macro_export]
macro_rules! __adapter_warp {
    ([$($params:tt)*] [$($ty:tt)*] [$($predicates:tt)*]) => {
        // The `for<'__a>` keeps a bound on a type without parameters from
        // being an error when it does not hold: the impl just does not apply.
        #[automatically_derived]
        #[allow(deprecated)]
        impl<$($params)*> $crate::__private::warp::reply::Reply for $($ty)*
        where
            $($predicates)*
            for<'__a> $($ty)*: $crate::ApiError + $crate::__private::Send,
        {
            fn into_response(self) -> $crate::__private::warp::reply::Response {
                $crate::adapters::warp::response(&self)
            }
        }
    };
}
