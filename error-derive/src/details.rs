//! The code for `#[details]` fields: `ApiError::details`, and the bounds
//! their types need. The body writes them in `render::json_body`.

use crate::ast::Input;
use crate::bound::names_type_param;
use crate::expand::arms_with;
use crate::render::binding;
use crate::valid::Plan;
use proc_macro2::TokenStream;
use quote::{quote, quote_spanned, ToTokens};
use syn::spanned::Spanned;
use syn::Generics;

/// `fn details`, for a type with a `#[details]` field; nothing otherwise,
/// so that the trait's default answers `None`.
pub fn method(input: &Input, plans: &[Plan], rt: &TokenStream) -> Option<TokenStream> {
    plans.iter().find_map(|plan| plan.details)?;
    let body = arms_with(
        input,
        plans,
        |plan| plan.details,
        |_, plan, variant| {
            let value = match plan.details {
                Some(index) => {
                    let field = binding(&variant.fields[index]);
                    quote!(#rt::details_value(#field))
                }
                None => quote!(#rt::None),
            };
            (Vec::new(), value)
        },
    );
    Some(quote! {
        fn details(&self) -> #rt::Option<#rt::Value> { #body }
    })
}

/// `T: Serialize` for each `#[details]` field whose type names a type
/// parameter, spanned at the field's type so that rustc reports an unmet
/// bound there.
pub fn add_bounds(generics: &mut Generics, input: &Input, plans: &[Plan], rt: &TokenStream) {
    for (plan, variant) in plans.iter().zip(&input.variants) {
        let Some(index) = plan.details else {
            continue;
        };
        let ty = variant.fields[index].ty;
        if !names_type_param(input, ty.to_token_stream()) {
            continue;
        }
        let predicate = quote_spanned!(ty.span()=> #ty: #rt::Serialize);
        generics
            .make_where_clause()
            .predicates
            .push(syn::parse_quote!(#predicate));
    }
}
