use apifault::ApiError;

#[derive(Debug, ApiError)]
enum AppError {
    #[status(422)]
    #[message("Validation failed: {name:>width$}")]
    #[example(name = "email", width = "10")]
    Invalid { name: String, width: usize },
}

fn main() {}
