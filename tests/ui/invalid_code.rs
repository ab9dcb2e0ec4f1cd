use apifault::ApiError;

#[derive(Debug, ApiError)]
enum AppError {
    #[status(404)]
    #[message("Record not found")]
    #[code("Not Found")]
    NotFound,
}

fn main() {}
