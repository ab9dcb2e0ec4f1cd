use apifault::ApiError;

#[derive(Debug, ApiError)]
#[api_error(oauth)]
enum TokenError {
    #[status(400)]
    #[message("requête_invalide")]
    InvalidRequest,
}

fn main() {}
