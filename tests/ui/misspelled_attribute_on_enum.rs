use apifault::ApiError;

#[derive(Debug, ApiError)]
#[stauts(404)]
enum AppError {
    #[message("Record not found")]
    NotFound,
}

fn uses_the_trait<E: ApiError>() {}

fn main() {
    uses_the_trait::<AppError>();
}
