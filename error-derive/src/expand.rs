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
use quote::{quote, ToTokens};
use syn::{DeriveInput, GenericParam, Generics, Ident};

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
fn table() -> Ident {
    Ident::new("__API_ERROR_TABLE", Span::call_site())
}

fn expand(input: &Input, plans: &[Plan]) -> TokenStream {
    let rt = input.container.runtime();
    let mut generics = bound::generics(input, plans, &rt);
    crate::details::add_bounds(&mut generics, input, plans, &rt);
    let render = table::impl_render(input, plans, &generics, &rt);
    let api_error = impl_api_error(input, plans, &generics, &rt);
    let display = if input.container.display {
        impl_display(input, plans, &rt)
    } else {
        TokenStream::new()
    };
    let table = table();
    let packed = table::packed(input, plans);
    let mut out = quote! {
        const _: () = {
            static #table: #rt::Table = #rt::Table::new(#packed);
            #render
            #api_error
            #display
        };
    };
    if !input.container.no_glue {
        out.extend(adapters(input, &rt));
    }
    out
}

/// The invocation of the runtime's framework glue: the runtime's cargo
/// features decide what it expands to, so that the user's crate needs none.
///
/// The type's generic parameters and where predicates go in brackets, each
/// with a trailing comma, for the glue to extend with its own.
fn adapters(input: &Input, rt: &TokenStream) -> TokenStream {
    let ident = input.ident;
    let (_, ty_generics, _) = input.generics.split_for_impl();
    let mut params = TokenStream::new();
    for param in &input.generics.params {
        without_default(param, &mut params);
        params.extend(quote!(,));
    }
    let mut predicates = TokenStream::new();
    if let Some(clause) = &input.generics.where_clause {
        for predicate in &clause.predicates {
            predicate.to_tokens(&mut predicates);
            predicates.extend(quote!(,));
        }
    }
    quote! {
        #rt::adapters! {
            [#params] [#ident #ty_generics] [#predicates]
        }
    }
}

fn impl_api_error(
    input: &Input,
    plans: &[Plan],
    generics: &Generics,
    rt: &TokenStream,
) -> TokenStream {
    let table = table();
    let headers = headers(input, plans, rt);
    let internal_text = internal_text(rt);
    let details = crate::details::method(input, plans, rt);
    let items = quote! {
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
    };
    impl_block(input, generics, rt, "ApiError", items)
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

/// `headers`, when a variant has any; nothing otherwise.
fn headers(input: &Input, plans: &[Plan], rt: &TokenStream) -> TokenStream {
    let mut has_headers = false;
    for plan in plans {
        has_headers |= !plan.headers.is_empty();
    }
    if !has_headers {
        return TokenStream::new();
    }
    let mut arms = TokenStream::new();
    for (plan, variant) in plans.iter().zip(&input.variants) {
        // The pattern binds the fields the header values show.
        let mut bind = Vec::new();
        for header in &plan.headers {
            render::bind_read(&mut bind, &header.value);
        }
        let pattern = render::pattern(input, variant, &bind);
        let headers = wire::headers(plan, variant, rt);
        arms.extend(quote!(#pattern => #headers,));
    }
    let headers = match_self(plans, arms, None);
    quote! {
        fn headers(&self) -> #rt::Vec<(&'static str, #rt::Cow<'_, str>)> { #headers }
    }
}

fn impl_display(input: &Input, plans: &[Plan], rt: &TokenStream) -> TokenStream {
    let mut generics = bound::display_generics(input, plans, rt);
    crate::details::add_bounds(&mut generics, input, plans, rt);
    let formatter = Ident::new("__formatter", Span::mixed_site());
    let table = table();
    let items = quote! {
        fn fmt(&self, #formatter: &mut #rt::Formatter<'_>) -> #rt::FmtResult {
            #table.display(self, #formatter)
        }
    };
    impl_block(input, &generics, rt, "Display", items)
}

/// `#[automatically_derived] impl<...> rt::Trait for Type<...> where ...`
/// with `items` as its body, and the lints of [`allow`] allowed.
pub fn impl_block(
    input: &Input,
    generics: &Generics,
    rt: &TokenStream,
    trait_name: &str,
    items: TokenStream,
) -> TokenStream {
    let allow = allow();
    let ident = input.ident;
    let trait_name = Ident::new(trait_name, Span::call_site());
    let (impl_generics, ty_generics, where_clause) = generics.split_for_impl();
    quote! {
        #[automatically_derived]
        #allow
        impl #impl_generics #rt::#trait_name for #ident #ty_generics #where_clause {
            #items
        }
    }
}

/// `match self { arms }`, with a last arm `_ => rest,` when `rest` is
/// given, for the variants without an arm of their own; `match *self {}`
/// for an enum without variants.
pub fn match_self(plans: &[Plan], arms: TokenStream, rest: Option<&TokenStream>) -> TokenStream {
    if plans.is_empty() {
        return quote!(match *self {});
    }
    match rest {
        Some(rest) => quote!(match self { #arms _ => #rest, }),
        None => quote!(match self { #arms }),
    }
}

/// `tokens`, each spanned at `span`.
pub fn spanned_at(tokens: &TokenStream, span: Span) -> TokenStream {
    let mut out = TokenStream::new();
    for mut token in tokens.clone() {
        token.set_span(span);
        token.to_tokens(&mut out);
    }
    out
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

/// Appends a generic parameter as an impl declares it: without its default.
fn without_default(param: &GenericParam, out: &mut TokenStream) {
    match param {
        GenericParam::Type(ty) => {
            for attr in &ty.attrs {
                attr.to_tokens(out);
            }
            let (ident, colon, bounds) = (&ty.ident, &ty.colon_token, &ty.bounds);
            out.extend(quote!(#ident #colon #bounds));
        }
        GenericParam::Const(konst) => {
            for attr in &konst.attrs {
                attr.to_tokens(out);
            }
            let (ident, ty) = (&konst.ident, &konst.ty);
            let (const_token, colon) = (&konst.const_token, &konst.colon_token);
            out.extend(quote!(#const_token #ident #colon #ty));
        }
        GenericParam::Lifetime(lifetime) => lifetime.to_tokens(out),
    }
}

/// An impl that compiles whatever was wrong with the input, so that the
/// derive's errors are the only ones reported.
fn fallback(input: &Input) -> TokenStream {
    let rt = input.container.runtime();
    let display = if input.container.display {
        let items = quote! {
            fn fmt(&self, formatter: &mut #rt::Formatter<'_>) -> #rt::FmtResult {
                formatter.write_str("")
            }
        };
        impl_block(input, input.generics, &rt, "Display", items)
    } else {
        TokenStream::new()
    };
    let items = quote! {
        fn entry(&self) -> &'static #rt::Entry { __API_ERROR_FALLBACK }
        fn message(&self) -> #rt::Cow<'_, str> { #rt::Cow::Borrowed("") }
        fn description(&self) -> #rt::Option<#rt::Cow<'_, str>> { #rt::None }
        fn json_body(&self) -> #rt::Cow<'static, str> { #rt::Cow::Borrowed("{\"error\":\"\"}") }
        fn catalogue() -> &'static [#rt::Entry] { &[] }
    };
    let api_error = impl_block(input, input.generics, &rt, "ApiError", items);
    // A `#[details]` field without the runtime's `serde` feature is one more
    // mistake, reported with the others.
    let details = match crate::details::first_span(input) {
        Some(span) => {
            let message = Some(crate::details::DETAILS_NEED_SERDE);
            crate::details::with_serde(&rt, span, message, TokenStream::new())
        }
        None => TokenStream::new(),
    };
    quote! {
        #details
        const _: () = {
            #api_error
            #display
            const __API_ERROR_FALLBACK: &#rt::Entry = &#rt::Entry::__new(
                "", #rt::status(500), "", "", #rt::None, "", #rt::None, "",
            );
        };
    }
}
