use apifault::ApiError;

#[derive(Debug, ApiError)]
enum AppError {
    #[status(404)]
    #[message("Record not found")]
    #[since(1.2)]
    NotFound,
}

fn main() {}
