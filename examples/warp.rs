//! warp: with apifault's `warp` feature, a filter maps to
//! `Result<T, ShopError>` and warp sends the error's status and JSON body.
//! Run it with `cargo run --example warp`.

#[path = "common/shop.rs"]
mod shop;

use warp::Filter;

#[tokio::main]
async fn main() {
    shop::announce("warp");
    let items = warp::path!("items" / String).map(|id: String| shop::item(&id));
    warp::serve(warp::get().and(items))
        .run(shop::address())
        .await;
}
