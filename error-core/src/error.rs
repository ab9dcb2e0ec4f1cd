use std::borrow::Cow;

use crate::json::escape_into;
use crate::{Entry, Format, StatusCode};

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
    ///
    /// The derive writes everything it knows of a type's variants into its
    /// code as one string, which the first use of the type (any method, on
    /// any value) reads into the catalogue and the bodies' recipes, once,
    /// and keeps for the life of the program. That first use allocates;
    /// the ones after it allocate only for a formatted body.
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
    #[inline]
    fn to_json(&self) -> String {
        self.json_body().into_owned()
    }

    /// The value of the variant's `#[details]` field as JSON, the `details`
    /// member of the body; `None` for a variant without one, and when the
    /// value fails to serialize or is `null`, which the body leaves out.
    ///
    /// A body format of its own reads the details here. Needs the `serde`
    /// feature.
    #[cfg(feature = "serde")]
    fn details(&self) -> Option<serde_json::Value> {
        None
    }

    /// Every error the type can report, one entry per variant in declaration
    /// order. It needs no value: this is the type's documentation.
    fn catalogue() -> &'static [Entry]
    where
        Self: Sized;

    /// The RFC 9457 problem details body, exactly as
    /// [`to_problem_json`](ApiError::to_problem_json) returns it: borrowed
    /// with no allocation when the message has no placeholders, because the
    /// derive writes that body at compile time.
    fn problem_json_body(&self) -> Cow<'static, str> {
        let entry = self.entry();
        let mut body = problem_head(entry);
        escape_into(&mut body, &self.message());
        body.push_str("\"}");
        Cow::Owned(body)
    }

    /// The RFC 9457 problem details body: a compact JSON object with the
    /// members `type` (the entry's [`problem_type`](Entry::problem_type)),
    /// `title` (the status's reason phrase), `status` (a number) and
    /// `detail` (the message), in that order. The description is not part
    /// of it. Valid JSON whatever the interpolated fields hold.
    fn to_problem_json(&self) -> String {
        self.problem_json_body().into_owned()
    }

    /// [`to_problem_json`](ApiError::to_problem_json) with the `instance`
    /// member last, `instance` escaped as a JSON string: a URI reference
    /// to this occurrence of the error, such as the request's path.
    fn to_problem_json_with_instance(&self, instance: &str) -> String {
        let mut body = self.to_problem_json();
        // Every problem body ends with the `}` of its object.
        body.pop();
        body.push_str(",\"instance\":\"");
        escape_into(&mut body, instance);
        body.push_str("\"}");
        body
    }

    /// The body in `format`: [`json_body`](ApiError::json_body) or
    /// [`problem_json_body`](ApiError::problem_json_body).
    fn body(&self, format: Format) -> Cow<'static, str> {
        match format {
            Format::Mastodon => self.json_body(),
            Format::Problem => self.problem_json_body(),
        }
    }

    /// The format a response of this type uses unless told otherwise, from
    /// `#[api_error(format = "...")]`.
    fn default_format(&self) -> Format {
        self.entry().format
    }

    /// The headers of this value's variant, from `#[header]`, in the order
    /// written, each value interpolated like a message. An empty `Vec`,
    /// which does not allocate, for a variant without headers.
    ///
    /// The values are as formatted: the adapters drop one that a header
    /// may not carry (CR, LF, NUL or another control character).
    fn headers(&self) -> Vec<(&'static str, Cow<'_, str>)> {
        Vec::new()
    }

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

/// `{"type":"...","title":"...","status":N,"detail":"` of an entry.
fn problem_head(entry: &Entry) -> String {
    let mut head = String::with_capacity(96);
    push_problem_head(&mut head, entry);
    head
}

/// Appends `{"type":"...","title":"...","status":N,"detail":"` of an entry.
pub(crate) fn push_problem_head(out: &mut String, entry: &Entry) {
    out.push_str("{\"type\":\"");
    escape_into(out, entry.problem_type);
    out.push_str("\",\"title\":\"");
    escape_into(out, entry.title);
    out.push_str("\",\"status\":");
    out.push_str(entry.status.as_str());
    out.push_str(",\"detail\":\"");
}
