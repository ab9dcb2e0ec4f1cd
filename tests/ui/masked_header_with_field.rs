use apifault::ApiError;

#[derive(Debug, ApiError)]
#[api_error(mask = "5xx")]
enum Upstream {
    #[status(502)]
    #[message("Supplier {0} is down")]
    #[header("X-Supplier", "{0}")]
    Supplier(String),
}

fn main() {}
