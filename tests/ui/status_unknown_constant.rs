use apifault::ApiError;

#[derive(Debug, ApiError)]
enum AppError {
    #[status(NOT_FOND)]
    #[message("Record not found")]
    NotFound,
}

fn main() {}
