use apifault::ApiError;

#[derive(Debug, ApiError)]
#[api_error(crate = apifault)]
enum AppError {
    #[status(404)]
    #[message("Record not found")]
    NotFound,
}

fn main() {}
