use apifault::ApiError;

#[derive(Debug, ApiError)]
#[api_error(mask = "5XX")]
enum AppError {
    #[status(500)]
    #[message("Storage failed")]
    Storage,
}

fn main() {}
