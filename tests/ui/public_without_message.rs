use apifault::ApiError;

#[derive(Debug, ApiError)]
#[allow(dead_code)]
enum AppError {
    #[status(500)]
    #[public]
    Database(std::io::Error),
}

fn main() {}
