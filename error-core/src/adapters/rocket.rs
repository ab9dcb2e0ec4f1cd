//! The `rocket` feature: every derived type is a
//! [`Responder`](rocket::response::Responder), so a route can return it, or
//! `Result<T, E>`; so are [`Mastodon`], [`Problem`] and [`Respond`]
//! holding one.

use std::io::Cursor;

use rocket::http::Status;
use rocket::response::{self, Responder};
use rocket::{Request, Response};

use super::{Parts, Wrapped};
use crate::{ApiError, Mastodon, Problem, Respond};

/// The rocket response for `error`.
pub fn response<'o, E: ApiError + ?Sized>(error: &E) -> Response<'o> {
    response_of(Parts::of(error))
}

/// The rocket response that `parts` describe.
pub fn response_of<'o>(parts: Parts) -> Response<'o> {
    let body = super::http::bytes_of(parts.body);
    let mut builder = Response::build();
    builder
        .status(Status::new(parts.status.as_u16()))
        .raw_header("Content-Type", parts.content_type);
    for (name, value) in parts.headers {
        // The value came from a `str`, and `HeaderValue` has checked it.
        let value = String::from_utf8_lossy(value.as_bytes()).into_owned();
        builder.raw_header_adjoin(name.as_str().to_owned(), value);
    }
    builder.sized_body(body.len(), Cursor::new(body)).finalize()
}

macro_rules! wrappers {
    ($($wrapper:ident),*) => {$(
        impl<'r, 'o: 'r, E: ApiError> Responder<'r, 'o> for $wrapper<E> {
            fn respond_to(self, _: &'r Request<'_>) -> response::Result<'o> {
                Ok(response_of(self.parts()))
            }
        }
    )*};
}

wrappers!(Mastodon, Problem, Respond);

#[doc(hidden)]
#[macro_export]
macro_rules! __adapter_rocket {
    ([$($params:tt)*] [$($ty:tt)*] [$($predicates:tt)*]) => {
        #[automatically_derived]
        #[allow(deprecated)]
        impl<'__r, '__o: '__r, $($params)*> $crate::__private::rocket::response::Responder<'__r, '__o>
            for $($ty)*
        where
            $($predicates)*
            $($ty)*: $crate::ApiError,
        {
            fn respond_to(
                self,
                _: &'__r $crate::__private::rocket::Request<'_>,
            ) -> $crate::__private::rocket::response::Result<'__o> {
                $crate::__private::Ok($crate::adapters::rocket::response(&self))
            }
        }
    };
}
