use apifault::ApiError;

#[derive(Debug, ApiError)]
#[api_error(display)]
enum AppError {
    #[status(400)]
    #[message("bad bytes: {0}")]
    Bad(Vec<u8>),
}

fn main() {}
