//! Implementation of `#[derive(ApiError)]`. Use it through the
//! [apifault](https://docs.rs/apifault) crate, which documents it.

mod ast;
mod attr;
mod bound;
mod case;
mod ctxt;
mod details;
mod expand;
mod json;
#[cfg(feature = "serde")]
mod recover;
mod render;
mod status;
mod suggest;
mod table;
mod template;
mod ty;
mod valid;
mod wire;

use proc_macro::TokenStream;

/// Derives `apifault::ApiError`; see the `apifault` crate for the attributes.
///
/// Two attributes only document an error, in its catalogue entry:
///
/// - `#[since("1.2")]` on a variant, or on the enum for the variants without
///   their own: the version of the API that added the error.
/// - `#[example(field = "text")]` on a variant (`#[example(0 = "text")]` for
///   a positional field): the text a placeholder of the field shows in the
///   entry's example body. It stands in for the formatted value verbatim,
///   whatever the placeholder's format spec, so `{n:>5}` and `{n:?}` show
///   it as given; a placeholder without one shows as `{name}`.
///
/// `#[details]` on one field of a variant puts its value, serialized with
/// serde, under `details` in the body; see `apifault::ApiError::details`.
/// It needs apifault's `serde` feature, and says so when that is off.
///
/// The standard `#[deprecated]` of a variant marks its entry deprecated,
/// with the attribute's note.
#[proc_macro_derive(
    ApiError,
    attributes(
        status,
        message,
        description,
        code,
        api_error,
        example,
        since,
        header,
        masked,
        public,
        details
    )
)]
pub fn derive_api_error(input: TokenStream) -> TokenStream {
    match parse(input) {
        Ok(input) => output(expand::derive(&input)),
        Err(errors) => errors,
    }
}

/// Derives `apifault::FromResponse`, which a client uses to turn a status
/// and a body back into a variant; see the `apifault` crate.
///
/// It reads the same attributes as `ApiError`, and reports the same
/// mistakes (rustc shows each once when both derives are on a type).
#[proc_macro_derive(
    FromResponse,
    attributes(
        status,
        message,
        description,
        code,
        api_error,
        example,
        since,
        header,
        masked,
        public,
        details
    )
)]
pub fn derive_from_response(input: TokenStream) -> TokenStream {
    match parse(input) {
        Ok(input) => output(expand::derive_from_response(&input)),
        Err(errors) => errors,
    }
}

fn output(result: Result<proc_macro2::TokenStream, expand::Failure>) -> TokenStream {
    match result {
        Ok(tokens) => tokens.into(),
        Err(failure) => {
            let mut tokens = compile_errors(failure.error, &failure.runtime);
            tokens.extend(failure.fallback);
            tokens.into()
        }
    }
}

/// The input, or the errors of a derive that cannot read it.
fn parse(input: TokenStream) -> Result<syn::DeriveInput, TokenStream> {
    match syn::parse(input) {
        Ok(input) => Ok(input),
        Err(error) => {
            let runtime = quote::quote!(::apifault::__private);
            Err(compile_errors(error, &runtime).into())
        }
    }
}

/// `compile_error!` invocations for `error`, one per message, each spanned
/// at its tokens.
///
/// syn's own `to_compile_error` calls `::core::compile_error!`, a path that
/// an edition 2015 crate without `extern crate core` cannot resolve: rustc
/// would report that in place of the message. The runtime re-exports the
/// macro, and its path resolves wherever the derive itself does.
fn compile_errors(
    error: syn::Error,
    runtime: &proc_macro2::TokenStream,
) -> proc_macro2::TokenStream {
    use proc_macro2::TokenTree;
    use quote::ToTokens;
    let mut out = proc_macro2::TokenStream::new();
    for single in error {
        // syn's form: `::core::compile_error! { "..." }`, the path spanned
        // at the start of the error and the braces at its end.
        let tokens = single.to_compile_error();
        // The path is replaced from the `::` before `compile_error` on.
        let mut found = None;
        for (index, token) in tokens.clone().into_iter().enumerate() {
            if matches!(&token, TokenTree::Ident(ident) if ident == "compile_error") {
                found = index.checked_sub(2);
                break;
            }
        }
        let Some(from) = found else {
            out.extend(tokens);
            continue;
        };
        for (index, token) in tokens.into_iter().enumerate() {
            if index == from {
                out.extend(expand::spanned_at(runtime, token.span()));
            }
            if index >= from {
                token.to_tokens(&mut out);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod fuzz_tests;
