//! The `actix-web` feature: every derived type is a
//! [`Responder`](actix_web::Responder), and converts into
//! [`actix_web::Error`], so a handler can return it, or `Result<T, E>`.
//!
//! The conversion goes through [`Rendered`], the response already built, so
//! the derived type needs neither `Display` nor actix's `ResponseError`.

use std::fmt;

use actix_web::body::BoxBody;
use actix_web::http::header::{HeaderValue, CONTENT_TYPE};
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, ResponseError};
use bytes::Bytes;

use crate::ApiError;

/// The actix-web response for `error`.
pub fn response<E: ApiError + ?Sized>(error: &E) -> HttpResponse {
    Rendered::new(error).error_response()
}

/// An error's response, rendered: what an [`actix_web::Error`] made from a
/// derived type holds.
///
/// Its `Display` and `Debug`, which actix-web's logger prints, show the
/// status and the code of the error, never its fields.
pub struct Rendered {
    status: StatusCode,
    code: &'static str,
    body: Bytes,
}

impl Rendered {
    /// Renders `error`.
    pub fn new<E: ApiError + ?Sized>(error: &E) -> Self {
        let (status, body) = super::http::parts(error);
        // actix-web speaks an older `http` than this crate: the code is the
        // bridge, and it is always a valid error status.
        let status =
            StatusCode::from_u16(status.as_u16()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let code = error.code();
        Rendered { status, code, body }
    }
}

impl fmt::Debug for Rendered {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Rendered")
            .field("status", &self.status.as_u16())
            .field("code", &self.code)
            .finish_non_exhaustive()
    }
}

impl fmt::Display for Rendered {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.status.as_u16(), self.code)
    }
}

impl ResponseError for Rendered {
    fn status_code(&self) -> StatusCode {
        self.status
    }

    fn error_response(&self) -> HttpResponse<BoxBody> {
        let content_type = HeaderValue::from_static(super::CONTENT_TYPE);
        let mut response = HttpResponse::with_body(self.status, BoxBody::new(self.body.clone()));
        response.headers_mut().insert(CONTENT_TYPE, content_type);
        response
    }
}

#[doc(hidden)]
#[macro_export]
macro_rules! __adapter_actix_web {
    ([$($params:tt)*] [$($ty:tt)*] [$($predicates:tt)*]) => {
        #[automatically_derived]
        #[allow(deprecated)]
        impl<$($params)*> $crate::__private::actix_web::Responder for $($ty)*
        where
            $($predicates)*
            $($ty)*: $crate::ApiError,
        {
            type Body = $crate::__private::actix_web::body::BoxBody;

            fn respond_to(
                self,
                _: &$crate::__private::actix_web::HttpRequest,
            ) -> $crate::__private::actix_web::HttpResponse {
                $crate::adapters::actix_web::response(&self)
            }
        }

        #[automatically_derived]
        #[allow(deprecated)]
        impl<$($params)*> $crate::__private::From<$($ty)*> for $crate::__private::actix_web::Error
        where
            $($predicates)*
            $($ty)*: $crate::ApiError,
        {
            fn from(error: $($ty)*) -> Self {
                $crate::__private::From::from($crate::adapters::actix_web::Rendered::new(&error))
            }
        }
    };
}
