//! poem: a derived error is an `IntoResponse` and a `poem::Error`, so a
//! handler returns it, or a `Result` holding it, with no glue in the user's
//! crate. Checked over a real socket.

mod common;

use common::{answer, check_from_client, problem, ShopError, BARE, PROBLEM, ROUTES};
use poem::http::Uri;
use poem::listener::TcpAcceptor;
use poem::{get, handler, Route, Server};

#[handler]
fn handle(uri: &Uri) -> Result<&'static str, ShopError> {
    answer(uri.path())
}

#[handler]
fn bare() -> ShopError {
    ShopError::NotFound
}

#[handler]
fn problem_details() -> apifault::Problem<ShopError> {
    problem()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn serves_every_error_as_declared() {
    let mut app = Route::new()
        .at(BARE, get(bare))
        .at(PROBLEM, get(problem_details));
    for path in ROUTES {
        app = app.at(path, get(handle));
    }
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let acceptor = TcpAcceptor::from_tokio(listener).unwrap();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(
        Server::new_with_acceptor(acceptor).run_with_graceful_shutdown(
            app,
            async {
                let _ = stopped.await;
            },
            None,
        ),
    );

    check_from_client(base, &["date"]).await;

    stop.send(()).unwrap();
    server.await.unwrap().unwrap();
}
