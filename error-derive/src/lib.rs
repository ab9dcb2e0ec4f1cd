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
mod recover;
mod render;
mod status;
mod suggest;
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

#[cfg(test)]
mod fuzz_tests;
