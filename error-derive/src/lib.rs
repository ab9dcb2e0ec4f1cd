//! Implementation of `#[derive(ApiError)]`. Use it through the
//! [apifault](https://docs.rs/apifault) crate, which documents it.

use proc_macro::TokenStream;

#[proc_macro_derive(ApiError, attributes(status, message, description, code, api_error))]
pub fn derive_api_error(input: TokenStream) -> TokenStream {
    let _ = input;
    TokenStream::new()
}
