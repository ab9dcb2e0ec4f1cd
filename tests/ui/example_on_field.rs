use apifault::ApiError;

#[derive(Debug, ApiError)]
enum AppError {
    #[status(429)]
    #[message("Retry in {seconds}s")]
    TooMany {
        #[example(seconds = "30")]
        seconds: u32,
    },
}

fn main() {}
