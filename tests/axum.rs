//! axum: a derived error, or a `Result` holding one, is a handler's return
//! value with no glue in the user's crate. Checked over a real socket.

mod common;

use axum::routing::get;
use axum::Router;
use common::{answer, check_from_client, problem, ShopError, BARE, PROBLEM, ROUTES};

async fn handle(uri: axum::http::Uri) -> Result<&'static str, ShopError> {
    answer(uri.path())
}

async fn bare() -> ShopError {
    ShopError::NotFound
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn serves_every_error_as_declared() {
    let mut app = Router::new()
        .route(BARE, get(bare))
        .route(PROBLEM, get(|| async { problem() }));
    for path in ROUTES {
        app = app.route(path, get(handle));
    }
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(async move {
        axum::serve(listener, app)
            .with_graceful_shutdown(async {
                let _ = stopped.await;
            })
            .await
    });

    check_from_client(base, &["date"]).await;

    stop.send(()).unwrap();
    server.await.unwrap().unwrap();
}
