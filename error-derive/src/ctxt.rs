//! The errors of one derive, collected so that all of them are reported
//! together.

use proc_macro2::Span;
use quote::ToTokens;
use std::fmt::Display;

/// Every error found so far, as one.
#[derive(Default)]
pub struct Errors {
    all: Option<syn::Error>,
}

impl Errors {
    pub fn push(&mut self, error: syn::Error) {
        match &mut self.all {
            Some(all) => all.combine(error),
            None => self.all = Some(error),
        }
    }

    pub fn error(&mut self, span: Span, message: impl Display) {
        self.push(syn::Error::new(span, message));
    }

    /// An error at `span`, with a second message at `first` for the earlier
    /// item it clashes with.
    pub fn clash(&mut self, span: Span, message: impl Display, first: Span, note: impl Display) {
        let mut error = syn::Error::new(span, message);
        error.combine(syn::Error::new(first, note));
        self.push(error);
    }

    /// [`clash`](Errors::clash), spanning whole token sequences.
    pub fn clash_spanned(
        &mut self,
        tokens: &dyn ToTokens,
        message: impl Display,
        first: &dyn ToTokens,
        note: impl Display,
    ) {
        let mut error = spanned(tokens, message);
        error.combine(spanned(first, note));
        self.push(error);
    }

    /// Keeps the value of `result`, recording its error.
    pub fn ok<T>(&mut self, result: syn::Result<T>) -> Option<T> {
        match result {
            Ok(value) => Some(value),
            Err(error) => {
                self.push(error);
                None
            }
        }
    }

    /// All the errors as one, if there is any.
    pub fn finish(self) -> Option<syn::Error> {
        self.all
    }
}

/// An error spanning `tokens`, from their first token to their last. Taking
/// them as `&dyn ToTokens`, it is compiled once for tokens of every type.
pub fn spanned(tokens: &dyn ToTokens, message: impl Display) -> syn::Error {
    syn::Error::new_spanned(tokens, message)
}
