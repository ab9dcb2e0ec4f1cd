use apifault::ApiError;

#[derive(Debug, ApiError)]
enum AppError {
    #[status(422)]
    #[message("Validation failed: {name}")]
    #[example(name = "email", secret = "hunter2")]
    Invalid { name: String, secret: String },
}

fn main() {}
