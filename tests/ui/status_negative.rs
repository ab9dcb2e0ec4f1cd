use apifault::ApiError;

#[derive(Debug, ApiError)]
enum AppError {
    #[status(-1)]
    #[message("Record not found")]
    NotFound,
}

fn main() {}
