use apifault::ApiError;

#[derive(Debug, ApiError)]
enum AppError {
    #[status(400)]
    #[message("ratio {0:.*}")]
    Ratio(usize, f64),
}

fn main() {}
