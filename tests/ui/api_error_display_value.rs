use apifault::ApiError;

#[derive(Debug, ApiError)]
#[api_error(display = true)]
enum AppError {
    #[status(404)]
    #[message("Record not found")]
    NotFound,
}

fn main() {
    println!("{}", AppError::NotFound);
}
