use apifault::ApiError;

#[derive(Debug, ApiError)]
enum ShopError {
    #[status(400)]
    #[message("bad request")]
    #[header("Content-Length", "1")]
    Bad,
}

fn main() {}
