//! Documentation rendered from a catalogue: the reference page of every
//! error a type can report.
//!
//! [`markdown`] renders the page of an [`ApiError`] type, laid out like the
//! Mastodon API's documentation of its Error entity: the attributes of the
//! body, then every error grouped by HTTP status, each with its message as
//! a client reads it and the prose of its doc comment.
//!
//! ```
//! use apifault_core::docs;
//! use apifault_core::mastodon::MastodonError;
//!
//! let page = docs::markdown::<MastodonError>();
//! assert!(page.starts_with("# MastodonError\n"));
//! assert!(page.contains("\n### 404 - Not Found\n"));
//! assert!(page.contains("- Error: `Record not found`.\n\n  Appears when"));
//! ```

use crate::{ApiError, Entry, StatusCode};

mod html;
mod markdown;
mod openapi;
mod stable;

pub use self::html::html_of;
pub use self::markdown::markdown_of;
pub use self::openapi::{openapi_in, openapi_of};
pub use self::stable::{check_stable, check_stable_of, Change, StabilityError};

/// The Markdown reference page of every error `E` can report.
///
/// The page is titled with the type's name, without its path and generic
/// arguments; see [`markdown_of`] for its layout.
pub fn markdown<E: ApiError>() -> String {
    markdown_of(short_type_name(std::any::type_name::<E>()), E::catalogue())
}

/// The OpenAPI 3.1 description of every error `E` can report, to merge
/// into a document, as JSON text: one response per status with every error
/// an example, and the body's schema; see [`openapi_of`] for its layout.
pub fn openapi<E: ApiError>() -> String {
    openapi_of(E::catalogue())
}

/// The HTML reference page of every error `E` can report.
///
/// The page is titled with the type's name, without its path and generic
/// arguments; see [`html_of`] for its layout.
pub fn html<E: ApiError>() -> String {
    html_of(short_type_name(std::any::type_name::<E>()), E::catalogue())
}

/// The last path segment of a type name, without generic arguments:
/// `alloc::vec::Vec<u8>` is `Vec`.
///
/// `std::any::type_name` promises no format; this holds for the names the
/// compiler gives today, and gives some non-empty text otherwise.
pub(crate) fn short_type_name(full: &str) -> &str {
    let path = match full.find('<') {
        Some(generics) => &full[..generics],
        None => full,
    };
    // The segment after the last `::`, or the whole path without one.
    let bytes = path.as_bytes();
    let mut start = bytes.len();
    while start >= 2 && bytes[start - 2..start] != *b"::" {
        start -= 1;
    }
    let last = if start >= 2 { &path[start..] } else { path };
    if last.is_empty() {
        full
    } else {
        last
    }
}

/// The canonical reason phrase of `status`, or the name of its class for a
/// status without one.
pub(crate) fn reason_of(status: StatusCode) -> &'static str {
    match status.canonical_reason() {
        Some(reason) => reason,
        None if status.is_server_error() => "Server Error",
        None => "Client Error",
    }
}

/// The entries grouped by status, statuses ascending; the entries of one
/// status keep their order in `entries`.
pub(crate) fn by_status(entries: &[Entry]) -> Vec<(StatusCode, Vec<&Entry>)> {
    let mut groups: Vec<(StatusCode, Vec<&Entry>)> = Vec::new();
    for entry in entries {
        // The groups stay in order as they grow: a binary search finds the
        // status, or where it goes. (A sort would compile to more code than
        // the rest of this module.)
        let at = groups.partition_point(|(status, _)| *status < entry.status);
        match groups.get_mut(at) {
            Some((status, group)) if *status == entry.status => group.push(entry),
            _ => groups.insert(at, (entry.status, vec![entry])),
        }
    }
    groups
}

/// Codes in sorted order, each with a number, such as the place of its
/// first entry: a binary search finds a code among thousands.
#[derive(Default)]
pub(crate) struct Codes<'a> {
    sorted: Vec<(&'a str, usize)>,
}

impl<'a> Codes<'a> {
    /// The number of `code`, if it has one.
    pub(crate) fn get(&self, code: &str) -> Option<usize> {
        match self.search(code) {
            Ok(at) => Some(self.sorted[at].1),
            Err(_) => None,
        }
    }

    /// Gives `code` the number `number`, unless it has one: then that one
    /// is kept, and returned.
    pub(crate) fn insert(&mut self, code: &'a str, number: usize) -> Option<usize> {
        match self.search(code) {
            Ok(at) => Some(self.sorted[at].1),
            Err(at) => {
                self.sorted.insert(at, (code, number));
                None
            }
        }
    }

    /// Where `code` is, or where it would go.
    fn search(&self, code: &str) -> Result<usize, usize> {
        self.sorted
            .binary_search_by(|(known, _)| (*known).cmp(code))
    }
}

/// An entry with a status, a code and a message, and nothing else: the
/// unit tests' catalogue entry.
#[cfg(test)]
pub(crate) fn test_entry(status: u16, code: &'static str, message: &'static str) -> Entry {
    let status = StatusCode::from_u16(status).unwrap();
    Entry::__new("Variant", status, code, message, None, message, None, "")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_names_drop_the_path_and_generic_arguments() {
        assert_eq!(short_type_name("a::b::MastodonError"), "MastodonError");
        assert_eq!(short_type_name("a::Wrap<b::C<d::E>>"), "Wrap");
        assert_eq!(short_type_name("Local"), "Local");
        assert_eq!(short_type_name("odd::"), "odd::");
    }
}
