//! actix-web: with apifault's `actix-web` feature, a handler returns
//! `Result<T, ShopError>` and actix-web sends the error's status and JSON
//! body. Run it with `cargo run --example actix_web`.

#[path = "common/shop.rs"]
mod shop;

use actix_web::{get, web, App, HttpServer};
use shop::ShopError;

#[get("/items/{id}")]
async fn item(id: web::Path<String>) -> Result<&'static str, ShopError> {
    shop::item(&id)
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    shop::announce("actix-web");
    HttpServer::new(|| App::new().service(item))
        .bind(shop::address())?
        .run()
        .await
}
