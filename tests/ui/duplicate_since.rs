use apifault::ApiError;

#[derive(Debug, ApiError)]
enum AppError {
    #[status(404)]
    #[message("Record not found")]
    #[since("1.2")]
    #[since("1.3")]
    NotFound,
}

fn main() {}
