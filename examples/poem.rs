//! poem: with apifault's `poem` feature, a handler returns
//! `Result<T, ShopError>` and poem sends the error's status and JSON body.
//! Run it with `cargo run --example poem`.

#[path = "common/shop.rs"]
mod shop;

use poem::listener::TcpListener;
use poem::web::Path;
use poem::{get, handler, Route, Server};
use shop::ShopError;

#[handler]
fn item(Path(id): Path<String>) -> Result<&'static str, ShopError> {
    shop::item(&id)
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    shop::announce("poem");
    let app = Route::new().at("/items/:id", get(item));
    Server::new(TcpListener::bind(shop::address()))
        .run(app)
        .await
}
