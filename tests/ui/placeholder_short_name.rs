use apifault::ApiError;

#[derive(Debug, ApiError)]
enum AppError {
    #[status(422)]
    #[message("Validation failed: {a}")]
    Invalid { z: String },
}

fn main() {}
