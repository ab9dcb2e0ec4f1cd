use apifault::ApiError;

#[derive(Debug, ApiError)]
enum AppError {
    #[status(404)]
    #[mesage("Record not found")]
    NotFound,
}

fn main() {}
