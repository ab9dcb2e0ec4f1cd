use apifault::ApiError;

#[derive(Debug, ApiError)]
#[api_error(oauth)]
enum TokenError {
    #[status(400)]
    #[message("invalid_request")]
    #[description("The \"scope\" parameter is missing.")]
    MissingScope,
}

fn main() {}
