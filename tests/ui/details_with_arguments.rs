use apifault::ApiError;

#[derive(Debug, ApiError)]
enum AppError {
    #[status(422)]
    #[message("Validation failed")]
    Invalid {
        #[details(flatten)]
        fields: Vec<String>,
    },
}

fn main() {}
