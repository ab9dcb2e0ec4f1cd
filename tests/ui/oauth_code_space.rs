use apifault::ApiError;

#[derive(Debug, ApiError)]
#[api_error(oauth)]
enum TokenError {
    #[status(400)]
    #[message("invalid request")]
    InvalidRequest,
}

fn main() {}
