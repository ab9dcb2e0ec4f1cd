//! Derives that must compile, and behave the same, under every edition:
//! `scripts/check-editions` builds this file as a crate of each edition.
//! Written in the subset of Rust that all editions share.

use apifault::ApiError;
use std::fmt::Display;

#[derive(Debug, ApiError)]
pub enum Shop<'a, T: Display> {
    /// Appears when the item does not exist.
    #[status(404)]
    #[message("no item {0}")]
    NoItem(u32),

    /// Appears when a field is wrong.
    #[status(422)]
    #[message("{field:>6}: {problem:?}")]
    #[header("X-Field", "{field}")]
    Invalid { field: &'a str, problem: T },

    /// Appears when the store is down; its cause stays inside.
    #[status(503)]
    Down(std::io::Error),
}

#[derive(Debug, ApiError)]
#[status(400)]
#[message("bad {{request}}")]
pub struct Bad;

pub fn check() {
    let invalid: Shop<'_, u8> = Shop::Invalid {
        field: "name",
        problem: 7,
    };
    assert_eq!(invalid.to_json(), "{\"error\":\"  name: 7\"}");
    assert_eq!(invalid.headers().len(), 1);
    assert_eq!(Shop::NoItem::<u8>(3).status().as_u16(), 404);
    let down: Shop<'_, u8> = Shop::Down(std::io::Error::new(std::io::ErrorKind::Other, "x"));
    assert_eq!(down.to_json(), "{\"error\":\"Service Unavailable\"}");
    assert_eq!(Bad.to_json(), "{\"error\":\"bad {request}\"}");
    assert_eq!(Shop::<u8>::catalogue().len(), 3);
}
