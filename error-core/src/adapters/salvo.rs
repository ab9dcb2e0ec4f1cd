//! The `salvo` feature: every derived type is a
//! [`Scribe`](salvo_core::Scribe), and so a `Writer`: a handler can return
//! it, or `Result<T, E>`.

use salvo_core::http::header::{HeaderValue, CONTENT_TYPE};
use salvo_core::http::ResBody;
use salvo_core::Response;

use crate::ApiError;

/// Writes the response for `error` into `response`: its status, its content
/// type and its body, replacing any body already there.
pub fn render<E: ApiError + ?Sized>(error: &E, response: &mut Response) {
    let (status, body) = super::http::parts(error);
    response.status_code(status);
    let content_type = HeaderValue::from_static(super::CONTENT_TYPE);
    response.headers_mut().insert(CONTENT_TYPE, content_type);
    response.replace_body(ResBody::Once(body));
}

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
