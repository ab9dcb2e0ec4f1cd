//! The code for `#[details]` fields: `ApiError::details`, and the bounds
//! their types need. The body writes them through
//! `Render::__write_details`, which the `table` module generates.

use crate::ast::Input;
use crate::bound::names_type_param;
use crate::expand::{match_self, spanned_at};
use crate::render::{self, binding};
use crate::valid::Plan;
use proc_macro2::{Literal, Span, TokenStream};
use quote::{quote, quote_spanned, ToTokens};
use syn::spanned::Spanned;
use syn::Generics;

/// `fn details`, for a type with a `#[details]` field; nothing otherwise,
/// so that the trait's default answers `None`.
pub fn method(input: &Input, plans: &[Plan], rt: &TokenStream) -> TokenStream {
    if !has_details(plans) {
        return TokenStream::new();
    }
    let mut arms = TokenStream::new();
    for (plan, variant) in plans.iter().zip(&input.variants) {
        let arm = match plan.details {
            Some(index) => {
                let pattern = render::pattern(input, variant, &[index]);
                let field = binding(&variant.fields[index]);
                quote!(#pattern => #rt::details_value(#field),)
            }
            None => {
                let pattern = render::pattern(input, variant, &[]);
                quote!(#pattern => #rt::None,)
            }
        };
        arms.extend(arm);
    }
    let body = match_self(plans, arms, None);
    let method = quote! {
        fn details(&self) -> #rt::Option<#rt::Value> { #body }
    };
    match first_span(input) {
        Some(span) => with_serde(rt, span, Some(DETAILS_NEED_SERDE), method),
        None => TokenStream::new(),
    }
}

/// The error of a `#[details]` field in a build without the runtime's
/// `serde` feature.
pub const DETAILS_NEED_SERDE: &str = "`#[details]` needs the `serde` feature of apifault: \
     `apifault = { version = \"0.1\", features = [\"serde\"] }` in Cargo.toml";

/// Whether a variant has a `#[details]` field.
pub fn has_details(plans: &[Plan]) -> bool {
    for plan in plans {
        if plan.details.is_some() {
            return true;
        }
    }
    false
}

/// The span of the first `#[details]` attribute of the type.
pub fn first_span(input: &Input) -> Option<Span> {
    for variant in &input.variants {
        for field in &variant.fields {
            if field.details.is_some() {
                return field.details;
            }
        }
    }
    None
}

/// `tokens`, emitted only when the runtime has its `serde` feature; without
/// it, `message` is the error, spanned at `span`, or, without a message,
/// nothing is: another part of the output reports it.
pub fn with_serde(
    rt: &TokenStream,
    span: Span,
    message: Option<&str>,
    tokens: TokenStream,
) -> TokenStream {
    let rt = spanned_at(rt, span);
    let message = match message {
        Some(text) => {
            let mut literal = Literal::string(text);
            literal.set_span(span);
            quote!(#literal)
        }
        None => quote!(quiet),
    };
    quote_spanned!(span=> #rt::with_serde! { #message #tokens })
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
