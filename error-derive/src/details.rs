//! The code for `#[details]` fields: `ApiError::details`, and the bounds
//! their types need. The body writes them in `render::json_body`.

use crate::ast::Input;
use crate::bound::names_type_param;
use crate::expand::arms_with;
use crate::render::binding;
use crate::valid::Plan;
use proc_macro2::{Literal, Span, TokenStream};
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
    let method = quote! {
        fn details(&self) -> #rt::Option<#rt::Value> { #body }
    };
    Some(with_serde(
        rt,
        first_span(input)?,
        Some(DETAILS_NEED_SERDE),
        method,
    ))
}

/// The error of a `#[details]` field in a build without the runtime's
/// `serde` feature.
pub const DETAILS_NEED_SERDE: &str = "`#[details]` needs the `serde` feature of apifault: \
     `apifault = { version = \"0.1\", features = [\"serde\"] }` in Cargo.toml";

/// The span of the first `#[details]` attribute of the type.
pub fn first_span(input: &Input) -> Option<Span> {
    input
        .variants
        .iter()
        .flat_map(|variant| &variant.fields)
        .find_map(|field| field.details)
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
    let rt = rt.clone().into_iter().map(|mut token| {
        token.set_span(span);
        token
    });
    let message = match message {
        Some(text) => {
            let mut literal = Literal::string(text);
            literal.set_span(span);
            quote!(#literal)
        }
        None => quote!(quiet),
    };
    quote_spanned!(span=> #(#rt)* ::with_serde! { #message #tokens })
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
