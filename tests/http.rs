//! The `http` feature: a derived error converts into `http::Response<Bytes>`,
//! which a bare hyper server sends as it is. Checked over a real socket.

mod common;

use std::convert::Infallible;

use bytes::Bytes;
use common::{answer, check_from_client, problem, ShopError, BARE, PROBLEM};
use http_body_util::Full;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request, Response};
use hyper_util::rt::TokioIo;

async fn serve(
    request: Request<hyper::body::Incoming>,
) -> Result<Response<Full<Bytes>>, Infallible> {
    let response: Response<Bytes> = match request.uri().path() {
        BARE => ShopError::NotFound.into(),
        PROBLEM => problem().into(),
        path => match answer(path) {
            Ok(text) => Response::new(Bytes::from_static(text.as_bytes())),
            Err(error) => error.into(),
        },
    };
    Ok(response.map(Full::new))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn serves_every_error_as_declared() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let server = tokio::spawn(async move {
        loop {
            let (stream, _) = listener.accept().await.unwrap();
            tokio::spawn(async move {
                let io = TokioIo::new(stream);
                let _ = http1::Builder::new()
                    .serve_connection(io, service_fn(serve))
                    .await;
            });
        }
    });

    check_from_client(base, &["date"]).await;

    server.abort();
    assert!(server.await.unwrap_err().is_cancelled());
}
