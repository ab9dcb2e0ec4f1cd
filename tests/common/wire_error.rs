//! The error type of the documentation tests that check what a response
//! carries beside its texts.

use apifault::ApiError;

/// What a response carries beside its texts: headers and details; and a
/// masked variant, whose page shows only its status's reason phrase.
#[allow(dead_code)] // only its catalogue is read
#[derive(Debug, ApiError)]
pub enum WireError {
    /// Appears when too many requests come in.
    #[status(429)]
    #[message("slow down")]
    #[header("Retry-After", "{retry_after}")]
    #[header("X-Note", "<i>`tick`</i> & \"{{x}}\"")]
    Limited {
        retry_after: u64,
        #[details]
        limits: Option<Vec<Limit>>,
    },

    /// Appears when the token clashes.
    #[status(409)]
    #[message("secret {token} clashes")]
    #[description("internal {token} detail")]
    #[header("Cache-Control", "no-store")]
    #[masked]
    Clash { token: String, trail: Vec<String> },
}

#[derive(Debug, serde::Serialize)]
pub struct Limit {
    pub remaining: u32,
}
