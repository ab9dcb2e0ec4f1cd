//! The client side: a status and a body read from a server, turned back
//! into the variant that sent them.
//!
//! `#[derive(FromResponse)]`, beside `#[derive(ApiError)]`, implements
//! [`FromResponse`] from the same attributes. It is a derive of its own so
//! that a server, which never reads its errors back, does not compile the
//! code. A variant is recognised by its status, then by the `error` text against its
//! message template:
//!
//! - A template without placeholders matches its text exactly.
//! - A template with placeholders matches by its literal pieces, each
//!   placeholder taking the shortest text before the next piece (the last
//!   one takes the rest), and the captured text becomes the field through
//!   its `FromStr` (a `String` takes it as it is). A field shown twice
//!   must capture the same text twice.
//! - A field the description shows and the message does not is captured
//!   from `error_description` the same way.
//! - The `#[details]` field is deserialized from the body's `details`, or
//!   from `null` when the body has none (so an `Option` is `None`).
//! - Any other field takes its `Default`.
//!
//! A variant none of whose fields can be made that way (a field type that
//! is neither `FromStr` nor `Default`, a details type that is not
//! `Deserialize`, a field whose type is a type parameter) is never
//! recognised; neither is a variant whose texts format a field with a spec
//! (`{0:?}`, `{n:>5}`), or put two placeholders side by side (`{a}{b}`),
//! since the text cannot be split back. Such a type still derives: those
//! variants arrive as [`Received::Unknown`].
//!
//! Among the variants of the status, the more specific templates are tried
//! first: templates without placeholders, then those with more literal text;
//! ties go to the variant declared first.

use crate::{ApiError, StatusCode};
use serde::de::DeserializeOwned;
use serde_json::Value;
use std::marker::PhantomData;
use std::str::FromStr;

/// A type a client recognises in a server's error response.
///
/// Derived with `#[derive(FromResponse)]` on a type that derives
/// [`ApiError`](trait@ApiError) too; see the [module](self) for how a body
/// is matched.
pub trait FromResponse: Sized {
    /// The variant that a status and a parsed body stand for, if any.
    fn from_body(status: u16, body: &ErrorBody) -> Option<Self>;

    /// The variant that a status and a body read from a server stand for,
    /// or [`Received::Unknown`] with what the server sent.
    ///
    /// `status` is a `u16` (a literal such as `404` works) or a
    /// [`StatusCode`]. A body that is not a JSON object with a string
    /// `error` is unknown; this never panics.
    fn from_response(status: impl ReceivedStatus, body: &str) -> Received<Self> {
        let status = status.as_u16();
        let parsed = ErrorBody::parse(body);
        if let Some(known) = parsed.as_ref().and_then(|p| Self::from_body(status, p)) {
            return Received::Known(known);
        }
        let (error, description) = match parsed {
            Some(parsed) => (Some(parsed.error), parsed.description),
            None => (None, None),
        };
        Received::Unknown {
            status,
            error,
            description,
            body: body.to_owned(),
        }
    }
}

/// A status as a client library gives it: a `u16` or a [`StatusCode`].
pub trait ReceivedStatus {
    /// The status number.
    fn as_u16(&self) -> u16;
}

impl ReceivedStatus for u16 {
    fn as_u16(&self) -> u16 {
        *self
    }
}

impl ReceivedStatus for StatusCode {
    fn as_u16(&self) -> u16 {
        StatusCode::as_u16(self)
    }
}

/// What a client received: an error of the type, or one it does not know.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Received<E> {
    /// The body and status of one of the type's variants.
    Known(E),
    /// Anything else, kept as it was sent.
    Unknown {
        /// The status, as sent.
        status: u16,
        /// The `error` text, when the body is a JSON object with one.
        error: Option<String>,
        /// The `error_description` text, if the body has a string one.
        description: Option<String>,
        /// The whole body, as sent.
        body: String,
    },
}

impl<E> Received<E> {
    /// The known error, if it is one.
    pub fn known(self) -> Option<E> {
        match self {
            Received::Known(error) => Some(error),
            Received::Unknown { .. } => None,
        }
    }

    /// Whether the error is one of the type's variants.
    pub fn is_known(&self) -> bool {
        matches!(self, Received::Known(_))
    }
}

impl<E: ApiError> Received<E> {
    /// The status of the response.
    pub fn status(&self) -> u16 {
        match self {
            Received::Known(error) => error.status().as_u16(),
            Received::Unknown { status, .. } => *status,
        }
    }
}

/// Whether the members are those of a problem details object.
fn is_problem(members: &serde_json::Map<String, Value>) -> bool {
    ["type", "title"]
        .iter()
        .any(|key| matches!(members.get(*key), Some(Value::String(_))))
}

/// An error body as a client reads it: a JSON object with a string `error`
/// (or a problem details object, whose `detail` is read as `error`).
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ErrorBody {
    /// The `error` member; the `detail` member of a problem details body.
    pub error: String,
    /// The `error_description` member, if it is a string.
    pub description: Option<String>,
    /// The `details` member, if there is one.
    pub details: Option<Value>,
}

impl ErrorBody {
    /// The members of `body`; `None` unless it is a JSON object with a
    /// string `error`, or an RFC 9457 problem details object (with a
    /// string `title` or `type`) with a string `detail`, which then stands
    /// for `error`: it holds the message, as `error` does.
    pub fn parse(body: &str) -> Option<Self> {
        let Ok(Value::Object(mut members)) = serde_json::from_str::<Value>(body) else {
            return None;
        };
        let error = match members.remove("error") {
            Some(Value::String(error)) => error,
            Some(_) => return None,
            None if is_problem(&members) => match members.remove("detail") {
                Some(Value::String(detail)) => detail,
                _ => return None,
            },
            None => return None,
        };
        let description = match members.remove("error_description") {
            Some(Value::String(text)) => Some(text),
            _ => None,
        };
        Some(ErrorBody {
            error,
            description,
            details: members.remove("details"),
        })
    }

    /// The `details` member as a `T`, read as from `null` when there is
    /// none; `None` when it does not deserialize as a `T`.
    pub fn details_as<T: DeserializeOwned>(&self) -> Option<T> {
        T::deserialize(self.details.as_ref().unwrap_or(&Value::Null)).ok()
    }
}

/// The texts the placeholders of a template capture in `text`, or `None`
/// if it does not match. `literals` are the template's literal pieces, one
/// more than it has placeholders, the first and last possibly empty.
#[doc(hidden)]
pub fn captures<'t>(literals: &[&str], text: &'t str) -> Option<Vec<&'t str>> {
    let (first, rest) = literals.split_first()?;
    let mut tail = text.strip_prefix(first)?;
    let Some((last, middle)) = rest.split_last() else {
        return tail.is_empty().then(Vec::new);
    };
    let mut out = Vec::with_capacity(rest.len());
    // The shortest capture first: when any split matches, this one does,
    // since the last placeholder takes whatever is left.
    for literal in middle {
        let at = tail.find(literal)?;
        out.push(&tail[..at]);
        tail = &tail[at + literal.len()..];
    }
    out.push(tail.strip_suffix(last)?);
    Some(out)
}

/// Makes a field of type `T` from a body, as far as `T` allows. The derive
/// calls its methods on `&Make::<T>::NEW`: the traits below are implemented
/// for `Make<T>` when `T` has what it takes, and for `&Make<T>` always, so
/// that method resolution picks the first, or else the fallback that
/// returns `None`. A type a derive cannot name a bound for still derives.
#[doc(hidden)]
pub struct Make<T>(PhantomData<fn() -> T>);

impl<T> Make<T> {
    /// The value to call the methods on.
    pub const NEW: Self = Make(PhantomData);
}

/// A field from its captured text, through `FromStr`.
#[doc(hidden)]
pub trait ParseText<T> {
    fn parse_text(&self, text: &str) -> Option<T>;
}

impl<T: FromStr> ParseText<T> for Make<T> {
    fn parse_text(&self, text: &str) -> Option<T> {
        text.parse().ok()
    }
}

/// A field that no text shows, from `Default`.
#[doc(hidden)]
pub trait MakeDefault<T> {
    fn make_default(&self) -> Option<T>;
}

impl<T: Default> MakeDefault<T> for Make<T> {
    fn make_default(&self) -> Option<T> {
        Some(T::default())
    }
}

/// The `#[details]` field, deserialized from the body's `details`.
#[doc(hidden)]
pub trait ReadDetails<T> {
    fn read_details(&self, body: &ErrorBody) -> Option<T>;
}

impl<T: DeserializeOwned> ReadDetails<T> for Make<T> {
    fn read_details(&self, body: &ErrorBody) -> Option<T> {
        body.details_as()
    }
}

/// The fallbacks: `None`, for the types that lack the trait.
#[doc(hidden)]
pub trait Unmade<T> {
    fn parse_text(&self, _text: &str) -> Option<T> {
        None
    }

    fn make_default(&self) -> Option<T> {
        None
    }

    fn read_details(&self, _body: &ErrorBody) -> Option<T> {
        None
    }
}

impl<T> Unmade<T> for &Make<T> {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_and_split_matches() {
        assert_eq!(
            captures(&["Record not found"], "Record not found"),
            Some(vec![])
        );
        assert_eq!(captures(&["Record not found"], "Record not foundx"), None);
        assert_eq!(captures(&["", ""], "anything"), Some(vec!["anything"]));
        assert_eq!(
            captures(
                &["Validation failed: ", " ", ""],
                "Validation failed: a b c"
            ),
            Some(vec!["a", "b c"])
        );
        assert_eq!(captures(&["a ", " z"], "a  z"), Some(vec![""]));
        assert_eq!(captures(&["a ", " z"], "a z"), None);
        assert_eq!(
            captures(&["", "-", "-x"], "1-2-3-x"),
            Some(vec!["1", "2-3"])
        );
        assert_eq!(captures(&["", ":", ""], "no colon"), None);
    }

    #[test]
    // The borrow is how the derive calls a probe: without it, the fallback
    // would not be found for the types that lack the trait.
    #[allow(clippy::needless_borrow)]
    fn the_fallbacks_answer_none() {
        struct Plain;
        assert_eq!((&Make::<u8>::NEW).parse_text("7"), Some(7));
        assert_eq!((&Make::<u8>::NEW).parse_text("x"), None);
        assert!((&Make::<Plain>::NEW).parse_text("7").is_none());
        assert!((&Make::<Plain>::NEW).make_default().is_none());
        assert_eq!((&Make::<String>::NEW).make_default(), Some(String::new()));
        let body = ErrorBody::parse(r#"{"error":"e","details":[1]}"#).unwrap();
        assert_eq!((&Make::<Vec<u8>>::NEW).read_details(&body), Some(vec![1]));
        assert!((&Make::<Plain>::NEW).read_details(&body).is_none());
    }

    #[test]
    fn parses_only_objects_with_a_string_error() {
        assert_eq!(ErrorBody::parse("not json"), None);
        assert_eq!(ErrorBody::parse("[1]"), None);
        assert_eq!(ErrorBody::parse(r#"{"error":5}"#), None);
        let body = ErrorBody::parse(r#"{"error":"e","error_description":3}"#).unwrap();
        assert_eq!((body.error.as_str(), body.description), ("e", None));
    }
}
