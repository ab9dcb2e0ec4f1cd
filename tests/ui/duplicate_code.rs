use apifault::ApiError;

#[derive(Debug, ApiError)]
enum AppError {
    #[status(404)]
    #[message("Record not found")]
    NotFound,

    #[status(410)]
    #[message("Record gone")]
    #[code("not_found")]
    Gone,
}

fn main() {}
