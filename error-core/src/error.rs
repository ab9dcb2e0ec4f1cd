use std::borrow::Cow;

use crate::{Entry, StatusCode};

/// An error that a web API reports to its clients.
///
/// Implement it with `#[derive(ApiError)]`: the derive generates every
/// method from the attributes of the enum, and guarantees at compile time
/// that each variant has a status and a message a client may see.
///
/// The trait is object safe: a `&dyn ApiError` renders like the value it
/// points to. Only [`catalogue`](ApiError::catalogue) needs a concrete type.
pub trait ApiError {
    /// The catalogue entry of this value's variant.
    fn entry(&self) -> &'static Entry;

    /// The client-facing message, from `#[message]`; borrowed when the
    /// message has no placeholders.
    ///
    /// It is the `error` text of the [JSON body](ApiError::to_json), also
    /// when a field's `Display` or `Debug` implementation fails: the message
    /// then keeps what that implementation wrote before failing and goes on
    /// with the rest of the template, where `format!` would panic.
    fn message(&self) -> Cow<'_, str>;

    /// The longer description, from `#[description]`, if the variant has one;
    /// a failing field renders as in [`message`](ApiError::message).
    fn description(&self) -> Option<Cow<'_, str>>;

    /// The JSON body, exactly as [`to_json`](ApiError::to_json) returns it.
    ///
    /// A variant whose message and description have no placeholders, and
    /// which has no `#[details]` field, has a body fixed at compile time: it
    /// is returned borrowed, with no allocation and no formatting.
    fn json_body(&self) -> Cow<'static, str>;

    /// The HTTP status of this value's variant.
    fn status(&self) -> StatusCode {
        self.entry().status
    }

    /// The stable machine-readable code of this value's variant: the variant
    /// name in snake case, unless `#[code("...")]` says otherwise.
    fn code(&self) -> &'static str {
        self.entry().code
    }

    /// The body a client reads: a compact JSON object with the member
    /// `error` (the message) and, when the variant has a description,
    /// `error_description`, in that order, then `details` when the variant
    /// has a `#[details]` field.
    ///
    /// The body is valid JSON whatever the interpolated fields hold.
    fn to_json(&self) -> String {
        self.json_body().into_owned()
    }

    /// The value of the variant's `#[details]` field as JSON, the `details`
    /// member of the body; `None` for a variant without one, and when the
    /// value fails to serialize or is `null`, which the body leaves out.
    ///
    /// A body format of its own reads the details here.
    fn details(&self) -> Option<serde_json::Value> {
        None
    }

    /// Every error the type can report, one entry per variant in declaration
    /// order. It needs no value: this is the type's documentation.
    fn catalogue() -> &'static [Entry]
    where
        Self: Sized;
}
