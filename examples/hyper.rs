//! hyper, or any server built on the `http` crate: with apifault's `http`
//! feature, an error converts into `http::Response<Bytes>` with its status,
//! content type and JSON body. Run it with
//! `cargo run --example hyper`.

#[path = "common/shop.rs"]
mod shop;

use std::convert::Infallible;

use bytes::Bytes;
use http_body_util::Full;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request, Response};
use hyper_util::rt::TokioIo;

async fn serve(
    request: Request<hyper::body::Incoming>,
) -> Result<Response<Full<Bytes>>, Infallible> {
    let id = request.uri().path().strip_prefix("/items/").unwrap_or("");
    let response: Response<Bytes> = match shop::item(id) {
        Ok(item) => Response::new(Bytes::from_static(item.as_bytes())),
        Err(error) => error.into(),
    };
    Ok(response.map(Full::new))
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    shop::announce("hyper");
    let listener = tokio::net::TcpListener::bind(shop::address()).await?;
    loop {
        let (stream, _) = listener.accept().await?;
        tokio::spawn(async move {
            let connection =
                http1::Builder::new().serve_connection(TokioIo::new(stream), service_fn(serve));
            if let Err(error) = connection.await {
                eprintln!("connection failed: {error}");
            }
        });
    }
}
