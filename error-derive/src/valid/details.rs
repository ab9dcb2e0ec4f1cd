//! `#[details]`: one field per variant, since a body has one `details`.

use crate::ast::{Input, Variant};
use crate::ctxt::Errors;

/// Reports each `#[details]` after the first of a variant, with a note at
/// the first.
pub fn check(input: &Input, errors: &mut Errors) {
    for variant in &input.variants {
        let mut marked = variant.fields.iter().filter_map(|field| field.details);
        let Some(first) = marked.next() else {
            continue;
        };
        for again in marked {
            errors.clash(
                again,
                format_args!(
                    "duplicate `#[details]` in {} `{}`; a body has one `details` \
                     member: keep one, or gather the values in one type",
                    input.noun(),
                    variant.name
                ),
                first,
                "`#[details]` first given here",
            );
        }
    }
}

/// The index of the variant's `#[details]` field, the first if several.
pub fn field_of(variant: &Variant) -> Option<usize> {
    variant
        .fields
        .iter()
        .position(|field| field.details.is_some())
}
