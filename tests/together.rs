//! Inputs that broke similar derives: field names the generated code could
//! collide with, every format spec, literal braces, empty shapes, and the
//! derive beside thiserror's and serde's on one enum, in either order.

use apifault::ApiError;

/// Fields named like what a generated `fmt` or `match` might use.
#[derive(Debug, ApiError)]
enum Names {
    #[status(409)]
    #[message("{f} {formatter} {status} {self_} {message} {code}")]
    Clash {
        f: u8,
        formatter: &'static str,
        status: u16,
        self_: char,
        message: &'static str,
        code: i32,
    },
}

#[test]
fn field_names_do_not_collide_with_the_generated_code() {
    let error = Names::Clash {
        f: 1,
        formatter: "fmt",
        status: 200,
        self_: 's',
        message: "msg",
        code: -3,
    };
    assert_eq!(error.message(), "1 fmt 200 s msg -3");
    assert_eq!(error.status(), 409);
    assert_eq!(error.code(), "clash");
}

/// Every format spec a message may use.
#[derive(Debug, ApiError)]
enum Specs {
    #[status(429)]
    #[message("{used:>5}/{limit:<5}|{ratio:.2}|{id:#06x}|{tags:?}|[{code:>width$}]")]
    Quota {
        used: u32,
        limit: u32,
        ratio: f64,
        id: u32,
        tags: Vec<&'static str>,
        code: &'static str,
        width: usize,
    },
    #[status(400)]
    #[message("{0:#?}")]
    Pretty(Vec<u8>),
}

#[test]
fn every_format_spec_renders_as_format_would() {
    let error = Specs::Quota {
        used: 3,
        limit: 10,
        ratio: 0.5,
        id: 255,
        tags: vec!["a", "b"],
        code: "x",
        width: 4,
    };
    let expected = format!(
        "{:>5}/{:<5}|{:.2}|{:#06x}|{:?}|[{:>4}]",
        3,
        10,
        0.5,
        255,
        ["a", "b"],
        "x"
    );
    assert_eq!(error.message(), expected);

    let pretty = Specs::Pretty(vec![1, 2]);
    assert_eq!(pretty.message(), format!("{:#?}", vec![1u8, 2]));
    assert_eq!(pretty.to_json(), r#"{"error":"[\n    1,\n    2,\n]"}"#);
}

/// Literal braces in every variant shape.
#[derive(Debug, ApiError)]
enum Braces {
    #[status(400)]
    #[message("expected {{ near {{name}}")]
    Unit,
    #[status(400)]
    #[message("{{{0}}}")]
    Tuple(u8),
    #[status(400)]
    #[message("{{{name}}}")]
    Struct { name: &'static str },
    #[status(400)]
    #[message("empty {{}}")]
    EmptyTuple(),
    #[status(400)]
    #[message("empty struct {{}}")]
    EmptyStruct {},
}

#[test]
fn literal_braces_render_in_every_shape() {
    assert_eq!(Braces::Unit.message(), "expected { near {name}");
    assert_eq!(
        Braces::Unit.to_json(),
        r#"{"error":"expected { near {name}"}"#
    );
    assert_eq!(Braces::Tuple(7).message(), "{7}");
    assert_eq!(Braces::Struct { name: "n" }.message(), "{n}");
    assert_eq!(Braces::EmptyTuple().message(), "empty {}");
    assert_eq!(Braces::EmptyStruct {}.message(), "empty struct {}");
}

/// An enum without variants derives, and has an empty catalogue.
#[derive(Debug, ApiError)]
enum Never {}

#[test]
fn an_empty_enum_has_an_empty_catalogue() {
    assert!(Never::catalogue().is_empty());
}

/// thiserror's derive first, then ours, with both kinds of attributes.
#[derive(Debug, thiserror::Error, ApiError, serde::Serialize, serde::Deserialize)]
#[serde(tag = "kind")]
enum First {
    #[error("row {id} is missing from {table}")]
    #[status(404)]
    #[message("No such row")]
    Missing {
        id: u32,
        #[serde(rename = "tbl")]
        table: String,
    },
}

/// Ours first, then serde's and thiserror's.
#[derive(Debug, ApiError, serde::Serialize, thiserror::Error)]
enum Second {
    #[status(503)]
    #[error("database: {0}")]
    Database(
        #[source]
        #[serde(skip)]
        std::io::Error,
    ),
}

#[test]
fn the_derive_works_beside_thiserror_and_serde() {
    let missing = First::Missing {
        id: 7,
        table: "users".into(),
    };
    assert_eq!(missing.to_string(), "row 7 is missing from users");
    assert_eq!(missing.to_json(), r#"{"error":"No such row"}"#);
    let serialized = serde_json::to_string(&missing).unwrap();
    assert_eq!(serialized, r#"{"kind":"Missing","id":7,"tbl":"users"}"#);

    let database = Second::Database(std::io::Error::other("password=hunter2"));
    assert_eq!(database.to_string(), "database: password=hunter2");
    assert_eq!(database.to_json(), r#"{"error":"Service Unavailable"}"#);
}
