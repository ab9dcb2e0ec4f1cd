use apifault::ApiError;

#[derive(Debug, ApiError)]
enum AppError {
    #[status(422)]
    #[message("Validation failed: {name}")]
    #[example(nme = "email")]
    Invalid { name: String },
}

fn main() {}
