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
    /// A variant whose message and description have no placeholders has a
    /// body fixed at compile time: it is returned borrowed, with no
    /// allocation and no formatting.
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
    /// `error_description`, in that order.
    ///
    /// The body is valid JSON whatever the interpolated fields hold.
    fn to_json(&self) -> String {
        self.json_body().into_owned()
    }

    /// Every error the type can report, one entry per variant in declaration
    /// order. It needs no value: this is the type's documentation.
    fn catalogue() -> &'static [Entry]
    where
        Self: Sized;

    /// Whether clients are told only the status's reason phrase, as
    /// [`Entry::masked`] says of this value's variant.
    fn is_masked(&self) -> bool {
        self.entry().masked
    }

    /// The text an operator reads about this value, never sent to clients.
    ///
    /// The derive makes it the value's `Display` when the type implements
    /// `Display` (thiserror's, or `#[api_error(display)]`), followed by each
    /// error of its [`source`](std::error::Error::source) chain after `: `
    /// when it implements `std::error::Error`; otherwise its `Debug`; and
    /// the code, when it has neither. A formatting implementation that fails
    /// leaves what it wrote: this never panics.
    ///
    /// With the `tracing` feature, an adapter that sends a
    /// [masked](ApiError::is_masked) error logs this text.
    fn internal_text(&self) -> String {
        String::from(self.code())
    }
}
