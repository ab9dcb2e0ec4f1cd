//! The generated code: the `ApiError` impl, its static catalogue, and the
//! optional `Display` impl. A derive with errors gets a fallback impl, so
//! that rustc reports the derive's errors and nothing that follows from
//! the impl being absent.

use crate::ast::{Input, Variant};
use crate::bound;
use crate::ctxt::Errors;
#[cfg(feature = "serde")]
use crate::recover;
use crate::render;
use crate::table;
use crate::template::{escape_braces, Piece};
use crate::valid::{self, Plan, Text};
use crate::wire;
use proc_macro2::{Span, TokenStream};
use quote::quote;
use syn::{DeriveInput, GenericParam};

/// Why the derive failed, and the impl to emit beside the errors.
pub struct Failure {
    pub error: syn::Error,
    pub fallback: TokenStream,
    /// The runtime's path, through which the errors are emitted.
    pub runtime: TokenStream,
}

/// The derive's output for `input`.
pub fn derive(input: &DeriveInput) -> Result<TokenStream, Failure> {
    let mut errors = Errors::default();
    let parsed = Input::from_syn(input, &mut errors);
    let plans = valid::check(&parsed, &mut errors);
    match errors.finish() {
        Some(error) => Err(Failure {
            error,
            fallback: fallback(&parsed),
            runtime: parsed.container.runtime(),
        }),
        // Every variant left without a plan has had its error reported; the
        // guard keeps the plans from being paired with the wrong variants
        // should a check ever forget to report.
        None if plans.len() != parsed.variants.len() => Ok(fallback(&parsed)),
        None => Ok(expand(&parsed, &plans)),
    }
}

/// The output of `#[derive(FromResponse)]` for `input`. On a mistake it
/// reports the errors the `ApiError` derive reports, which rustc shows
/// once, and emits an impl that recognises nothing.
pub fn derive_from_response(input: &DeriveInput) -> Result<TokenStream, Failure> {
    let mut errors = Errors::default();
    let parsed = Input::from_syn(input, &mut errors);
    let plans = valid::check(&parsed, &mut errors);
    let rt = parsed.container.runtime();
    let complete = plans.len() == parsed.variants.len();
    let plans = if complete { &plans[..] } else { &[] };
    #[cfg(feature = "serde")]
    let tokens = recover::impl_from_response(&parsed, plans, &rt);
    // Without the runtime's `serde` feature there is no trait to implement:
    // the input is checked all the same, and `with_serde` says what is off.
    #[cfg(not(feature = "serde"))]
    let tokens = {
        let _ = plans;
        TokenStream::new()
    };
    let tokens = quote!(const _: () = { #tokens };);
    let tokens = crate::details::with_serde(
        &rt,
        Span::call_site(),
        Some(FROM_RESPONSE_NEEDS_SERDE),
        tokens,
    );
    match errors.finish() {
        Some(error) => Err(Failure {
            error,
            fallback: tokens,
            runtime: rt,
        }),
        None => Ok(tokens),
    }
}

/// The error of `#[derive(FromResponse)]` in a build without the runtime's
/// `serde` feature, with which a client reads bodies.
const FROM_RESPONSE_NEEDS_SERDE: &str = "`FromResponse` needs the `serde` feature of apifault: \
     `apifault = { version = \"0.1\", features = [\"serde\"] }` in Cargo.toml";

/// The name of the table, inside the `const _` block.
fn table() -> syn::Ident {
    syn::Ident::new("__API_ERROR_TABLE", Span::call_site())
}

fn expand(input: &Input, plans: &[Plan]) -> TokenStream {
    let rt = input.container.runtime();
    let mut generics = bound::generics(input, all_texts(plans), &rt);
    crate::details::add_bounds(&mut generics, input, plans, &rt);
    let render = table::impl_render(input, plans, &generics, &rt);
    let api_error = impl_api_error(input, plans, &generics, &rt);
    let display = input
        .container
        .display
        .then(|| impl_display(input, plans, &rt));
    let table = table();
    let packed = table::packed(input, plans);
    let adapters = (!input.container.no_glue).then(|| adapters(input, &rt));
    quote! {
        const _: () = {
            static #table: #rt::Table = #rt::Table::new(#packed);
            #render
            #api_error
            #display
        };
        #adapters
    }
}

/// The invocation of the runtime's framework glue: the runtime's cargo
/// features decide what it expands to, so that the user's crate needs none.
///
/// The type's generic parameters and where predicates go in brackets, each
/// with a trailing comma, for the glue to extend with its own.
fn adapters(input: &Input, rt: &TokenStream) -> TokenStream {
    let ident = input.ident;
    let (_, ty_generics, _) = input.generics.split_for_impl();
    let params = input.generics.params.iter().map(without_default);
    let predicates = input
        .generics
        .where_clause
        .iter()
        .flat_map(|clause| clause.predicates.iter());
    quote! {
        #rt::adapters! {
            [#(#params,)*] [#ident #ty_generics] [#(#predicates,)*]
        }
    }
}

fn impl_api_error(
    input: &Input,
    plans: &[Plan],
    generics: &syn::Generics,
    rt: &TokenStream,
) -> TokenStream {
    let allow = allow();
    let ident = input.ident;
    let (impl_generics, ty_generics, where_clause) = generics.split_for_impl();
    let table = table();
    let headers = headers(input, plans, rt);
    let internal_text = internal_text(rt);
    let details = crate::details::method(input, plans, rt);
    quote! {
        #[automatically_derived]
        #allow
        impl #impl_generics #rt::ApiError for #ident #ty_generics #where_clause {
            fn entry(&self) -> &'static #rt::Entry {
                #table.entry(#rt::Render::__index(self))
            }
            fn message(&self) -> #rt::Cow<'_, str> { #table.message(self) }
            fn description(&self) -> #rt::Option<#rt::Cow<'_, str>> {
                #table.description(self)
            }
            fn json_body(&self) -> #rt::Cow<'static, str> { #table.json_body(self) }
            fn catalogue() -> &'static [#rt::Entry] { #table.entries() }
            fn problem_json_body(&self) -> #rt::Cow<'static, str> { #table.problem_body(self) }
            #headers
            #internal_text
            #details
        }
    }
}

/// `internal_text`, whose source the compiler picks by what the type
/// implements; see the runtime's `internal` module.
fn internal_text(rt: &TokenStream) -> TokenStream {
    quote! {
        fn internal_text(&self) -> #rt::String {
            #[allow(unused_imports)]
            use #rt::{ViaCode as _, ViaDebug as _, ViaDisplay as _, ViaError as _};
            (&&&&#rt::Probe(self)).__internal_text()
        }
    }
}

/// `headers`, when a variant has any.
fn headers(input: &Input, plans: &[Plan], rt: &TokenStream) -> Option<TokenStream> {
    plans.iter().any(|plan| !plan.headers.is_empty()).then(|| {
        let headers = arms(input, plans, |_, plan, variant| {
            (wire::header_texts(plan), wire::headers(plan, variant, rt))
        });
        quote! {
            fn headers(&self) -> #rt::Vec<(&'static str, #rt::Cow<'_, str>)> { #headers }
        }
    })
}

fn impl_display(input: &Input, plans: &[Plan], rt: &TokenStream) -> TokenStream {
    let allow = allow();
    let ident = input.ident;
    let mut generics = bound::display_generics(input, all_texts(plans), rt);
    crate::details::add_bounds(&mut generics, input, plans, rt);
    let (impl_generics, ty_generics, where_clause) = generics.split_for_impl();
    let formatter = syn::Ident::new("__formatter", Span::mixed_site());
    let table = table();
    quote! {
        #[automatically_derived]
        #allow
        impl #impl_generics #rt::Display for #ident #ty_generics #where_clause {
            fn fmt(&self, #formatter: &mut #rt::Formatter<'_>) -> #rt::FmtResult {
                #table.display(self, #formatter)
            }
        }
    }
}

/// `match self { pattern => body, ... }`, each pattern binding the fields
/// its body's texts read; `match *self {}` for an enum without variants.
fn arms<'a>(
    input: &Input,
    plans: &'a [Plan],
    body: impl FnMut(usize, &'a Plan, &Variant) -> (Vec<&'a Text>, TokenStream),
) -> TokenStream {
    arms_with(input, plans, |_| None, body)
}

/// [`arms`], each pattern also binding the field `extra` picks.
pub fn arms_with<'a>(
    input: &Input,
    plans: &'a [Plan],
    extra: impl Fn(&Plan) -> Option<usize>,
    mut body: impl FnMut(usize, &'a Plan, &Variant) -> (Vec<&'a Text>, TokenStream),
) -> TokenStream {
    if plans.is_empty() {
        return quote!(match *self {});
    }
    let arms = plans
        .iter()
        .zip(&input.variants)
        .enumerate()
        .map(|(index, (plan, variant))| {
            let (texts, expr) = body(index, plan, variant);
            let pattern = render::pattern_with(input, variant, &texts, extra(plan));
            quote!(#pattern => #expr,)
        });
    quote!(match self { #(#arms)* })
}

fn texts_of(plan: &Plan) -> Vec<&Text> {
    let mut texts = vec![&plan.message];
    texts.extend(&plan.description);
    texts
}

fn all_texts(plans: &[Plan]) -> impl Iterator<Item = (usize, &Text)> {
    plans.iter().enumerate().flat_map(|(index, plan)| {
        let mut texts = texts_of(plan);
        texts.extend(&plan.internal);
        texts.extend(wire::header_texts(plan));
        texts.into_iter().map(move |text| (index, text))
    })
}

/// A text as the catalogue shows it: each placeholder as `{name}`, and
/// literal braces doubled as in the template, so that they are told apart.
pub fn client_text(text: &Text, variant: &Variant) -> String {
    let mut out = String::new();
    for piece in &text.pieces {
        match piece {
            Piece::Lit(literal) => escape_braces(&mut out, literal),
            Piece::Arg(placeholder) => {
                out.push('{');
                out.push_str(&variant.fields[placeholder.arg].client_name());
                out.push('}');
            }
        }
    }
    out
}

/// The lints a generated impl must not draw at the user's code: the type
/// may be deprecated, and a bound the derive adds may repeat one the user
/// wrote.
pub fn allow() -> TokenStream {
    quote! {
        #[allow(
            deprecated,
            clippy::type_repetition_in_bounds,
            clippy::trait_duplication_in_bounds
        )]
    }
}

/// A generic parameter as an impl declares it: without its default.
fn without_default(param: &GenericParam) -> TokenStream {
    match param {
        GenericParam::Type(ty) => {
            let (attrs, ident, colon, bounds) = (&ty.attrs, &ty.ident, &ty.colon_token, &ty.bounds);
            quote!(#(#attrs)* #ident #colon #bounds)
        }
        GenericParam::Const(konst) => {
            let (attrs, ident, ty) = (&konst.attrs, &konst.ident, &konst.ty);
            let (const_token, colon) = (&konst.const_token, &konst.colon_token);
            quote!(#(#attrs)* #const_token #ident #colon #ty)
        }
        GenericParam::Lifetime(lifetime) => quote!(#lifetime),
    }
}

/// An impl that compiles whatever was wrong with the input, so that the
/// derive's errors are the only ones reported.
fn fallback(input: &Input) -> TokenStream {
    let allow = allow();
    let rt = input.container.runtime();
    let ident = input.ident;
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    let display = input.container.display.then(|| {
        quote! {
            #[automatically_derived]
        #allow
            impl #impl_generics #rt::Display for #ident #ty_generics #where_clause {
                fn fmt(&self, formatter: &mut #rt::Formatter<'_>) -> #rt::FmtResult {
                    formatter.write_str("")
                }
            }
        }
    });
    quote! {
        const _: () = {
            #[automatically_derived]
        #allow
            impl #impl_generics #rt::ApiError for #ident #ty_generics #where_clause {
                fn entry(&self) -> &'static #rt::Entry { __API_ERROR_FALLBACK }
                fn message(&self) -> #rt::Cow<'_, str> { #rt::Cow::Borrowed("") }
                fn description(&self) -> #rt::Option<#rt::Cow<'_, str>> { #rt::None }
                fn json_body(&self) -> #rt::Cow<'static, str> { #rt::Cow::Borrowed("{\"error\":\"\"}") }
                fn catalogue() -> &'static [#rt::Entry] { &[] }
            }
            #display
            const __API_ERROR_FALLBACK: &#rt::Entry = &#rt::Entry::__new(
                "", #rt::status(500), "", "", #rt::None, "", #rt::None, "",
            );
        };
    }
}
