//! The generated code is clean under strict lints, in a module without the
//! prelude, beside user items named like the paths it could have used.

#![deny(warnings, missing_docs, unused_qualifications, unused_results)]
#![deny(clippy::all, clippy::pedantic)]

/// Items named like what the generated code must not pick up by accident.
#[no_implicit_prelude]
pub mod shadowed {
    /// Shadows `core::result::Result`.
    pub struct Result;
    /// Shadows `core::option::Option`.
    pub struct Option;
    /// Shadows `Option::Some`.
    pub struct Some;
    /// Shadows `Option::None`.
    pub struct None;
    /// Shadows `String`.
    pub struct String;
    /// Shadows `Cow`.
    pub struct Cow;
    /// Shadows `Display`.
    pub trait Display {}
    /// Shadows the `core` crate.
    pub mod core {}
    /// Shadows the `std` crate.
    pub mod std {}
    /// Shadows `Result::Ok`.
    pub struct Ok;
    /// Shadows `Result::Err`.
    pub struct Err;
    /// Shadows `Vec`.
    pub struct Vec;
    /// Shadows the `http` crate.
    pub mod http {}
    /// Shadows the `serde` crate.
    pub mod serde {}

    // Macros named like the formatting macros: generated code that called
    // them unqualified would meet these and fail to compile.
    #[allow(unused_macros)] // unused is the point
    macro_rules! format {
        ($($tokens:tt)*) => {
            ::core::compile_error!("the user's `format!` was used")
        };
    }
    #[allow(unused_macros)] // unused is the point
    macro_rules! format_args {
        ($($tokens:tt)*) => {
            ::core::compile_error!("the user's `format_args!` was used")
        };
    }
    #[allow(unused_macros)] // unused is the point
    macro_rules! write {
        ($($tokens:tt)*) => {
            ::core::compile_error!("the user's `write!` was used")
        };
    }

    /// An error declared where nothing is in scope but these items.
    #[derive(::apifault::ApiError, ::apifault::FromResponse)]
    #[api_error(display)]
    pub enum Error {
        /// Not found.
        #[status(404)]
        #[message("Record not found")]
        NotFound,
        /// Invalid.
        #[status(422)]
        #[message("Validation failed: {field} {problem:>5}")]
        #[description("{{see}} {field}")]
        Invalid {
            /// The field.
            field: &'static str,
            /// What is wrong.
            problem: u32,
        },
        /// Positional.
        #[status(400)]
        #[message("missing {0}")]
        Missing(&'static str),
        /// Failed.
        #[status(503)]
        Failed(u8),
        /// With a header and a masked sibling.
        #[status(429)]
        #[message("slow down for {0}s")]
        #[header("Retry-After", "{0}")]
        Limited(u32),
        /// Masked, with a constant header.
        #[status(409)]
        #[message("internal {0}")]
        #[header("Cache-Control", "no-store")]
        #[masked]
        Hidden(u32),
        /// With details, read back by a client.
        #[status(409)]
        #[message("conflict on {0}")]
        Conflict(::std::string::String, #[details] ::std::vec::Vec<u32>),
    }

    /// A struct declared without the prelude.
    #[derive(::apifault::ApiError, ::apifault::FromResponse)]
    #[status(FORBIDDEN)]
    #[message("no {what}")]
    pub struct Forbidden {
        /// What may not be done.
        pub what: &'static str,
    }
}

/// A deprecated type: deriving on it draws no warning of its own.
#[deprecated = "use `shadowed::Error`"]
#[derive(Debug, apifault::ApiError)]
#[api_error(display)]
#[status(410)]
#[message("gone")]
pub struct OldError;

/// A deprecated enum with a generic field the message formats.
#[deprecated = "use `shadowed::Error`"]
#[derive(Debug, apifault::ApiError)]
pub enum OldGeneric<T: core::fmt::Display> {
    /// Wraps a value.
    #[status(400)]
    #[message("bad {0}")]
    Bad(T),
}

use apifault::{ApiError, FromResponse};
use shadowed::{Error, Forbidden};

#[test]
fn works_without_the_prelude() {
    let error = Error::Invalid {
        field: "name",
        problem: 7,
    };
    assert_eq!(error.message(), "Validation failed: name     7");
    assert_eq!(error.to_string(), "Validation failed: name     7");
    assert_eq!(
        error.to_json(),
        r#"{"error":"Validation failed: name     7","error_description":"{see} name"}"#
    );
    assert_eq!(Error::Missing("q").to_string(), "missing q");
    assert_eq!(Error::Failed(1).to_string(), "Service Unavailable");
    assert_eq!(Error::NotFound.to_string(), "Record not found");
    assert_eq!(Forbidden { what: "x" }.message(), "no x");
    assert_eq!(Error::catalogue().len(), 7);
    let limited = Error::Limited(30).headers();
    assert_eq!((limited[0].0, &*limited[0].1), ("Retry-After", "30"));
    assert_eq!(Error::Hidden(1).to_json(), r#"{"error":"Conflict"}"#);
    let conflict = Error::Conflict("name".into(), vec![1]);
    assert_eq!(
        conflict.to_json(),
        r#"{"error":"conflict on name","details":[1]}"#
    );
    let back = Error::from_response(409, &conflict.to_json());
    assert!(matches!(
        back,
        apifault::Received::Known(Error::Conflict(..))
    ));
}

#[test]
#[allow(deprecated)] // the test uses the deprecated types on purpose
fn deprecated_types_derive_cleanly() {
    assert_eq!(OldError.to_json(), r#"{"error":"gone"}"#);
    assert_eq!(OldGeneric::Bad(3).message(), "bad 3");
}
