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

/// A type whose crate writes its own axum glue: the derive stays out of its
/// way, whatever features the build turns on.
#[derive(Debug, apifault::ApiError)]
#[api_error(no_framework_glue)]
enum OwnGlue {
    #[status(404)]
    #[message("No such page")]
    Missing,
}

impl axum::response::IntoResponse for OwnGlue {
    fn into_response(self) -> axum::response::Response {
        (axum::http::StatusCode::IM_A_TEAPOT, "my own glue").into_response()
    }
}

#[tokio::test]
async fn a_type_may_keep_its_own_glue() {
    use axum::response::IntoResponse;

    let response = OwnGlue::Missing.into_response();
    assert_eq!(response.status(), 418);
    let body = axum::body::to_bytes(response.into_body(), 1024)
        .await
        .unwrap();
    assert_eq!(&body[..], b"my own glue");
    assert_eq!(apifault::ApiError::status(&OwnGlue::Missing), 404);
}
