use apifault::ApiError;

#[derive(Debug, ApiError)]
enum AppError {
    #[status(429)]
    #[message("Too many requests")]
    #[header("Retry-After", "{retry_after}")]
    TooMany { seconds: u64 },
}

fn main() {}
