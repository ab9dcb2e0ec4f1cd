use apifault::ApiError;

#[derive(Debug, ApiError)]
enum AppError {
    #[status(302)]
    #[message("Moved")]
    Moved,
}

fn main() {}
