//! salvo: a derived error is a `Scribe`, so a handler returns it, or a
//! `Result` holding it, with no glue in the user's crate. Checked over a
//! real socket.

mod common;

use common::{answer, check_from_client, problem, ShopError, BARE, PROBLEM, ROUTES};
use salvo::conn::tcp::TcpAcceptor;
use salvo::{handler, Request, Router, Server};

#[handler]
fn handle(request: &mut Request) -> Result<&'static str, ShopError> {
    answer(request.uri().path())
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
    let mut router = Router::new()
        .push(Router::with_path(&BARE[1..]).get(bare))
        .push(Router::with_path(&PROBLEM[1..]).get(problem_details));
    for path in ROUTES {
        router = router.push(Router::with_path(&path[1..]).get(handle));
    }
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let acceptor = TcpAcceptor::try_from(listener).unwrap();
    let server = tokio::spawn(Server::new(acceptor).serve(router));

    check_from_client(base, &["date"]).await;

    // Dropping the server's future stops it and every connection it serves.
    server.abort();
    assert!(server.await.unwrap_err().is_cancelled());
}
