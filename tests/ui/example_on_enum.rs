use apifault::ApiError;

#[derive(Debug, ApiError)]
#[example(seconds = "30")]
enum AppError {
    #[status(429)]
    #[message("Retry in {seconds}s")]
    TooMany { seconds: u32 },
}

fn main() {}
