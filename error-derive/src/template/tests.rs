use super::*;

fn spec_of(text: &str) -> Spec<ArgRef> {
    match parse(text).map(|template| template.pieces) {
        Ok(pieces) => match pieces.as_slice() {
            [Piece::Arg(placeholder)] => placeholder.spec.clone(),
            other => panic!("expected one placeholder in {text:?}, got {other:?}"),
        },
        Err(error) => panic!("{text:?} does not parse: {}", error.0),
    }
}

fn arg_of(text: &str) -> ArgRef {
    match parse(text).map(|template| template.pieces) {
        Ok(pieces) => match pieces.into_iter().next() {
            Some(Piece::Arg(placeholder)) => placeholder.arg,
            other => panic!("expected a placeholder in {text:?}, got {other:?}"),
        },
        Err(error) => panic!("{text:?} does not parse: {}", error.0),
    }
}

/// The spec rendered back with each argument as written.
fn round_trip(text: &str) -> String {
    spec_of(text).render(|arg| match arg {
        ArgRef::Next => String::new(),
        ArgRef::Index(index) => index.to_string(),
        ArgRef::Name(name) => name.clone(),
    })
}

fn error_of(text: &str) -> String {
    match parse(text) {
        Ok(template) => panic!("{text:?} parsed as {template:?}"),
        Err(error) => error.0,
    }
}

#[test]
fn literal_text_and_escaped_braces() {
    let template = parse("a {{b}} c").unwrap();
    assert!(template.is_static());
    assert_eq!(template.literal_text(), "a {b} c");
    assert_eq!(parse("").unwrap().pieces, vec![]);
}

#[test]
fn arguments() {
    assert_eq!(arg_of("{}"), ArgRef::Next);
    assert_eq!(arg_of("{0}"), ArgRef::Index(0));
    assert_eq!(arg_of("{12}"), ArgRef::Index(12));
    assert_eq!(arg_of("{name}"), ArgRef::Name("name".to_owned()));
    assert_eq!(arg_of("{_private}"), ArgRef::Name("_private".to_owned()));
    assert_eq!(arg_of("{größe}"), ArgRef::Name("größe".to_owned()));
    assert_eq!(arg_of("{name }"), ArgRef::Name("name".to_owned()));
    assert_eq!(arg_of("{name :?}"), ArgRef::Name("name".to_owned()));
}

#[test]
fn pieces_around_placeholders() {
    let template = parse("x{a}y{{{b:?}}}").unwrap();
    assert_eq!(template.pieces.len(), 5);
    assert_eq!(template.pieces[0], Piece::Lit("x".to_owned()));
    assert_eq!(template.pieces[2], Piece::Lit("y{".to_owned()));
    assert_eq!(template.pieces[4], Piece::Lit("}".to_owned()));
    assert!(!template.is_static());
}

#[test]
fn every_spec_form_renders_back() {
    for (text, spec) in [
        ("{x:?}", "?"),
        ("{x:#?}", "#?"),
        ("{x:x?}", "x?"),
        ("{x:#X?}", "#X?"),
        ("{x:>5}", ">5"),
        ("{x:<5}", "<5"),
        ("{x:^5}", "^5"),
        ("{x:*^9}", "*^9"),
        ("{x:$>5}", "$>5"),
        ("{x:{<5}", "{<5"),
        ("{x:}<5}", "}<5"),
        ("{x:🦀^9}", "🦀^9"),
        ("{x:<<3}", "<<3"),
        ("{x:^^}", "^^"),
        ("{x:.2}", ".2"),
        ("{x:+.3e}", "+.3e"),
        ("{x:+#010.3e}", "+#010.3e"),
        ("{x:-}", "-"),
        ("{x:#06x}", "#06x"),
        ("{x:#b}", "#b"),
        ("{x:o}", "o"),
        ("{x:E}", "E"),
        ("{x:p}", "p"),
        ("{x:>width$}", ">width$"),
        ("{x:width$.prec$}", "width$.prec$"),
        ("{x:>1$}", ">1$"),
        ("{x:0$}", "0$"),
        ("{x:01$}", "01$"),
        ("{x:x$}", "x$"),
        ("{x:x$x}", "x$x"),
        ("{x:.prec$?}", ".prec$?"),
        ("{x:5.}", "5."),
        ("{x:.}", "."),
        ("{x:00}", "00"),
        ("{x:}", ""),
        ("{x: }", ""),
        ("{x:5 }", "5"),
    ] {
        assert_eq!(round_trip(text), spec, "{text}");
    }
}

#[test]
fn spec_fields() {
    let spec = spec_of("{x:_>+#08.3x?}");
    assert_eq!(
        (spec.fill, spec.align, spec.sign),
        (Some('_'), Some('>'), Some('+'))
    );
    assert!(spec.alternate && spec.zero);
    assert_eq!(spec.width, Some(Count::Lit(8)));
    assert_eq!(spec.precision, Some(Precision::Count(Count::Lit(3))));
    assert_eq!(spec.kind, "x?");
    assert_eq!(spec.trait_(), Trait::Debug);
    let spec = spec_of("{x:0$}");
    assert!(!spec.zero);
    assert_eq!(spec.width, Some(Count::Arg(ArgRef::Index(0))));
}

#[test]
fn traits_of_specs() {
    for (text, expected) in [
        ("{x}", Trait::Display),
        ("{x:?}", Trait::Debug),
        ("{x:X?}", Trait::Debug),
        ("{x:x}", Trait::LowerHex),
        ("{x:X}", Trait::UpperHex),
        ("{x:o}", Trait::Octal),
        ("{x:b}", Trait::Binary),
        ("{x:e}", Trait::LowerExp),
        ("{x:E}", Trait::UpperExp),
        ("{x:p}", Trait::Pointer),
    ] {
        assert_eq!(spec_of(text).trait_(), expected, "{text}");
    }
}

#[test]
fn count_arguments() {
    let spec = spec_of("{x:>w$.p$}");
    assert_eq!(
        spec.count_args(),
        vec![&ArgRef::Name("w".to_owned()), &ArgRef::Name("p".to_owned())]
    );
    assert!(spec_of("{x:5.2}").count_args().is_empty());
}

#[test]
fn syntax_errors() {
    assert!(error_of("a } b").starts_with("unmatched `}`"));
    assert!(error_of("a {").starts_with("unterminated `{`"));
    assert!(error_of("a {name").starts_with("unterminated `{`"));
    assert!(error_of("a { b").starts_with("expected `}` in a placeholder, found `b`"));
    assert!(error_of("{0x}").starts_with("expected `}` in a placeholder, found `x`"));
    assert!(error_of("{x:.*}").starts_with("`.*` is not supported"));
    assert!(error_of("{x:k}").starts_with("unknown format trait `k`"));
    assert!(error_of("{x:1.$}").contains("found `$`"));
    assert!(error_of("{_}").starts_with("invalid argument name `_`"));
    assert!(error_of("{99999999999999999999999}").contains("too large"));
}

#[test]
fn braces_escape_back() {
    let mut out = String::new();
    escape_braces(&mut out, "a{b}c");
    assert_eq!(out, "a{{b}}c");
}
