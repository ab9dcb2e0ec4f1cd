use apifault::ApiError;

mod whatever {
    pub const NOT_FOUND: u16 = 404;
}

#[derive(Debug, ApiError)]
enum AppError {
    #[status(whatever::NOT_FOUND)]
    #[message("Record not found")]
    NotFound,
}

fn main() {}
