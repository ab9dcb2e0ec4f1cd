use apifault::ApiError;

#[derive(Debug, ApiError)]
#[api_error(crate = "not a path")]
enum AppError {
    #[status(404)]
    #[message("Record not found")]
    NotFound,
}

fn main() {}
