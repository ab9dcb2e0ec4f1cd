//! The `salvo` feature: every derived type is a
//! [`Scribe`](salvo_core::Scribe), and so a `Writer`: a handler can return
//! it, or `Result<T, E>`; so are [`Mastodon`], [`Problem`] and
//! [`Respond`] holding one.

use salvo_core::http::header::{HeaderValue, CONTENT_TYPE};
use salvo_core::http::ResBody;
use salvo_core::{Response, Scribe};

use super::{Parts, Wrapped};
use crate::{ApiError, Mastodon, Problem, Respond};

/// Writes the response for `error` into `response`: its status, its content
/// type, its headers and its body, replacing any body already there.
pub fn render<E: ApiError + ?Sized>(error: &E, response: &mut Response) {
    render_parts(Parts::of(error), response);
}

/// Writes what `parts` describe into `response`.
pub fn render_parts(parts: Parts, response: &mut Response) {
    response.status_code(parts.status);
    let headers = response.headers_mut();
    let content_type = HeaderValue::from_static(parts.content_type);
    headers.insert(CONTENT_TYPE, content_type);
    for (name, value) in parts.headers {
        headers.append(name, value);
    }
    response.replace_body(ResBody::Once(super::http::bytes_of(parts.body)));
}

macro_rules! wrappers {
    ($($wrapper:ident),*) => {$(
        impl<E: ApiError> Scribe for $wrapper<E> {
            fn render(self, response: &mut Response) {
                render_parts(self.parts(), response);
            }
        }
    )*};
}

wrappers!(Mastodon, Problem, Respond);

#[doc(hidden)]
#[macro_export]
macro_rules! __adapter_salvo {
    ([$($params:tt)*] [$($ty:tt)*] [$($predicates:tt)*]) => {
        #[automatically_derived]
        #[allow(deprecated)]
        impl<$($params)*> $crate::__private::salvo_core::Scribe for $($ty)*
        where
            $($predicates)*
            $($ty)*: $crate::ApiError,
        {
            fn render(self, response: &mut $crate::__private::salvo_core::Response) {
                $crate::adapters::salvo::render(&self, response)
            }
        }
    };
}
