//! The note of the standard `#[deprecated]`, for the catalogue. rustc checks
//! the attribute itself: a form this does not read still marks the variant
//! deprecated, only without a note.

use super::{string_literal, ParseFn};
use syn::parse::ParseStream;
use syn::{Attribute, Meta, MetaNameValue, Token};

/// The note of `#[deprecated = "note"]` or `#[deprecated(note = "note")]`;
/// empty for `#[deprecated]`, or for a form this does not read.
pub fn note(attr: &Attribute) -> String {
    match &attr.meta {
        Meta::Path(_) => String::new(),
        Meta::NameValue(meta) => match string_literal(&meta.value) {
            Some(lit) => lit.value(),
            None => String::new(),
        },
        Meta::List(list) => {
            let mut note = String::new();
            let parser: ParseFn = &mut |input| note_in_list(input, &mut note);
            match list.parse_args_with(parser) {
                Ok(()) => note,
                Err(_) => String::new(),
            }
        }
    }
}

/// Reads `(since = "...", note = "...")` into `note`: the string of the
/// first `note`, if it is one. Any pair that does not parse is an error.
fn note_in_list(input: ParseStream, note: &mut String) -> syn::Result<()> {
    let mut found = false;
    while !input.is_empty() {
        let pair: MetaNameValue = input.parse()?;
        if !found && pair.path.is_ident("note") {
            found = true;
            if let Some(lit) = string_literal(&pair.value) {
                *note = lit.value();
            }
        }
        if input.is_empty() {
            break;
        }
        input.parse::<Token![,]>()?;
    }
    Ok(())
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
