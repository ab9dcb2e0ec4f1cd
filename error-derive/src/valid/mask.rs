//! Masking: which variants tell clients only their status's reason phrase.

use crate::ast::{Input, Variant};
use crate::attr::Exposure;
use crate::ctxt::Errors;
use crate::valid::Plan;

/// Whether `variant`, of status `status`, is masked.
///
/// A variant without a message is always masked: it has nothing else to
/// tell clients. Otherwise its own `#[masked]` or `#[public]` decides, and
/// without one the enum's `mask = "..."` does.
pub fn is_masked(input: &Input, variant: &Variant, status: u16, errors: &mut Errors) -> bool {
    let marker = variant.attrs.exposure;
    if variant.attrs.message.is_none() {
        if let Some(public) = variant.attrs.marked(Exposure::Public) {
            errors.error(
                public.span,
                format_args!(
                    "{} `{}` has no `#[message]`, so it cannot be public: clients are \
                     told only its reason phrase; add `#[message(\"...\")]`",
                    input.noun(),
                    variant.name
                ),
            );
        }
        return true;
    }
    match marker {
        Some(marker) => marker.exposure == Exposure::Masked,
        None => input.container.mask.covers(status),
    }
}

/// The plan of `variant` as clients see it: when the variant is masked, its
/// message and description give way to the reason phrase, and nothing of
/// its fields is shown or documented.
pub fn apply(input: &Input, variant: &Variant, plan: Plan, errors: &mut Errors) -> Plan {
    if !is_masked(input, variant, plan.status, errors) {
        return plan;
    }
    check_constant_headers(input, variant, &plan, errors);
    check_no_details(input, variant, errors);
    let (message, message_source) = super::reason_phrase(plan.status);
    let internal = if variant.attrs.message.is_some() {
        Some(plan.message)
    } else {
        None
    };
    Plan {
        message,
        message_source,
        description: None,
        description_source: None,
        placeholders: Vec::new(),
        examples: Vec::new(),
        // Details are fields too: a masked body carries none (and a
        // `#[details]` field has been refused above).
        details: None,
        masked: true,
        internal,
        ..plan
    }
}

/// A masked variant shows clients no field, and a header is shown to
/// clients: each of its headers must be constant.
fn check_constant_headers(input: &Input, variant: &Variant, plan: &Plan, errors: &mut Errors) {
    for header in &plan.headers {
        if !header.value.is_static() {
            errors.error(
                header.span,
                format_args!(
                    "{} `{}` is masked, so its header `{}` may show no field; \
                     write a constant value, or mark the variant `#[public]`",
                    input.noun(),
                    variant.name,
                    header.name
                ),
            );
        }
    }
}

/// A masked body carries no field, so a `#[details]` field would be
/// dropped without a word: it is refused instead.
fn check_no_details(input: &Input, variant: &Variant, errors: &mut Errors) {
    for field in &variant.fields {
        let Some(span) = field.details else {
            continue;
        };
        let noun = input.noun();
        let remedy = if variant.attrs.message.is_some() {
            "mark it `#[public]`"
        } else {
            "give it a `#[message]`"
        };
        errors.error(
            span,
            format_args!(
                "{noun} `{}` is masked, so its `#[details]` field would never be sent; \
                 {remedy}, or remove `#[details]`",
                variant.name
            ),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::tests::errors;
    use syn::parse_quote;

    #[test]
    fn a_masked_variant_takes_no_details() {
        let found = errors(&parse_quote! {
            #[api_error(mask = "5xx")]
            enum E {
                #[status(500)]
                Boom {
                    #[details]
                    cause: u8,
                },
                #[status(503)]
                #[message("Down for {0} s")]
                Down(#[details] u32),
            }
        });
        assert_eq!(
            found,
            [
                "variant `Boom` is masked, so its `#[details]` field would never be sent; \
                 give it a `#[message]`, or remove `#[details]`",
                "variant `Down` is masked, so its `#[details]` field would never be sent; \
                 mark it `#[public]`, or remove `#[details]`",
            ]
        );
    }

    #[test]
    fn markers_take_no_arguments_and_stay_off_the_enum() {
        let found = errors(&parse_quote! {
            #[masked]
            enum E {
                #[status(404)]
                #[message("m")]
                #[public = "yes"]
                A,
            }
        });
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found[0].contains("belongs on a variant"), "{found:?}");
        assert!(
            found[1].contains("`#[public]` takes no arguments"),
            "{found:?}"
        );
    }

    #[test]
    fn a_repeated_marker_is_a_duplicate() {
        let found = errors(&parse_quote! {
            enum E {
                #[status(404)]
                #[message("m")]
                #[masked]
                #[masked]
                A,
            }
        });
        assert_eq!(
            found,
            [
                "duplicate `#[masked]` attribute; keep one",
                "`#[masked]` first given here"
            ]
        );
    }

    #[test]
    fn oauth_refuses_masking_and_a_missing_code() {
        let found = errors(&parse_quote! {
            #[api_error(oauth, mask = "all")]
            enum E {
                #[status(400)]
                #[message("invalid_request")]
                #[masked]
                A,
                #[status(500)]
                B,
            }
        });
        assert_eq!(found.len(), 3, "{found:?}");
        assert!(found[0].contains("cannot be `#[masked]`"), "{found:?}");
        assert!(
            found[1].contains("`B` of an OAuth error has no error code"),
            "{found:?}"
        );
        assert!(found[2].contains("remove `mask`"), "{found:?}");
    }

    #[test]
    fn mask_needs_a_quoted_class() {
        let found = errors(&parse_quote! {
            #[api_error(mask = all)]
            enum E {}
        });
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].starts_with("`mask` takes a status class in quotes"),
            "{found:?}"
        );
    }
}
