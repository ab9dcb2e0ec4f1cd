use apifault::ApiError;

#[derive(Debug, ApiError)]
enum AppError {
    #[status(404u8)]
    #[message("Record not found")]
    NotFound,
}

fn main() {}
