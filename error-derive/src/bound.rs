//! The generics of the generated impls: the user's, plus a bound for each
//! field whose type names a type parameter and which a template formats.
//!
//! A bound is added even when the user states it already: a derive cannot
//! tell whether the user's `Display` is `core::fmt::Display` or a trait of
//! the same name, and a repeated bound is harmless.

use crate::ast::Input;
use crate::template::{Piece, Trait};
use crate::valid::Text;
use proc_macro2::{TokenStream, TokenTree};
use quote::ToTokens;
use syn::punctuated::Punctuated;
use syn::spanned::Spanned;
use syn::{Generics, Token, TypeParamBound};

/// Bounds joined by `+`.
type Bounds = Punctuated<TypeParamBound, Token![+]>;

/// The traits one field type needs, under the type's tokens.
struct Needs<'a> {
    ty: &'a syn::Type,
    key: String,
    traits: Vec<&'static str>,
}

/// The user's generics with the bounds an impl that formats `texts` needs
/// (each text given with the index of its variant).
pub fn generics<'a>(
    input: &Input,
    texts: impl IntoIterator<Item = (usize, &'a Text)>,
    rt: &TokenStream,
) -> Generics {
    with_needs(input, needs(input, texts, false), rt)
}

/// The generics of the derived `Display` impl. A field whose type contains
/// the type itself (`Box<Tree<T>>`) gets no `Display` bound there: that
/// bound would ask the impl being written to prove itself, and rustc gives
/// up (E0275). The impl's other bounds are what such a field needs.
pub fn display_generics<'a>(
    input: &Input,
    texts: impl IntoIterator<Item = (usize, &'a Text)>,
    rt: &TokenStream,
) -> Generics {
    with_needs(input, needs(input, texts, true), rt)
}

fn with_needs(input: &Input, needs: Vec<Needs>, rt: &TokenStream) -> Generics {
    let mut generics = copy(input.generics);
    for need in needs {
        let ty = need.ty;
        let bounds: Bounds = need.traits.iter().map(|name| bound(ty, name, rt)).collect();
        generics
            .make_where_clause()
            .predicates
            .push(syn::parse_quote_spanned!(ty.span()=> #ty: #bounds));
    }
    generics
}

/// A copy of `generics`, read back from their tokens, which keep their
/// spans. syn's `Clone` impls are a cargo feature this crate leaves off:
/// they are a fifth of syn's build time.
pub fn copy(generics: &Generics) -> Generics {
    let mut copy = if generics.params.is_empty() {
        Generics::default()
    } else {
        let params = &generics.params;
        syn::parse_quote!(<#params>)
    };
    copy.where_clause = generics
        .where_clause
        .as_ref()
        .map(|clause| syn::parse_quote!(#clause));
    copy
}

/// `rt::Trait`, spanned at the field's type so that rustc reports an unmet
/// bound there.
fn bound(ty: &syn::Type, name: &str, rt: &TokenStream) -> TypeParamBound {
    let trait_ = syn::Ident::new(name, ty.span());
    syn::parse_quote_spanned!(ty.span()=> #rt::#trait_)
}

/// Every bound to add, one entry per field type, in the order of first use.
fn needs<'a, 'b>(
    input: &'b Input,
    texts: impl IntoIterator<Item = (usize, &'a Text)>,
    for_display_impl: bool,
) -> Vec<Needs<'b>> {
    let mut needs: Vec<Needs> = Vec::new();
    for (variant, text) in texts {
        for (field, needed) in formatted_fields(text) {
            let field = &input.variants[variant].fields[field];
            let Some(name) = trait_name(needed) else {
                continue;
            };
            let tokens = field.ty.to_token_stream();
            if !names_type_param(input, tokens.clone()) {
                continue;
            }
            if for_display_impl && name == "Display" && names_itself(input, tokens) {
                continue;
            }
            add(&mut needs, field.ty, name);
        }
    }
    needs
}

fn add<'a>(needs: &mut Vec<Needs<'a>>, ty: &'a syn::Type, name: &'static str) {
    let key = ty.to_token_stream().to_string();
    match needs.iter_mut().find(|need| need.key == key) {
        Some(need) if need.traits.contains(&name) => {}
        Some(need) => need.traits.push(name),
        None => needs.push(Needs {
            ty,
            key,
            traits: vec![name],
        }),
    }
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
pub fn names_type_param(input: &Input, tokens: TokenStream) -> bool {
    tokens.into_iter().any(|token| match token {
        TokenTree::Ident(ident) => input
            .generics
            .type_params()
            .any(|param| param.ident == ident),
        TokenTree::Group(group) => names_type_param(input, group.stream()),
        _ => false,
    })
}

/// Whether `tokens` mention the input's own type, by name or as `Self`.
fn names_itself(input: &Input, tokens: TokenStream) -> bool {
    tokens.into_iter().any(|token| match token {
        TokenTree::Ident(ident) => ident == *input.ident || ident == "Self",
        TokenTree::Group(group) => names_itself(input, group.stream()),
        _ => false,
    })
}
