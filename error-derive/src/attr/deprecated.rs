//! The note of the standard `#[deprecated]`, for the catalogue. rustc checks
//! the attribute itself: a form this does not read still marks the variant
//! deprecated, only without a note.

use super::string_literal;
use syn::parse::ParseStream;
use syn::punctuated::Punctuated;
use syn::{Attribute, LitStr, Meta, MetaNameValue, Token};

/// The note of `#[deprecated = "note"]` or `#[deprecated(note = "note")]`;
/// empty for `#[deprecated]`, or for a form this does not read.
pub fn note(attr: &Attribute) -> String {
    let note = match &attr.meta {
        Meta::Path(_) => None,
        Meta::NameValue(meta) => string_literal(&meta.value).map(LitStr::value),
        Meta::List(list) => list.parse_args_with(note_in_list).ok().flatten(),
    };
    note.unwrap_or_default()
}

/// The `note` of `(since = "...", note = "...")`.
fn note_in_list(input: ParseStream) -> syn::Result<Option<String>> {
    let pairs = Punctuated::<MetaNameValue, Token![,]>::parse_terminated(input)?;
    Ok(pairs
        .iter()
        .find(|pair| pair.path.is_ident("note"))
        .and_then(|pair| string_literal(&pair.value))
        .map(LitStr::value))
}

#[cfg(test)]
mod tests {
    use super::note;
    use syn::parse_quote;

    #[test]
    fn reads_every_standard_form() {
        assert_eq!(note(&parse_quote!(#[deprecated])), "");
        assert_eq!(note(&parse_quote!(#[deprecated = "use B"])), "use B");
        assert_eq!(
            note(&parse_quote!(#[deprecated(since = "1.2", note = "use B")])),
            "use B"
        );
        assert_eq!(note(&parse_quote!(#[deprecated(note = "use B")])), "use B");
        assert_eq!(note(&parse_quote!(#[deprecated(since = "1.2")])), "");
    }

    #[test]
    fn reads_no_note_from_other_forms() {
        assert_eq!(note(&parse_quote!(#[deprecated("use B")])), "");
        assert_eq!(note(&parse_quote!(#[deprecated = 5])), "");
        assert_eq!(note(&parse_quote!(#[deprecated(note = 5)])), "");
        assert_eq!(note(&parse_quote!(#[deprecated(note = "a" "b")])), "");
        assert_eq!(note(&parse_quote!(#[deprecated()])), "");
    }
}
