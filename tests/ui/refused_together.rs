// Every input the derive refuses, in one enum: each is reported at its own
// token in a single build, and nothing else is.
use apifault::ApiError;

mod elsewhere {
    pub const NOT_FOUND: u16 = 404;
}

#[derive(Debug, ApiError)]
enum AppError {
    #[status(400)]
    #[message("empty {} placeholder")]
    EmptyOnNamed { name: String },
    #[status(400)]
    #[message("positional {0} placeholder")]
    IndexOnNamed { name: String },
    #[status(400)]
    #[message("{0} and {1}")]
    PastTheEnd(String),
    #[status(400)]
    #[message("opened { and never closed")]
    LoneOpen,
    #[status(400)]
    #[message("closed } and never opened")]
    LoneClose,
    #[status(400)]
    #[message("no such {field}")]
    NoSuchField { name: String },
    #[status(99)]
    #[message("too low")]
    TooLow,
    #[status(200)]
    #[message("success")]
    Success,
    #[status(302)]
    #[message("redirect")]
    Redirect,
    #[status(600)]
    #[message("too high")]
    TooHigh,
    #[status(-1)]
    #[message("negative")]
    Negative,
    #[status("404")]
    #[message("a string")]
    Quoted,
    #[status(elsewhere::NOT_FOUND)]
    #[message("a path")]
    Path,
    #[status(NOT_A_STATUS)]
    #[message("an unknown constant")]
    Unknown,
    #[status(404)]
    #[status(410)]
    #[message("twice")]
    TwoStatuses,
    #[status(404)]
    #[message("once")]
    #[message("twice")]
    TwoMessages,
    #[status(404)]
    #[message("coded")]
    #[code("a")]
    #[code("b")]
    TwoCodes,
    #[status(404)]
    #[mesage("misspelled")]
    Misspelled,
}

fn main() {}
