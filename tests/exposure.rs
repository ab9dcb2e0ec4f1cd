//! The exposure rule: a 5xx variant without `#[message]` tells the client
//! only its status's reason phrase, and no field reaches any output unless a
//! template names it. (A `#[description]` without a `#[message]` does not
//! compile: `tests/ui/description_without_message.rs`.)

use apifault::ApiError;
use std::borrow::Cow;
use std::fmt;

const SECRET: &str = "db password hunter2";

/// A field whose every formatting shows the secret.
struct Leaky;

impl fmt::Display for Leaky {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(SECRET)
    }
}

impl fmt::Debug for Leaky {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(SECRET)
    }
}

#[derive(Debug, apifault::ApiError)]
#[allow(dead_code)] // the fields hold secrets that must never be read
enum Internal {
    #[status(500)]
    Database(std::io::Error),
    #[status(503)]
    Unavailable { cause: Leaky, detail: String },
    #[status(502)]
    Upstream(Leaky),
    #[status(500)]
    #[message("Storage failed")]
    Named(Leaky),
    #[status(422)]
    #[message("Invalid {shown}")]
    Partial { shown: String, hidden: Leaky },
}

fn everything(error: &Internal) -> String {
    let entries: Vec<String> = Internal::catalogue()
        .iter()
        .map(|e| format!("{e:?}"))
        .collect();
    format!(
        "{}|{:?}|{}|{}|{}",
        error.message(),
        error.description(),
        error.to_json(),
        error.code(),
        entries.join(",")
    )
}

fn all_values() -> Vec<Internal> {
    vec![
        Internal::Database(std::io::Error::new(std::io::ErrorKind::Other, SECRET)),
        Internal::Unavailable {
            cause: Leaky,
            detail: SECRET.to_owned(),
        },
        Internal::Upstream(Leaky),
        Internal::Named(Leaky),
        Internal::Partial {
            shown: "name".to_owned(),
            hidden: Leaky,
        },
    ]
}

#[test]
fn no_secret_in_any_output() {
    for error in all_values() {
        let seen = everything(&error);
        assert!(!seen.contains("hunter2"), "{seen}");
    }
}

#[test]
fn five_hundreds_show_the_reason_phrase() {
    let database = Internal::Database(std::io::Error::new(std::io::ErrorKind::Other, SECRET));
    assert!(matches!(
        database.message(),
        Cow::Borrowed("Internal Server Error")
    ));
    assert!(matches!(
        database.json_body(),
        Cow::Borrowed(r#"{"error":"Internal Server Error"}"#)
    ));
    let unavailable = Internal::Unavailable {
        cause: Leaky,
        detail: String::new(),
    };
    assert_eq!(unavailable.message(), "Service Unavailable");
    assert_eq!(Internal::Upstream(Leaky).message(), "Bad Gateway");
    assert_eq!(Internal::Upstream(Leaky).description(), None);
    assert_eq!(
        Internal::Upstream(Leaky).to_json(),
        r#"{"error":"Bad Gateway"}"#
    );
}

#[test]
fn only_named_fields_are_shown() {
    let partial = Internal::Partial {
        shown: "name".to_owned(),
        hidden: Leaky,
    };
    assert_eq!(partial.to_json(), r#"{"error":"Invalid name"}"#);
}

#[test]
fn a_secret_in_the_debug_output_of_the_enum_stays_there() {
    // The derive is not the only impl reading the fields: `Debug` does, as
    // it should, for logs. The API outputs stay clean.
    let error = Internal::Named(Leaky);
    assert!(format!("{error:?}").contains("hunter2"));
    assert!(!everything(&error).contains("hunter2"));
}
