use apifault::ApiError;

#[derive(Debug, ApiError)]
enum AppError {
    #[status(400)]
    #[message("expected } here")]
    Unbalanced,
}

fn main() {}
