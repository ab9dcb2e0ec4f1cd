//! The error type and the one lookup that every framework example serves, so
//! that each example shows only its framework's part.

use apifault::ApiError;

/// What the example shop can answer instead of an item.
#[derive(Debug, ApiError)]
pub enum ShopError {
    /// Appears when no item has the id asked for.
    #[status(404)]
    #[message("no item {0}")]
    NoSuchItem(u32),

    /// Appears when the item id is not a number.
    #[status(400)]
    #[message("item ids are numbers, not {0:?}")]
    BadId(String),

    /// The stock database failed; clients see only the reason phrase.
    #[status(503)]
    StockUnavailable(std::io::Error),
}

/// The item with the id written `id`: `/items/1` is a teapot, `/items/13`
/// finds the stock database down, and any other number is no item.
pub fn item(id: &str) -> Result<&'static str, ShopError> {
    match id.parse::<u32>() {
        Ok(1) => Ok("a teapot"),
        Ok(13) => Err(ShopError::StockUnavailable(std::io::Error::new(
            std::io::ErrorKind::Other,
            "stock db at 10.0.0.7 refused the password",
        ))),
        Ok(other) => Err(ShopError::NoSuchItem(other)),
        Err(_) => Err(ShopError::BadId(id.to_owned())),
    }
}

/// The address to listen on: 127.0.0.1, port from `PORT` (default 3000).
pub fn address() -> std::net::SocketAddr {
    let port = std::env::var("PORT")
        .ok()
        .and_then(|port| port.parse().ok())
        .unwrap_or(3000);
    std::net::SocketAddr::from(([127, 0, 0, 1], port))
}

/// Says where the example listens, and what to try.
pub fn announce(framework: &str) {
    let base = format!("http://{}", address());
    println!("{framework} example on {base}; try:");
    for id in ["1", "2", "13", "tea"] {
        println!("  curl -i {base}/items/{id}");
    }
}
