use apifault::ApiError;

#[derive(Debug, ApiError)]
#[api_error(format = "rfc7807")]
enum AppError {
    #[status(404)]
    #[message("Record not found")]
    NotFound,
}

fn main() {}
