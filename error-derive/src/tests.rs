//! The whole derive on token input: what it emits, and how it fails.

use crate::expand::derive;
use syn::parse_quote;

fn output(input: &syn::DeriveInput) -> String {
    match derive(input) {
        Ok(tokens) => tokens.to_string(),
        Err(failure) => panic!("unexpected error: {}", failure.error),
    }
}

fn errors(input: &syn::DeriveInput) -> Vec<String> {
    match derive(input) {
        Ok(_) => panic!("the input was accepted"),
        Err(failure) => failure.error.into_iter().map(|e| e.to_string()).collect(),
    }
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
    let out = output(&parse_quote! {
        enum E {
            #[status(400)]
            #[message("say \"hi\"\n")]
            #[description("line\u{2028}")]
            A,
        }
    });
    let expected = syn::LitStr::new(
        r#"{"error":"say \"hi\"\n","error_description":"line\u2028"}"#,
        proc_macro2::Span::call_site(),
    );
    assert!(
        out.contains(&quote::ToTokens::to_token_stream(&expected).to_string()),
        "{out}"
    );
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
    assert!(out.contains(r#""{{{__value0:>__count1$}}}""#), "{out}");
    assert!(out.contains("__count1 = * __field_1"), "{out}");
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
