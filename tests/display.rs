//! Container options: `#[api_error(display)]` adds a `Display` from the
//! message, and `#[api_error(crate = "...")]` names the runtime's path.

use apifault::ApiError;

#[derive(Debug, ApiError)]
#[api_error(display)]
enum Shown {
    #[status(404)]
    #[message("Record not found")]
    NotFound,
    #[status(422)]
    #[message("Validation failed: {field:?} {count:>3}")]
    #[description("not in the display")]
    Invalid { field: String, count: u8 },
    #[status(500)]
    Database(#[allow(dead_code)] String),
}

#[test]
fn display_writes_the_message() {
    assert_eq!(Shown::NotFound.to_string(), "Record not found");
    let invalid = Shown::Invalid {
        field: "name".to_owned(),
        count: 7,
    };
    assert_eq!(invalid.to_string(), invalid.message());
    assert_eq!(invalid.to_string(), "Validation failed: \"name\"   7");
    assert_eq!(
        Shown::Database("secret".to_owned()).to_string(),
        "Internal Server Error"
    );
}

/// Without the option there is no `Display`: the type is free to take one
/// from thiserror or by hand.
#[derive(Debug, ApiError)]
#[status(400)]
#[message("public")]
struct Hidden;

impl std::fmt::Display for Hidden {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("internal detail for the logs")
    }
}

#[test]
fn own_display_stays_separate() {
    assert_eq!(Hidden.to_string(), "internal detail for the logs");
    assert_eq!(Hidden.message(), "public");
}

mod renamed {
    pub use apifault as runtime;
}

#[derive(Debug, ApiError)]
#[api_error(crate = "renamed::runtime", display)]
#[status(403)]
#[message("through a re-export")]
struct ThroughReexport;

#[test]
fn crate_override() {
    assert_eq!(ThroughReexport.message(), "through a re-export");
    assert_eq!(ThroughReexport.to_string(), "through a re-export");
}
