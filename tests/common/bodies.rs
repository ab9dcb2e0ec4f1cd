//! The errors whose bodies `benches/render.rs` times and
//! `tests/allocations.rs` counts: the same variants, so that what is timed
//! is what is counted.

#![allow(dead_code)] // the bench renders only two of the variants

use apifault::ApiError;

/// One variant per kind of body.
#[derive(Debug, ApiError)]
pub enum RenderError {
    /// A body fixed at compile time.
    #[status(404)]
    #[message("Record not found")]
    NotFound,

    /// A static message and a description with one string field, in the
    /// shape of an OAuth error.
    #[status(400)]
    #[message("invalid_request")]
    #[description("The request is missing the parameter {0}")]
    MissingParameter(String),

    /// A message of three fields, one of them a number and one with
    /// characters to escape.
    #[status(422)]
    #[message("{field} {problem} (limit {limit})")]
    Invalid {
        field: String,
        problem: &'static str,
        limit: u32,
    },
}

/// The field of [`RenderError::MissingParameter`]: a parameter's name.
pub const PARAMETER: &str = "redirect_uri";

/// The body of [`RenderError::NotFound`], written out.
pub const NOT_FOUND: &[u8] = br#"{"error":"Record not found"}"#;

pub fn missing() -> RenderError {
    RenderError::MissingParameter(PARAMETER.to_owned())
}

pub fn invalid() -> RenderError {
    RenderError::Invalid {
        field: "status".to_owned(),
        problem: "is too long, with \"quotes\"",
        limit: 500,
    }
}
