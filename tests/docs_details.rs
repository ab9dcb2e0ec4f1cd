//! The details of a catalogue entry that documentation needs: the fields a
//! message shows with their types, an example body, `#[since]` and
//! `#[deprecated]`.

// Deprecated variants are declared and derived here: the derive must add no
// warning of its own.
#![deny(warnings)]

use apifault::{ApiError, Entry, Placeholder};

#[derive(Debug, ApiError)]
#[since("1.0")]
#[allow(dead_code)] // the fields are only read through the messages
enum ShopError {
    /// Appears when the {item} does not exist.
    #[status(404)]
    #[message("Record not found")]
    NotFound,

    #[status(422)]
    #[message("Validation failed: {field} {problem:>5}")]
    #[description("{field} is wrong")]
    #[example(field = "e\"mail\n", problem = "is taken \u{2028}")]
    #[since("1.3")]
    Invalid { field: String, problem: String },

    #[status(400)]
    #[message("param is missing: {0}")]
    #[example(0 = "q")]
    Missing(String),

    #[status(400)]
    #[message("out of range: {low:>3}..{high:#x}")]
    #[example(high = "0xff")]
    Range { low: u32, high: u32 },

    #[status(400)]
    #[message("{code:>width$.prec$} then {code}")]
    Padded {
        code: String,
        width: usize,
        prec: usize,
    },

    #[status(400)]
    #[message("{2:?}, {0} and {1:?} and {0}")]
    Typed(&'static str, Vec<String>, Option<u32>),

    #[status(400)]
    #[message("{b}")]
    #[description("{a} and {b}")]
    #[example(r#a = "first", b = "second")]
    Ordered { a: u8, b: u8 },

    #[status(500)]
    Database(std::io::Error),

    #[status(503)]
    #[message("Try again {{later}}")]
    Unavailable,

    #[status(410)]
    #[message("gone")]
    #[deprecated]
    Gone,

    #[status(410)]
    #[message("moved to {0}")]
    #[deprecated = "use `Moved` instead"]
    OldMoved(String),

    #[status(410)]
    #[message("old")]
    #[deprecated(since = "1.1.0", note = "use `NotFound`")]
    Old,

    #[status(410)]
    #[message("older")]
    #[deprecated(since = "1.1.0")]
    Older,
}

fn entry(name: &str) -> &'static Entry {
    match ShopError::catalogue()
        .iter()
        .find(|entry| entry.name == name)
    {
        Some(entry) => entry,
        None => panic!("no entry `{name}`"),
    }
}

/// `(name, field, ty)` of each placeholder.
fn placeholders(entry: &Entry) -> Vec<(&'static str, &'static str, &'static str)> {
    entry
        .placeholders
        .iter()
        .map(|placeholder: &Placeholder| (placeholder.name, placeholder.field, placeholder.ty))
        .collect()
}

fn json(text: &str) -> serde_json::Value {
    match serde_json::from_str(text) {
        Ok(value) => value,
        Err(error) => panic!("not JSON ({error}): {text}"),
    }
}

#[test]
fn placeholders_in_order_of_first_use_each_once() {
    assert_eq!(placeholders(entry("NotFound")), []);
    assert_eq!(
        placeholders(entry("Invalid")),
        [
            ("field", "field", "String"),
            ("problem", "problem", "String")
        ]
    );
    assert_eq!(placeholders(entry("Missing")), [("string", "0", "String")]);
    assert_eq!(
        placeholders(entry("Ordered")),
        [("b", "b", "u8"), ("a", "a", "u8")]
    );
    assert_eq!(placeholders(entry("Database")), []);
}

#[test]
fn width_and_precision_fields_are_placeholders() {
    assert_eq!(
        placeholders(entry("Padded")),
        [
            ("code", "code", "String"),
            ("width", "width", "usize"),
            ("prec", "prec", "usize")
        ]
    );
}

#[test]
fn types_read_as_written() {
    assert_eq!(
        placeholders(entry("Typed")),
        [
            ("option", "2", "Option<u32>"),
            ("str", "0", "&'static str"),
            ("vec", "1", "Vec<String>")
        ]
    );
}

#[test]
fn example_bodies_are_what_to_json_writes() {
    let invalid = ShopError::Invalid {
        field: "e\"mail\n".to_owned(),
        problem: "is taken \u{2028}".to_owned(),
    };
    assert_eq!(entry("Invalid").example, invalid.to_json());
    assert_eq!(
        entry("Invalid").example,
        r#"{"error":"Validation failed: e\"mail\n is taken \u2028","error_description":"e\"mail\n is wrong"}"#
    );
    let missing = ShopError::Missing("q".to_owned());
    assert_eq!(entry("Missing").example, missing.to_json());
    let ordered = ShopError::Ordered { a: 1, b: 2 };
    assert_eq!(
        entry("Ordered").example,
        ordered
            .to_json()
            .replace('1', "first")
            .replace('2', "second")
    );
    for entry in ShopError::catalogue() {
        let body = json(entry.example);
        assert!(body["error"].is_string(), "{}", entry.example);
    }
}

#[test]
fn example_bodies_without_a_value_show_the_placeholder() {
    assert_eq!(
        entry("Range").example,
        r#"{"error":"out of range: {low}..0xff"}"#
    );
    assert_eq!(entry("Padded").example, r#"{"error":"{code} then {code}"}"#);
    assert_eq!(
        entry("Typed").example,
        r#"{"error":"{option}, {str} and {vec} and {str}"}"#
    );
}

#[test]
fn example_bodies_of_fixed_messages_are_the_body() {
    assert_eq!(entry("NotFound").example, ShopError::NotFound.to_json());
    assert_eq!(
        entry("Database").example,
        r#"{"error":"Internal Server Error"}"#
    );
    assert_eq!(
        entry("Unavailable").example,
        r#"{"error":"Try again {later}"}"#
    );
}

#[test]
fn since_from_the_variant_or_the_enum() {
    assert_eq!(entry("NotFound").since, Some("1.0"));
    assert_eq!(entry("Invalid").since, Some("1.3"));
}

#[test]
fn deprecated_with_and_without_a_note() {
    assert_eq!(entry("NotFound").deprecated, None);
    assert_eq!(entry("Gone").deprecated, Some(""));
    assert_eq!(entry("OldMoved").deprecated, Some("use `Moved` instead"));
    assert_eq!(entry("Old").deprecated, Some("use `NotFound`"));
    assert_eq!(entry("Older").deprecated, Some(""));
}

#[test]
#[allow(deprecated)] // the test reads a deprecated variant on purpose
fn deprecated_variants_still_work() {
    let moved = ShopError::OldMoved("/new".to_owned());
    assert_eq!(moved.to_json(), r#"{"error":"moved to /new"}"#);
    assert_eq!(
        entry("OldMoved").example,
        r#"{"error":"moved to {string}"}"#
    );
}

#[test]
fn docs_stay_verbatim() {
    assert_eq!(
        entry("NotFound").docs,
        "Appears when the {item} does not exist."
    );
}

/// A struct is one entry, with the details of its own attributes.
#[derive(Debug, ApiError)]
#[status(429)]
#[message("Too many requests for {who}, retry in {retry_after}s")]
#[example(retry_after = "30")]
#[since("2.0")]
#[deprecated = "use `ShopError`"]
struct RateLimited<'a> {
    who: &'a str,
    retry_after: u32,
}

#[test]
#[allow(deprecated)] // the test reads a deprecated struct on purpose
fn a_struct_has_the_details_of_its_attributes() {
    let catalogue = RateLimited::catalogue();
    assert_eq!(catalogue.len(), 1);
    let entry = &catalogue[0];
    assert_eq!(
        placeholders(entry),
        [
            ("who", "who", "&'a str"),
            ("retry_after", "retry_after", "u32")
        ]
    );
    assert_eq!(
        entry.example,
        r#"{"error":"Too many requests for {who}, retry in 30s"}"#
    );
    assert_eq!(entry.since, Some("2.0"));
    assert_eq!(entry.deprecated, Some("use `ShopError`"));
    let value = RateLimited {
        who: "{who}",
        retry_after: 30,
    };
    assert_eq!(entry.example, value.to_json());
}

/// Without `#[since]` anywhere, an entry has none.
#[derive(Debug, ApiError)]
#[status(400)]
#[message("plain")]
struct Plain;

#[test]
fn no_since_and_no_deprecation_by_default() {
    let entry = &Plain::catalogue()[0];
    assert_eq!(entry.since, None);
    assert_eq!(entry.deprecated, None);
    assert_eq!(entry.placeholders, []);
    assert_eq!(entry.example, r#"{"error":"plain"}"#);
}
