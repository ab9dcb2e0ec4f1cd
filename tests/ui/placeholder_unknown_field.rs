use apifault::ApiError;

#[derive(Debug, ApiError)]
enum AppError {
    #[status(422)]
    #[message("Validation failed: {nme}")]
    Invalid { name: String },
}

fn main() {}
