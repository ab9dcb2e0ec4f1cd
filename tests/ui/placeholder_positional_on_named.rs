use apifault::ApiError;

#[derive(Debug, ApiError)]
enum AppError {
    #[status(422)]
    #[message("Validation failed: {0}")]
    Invalid { name: String },
}

fn main() {}
