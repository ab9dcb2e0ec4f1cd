//! rocket: with apifault's `rocket` feature, a route returns
//! `Result<T, ShopError>` and rocket sends the error's status and JSON body.
//! Run it with `cargo run --example rocket`.

#[path = "common/shop.rs"]
mod shop;

use rocket::{get, routes};
use shop::ShopError;

#[get("/items/<id>")]
fn item(id: &str) -> Result<&'static str, ShopError> {
    shop::item(id)
}

#[rocket::main]
async fn main() -> Result<(), Box<rocket::Error>> {
    shop::announce("rocket");
    let address = shop::address();
    let figment = rocket::Config::figment()
        .merge(("address", address.ip()))
        .merge(("port", address.port()));
    rocket::custom(figment)
        .mount("/", routes![item])
        .launch()
        .await?;
    Ok(())
}
