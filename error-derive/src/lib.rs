//! Implementation of `#[derive(ApiError)]`. Use it through the
//! [apifault](https://docs.rs/apifault) crate, which documents it.

mod ast;
mod attr;
mod bound;
mod case;
mod ctxt;
mod expand;
mod json;
mod render;
mod status;
mod suggest;
mod template;
mod valid;

use proc_macro::TokenStream;

/// Derives `apifault::ApiError`; see the `apifault` crate for the attributes.
#[proc_macro_derive(ApiError, attributes(status, message, description, code, api_error))]
pub fn derive_api_error(input: TokenStream) -> TokenStream {
    let input = syn::parse_macro_input!(input as syn::DeriveInput);
    match expand::derive(&input) {
        Ok(tokens) => tokens.into(),
        Err(failure) => {
            let mut tokens = failure.error.into_compile_error();
            tokens.extend(failure.fallback);
            tokens.into()
        }
    }
}

#[cfg(test)]
mod tests;
