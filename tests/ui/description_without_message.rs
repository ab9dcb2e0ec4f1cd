use apifault::ApiError;

#[derive(Debug, ApiError)]
enum AppError {
    #[status(500)]
    #[description("the database is down")]
    Database,

    #[status(503)]
    #[description("cannot reach {0}")]
    Upstream(String),

    #[status(404)]
    #[description("no such record")]
    NotFound,
}

fn main() {}
