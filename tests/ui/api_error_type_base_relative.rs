use apifault::ApiError;

#[derive(Debug, ApiError)]
#[api_error(type_base = "/errors/")]
enum AppError {
    #[status(404)]
    #[message("Record not found")]
    NotFound,
}

fn main() {}
