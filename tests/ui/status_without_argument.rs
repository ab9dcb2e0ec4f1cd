use apifault::ApiError;

#[derive(Debug, ApiError)]
enum AppError {
    #[status]
    #[message("Record not found")]
    NotFound,
}

fn main() {}
