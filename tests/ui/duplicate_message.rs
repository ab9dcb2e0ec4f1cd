use apifault::ApiError;

#[derive(Debug, ApiError)]
enum AppError {
    #[status(404)]
    #[message("Record not found")]
    #[message("Not found")]
    NotFound,
}

fn main() {}
