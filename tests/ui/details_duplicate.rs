use apifault::ApiError;

#[derive(Debug, ApiError)]
enum AppError {
    #[status(422)]
    #[message("Validation failed")]
    Invalid {
        #[details]
        fields: Vec<String>,
        #[details]
        hints: Vec<String>,
    },
}

fn main() {}
