//! salvo: with apifault's `salvo` feature, a handler returns
//! `Result<T, ShopError>` and salvo sends the error's status and JSON body.
//! Run it with `cargo run --example salvo`.

#[path = "common/shop.rs"]
mod shop;

use salvo::conn::TcpListener;
use salvo::{handler, Listener, Request, Router, Server};
use shop::ShopError;

#[handler]
fn item(request: &mut Request) -> Result<&'static str, ShopError> {
    shop::item(request.param::<&str>("id").unwrap_or_default())
}

#[tokio::main]
async fn main() {
    shop::announce("salvo");
    let router = Router::with_path("items/{id}").get(item);
    let acceptor = TcpListener::new(shop::address()).bind().await;
    Server::new(acceptor).serve(router).await;
}
