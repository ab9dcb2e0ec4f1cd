//! `catalogue()`: one entry per variant in declaration order, readable
//! without a value.

use apifault::{ApiError, Entry, StatusCode};

#[derive(Debug, ApiError)]
#[allow(dead_code)] // the fields are only read through the messages
enum AppError {
    /// Appears when the record does not exist, or the caller may not see it.
    #[status(404)]
    #[message("Record not found")]
    NotFound,

    /// Appears when a required parameter is missing.
    ///
    ///   Indented second paragraph.
    ///
    #[status(400)]
    #[message("param is missing or the value is empty: {0}")]
    MissingParameter(String),

    #[status(422)]
    #[message("Validation failed: {field} {problem:>5}")]
    #[description("{{field}} is {field:?}")]
    #[code("validation.failed")]
    Invalid { field: String, problem: String },

    /** Block doc comment. */
    #[status(500)]
    Database(std::io::Error),

    #[status(400)]
    #[message("{0} and {1:?} and {2}")]
    Positional(std::io::ErrorKind, Option<u8>, &'static str),

    #[status(401)]
    #[message("HTTPAuth")]
    HTTPAuthRequired,

    /**
     * Decorated block comment.
     *
     *     indented code
     */
    #[status(502)]
    Decorated,

    ///    Indented by four.   
    ///      Two more.
    #[status(503)]
    #[message("{{literal}} and {x} and {{{x}}}")]
    Indented { x: u8 },
}

fn entry(name: &str) -> &'static Entry {
    match AppError::catalogue()
        .iter()
        .find(|entry| entry.name == name)
    {
        Some(entry) => entry,
        None => panic!("no entry `{name}`"),
    }
}

#[test]
fn one_entry_per_variant_in_order() {
    let names: Vec<&str> = AppError::catalogue().iter().map(|e| e.name).collect();
    assert_eq!(
        names,
        [
            "NotFound",
            "MissingParameter",
            "Invalid",
            "Database",
            "Positional",
            "HTTPAuthRequired",
            "Decorated",
            "Indented"
        ]
    );
}

#[test]
fn codes_default_to_snake_case() {
    let codes: Vec<&str> = AppError::catalogue().iter().map(|e| e.code).collect();
    assert_eq!(
        codes,
        [
            "not_found",
            "missing_parameter",
            "validation.failed",
            "database",
            "positional",
            "http_auth_required",
            "decorated",
            "indented"
        ]
    );
    assert_eq!(AppError::NotFound.code(), "not_found");
}

#[test]
fn templates_as_written_and_as_clients_see_them() {
    let invalid = entry("Invalid");
    assert_eq!(invalid.message, "Validation failed: {field} {problem:>5}");
    assert_eq!(
        invalid.client_message,
        "Validation failed: {field} {problem}"
    );
    assert_eq!(invalid.description, Some("{{field}} is {field:?}"));
    assert_eq!(invalid.client_description, Some("{{field}} is {field}"));
    let missing = entry("MissingParameter");
    assert_eq!(
        missing.client_message,
        "param is missing or the value is empty: {string}"
    );
    assert_eq!(missing.description, None);
    assert_eq!(
        entry("Positional").client_message,
        "{error_kind} and {option} and {str}"
    );
}

#[test]
fn literal_braces_stay_doubled_for_clients() {
    let indented = entry("Indented");
    assert_eq!(indented.message, "{{literal}} and {x} and {{{x}}}");
    assert_eq!(indented.client_message, "{{literal}} and {x} and {{{x}}}");
    let error = AppError::Indented { x: 7 };
    assert_eq!(error.message(), "{literal} and 7 and {7}");
}

#[test]
fn docs_text() {
    assert_eq!(
        entry("NotFound").docs,
        "Appears when the record does not exist, or the caller may not see it."
    );
    assert_eq!(
        entry("MissingParameter").docs,
        "Appears when a required parameter is missing.\n\n  Indented second paragraph."
    );
    assert_eq!(entry("Invalid").docs, "");
    assert_eq!(entry("Database").docs, "Block doc comment.");
}

#[test]
fn docs_are_cleaned_like_rustdoc() {
    assert_eq!(
        entry("Decorated").docs,
        "Decorated block comment.\n\n    indented code"
    );
    assert_eq!(entry("Indented").docs, "Indented by four.\n  Two more.");
}

/// A doc attribute written by a `macro_rules!` macro is read too.
macro_rules! documented {
    ($doc:expr) => {
        #[derive(Debug, ApiError)]
        #[status(500)]
        #[doc = $doc]
        struct FromMacro;
    };
}

documented!("Passed in as an expression.");

#[test]
fn docs_through_a_macro() {
    assert_eq!(
        FromMacro::catalogue()[0].docs,
        "Passed in as an expression."
    );
}

#[test]
fn entry_of_a_value_is_its_variant() {
    let error = AppError::MissingParameter("q".to_owned());
    assert!(std::ptr::eq(error.entry(), &AppError::catalogue()[1]));
    assert_eq!(error.status(), StatusCode::BAD_REQUEST);
    assert_eq!(error.code(), "missing_parameter");
}

#[test]
fn five_hundred_without_message_shows_the_phrase() {
    let database = entry("Database");
    assert_eq!(database.message, "Internal Server Error");
    assert_eq!(database.client_message, "Internal Server Error");
}

/// A struct is one entry.
#[derive(Debug, ApiError)]
#[status(429)]
#[message("Too many requests, retry in {retry_after}s")]
#[code("rate_limited")]
struct RateLimited {
    retry_after: u32,
}

#[test]
fn struct_derive() {
    let error = RateLimited { retry_after: 30 };
    assert_eq!(error.message(), "Too many requests, retry in 30s");
    assert_eq!(error.status(), StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(error.code(), "rate_limited");
    assert_eq!(RateLimited::catalogue().len(), 1);
    assert_eq!(RateLimited::catalogue()[0].name, "RateLimited");
    assert_eq!(RateLimited::catalogue()[0].docs, "A struct is one entry.");
    assert!(std::ptr::eq(error.entry(), &RateLimited::catalogue()[0]));
}

#[derive(Debug, ApiError)]
#[status(500)]
struct Unit;

#[test]
fn unit_struct() {
    assert_eq!(Unit.to_json(), r#"{"error":"Internal Server Error"}"#);
    assert_eq!(Unit::catalogue()[0].code, "unit");
}

#[derive(Debug, ApiError)]
enum Empty {}

#[test]
fn empty_enum_has_an_empty_catalogue() {
    assert!(Empty::catalogue().is_empty());
}

#[test]
fn catalogue_through_a_trait_object() {
    let errors: Vec<Box<dyn ApiError>> = vec![Box::new(AppError::NotFound), Box::new(Unit)];
    let codes: Vec<&str> = errors.iter().map(|e| e.code()).collect();
    assert_eq!(codes, ["not_found", "unit"]);
}
