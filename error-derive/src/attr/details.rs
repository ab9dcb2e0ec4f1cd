//! `#[details]`: the field whose value goes under `details` in the body.
//! It takes no arguments; which fields carry it is checked in `valid`.

use super::Place;
use crate::ctxt::spanned;
use proc_macro2::Span;
use quote::quote;
use syn::spanned::Spanned;
use syn::{Attribute, Meta};

/// The span of the attribute's name, or an error at whatever follows it.
pub fn parse(attr: &Attribute) -> syn::Result<Span> {
    let message = "`#[details]` takes no arguments; write `#[details]`";
    match &attr.meta {
        Meta::Path(path) => Ok(path.span()),
        Meta::List(list) if list.tokens.is_empty() => {
            Err(syn::Error::new(list.delimiter.span().join(), message))
        }
        Meta::List(list) => Err(spanned(&list.tokens, message)),
        Meta::NameValue(meta) => {
            let (eq, value) = (&meta.eq_token, &meta.value);
            Err(spanned(&quote!(#eq #value), message))
        }
    }
}

/// Why `#[details]` does not belong at `place`, which is not a field.
pub fn misplaced(place: Place) -> String {
    let owner = match place {
        Place::Enum => "the enum",
        Place::Struct => "the struct",
        _ => "a variant",
    };
    format!(
        "`#[details]` belongs on a field, not on {owner}; \
         put it on the field whose value goes under `details`"
    )
}

#[cfg(test)]
mod tests {
    use super::parse;
    use syn::parse_quote;

    fn message(attr: &syn::Attribute) -> String {
        parse(attr).err().map(|e| e.to_string()).unwrap_or_default()
    }

    #[test]
    fn takes_no_arguments() {
        assert!(parse(&parse_quote!(#[details])).is_ok());
        let expected = "`#[details]` takes no arguments; write `#[details]`";
        assert_eq!(message(&parse_quote!(#[details(flatten)])), expected);
        assert_eq!(message(&parse_quote!(#[details()])), expected);
        assert_eq!(message(&parse_quote!(#[details = "x"])), expected);
    }
}
