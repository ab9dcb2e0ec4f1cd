use apifault::ApiError;

#[derive(Debug, ApiError)]
#[api_error(dispaly)]
enum AppError {
    #[status(302)]
    #[message("Moved")]
    Moved,

    #[status(404)]
    NotFound,

    #[status(422)]
    #[message("Validation failed: {nme}")]
    Invalid { name: String },

    #[message("No status")]
    NoStatus,
}

fn uses_the_trait<E: ApiError>() {}

fn main() {
    uses_the_trait::<AppError>();
    let _ = AppError::catalogue();
}
