use apifault::ApiError;

#[derive(Debug, ApiError)]
enum AppError {
    #[status(429)]
    #[message("Retry in {seconds}s")]
    #[example(seconds)]
    TooMany { seconds: u32 },
}

fn main() {}
