use apifault::ApiError;

#[derive(Debug, ApiError)]
enum AppError {
    #[status(404)]
    #[message("")]
    NotFound,
}

fn main() {}
