//! `message()` and `description()` render their templates exactly like
//! `format!` with the same arguments.

use apifault::ApiError;
use std::borrow::Cow;

#[derive(Debug, ApiError)]
#[status(400)]
#[allow(dead_code)] // `Unused.0` is never read: that is what a test checks
enum Specs {
    #[message("plain {0}")]
    Plain(String),
    #[message("debug {0:?} / {0:#?}")]
    Debug(Option<&'static str>),
    #[message(
        "[{used:>5}] [{used:<5}] [{used:^5}] [{used:*^9}] [{used:$>6}] [{used:{<6}] [{used:}<6}]"
    )]
    Align { used: String },
    #[message("{ratio:.2} {ratio:+.3e} {ratio:08.1} {ratio:E} {ratio:.}")]
    Float { ratio: f64 },
    #[message("{id:#06x} {id:x} {id:X} {id:#o} {id:b} {id:#x?} {id:+}")]
    Int { id: u32 },
    #[message("{code:>width$}|{code:<width$.prec$}|{width}")]
    Counted {
        code: String,
        width: usize,
        prec: usize,
    },
    #[message("{0:>1$}|{0:.2$}|{1}")]
    PositionalCounts(f64, usize, usize),
    #[message("{} then {} then {0} then {}")]
    Implicit(u8, char, &'static str),
    #[message("{{literal}} {{{0}}} }}")]
    Braces(i32),
    #[message("fields named like the generated code: {f} {formatter} {self_} {status} {message} {code} {out} {body}")]
    Clash {
        f: u8,
        formatter: u8,
        self_: u8,
        status: u8,
        message: u8,
        code: u8,
        out: u8,
        body: u8,
    },
    #[message("only the second: {1}")]
    Unused(u8, u8),
}

#[test]
fn display_of_a_positional_field() {
    let error = Specs::Plain("hello".to_owned());
    assert_eq!(error.message(), format!("plain {}", "hello"));
}

#[test]
fn debug_and_pretty_debug() {
    let error = Specs::Debug(Some("x"));
    assert_eq!(error.message(), format!("debug {0:?} / {0:#?}", Some("x")));
}

#[test]
fn alignment_and_fill_characters() {
    let used = "ab".to_owned();
    let error = Specs::Align { used: used.clone() };
    let expected = format!(
        "[{used:>5}] [{used:<5}] [{used:^5}] [{used:*^9}] [{used:$>6}] [{used:{<6}] [{used:}<6}]"
    );
    assert_eq!(error.message(), expected);
}

#[test]
fn float_precision_and_exponents() {
    let ratio = 1.234_56_f64;
    let error = Specs::Float { ratio };
    assert_eq!(
        error.message(),
        format!("{ratio:.2} {ratio:+.3e} {ratio:08.1} {ratio:E} {ratio:.}")
    );
}

#[test]
fn integer_radixes_and_flags() {
    let id = 255_u32;
    let error = Specs::Int { id };
    assert_eq!(
        error.message(),
        format!("{id:#06x} {id:x} {id:X} {id:#o} {id:b} {id:#x?} {id:+}")
    );
}

#[test]
fn width_and_precision_from_fields() {
    let (code, width, prec) = ("abcdef".to_owned(), 9_usize, 3_usize);
    let error = Specs::Counted {
        code: code.clone(),
        width,
        prec,
    };
    assert_eq!(
        error.message(),
        format!("{code:>width$}|{code:<width$.prec$}|{width}")
    );
    let error = Specs::PositionalCounts(2.5, 7, 3);
    assert_eq!(
        error.message(),
        format!("{0:>1$}|{0:.2$}|{1}", 2.5, 7_usize, 3_usize)
    );
}

#[test]
fn implicit_positions_count_like_format() {
    let error = Specs::Implicit(7, 'c', "s");
    assert_eq!(
        error.message(),
        format!("{} then {} then {0} then {}", 7_u8, 'c', "s")
    );
}

#[test]
fn unused_fields_are_not_read() {
    assert_eq!(Specs::Unused(1, 2).message(), "only the second: 2");
}

#[test]
fn doubled_braces_are_literal() {
    let error = Specs::Braces(4);
    assert_eq!(error.message(), "{literal} {4} }");
}

#[test]
fn fields_named_like_generated_names() {
    let error = Specs::Clash {
        f: 1,
        formatter: 2,
        self_: 3,
        status: 4,
        message: 5,
        code: 6,
        out: 7,
        body: 8,
    };
    assert_eq!(
        error.message(),
        "fields named like the generated code: 1 2 3 4 5 6 7 8"
    );
}

#[derive(Debug, ApiError)]
#[status(409)]
#[allow(dead_code)] // `Bare.secret` is never read: that is what a test checks
enum Static {
    #[message("Duplicate record")]
    #[description("A record with this {{key}} exists")]
    Duplicate,
    #[message("Record {0} taken")]
    #[description("Pick another than {0:?}")]
    Taken(String),
    #[message("no description")]
    Bare { secret: String },
}

#[test]
fn static_texts_are_borrowed() {
    assert!(matches!(
        Static::Duplicate.message(),
        Cow::Borrowed("Duplicate record")
    ));
    assert!(matches!(
        Static::Duplicate.description(),
        Some(Cow::Borrowed("A record with this {key} exists"))
    ));
}

#[test]
fn dynamic_description() {
    let error = Static::Taken("bob".to_owned());
    assert!(matches!(error.message(), Cow::Owned(_)));
    assert_eq!(error.message(), "Record bob taken");
    assert_eq!(
        error.description().as_deref(),
        Some("Pick another than \"bob\"")
    );
}

#[test]
fn no_description_is_none() {
    let error = Static::Bare {
        secret: "s3cr3t".to_owned(),
    };
    assert_eq!(error.description(), None);
    assert!(!error.to_json().contains("s3cr3t"));
}
