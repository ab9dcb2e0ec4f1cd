use apifault::ApiError;

#[derive(Debug, ApiError)]
enum AppError {
    #[status(400)]
    #[message("missing {0} and {1}")]
    Missing(String),
}

fn main() {}
