//! The internal text of a value, picked by what its type implements.
//!
//! The derive cannot see whether the user's type implements `Display` or
//! `std::error::Error` (thiserror adds those in another derive), so the
//! code it emits asks the compiler instead: it calls `__internal_text` on
//! `&&&&Probe(self)`, and method resolution, which tries the receiver with
//! the most references first, takes the first of these traits whose bound
//! holds (autoref specialization). In a generic impl the choice is made
//! with the bounds the impl has: a generic type whose `Display` needs a
//! bound on its parameter that the impl lacks falls back to its `Debug`,
//! or, when that needs one too (as derived `Debug` does), to its code.

use std::error::Error;
use std::fmt::{self, Write as _};

use crate::ApiError;

/// How long a source chain is followed: far enough for any real chain,
/// and an end to one that loops.
const MAX_SOURCES: usize = 32;

/// The value whose internal text is wanted.
pub struct Probe<'a, T: ?Sized>(pub &'a T);

/// The first choice: `Display`, then the `source()` chain.
pub trait ViaError {
    /// The text.
    fn __internal_text(&self) -> String;
}

/// The second choice: `Display`.
pub trait ViaDisplay {
    /// The text.
    fn __internal_text(&self) -> String;
}

/// The third choice: `Debug`.
pub trait ViaDebug {
    /// The text.
    fn __internal_text(&self) -> String;
}

/// The last choice: the code, which is all that is left to say.
pub trait ViaCode {
    /// The text.
    fn __internal_text(&self) -> String;
}

impl<T: Error + ?Sized> ViaError for &&&Probe<'_, T> {
    fn __internal_text(&self) -> String {
        let mut out = written(format_args!("{}", self.0));
        let mut next = self.0.source();
        for _ in 0..MAX_SOURCES {
            let Some(source) = next else { break };
            out.push_str(": ");
            // A failing `Display` keeps what it wrote; the chain goes on.
            let _ = write!(out, "{source}");
            next = source.source();
        }
        out
    }
}

impl<T: fmt::Display + ?Sized> ViaDisplay for &&Probe<'_, T> {
    fn __internal_text(&self) -> String {
        written(format_args!("{}", self.0))
    }
}

impl<T: fmt::Debug + ?Sized> ViaDebug for &Probe<'_, T> {
    fn __internal_text(&self) -> String {
        written(format_args!("{:?}", self.0))
    }
}

impl<T: ApiError + ?Sized> ViaCode for Probe<'_, T> {
    fn __internal_text(&self) -> String {
        String::from(self.0.code())
    }
}

/// The formatted text; where `format!` would panic on a failing
/// implementation, this keeps what it wrote.
fn written(args: fmt::Arguments<'_>) -> String {
    let mut out = String::new();
    let _ = out.write_fmt(args);
    out
}
