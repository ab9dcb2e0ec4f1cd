use apifault::ApiError;

struct Opaque;

#[derive(ApiError)]
enum AppError {
    #[status(400)]
    #[message("bad {0}")]
    Bad(Opaque),
}

fn main() {}
