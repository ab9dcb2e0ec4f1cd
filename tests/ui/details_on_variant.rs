use apifault::ApiError;

#[derive(Debug, ApiError)]
enum AppError {
    #[status(422)]
    #[message("Validation failed")]
    #[details]
    Invalid { fields: Vec<String> },
}

fn main() {}
