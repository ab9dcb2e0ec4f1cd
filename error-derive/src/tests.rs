//! The whole derive on token input: what it emits, and how it fails.

use crate::expand::derive;
use syn::parse_quote;

fn output(input: &syn::DeriveInput) -> String {
    match derive(input) {
        Ok(tokens) => tokens.to_string(),
        Err(failure) => panic!("unexpected error: {}", failure.error),
    }
}

/// The packed table of the derive's output for `input`.
fn packed(input: &syn::DeriveInput) -> String {
    let out = match derive(input) {
        Ok(tokens) => tokens,
        Err(failure) => panic!("unexpected error: {}", failure.error),
    };
    let text = out.to_string();
    let start = text.find("Table :: new (").expect("a table") + "Table :: new (".len();
    let end = start + text[start..].find(") ;").expect("the end of the table");
    let literal: syn::LitStr = syn::parse_str(&text[start..end]).expect("a string literal");
    literal.value()
}

/// `text` as the packed form writes one string.
fn item(text: &str) -> String {
    format!("{}:{text}", text.len())
}

/// The messages of every error the derive reports for `input`, which must
/// be refused; the unit tests of the phases use it too.
pub(crate) fn errors(input: &syn::DeriveInput) -> Vec<String> {
    match derive(input) {
        Ok(_) => panic!("the input was accepted"),
        Err(failure) => failure.error.into_iter().map(|e| e.to_string()).collect(),
    }
}

#[test]
fn an_empty_where_clause_is_accepted() {
    let input: syn::DeriveInput = parse_quote! {
        #[status(403)]
        #[message("Forbidden")]
        struct Forbidden where;
    };
    assert!(output(&input).contains("impl :: apifault :: __private :: ApiError for Forbidden"));
    let generic: syn::DeriveInput = parse_quote! {
        #[status(404)]
        #[message("no {0}")]
        struct Missing<T>(T) where;
    };
    assert!(output(&generic).contains("T : :: apifault :: __private :: Display"));
}

#[test]
fn emits_only_runtime_paths() {
    let out = output(&parse_quote! {
        #[api_error(display)]
        enum E {
            #[status(404)]
            #[message("x {0:?}")]
            A(u8),
            #[status(500)]
            B,
        }
    });
    assert!(out.contains("automatically_derived"));
    assert!(out.contains(":: apifault :: __private :: ApiError"));
    assert!(out.contains(":: apifault :: __private :: Display"));
    assert!(!out.contains(":: core ::") && !out.contains(":: std ::"));
}

#[test]
fn crate_override_replaces_the_root() {
    let out = output(&parse_quote! {
        #[api_error(crate = "crate")]
        #[status(400)]
        #[message("m")]
        struct S;
    });
    assert!(out.contains("crate :: __private :: ApiError"));
    assert!(!out.contains("apifault"));
}

#[test]
fn static_body_is_computed_by_the_macro() {
    let packed = packed(&parse_quote! {
        enum E {
            #[status(400)]
            #[message("say \"hi\"\n")]
            #[description("line\u{2028}")]
            A,
        }
    });
    // The entry's example, which is the body a fixed variant sends.
    let body = r#"{"error":"say \"hi\"\n","error_description":"line\u2028"}"#;
    assert!(packed.contains(&item(body)), "{packed}");
}

#[test]
fn a_spec_takes_format_args() {
    let out = output(&parse_quote! {
        enum E {
            #[status(400)]
            #[message("{0:>5} {0:#?}")]
            A(u8),
        }
    });
    assert!(out.contains(r#"format_args ! ("{__value0:>5}""#), "{out}");
    assert!(out.contains(r#"format_args ! ("{__value0:#?}""#), "{out}");
}

#[test]
fn renames_arguments_in_the_rebuilt_format() {
    let out = output(&parse_quote! {
        enum E {
            #[status(400)]
            #[message("{{{code:>width$}}}")]
            A { code: String, width: usize },
        }
    });
    assert!(out.contains(r#""{__value0:>__count1$}""#), "{out}");
    assert!(out.contains("__count1 = * __field_1"), "{out}");
}

#[test]
fn message_formats_each_placeholder_alone() {
    let input = parse_quote! {
        enum E {
            #[status(400)]
            #[message("a {0} b {0:?}")]
            A(u8),
        }
    };
    let out = output(&input);
    // `{0}` and `{0:?}` are plain: a call each, no `format_args!`.
    assert!(
        out.contains("0 => :: apifault :: __private :: write_display (__out , __field_0)"),
        "{out}"
    );
    assert!(
        out.contains("1 => :: apifault :: __private :: write_debug (__out , __field_0)"),
        "{out}"
    );
    assert!(!out.contains("format_args"), "{out}");
    // The message: `a `, placeholder 0, ` b `, placeholder 1.
    let steps = [item("4"), item("L"), item("a "), item("V"), item("0")].concat()
        + &[item("L"), item(" b "), item("V"), item("1")].concat();
    assert!(packed(&input).contains(&steps), "{}", packed(&input));
}

#[test]
fn collects_every_error() {
    let all = errors(&parse_quote! {
        #[api_error(crat = "x", display)]
        enum E {
            #[status(302)]
            #[message("m")]
            A,
            #[status(404)]
            B,
            #[status(400)]
            #[message("{nope}")]
            C { yes: u8 },
            D,
            #[status(400)]
            #[message("m")]
            #[code("b")]
            E,
        }
    });
    assert_eq!(all.len(), 7, "{all:#?}");
    assert!(all[0].starts_with("unknown key `crat`"));
    assert!(all.iter().any(|e| e.starts_with("status 302")));
    assert!(all
        .iter()
        .any(|e| e.contains("`B` has the client error status 404")));
    assert!(all
        .iter()
        .any(|e| e.starts_with("no field `nope` on variant `C`")));
    assert!(all
        .iter()
        .any(|e| e.starts_with("variant `D` has no status")));
    assert!(all
        .iter()
        .any(|e| e.starts_with("code `b` is already used by variant `B`")));
    assert!(all.iter().any(|e| e == "code `b` first used here"));
}

#[test]
fn a_failure_still_has_a_fallback_impl() {
    let input: syn::DeriveInput = parse_quote! {
        union U { a: u8 }
    };
    match derive(&input) {
        Ok(_) => panic!("a union was accepted"),
        Err(failure) => {
            assert!(failure.error.to_string().contains("union"));
            assert!(failure.fallback.to_string().contains("ApiError for U"));
        }
    }
}

#[test]
fn implicit_positional_on_named_fields_is_an_error() {
    let all = errors(&parse_quote! {
        enum E {
            #[status(400)]
            #[message("{}")]
            A { name: u8 },
        }
    });
    assert_eq!(all.len(), 1);
    assert!(
        all[0].starts_with("`{}` needs a positional field"),
        "{}",
        all[0]
    );
}

#[test]
fn misplaced_attributes() {
    let all = errors(&parse_quote! {
        #[message("on the enum")]
        enum E {
            #[status(400)]
            #[message("m")]
            #[api_error(display)]
            A(#[code("x")] u8),
        }
    });
    assert_eq!(all.len(), 3, "{all:#?}");
    assert!(all[0].starts_with("`#[message]` belongs on a variant"));
}

fn first_error(input: &syn::DeriveInput) -> String {
    let all = errors(input);
    assert_eq!(all.len(), 1, "{all:#?}");
    all.into_iter().next().unwrap_or_default()
}

#[test]
fn status_forms_that_are_refused() {
    let suffixed = first_error(&parse_quote! {
        #[status(404_u16)]
        #[message("m")]
        struct S;
    });
    assert_eq!(
        suffixed,
        "a status takes no type suffix; write `#[status(404)]`"
    );
    let absolute_name = first_error(&parse_quote! {
        #[status(::NOT_FOUND)]
        #[message("m")]
        struct S;
    });
    assert!(absolute_name.starts_with("expected a `StatusCode` constant"));
    let with_arguments = first_error(&parse_quote! {
        #[status(StatusCode::<u8>::NOT_FOUND)]
        #[message("m")]
        struct S;
    });
    assert!(with_arguments.starts_with("a status path takes no generic arguments"));
    let case_only = first_error(&parse_quote! {
        #[status(not_found)]
        #[message("m")]
        struct S;
    });
    assert!(
        case_only.ends_with("did you mean `NOT_FOUND`?"),
        "{case_only}"
    );
}

#[test]
fn empty_and_blank_texts() {
    let blank = first_error(&parse_quote! {
        #[status(400)]
        #[message("  ")]
        struct S;
    });
    assert_eq!(blank, "empty message; say what went wrong");
    let description = first_error(&parse_quote! {
        #[status(400)]
        #[message("m")]
        #[description("")]
        struct S;
    });
    assert!(description.starts_with("empty description"));
}

#[test]
fn pointer_placeholders_are_refused_everywhere() {
    let all = errors(&parse_quote! {
        #[status(400)]
        #[message("{:p}")]
        #[description("{name:>5p}")]
        struct S { name: u8 }
    });
    assert_eq!(all.len(), 3, "{all:#?}");
    assert!(all
        .iter()
        .any(|e| e.starts_with("`{:p}` would show clients a memory address")));
    assert!(all.iter().any(|e| e.starts_with("`{name:>5p}` would show")));
}

#[test]
fn container_values() {
    let bare_crate = first_error(&parse_quote! {
        #[api_error(crate)]
        #[status(400)]
        #[message("m")]
        struct S;
    });
    assert_eq!(
        bare_crate,
        "`crate` takes a path; write `crate = \"apifault\"`"
    );
    let empty = first_error(&parse_quote! {
        #[api_error(crate = "")]
        #[status(400)]
        #[message("m")]
        struct S;
    });
    assert_eq!(
        empty,
        "`crate` needs the path of the crate, as in `crate = \"apifault\"`"
    );
    let unquoted_path = first_error(&parse_quote! {
        #[api_error(crate = my::runtime, display)]
        #[status(400)]
        #[message("m")]
        struct S;
    });
    assert_eq!(
        unquoted_path,
        "expected a path in quotes; write `crate = \"my::runtime\"`"
    );
    let called = first_error(&parse_quote! {
        #[api_error(display(yes))]
        #[status(400)]
        #[message("m")]
        struct S;
    });
    assert!(called.starts_with("`display` takes no value"));
    let not_a_key = first_error(&parse_quote! {
        #[api_error("display")]
        #[status(400)]
        #[message("m")]
        struct S;
    });
    assert!(not_a_key.starts_with("expected a key of `#[api_error]`"));
}

#[test]
fn a_misspelled_attribute_is_named_as_the_missing_one() {
    let all = errors(&parse_quote! {
        enum E {
            #[status(404)]
            #[Message("m")]
            A,
            #[status(400)]
            #[message("m")]
            B,
        }
    });
    assert_eq!(
        all,
        ["`#[Message]` is not an attribute of `ApiError`; did you mean `#[message]`?"]
    );
}

#[test]
fn a_far_unknown_attribute_does_not_hide_a_missing_message() {
    let all = errors(&parse_quote! {
        enum E {
            #[status(404)]
            #[serde(rename = "x")]
            A,
        }
    });
    assert_eq!(all.len(), 1);
    assert!(all[0].contains("has the client error status 404 but no `#[message]`"));
}

#[test]
fn a_malformed_code_is_not_checked_again() {
    let all = errors(&parse_quote! {
        enum E {
            #[status(400)]
            #[message("m")]
            #[code("b")]
            A,
            #[status(400)]
            #[message("m")]
            #[code(b)]
            B,
        }
    });
    // `B`'s default code `b` would clash with `A`'s.
    assert_eq!(all.len(), 1, "{all:#?}");
    assert!(all[0].starts_with("expected a string literal"), "{all:#?}");
}

#[test]
fn entries_carry_their_details() {
    let packed = packed(&parse_quote! {
        #[since("1.0")]
        enum E {
            #[status(400)]
            #[message("{name:>width$} {name}")]
            #[example(name = "x\"y")]
            #[deprecated(note = "gone")]
            A { name: Vec<String>, width: usize },
            #[status(500)]
            #[since("1.2")]
            #[deprecated]
            B(std::io::Error),
        }
    });
    let placeholders = [
        item("2"),
        item("name"),
        item("name"),
        item("Vec<String>"),
        item("width"),
        item("width"),
        item("usize"),
        item(r#"{"error":"x\"y x\"y"}"#),
        item("1.0"),
        item("gone"),
    ]
    .concat();
    assert!(packed.contains(&placeholders), "{packed}");
    let fixed = [
        item("0"),
        item(r#"{"error":"Internal Server Error"}"#),
        item("1.2"),
        item(""),
    ]
    .concat();
    assert!(packed.contains(&fixed), "{packed}");
}

#[test]
fn example_keys_are_checked_against_the_fields_and_the_texts() {
    let all = errors(&parse_quote! {
        enum E {
            #[status(400)]
            #[message("{name:>width$}")]
            #[example(nme = "a", secret = "b", width = "5", 0 = "c")]
            A { name: u8, secret: u8, width: usize },
            #[status(400)]
            #[message("{0}")]
            #[example(1 = "a", x = "b")]
            B(u8),
            #[status(500)]
            #[example(0 = "a")]
            C(u8),
            #[status(400)]
            #[message("m")]
            #[description("d")]
            #[example(0 = "a")]
            D(u8),
        }
    });
    assert_eq!(
        all,
        [
            "no field `nme` on variant `A`; did you mean `name`?",
            "the message of variant `A` does not show field `secret`; \
             remove `secret` from `#[example]`",
            "field `width` only sets a width or a precision, which an example ignores; \
             remove `width` from `#[example]`",
            "no field `0` on variant `A`; its fields are `name`, `secret`, `width`",
            "no field `1` on variant `B`; it has 1 field",
            "no field `x` on variant `B`; its fields are positional: write `0 = \"...\"`",
            "variant `C` shows clients no field, as it has no `#[message]`; \
             remove `0` from `#[example]`",
            "neither the message nor the description of variant `D` shows field `0`; \
             remove `0` from `#[example]`",
        ]
    );
}

#[test]
fn example_keys_are_checked_even_when_a_text_is_wrong() {
    let all = errors(&parse_quote! {
        #[status(400)]
        #[message("{nope}")]
        #[example(nme = "a", name = "b")]
        struct S { name: u8 }
    });
    // `name` is not shown, but the message is wrong: that is not reported.
    assert_eq!(all.len(), 2, "{all:#?}");
    assert!(all[0].starts_with("no field `nope` on struct `S`"));
    assert_eq!(all[1], "no field `nme` on struct `S`; did you mean `name`?");
}

#[test]
fn misplaced_and_repeated_details() {
    let all = errors(&parse_quote! {
        #[example(a = "x")]
        #[since("1")]
        #[since("2")]
        enum E {
            #[status(400)]
            #[message("{a}")]
            #[example(a = "x")]
            #[example(a = "y")]
            #[since("")]
            A { #[example(a = "z")] #[since("3")] a: u8 },
        }
    });
    assert_eq!(
        all,
        [
            "`#[example]` belongs on a variant, not on the enum",
            "duplicate `#[since]` attribute; keep one",
            "`#[since]` first given here",
            "duplicate `#[example]` attribute; keep one",
            "`#[example]` first given here",
            "empty `#[since]`; write the version that added the error, as in `#[since(\"1.2\")]`",
            "`#[example]` does not apply to a field; put it on the variant",
            "`#[since]` does not apply to a field; put it on the variant",
        ]
    );
}

#[test]
fn since_takes_a_string() {
    let all = errors(&parse_quote! {
        #[status(400)]
        #[message("m")]
        #[since(1.2)]
        struct S;
    });
    assert_eq!(
        all,
        ["expected a string literal; write `#[since(\"1.2\")]`"]
    );
}
