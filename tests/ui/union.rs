use apifault::ApiError;

#[derive(ApiError)]
#[status(500)]
union Bits {
    int: u32,
    float: f32,
}

fn main() {}
