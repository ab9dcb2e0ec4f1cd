use apifault::ApiError;

#[derive(Debug, ApiError)]
#[api_error(oauth)]
enum TokenError {
    #[status(400)]
    #[message("invalid_scope")]
    #[description("The scope {0} is unknown.")]
    InvalidScope(String),
}

fn main() {}
