//! The `rocket` feature: every derived type is a
//! [`Responder`](rocket::response::Responder), so a route can return it, or
//! `Result<T, E>`.

use std::io::Cursor;

use rocket::http::Status;
use rocket::Response;

use crate::ApiError;

/// The rocket response for `error`.
pub fn response<'o, E: ApiError + ?Sized>(error: &E) -> Response<'o> {
    let (status, body) = super::http::parts(error);
    Response::build()
        .status(Status::new(status.as_u16()))
        .raw_header("Content-Type", super::CONTENT_TYPE)
        .sized_body(body.len(), Cursor::new(body))
        .finalize()
}

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
