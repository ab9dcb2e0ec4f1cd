use apifault::ApiError;

#[derive(Debug, ApiError)]
enum AppError {
    #[status(429)]
    #[message("Retry in {seconds}s")]
    #[example(seconds = "30")]
    #[example(seconds = "60")]
    TooMany { seconds: u32 },
}

fn main() {}
