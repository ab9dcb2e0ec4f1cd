//! The generics of the generated impls: the user's, plus a bound for each
//! field whose type names a type parameter and which a template formats.
//!
//! A bound is added even when the user states it already: a derive cannot
//! tell whether the user's `Display` is `core::fmt::Display` or a trait of
//! the same name, and a repeated bound is harmless.

use crate::ast::{Input, Variant};
use crate::template::{Piece, Trait};
use crate::valid::{Plan, Text};
use proc_macro2::{TokenStream, TokenTree};
use quote::{quote, quote_spanned, ToTokens};
use syn::spanned::Spanned;
use syn::{Generics, Ident};

/// The traits one field type needs, under the type's tokens.
struct Needs<'a> {
    ty: &'a syn::Type,
    key: String,
    traits: Vec<&'static str>,
}

/// The user's generics with the bounds an impl that formats the texts of
/// `plans` needs.
pub fn generics(input: &Input, plans: &[Plan], rt: &TokenStream) -> Generics {
    with_needs(input, needs(input, plans, false), rt)
}

/// The generics of the derived `Display` impl. A field whose type contains
/// the type itself (`Box<Tree<T>>`) gets no `Display` bound there: that
/// bound would ask the impl being written to prove itself, and rustc gives
/// up (E0275). The impl's other bounds are what such a field needs.
pub fn display_generics(input: &Input, plans: &[Plan], rt: &TokenStream) -> Generics {
    with_needs(input, needs(input, plans, true), rt)
}

fn with_needs(input: &Input, needs: Vec<Needs>, rt: &TokenStream) -> Generics {
    let mut generics = copy(input.generics);
    for need in &needs {
        let ty = need.ty;
        let span = ty.span();
        // `rt::Trait + ...`, spanned at the field's type so that rustc
        // reports an unmet bound there.
        let mut bounds = TokenStream::new();
        for &name in &need.traits {
            if !bounds.is_empty() {
                bounds.extend(quote!(+));
            }
            let trait_name = Ident::new(name, span);
            bounds.extend(quote_spanned!(span=> #rt::#trait_name));
        }
        generics
            .make_where_clause()
            .predicates
            .push(syn::parse_quote_spanned!(span=> #ty: #bounds));
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
    // A `where` without predicates prints as nothing, and there is nothing
    // to copy.
    if let Some(clause) = &generics.where_clause {
        if !clause.predicates.is_empty() {
            copy.where_clause = Some(syn::parse_quote!(#clause));
        }
    }
    copy
}

/// Every bound to add, one entry per field type, in the order of first
/// use: variant by variant, in its message, its description, its internal
/// message, then its header values.
fn needs<'a>(input: &'a Input, plans: &[Plan], for_display_impl: bool) -> Vec<Needs<'a>> {
    let mut needs = Vec::new();
    for (plan, variant) in plans.iter().zip(&input.variants) {
        let mut add_text =
            |text: &Text| add_needs(&mut needs, input, variant, text, for_display_impl);
        add_text(&plan.message);
        if let Some(description) = &plan.description {
            add_text(description);
        }
        if let Some(internal) = &plan.internal {
            add_text(internal);
        }
        for header in &plan.headers {
            add_text(&header.value);
        }
    }
    needs
}

/// Adds what each placeholder of `text`, a text of `variant`, needs of
/// its field's type.
fn add_needs<'a>(
    needs: &mut Vec<Needs<'a>>,
    input: &Input,
    variant: &'a Variant,
    text: &Text,
    for_display_impl: bool,
) {
    for piece in &text.pieces {
        let Piece::Arg(placeholder) = piece else {
            continue;
        };
        let field = &variant.fields[placeholder.arg];
        let Some(name) = trait_name(placeholder.spec.trait_()) else {
            continue;
        };
        let tokens = field.ty.to_token_stream();
        if !names_type_param(input, tokens.clone()) {
            continue;
        }
        if for_display_impl && name == "Display" && names_itself(input, tokens) {
            continue;
        }
        add(needs, field.ty, name);
    }
}

fn add<'a>(needs: &mut Vec<Needs<'a>>, ty: &'a syn::Type, name: &'static str) {
    let key = ty.to_token_stream().to_string();
    for need in needs.iter_mut() {
        if need.key == key {
            if !need.traits.contains(&name) {
                need.traits.push(name);
            }
            return;
        }
    }
    needs.push(Needs {
        ty,
        key,
        traits: vec![name],
    });
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
    for token in tokens {
        let found = match token {
            TokenTree::Ident(ident) => is_type_param(input, &ident),
            TokenTree::Group(group) => names_type_param(input, group.stream()),
            _ => false,
        };
        if found {
            return true;
        }
    }
    false
}

fn is_type_param(input: &Input, ident: &Ident) -> bool {
    for param in input.generics.type_params() {
        if param.ident == *ident {
            return true;
        }
    }
    false
}

/// Whether `tokens` mention the input's own type, by name or as `Self`.
fn names_itself(input: &Input, tokens: TokenStream) -> bool {
    for token in tokens {
        let found = match token {
            TokenTree::Ident(ident) => ident == *input.ident || ident == "Self",
            TokenTree::Group(group) => names_itself(input, group.stream()),
            _ => false,
        };
        if found {
            return true;
        }
    }
    false
}
