//! The generics of the generated impls: the user's, plus a bound for each
//! field whose type names a type parameter and which a template formats.
//! A bound the user already states is not repeated, and a new one joins the
//! user's own bounds of the same type, so that clippy finds no repetition
//! to report at the user's generics.

use crate::ast::{Field, Input};
use crate::template::{Piece, Trait};
use crate::valid::Text;
use proc_macro2::{TokenStream, TokenTree};
use quote::ToTokens;
use syn::punctuated::Punctuated;
use syn::spanned::Spanned;
use syn::{Generics, Path, Token, TypeParamBound, WherePredicate};

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
    let mut generics = input.generics.clone();
    for need in needs(input, texts) {
        let bounds: Vec<TypeParamBound> = need
            .traits
            .iter()
            .map(|name| bound(need.ty, name, rt))
            .collect();
        if let Some(existing) = bounds_of(&mut generics, &need.key) {
            existing.extend(bounds);
            continue;
        }
        let ty = need.ty;
        let bounds: Bounds = bounds.into_iter().collect();
        generics
            .make_where_clause()
            .predicates
            .push(syn::parse_quote_spanned!(ty.span()=> #ty: #bounds));
    }
    generics
}

/// `rt::Trait`, spanned at the field's type so that rustc reports an unmet
/// bound there.
fn bound(ty: &syn::Type, name: &str, rt: &TokenStream) -> TypeParamBound {
    let trait_ = syn::Ident::new(name, ty.span());
    syn::parse_quote_spanned!(ty.span()=> #rt::#trait_)
}

/// The bounds the user gave the type `key`: in the where clause, or else on
/// the type parameter itself.
fn bounds_of<'g>(generics: &'g mut Generics, key: &str) -> Option<&'g mut Bounds> {
    let in_where = generics
        .where_clause
        .iter()
        .flat_map(|clause| clause.predicates.iter())
        .any(|predicate| is_bounding(predicate, key));
    if in_where {
        return generics
            .where_clause
            .as_mut()?
            .predicates
            .iter_mut()
            .find_map(|predicate| match predicate {
                WherePredicate::Type(typed) if typed_key(typed) == key => Some(&mut typed.bounds),
                _ => None,
            });
    }
    generics
        .type_params_mut()
        .find(|param| param.ident == key)
        .map(|param| &mut param.bounds)
}

fn is_bounding(predicate: &WherePredicate, key: &str) -> bool {
    matches!(predicate, WherePredicate::Type(typed) if typed_key(typed) == key)
}

fn typed_key(predicate: &syn::PredicateType) -> String {
    predicate.bounded_ty.to_token_stream().to_string()
}

/// Every bound to add, one entry per field type, in the order of first use.
fn needs<'a, 'b>(
    input: &'b Input,
    texts: impl IntoIterator<Item = (usize, &'a Text)>,
) -> Vec<Needs<'b>> {
    let mut needs: Vec<Needs> = Vec::new();
    for (variant, text) in texts {
        for (field, needed) in formatted_fields(text) {
            let field = &input.variants[variant].fields[field];
            let Some(name) = trait_name(needed) else {
                continue;
            };
            if !names_type_param(input, field.ty.to_token_stream()) || is_stated(input, field, name)
            {
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

/// Whether the user's generics or where clause already bound the field's
/// type by the trait `name`; a repeated bound would only draw lints at the
/// user's code. Traits are compared by their last path segment.
fn is_stated(input: &Input, field: &Field, name: &str) -> bool {
    let ty = field.ty.to_token_stream().to_string();
    let in_params = input
        .generics
        .type_params()
        .filter(|param| param.ident == ty)
        .any(|param| has_trait(param.bounds.iter(), name));
    let in_where = input
        .generics
        .where_clause
        .iter()
        .flat_map(|clause| clause.predicates.iter())
        .any(|predicate| match predicate {
            WherePredicate::Type(typed) => {
                typed_key(typed) == ty && has_trait(typed.bounds.iter(), name)
            }
            _ => false,
        });
    in_params || in_where
}

fn has_trait<'a>(mut bounds: impl Iterator<Item = &'a TypeParamBound>, name: &str) -> bool {
    bounds.any(|bound| match bound {
        TypeParamBound::Trait(bound) => is_named(&bound.path, name),
        _ => false,
    })
}

fn is_named(path: &Path, name: &str) -> bool {
    path.segments
        .last()
        .is_some_and(|segment| segment.ident == name && segment.arguments.is_none())
}
