use apifault::ApiError;

#[derive(Debug, ApiError)]
enum AppError {
    #[status(400)]
    #[message("bad record at {0:p}")]
    Bad(String),
}

fn main() {}
