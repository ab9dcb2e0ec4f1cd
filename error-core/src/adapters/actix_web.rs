//! The `actix-web` feature: every derived type is a
//! [`Responder`](actix_web::Responder), and converts into
//! [`actix_web::Error`], so a handler can return it, or `Result<T, E>`;
//! so are [`Mastodon`], [`Problem`] and [`Respond`] holding one.
//!
//! The conversion goes through [`Rendered`], the response already built, so
//! the derived type needs neither `Display` nor actix's `ResponseError`.

use std::fmt;

use actix_web::body::BoxBody;
use actix_web::http::header::{HeaderName, HeaderValue, CONTENT_TYPE};
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, Responder, ResponseError};
use bytes::Bytes;

use super::{Parts, Wrapped};
use crate::{ApiError, Mastodon, Problem, Respond};

/// The actix-web response for `error`.
pub fn response<E: ApiError + ?Sized>(error: &E) -> HttpResponse {
    Rendered::new(error).error_response()
}

macro_rules! wrappers {
    ($($wrapper:ident),*) => {$(
        impl<E: ApiError> Responder for $wrapper<E> {
            type Body = BoxBody;

            fn respond_to(self, _: &HttpRequest) -> HttpResponse {
                Rendered::of_wrapped(&self).error_response()
            }
        }

        impl<E: ApiError> From<$wrapper<E>> for actix_web::Error {
            fn from(wrapped: $wrapper<E>) -> Self {
                Rendered::of_wrapped(&wrapped).into()
            }
        }
    )*};
}

wrappers!(Mastodon, Problem, Respond);

/// An error's response, rendered: what an [`actix_web::Error`] made from a
/// derived type holds.
///
/// Its `Display` and `Debug`, which actix-web's logger prints, show the
/// status and the code of the error, never its fields.
pub struct Rendered {
    status: StatusCode,
    code: &'static str,
    content_type: &'static str,
    headers: Vec<(HeaderName, HeaderValue)>,
    body: Bytes,
}

impl Rendered {
    /// Renders `error`.
    pub fn new<E: ApiError + ?Sized>(error: &E) -> Self {
        let mut rendered = Rendered::of(Parts::of(error));
        rendered.code = error.code();
        rendered
    }

    fn of_wrapped(wrapped: &impl Wrapped) -> Self {
        let mut rendered = Rendered::of(wrapped.parts());
        rendered.code = wrapped.code();
        rendered
    }

    /// Renders what `parts` describe; the code shown by `Display` is the
    /// status's reason phrase.
    pub fn of(parts: Parts) -> Self {
        // actix-web speaks an older `http` than this crate: the code, the
        // name and the bytes are the bridge, and `parts` holds only valid
        // ones, so nothing is lost.
        let status = StatusCode::from_u16(parts.status.as_u16())
            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let headers = parts
            .headers
            .iter()
            .filter_map(|(name, value)| {
                let name = HeaderName::from_bytes(name.as_str().as_bytes()).ok()?;
                let value = HeaderValue::from_bytes(value.as_bytes()).ok()?;
                Some((name, value))
            })
            .collect();
        Rendered {
            status,
            code: parts.status.canonical_reason().unwrap_or("error"),
            content_type: parts.content_type,
            headers,
            body: super::http::bytes_of(parts.body),
        }
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
        let content_type = HeaderValue::from_static(self.content_type);
        let mut response = HttpResponse::with_body(self.status, BoxBody::new(self.body.clone()));
        let headers = response.headers_mut();
        headers.insert(CONTENT_TYPE, content_type);
        for (name, value) in &self.headers {
            headers.append(name.clone(), value.clone());
        }
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
