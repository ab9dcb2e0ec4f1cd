//! The `utoipa` feature: every derived type is a
//! [`utoipa::IntoResponses`], so that an operation documents all the errors
//! it can return with `responses(MyError)`:
//!
//! ```
//! use apifault_core::mastodon::MastodonError;
//! use utoipa::OpenApi;
//!
//! #[utoipa::path(post, path = "/api/v1/statuses", responses(MastodonError))]
//! async fn post_status() -> Result<String, MastodonError> {
//!     Err(MastodonError::Unauthorized)
//! }
//!
//! #[derive(OpenApi)]
//! #[openapi(paths(post_status))]
//! struct ApiDoc;
//!
//! let document = serde_json::to_value(ApiDoc::openapi()).unwrap();
//! let responses = &document["paths"]["/api/v1/statuses"]["post"]["responses"];
//! let forbidden = &responses["403"]["content"]["application/json"];
//! assert!(forbidden["examples"]["login_disabled"].is_object());
//! assert_eq!(forbidden["schema"]["required"][0], "error");
//! ```
//!
//! The responses are those of [`docs::openapi`], one per status with every
//! error as an example, but each with the body's schema written out in
//! place of its `$ref`: utoipa adds no schema to the document's components
//! for an `IntoResponses` type, so a reference would point at nothing.

use std::collections::BTreeMap;

use serde_json::Value;
use utoipa::openapi::{RefOr, Response};

use crate::{docs, ApiError, Entry};

/// What [`utoipa::IntoResponses::responses`] returns: responses by status.
pub type Responses = BTreeMap<String, RefOr<Response>>;

/// The utoipa responses of every error `E` can report.
pub fn responses<E: ApiError>() -> Responses {
    responses_of(E::catalogue())
}

/// The utoipa responses of a catalogue: the responses of
/// [`docs::openapi_of`], with the body's schema in each.
///
/// utoipa keeps a response's examples in a map sorted by name, so they
/// come sorted by code; the response's description lists them in the
/// order of `entries`.
pub fn responses_of(entries: &[Entry]) -> Responses {
    // The text is always JSON; should it ever not be, the operation is
    // documented without these responses rather than a panic.
    let Ok(mut fragment) = serde_json::from_str::<Value>(&docs::openapi_of(entries)) else {
        return Responses::new();
    };
    let schemas = fragment["components"]["schemas"].take();
    let Value::Object(responses) = fragment["responses"].take() else {
        return Responses::new();
    };

    responses
        .into_iter()
        .map(|(status, response)| (status, response_of(response, &schemas)))
        .collect()
}

fn response_of(mut response: Value, schemas: &Value) -> RefOr<Response> {
    inline_schemas(&mut response, schemas);
    let description = response["description"].as_str().unwrap_or_default();
    // The fragment has the shape of OpenAPI's Response Object, which is
    // what utoipa's model reads; should a later utoipa read it otherwise,
    // the document loses this status's examples and still validates.
    let fallback = Response::new(description);
    RefOr::T(serde_json::from_value(response).unwrap_or(fallback))
}

/// Replaces each `{"$ref": "#/components/schemas/<name>"}` of the content
/// of `response` with the schema `<name>` of `schemas`.
fn inline_schemas(response: &mut Value, schemas: &Value) {
    let Some(content) = response["content"].as_object_mut() else {
        return;
    };
    for media_type in content.values_mut() {
        let Some(schema) = media_type.get_mut("schema") else {
            continue;
        };
        let name = schema["$ref"]
            .as_str()
            .and_then(|path| path.strip_prefix("#/components/schemas/"));
        if let Some(found) = name.and_then(|name| schemas.get(name)) {
            *schema = found.clone();
        }
    }
}

#[doc(hidden)]
#[macro_export]
macro_rules! __adapter_utoipa {
    ([$($params:tt)*] [$($ty:tt)*] [$($predicates:tt)*]) => {
        #[automatically_derived]
        #[allow(deprecated)]
        impl<$($params)*> $crate::__private::utoipa::IntoResponses for $($ty)*
        where
            $($predicates)*
            $($ty)*: $crate::ApiError,
        {
            fn responses() -> $crate::adapters::utoipa::Responses {
                $crate::adapters::utoipa::responses::<Self>()
            }
        }
    };
}
