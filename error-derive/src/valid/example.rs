//! The checks of `#[example]`: each key names a field of the variant, and a
//! field that the message or the description shows.

use super::{field_hint, Text};
use crate::ast::{Input, Style, Variant};
use crate::attr::Key;
use crate::ctxt::Errors;
use crate::template::Piece;

/// The text the example gives each field, by field index. `texts` are the
/// variant's checked texts, `None` when they have errors: the keys are then
/// checked only against the fields.
pub fn check(
    input: &Input,
    variant: &Variant,
    texts: Option<&[&Text]>,
    errors: &mut Errors,
) -> Vec<(usize, String)> {
    let Some(example) = &variant.attrs.example else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (key, text) in &example.values {
        let Some(field) = find_field(input, variant, key, errors) else {
            continue;
        };
        let Some(texts) = texts else {
            continue;
        };
        if check_shown(input, variant, (key, field), texts, errors) {
            out.push((field, text.value()));
        }
    }
    out
}

/// The index of the field `key` names, or an error at the key.
fn find_field(input: &Input, variant: &Variant, key: &Key, errors: &mut Errors) -> Option<usize> {
    for field in &variant.fields {
        if field.name == key.name {
            return Some(field.index);
        }
    }
    let mut is_index = true;
    for byte in key.name.bytes() {
        is_index &= byte.is_ascii_digit();
    }
    let hint = match variant.style {
        Style::Named => field_hint(variant, &key.name),
        Style::Tuple if is_index => format!("; it has {}", count(variant.fields.len())),
        Style::Tuple => "; its fields are positional: write `0 = \"...\"`".to_owned(),
        Style::Unit => "; it has no fields".to_owned(),
    };
    errors.error(
        key.span,
        format_args!(
            "no field `{}` on {} `{}`{hint}",
            key.name,
            input.noun(),
            variant.name
        ),
    );
    None
}

fn count(fields: usize) -> String {
    if fields == 1 {
        "1 field".to_owned()
    } else {
        format!("{fields} fields")
    }
}

/// Whether a placeholder shows `field`'s value, which the example replaces;
/// an error at the key if none does.
fn check_shown(
    input: &Input,
    variant: &Variant,
    (key, field): (&Key, usize),
    texts: &[&Text],
    errors: &mut Errors,
) -> bool {
    let mut is_count = false;
    for text in texts {
        for piece in &text.pieces {
            let Piece::Arg(placeholder) = piece else {
                continue;
            };
            if placeholder.arg == field {
                return true;
            }
            for &arg in placeholder.spec.count_args() {
                is_count |= arg == field;
            }
        }
    }
    let problem = not_shown(input, variant, &key.name, is_count);
    errors.error(
        key.span,
        format_args!("{problem}; remove `{}` from `#[example]`", key.name),
    );
    false
}

/// Why the example may not name the field `name`.
fn not_shown(input: &Input, variant: &Variant, name: &str, is_count: bool) -> String {
    let (noun, variant_name) = (input.noun(), &variant.name);
    let attrs = &variant.attrs;
    if is_count {
        format!("field `{name}` only sets a width or a precision, which an example ignores")
    } else if attrs.message.is_none() {
        format!("{noun} `{variant_name}` shows clients no field, as it has no `#[message]`")
    } else if attrs.description.is_none() {
        format!("the message of {noun} `{variant_name}` does not show field `{name}`")
    } else {
        format!(
            "neither the message nor the description of {noun} `{variant_name}` \
             shows field `{name}`"
        )
    }
}
