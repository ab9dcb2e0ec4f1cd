use apifault::ApiError;

#[derive(Debug, ApiError)]
enum AppError {
    #[status(400)]
    #[message("Bad text")]
    Ünïcode,
}

fn main() {}
