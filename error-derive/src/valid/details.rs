//! `#[details]`: one field per variant, since a body has one `details`.

use crate::ast::{Input, Variant};
use crate::ctxt::Errors;

/// Reports each `#[details]` after the first of a variant, with a note at
/// the first.
pub fn check(input: &Input, errors: &mut Errors) {
    for variant in &input.variants {
        let mut first = None;
        for field in &variant.fields {
            let Some(span) = field.details else {
                continue;
            };
            match first {
                None => first = Some(span),
                Some(first) => errors.clash(
                    span,
                    format_args!(
                        "duplicate `#[details]` in {} `{}`; a body has one `details` \
                         member: keep one, or gather the values in one type",
                        input.noun(),
                        variant.name
                    ),
                    first,
                    "`#[details]` first given here",
                ),
            }
        }
    }
}

/// The index of the variant's `#[details]` field, the first if several.
pub fn field_of(variant: &Variant) -> Option<usize> {
    for field in &variant.fields {
        if field.details.is_some() {
            return Some(field.index);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::tests::errors;
    use syn::parse_quote;

    #[test]
    fn one_details_field_per_variant() {
        let found = errors(&parse_quote! {
            enum E {
                #[status(400)]
                #[message("m")]
                V(#[details] u8, #[details] u8, #[details] u8),
            }
        });
        let duplicate = "duplicate `#[details]` in variant `V`; a body has one `details` \
                         member: keep one, or gather the values in one type";
        let first = "`#[details]` first given here";
        assert_eq!(found, [duplicate, first, duplicate, first]);
    }

    #[test]
    fn details_belong_on_fields() {
        let found = errors(&parse_quote! {
            #[details]
            enum E {
                #[status(400)]
                #[message("m")]
                #[details]
                V,
            }
        });
        assert_eq!(
            found,
            [
                "`#[details]` belongs on a field, not on the enum; \
                 put it on the field whose value goes under `details`",
                "`#[details]` belongs on a field, not on a variant; \
                 put it on the field whose value goes under `details`",
            ]
        );
    }
}
