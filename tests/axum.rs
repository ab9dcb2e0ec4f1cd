//! axum: a derived error, or a `Result` holding one, is a handler's return
//! value with no glue in the user's crate. Checked over a real socket.

mod common;

use axum::routing::get;
use axum::Router;
use common::{answer, check_server, ShopError};

async fn handle(uri: axum::http::Uri) -> Result<&'static str, ShopError> {
    answer(uri.path())
}

/// A handler may also return the error itself.
async fn bare() -> ShopError {
    ShopError::NotFound
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn serves_every_error_as_declared() {
    let mut app = Router::new().route("/bare", get(bare));
    for path in common::ROUTES {
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

    let client_base = base.clone();
    tokio::task::spawn_blocking(move || {
        check_server(&client_base, &["date"]);
        let bare = common::get(&client_base, "/bare");
        assert_eq!(bare.status, 404);
        assert_eq!(bare.body, r#"{"error":"No such item"}"#);
    })
    .await
    .unwrap();

    stop.send(()).unwrap();
    server.await.unwrap().unwrap();
}
