use apifault::ApiError;

#[derive(Debug, ApiError)]
enum AppError {
    #[status(429)]
    #[message("Retry in {0}s")]
    #[example(0 = 30)]
    TooMany(u32),
}

fn main() {}
