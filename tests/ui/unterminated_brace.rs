use apifault::ApiError;

#[derive(Debug, ApiError)]
enum AppError {
    #[status(400)]
    #[message("missing {0")]
    Missing(String),
}

fn main() {}
