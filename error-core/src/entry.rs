use crate::{Format, StatusCode};

/// One error of a catalogue: everything about a variant that is known
/// without a value of it.
///
/// [`ApiError::catalogue`](crate::ApiError::catalogue) lists one entry per
/// variant, in declaration order. The struct is `#[non_exhaustive]`: later
/// versions add fields, so read it by field and never build one by hand.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Entry {
    /// The variant's name as declared, e.g. `NotFound`.
    pub name: &'static str,
    /// The HTTP status the variant is sent with.
    pub status: StatusCode,
    /// The stable machine-readable code, e.g. `not_found`.
    pub code: &'static str,
    /// The `#[message]` template as written, e.g. `Validation failed: {0}`.
    ///
    /// A 5xx variant without a message has its status's reason phrase here,
    /// because that is all a client is told.
    pub message: &'static str,
    /// The `#[description]` template as written, if there is one.
    pub description: Option<&'static str>,
    /// The message as clients see it, in the syntax of the template: each
    /// placeholder shown as `{name}`, a named field by its name, a
    /// positional field by its type in snake case (`{0}` of a `String` is
    /// `{string}`), and literal braces doubled as in the template, so that
    /// `{{literal}} and {x:?}` shows as `{{literal}} and {x}`.
    pub client_message: &'static str,
    /// The description as clients see it, in the form of
    /// [`client_message`](Entry::client_message).
    pub client_description: Option<&'static str>,
    /// The text of the variant's doc comment, cleaned as rustdoc cleans it:
    /// one line per source line, the `*` column of a `/** */` comment
    /// removed, trailing whitespace trimmed, the indentation all non-blank
    /// lines share removed, and blank lines at either end dropped. Empty
    /// when there is no doc comment.
    ///
    /// Only doc comments written as literals are collected: `///`,
    /// `/** */` and `#[doc = "..."]`. A derive sees
    /// `#[doc = include_str!("...")]` or `#[doc = concat!(...)]` as the macro
    /// call, not the text it expands to, so those lines are left out.
    pub docs: &'static str,
    /// The fields that the message and the description show, each once, in
    /// the order of their first placeholder.
    pub placeholders: &'static [Placeholder],
    /// An example of the JSON body a client reads, exactly as
    /// [`to_json`](crate::ApiError::to_json) would write it: each
    /// placeholder filled with its text from `#[example(...)]`, or shown as
    /// `{name}` when the variant has no example text for it.
    ///
    /// An example text stands for what the placeholder prints, so it is
    /// inserted as written: the placeholder's format spec (`{n:>5}`,
    /// `{n:?}`) is not applied to it.
    pub example: &'static str,
    /// The version of the API that added the error, from `#[since("1.2")]`.
    pub since: Option<&'static str>,
    /// Whether the variant is `#[deprecated]`: `Some` with the note given
    /// to the attribute, empty when it has none.
    pub deprecated: Option<&'static str>,
    /// The body format the type's own responses use, from
    /// `#[api_error(format = "...")]`; the same for every entry of a type.
    pub format: Format,
    /// The `type` of the problem details body: `#[api_error(type_base)]`
    /// joined with the code, or `about:blank` without a base.
    pub problem_type: &'static str,
    /// The `title` of the problem details body: the status's reason phrase.
    pub title: &'static str,
    /// An example of the problem details body, built as
    /// [`example`](Entry::example) is.
    pub problem_example: &'static str,
    /// The headers the variant is sent with, from `#[header]`, in order.
    pub headers: &'static [Header],
    /// Whether the variant is masked: clients are told only its status's
    /// reason phrase, which is then its [`message`](Entry::message), and
    /// the operator reads the error's own text in the log (with the
    /// `tracing` feature). A variant without `#[message]` is always masked;
    /// `#[masked]`, `#[public]` and `#[api_error(mask = "...")]` decide for
    /// the others.
    pub masked: bool,
    /// The Rust type of the variant's `#[details]` field as written, such
    /// as `Vec<FieldError>`, when it has one: its body then has a
    /// `details` member, the field serialized, whenever the field has a
    /// value.
    pub details: Option<&'static str>,
}

/// A header a variant is sent with, from `#[header("Name", "value")]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Header {
    /// The header's name as written, such as `Retry-After`.
    pub name: &'static str,
    /// The value's template as written, such as `{retry_after}`; the value
    /// itself when it has no placeholder.
    pub value: &'static str,
}

impl Header {
    /// Builds a header; only for the code `#[derive(ApiError)]` emits.
    #[doc(hidden)]
    pub const fn __new(name: &'static str, value: &'static str) -> Self {
        Header { name, value }
    }
}

/// A field that a message or a description shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Placeholder {
    /// The name the client-facing texts show it by, as in
    /// [`Entry::client_message`]: `{field}` shows as `field`, and `{0}` of a
    /// `String` as `string`.
    pub name: &'static str,
    /// The field as declared: its name, or its index in a tuple variant.
    pub field: &'static str,
    /// The field's Rust type, as written in the declaration.
    pub ty: &'static str,
}

impl Placeholder {
    /// Builds a placeholder; only for the code `#[derive(ApiError)]` emits.
    #[doc(hidden)]
    pub const fn __new(name: &'static str, field: &'static str, ty: &'static str) -> Self {
        Placeholder { name, field, ty }
    }
}

impl Entry {
    /// Builds an entry; only for the code `#[derive(ApiError)]` emits.
    #[doc(hidden)]
    #[allow(clippy::too_many_arguments)] // one argument per field, by name in the derive
    pub const fn __new(
        name: &'static str,
        status: StatusCode,
        code: &'static str,
        message: &'static str,
        description: Option<&'static str>,
        client_message: &'static str,
        client_description: Option<&'static str>,
        docs: &'static str,
    ) -> Self {
        Entry {
            name,
            status,
            code,
            message,
            description,
            client_message,
            client_description,
            docs,
            placeholders: &[],
            example: "",
            since: None,
            deprecated: None,
            format: Format::Mastodon,
            problem_type: "about:blank",
            title: "",
            problem_example: "",
            headers: &[],
            masked: false,
            details: None,
        }
    }

    /// The entry with the details of the documentation; only for the code
    /// `#[derive(ApiError)]` emits.
    #[doc(hidden)]
    pub const fn __details(
        self,
        placeholders: &'static [Placeholder],
        example: &'static str,
        since: Option<&'static str>,
        deprecated: Option<&'static str>,
    ) -> Self {
        Entry {
            placeholders,
            example,
            since,
            deprecated,
            ..self
        }
    }

    /// The entry with what the problem details body needs; only for the
    /// code `#[derive(ApiError)]` emits.
    #[doc(hidden)]
    pub const fn __problem(
        self,
        format: Format,
        problem_type: &'static str,
        title: &'static str,
        problem_example: &'static str,
    ) -> Self {
        Entry {
            format,
            problem_type,
            title,
            problem_example,
            ..self
        }
    }

    /// The entry with the headers of its variant; only for the code
    /// `#[derive(ApiError)]` emits.
    #[doc(hidden)]
    pub const fn __headers(self, headers: &'static [Header]) -> Self {
        Entry { headers, ..self }
    }
}

impl Entry {
    /// The entry marked masked; only for the code `#[derive(ApiError)]`
    /// emits.
    #[doc(hidden)]
    pub const fn __masked(self, masked: bool) -> Self {
        Entry { masked, ..self }
    }

    /// The entry with the type of its `#[details]` field; only for the
    /// code `#[derive(ApiError)]` emits.
    #[doc(hidden)]
    pub const fn __with_details_field(self, ty: &'static str) -> Self {
        Entry {
            details: Some(ty),
            ..self
        }
    }
}
