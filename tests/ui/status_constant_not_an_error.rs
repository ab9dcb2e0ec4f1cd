use apifault::ApiError;

#[derive(Debug, ApiError)]
enum AppError {
    #[status(StatusCode::OK)]
    #[message("Fine")]
    Fine,
}

fn main() {}
