//! The where clause of the generated impls: the user's predicates, plus a
//! bound for each field whose type names a type parameter and which a
//! template formats.

use crate::ast::{Field, Input};
use crate::template::{Piece, Trait};
use crate::valid::Text;
use proc_macro2::{TokenStream, TokenTree};
use quote::{quote, quote_spanned, ToTokens};
use syn::spanned::Spanned;

/// `where ...` for an impl that formats the texts `texts_of` picks from
/// each variant (given with its plan's texts).
pub fn where_clause<'a>(
    input: &Input,
    texts: impl IntoIterator<Item = (usize, &'a Text)>,
    rt: &TokenStream,
) -> TokenStream {
    let mut predicates: Vec<TokenStream> = match &input.generics.where_clause {
        Some(clause) => clause
            .predicates
            .iter()
            .map(ToTokens::to_token_stream)
            .collect(),
        None => Vec::new(),
    };
    let mut seen: Vec<String> = Vec::new();
    for (variant, text) in texts {
        for (field, needed) in formatted_fields(text) {
            let field = &input.variants[variant].fields[field];
            let Some(bound) = bound(input, field, needed, rt) else {
                continue;
            };
            let key = bound.to_string();
            if !seen.contains(&key) {
                seen.push(key);
                predicates.push(bound);
            }
        }
    }
    if predicates.is_empty() {
        return TokenStream::new();
    }
    quote!(where #(#predicates,)*)
}

/// Each field a text formats, with the trait it is formatted with.
fn formatted_fields(text: &Text) -> Vec<(usize, Trait)> {
    text.pieces
        .iter()
        .filter_map(|piece| match piece {
            Piece::Arg(placeholder) => Some((placeholder.arg, placeholder.spec.trait_())),
            Piece::Lit(_) => None,
        })
        .collect()
}

/// `FieldType: Trait`, when the field's type names a type parameter.
fn bound(input: &Input, field: &Field, needed: Trait, rt: &TokenStream) -> Option<TokenStream> {
    let name = trait_name(needed)?;
    if !names_type_param(input, field.ty.to_token_stream()) {
        return None;
    }
    let ty = field.ty;
    let trait_ = syn::Ident::new(name, ty.span());
    Some(quote_spanned!(ty.span()=> #ty: #rt::#trait_))
}

/// The runtime's name of the trait; none for `{:p}`, which formats a
/// reference to the field, and every reference is a pointer.
fn trait_name(needed: Trait) -> Option<&'static str> {
    Some(match needed {
        Trait::Display => "Display",
        Trait::Debug => "Debug",
        Trait::LowerHex => "LowerHex",
        Trait::UpperHex => "UpperHex",
        Trait::Octal => "Octal",
        Trait::Binary => "Binary",
        Trait::LowerExp => "LowerExp",
        Trait::UpperExp => "UpperExp",
        Trait::Pointer => return None,
    })
}

/// Whether `tokens` mention one of the input's type parameters.
fn names_type_param(input: &Input, tokens: TokenStream) -> bool {
    tokens.into_iter().any(|token| match token {
        TokenTree::Ident(ident) => input
            .generics
            .type_params()
            .any(|param| param.ident == ident),
        TokenTree::Group(group) => names_type_param(input, group.stream()),
        _ => false,
    })
}
