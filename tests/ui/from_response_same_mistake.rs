// Both derives read the same attributes and find the same mistake: it is
// reported once.
use apifault::{ApiError, FromResponse};

#[derive(Debug, ApiError, FromResponse)]
enum AppError {
    #[status(404)]
    #[message("no {record}")]
    NotFound { id: u64 },
}

fn main() {}
