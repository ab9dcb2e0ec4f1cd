use apifault::ApiError;

#[derive(Debug, ApiError)]
enum AppError {
    #[status(429)]
    #[message("Too many requests")]
    #[header("Retry After", "{seconds}")]
    TooMany { seconds: u64 },
}

fn main() {}
