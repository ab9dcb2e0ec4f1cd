//! warp: a derived error is a `Reply`, so a filter maps to it, or to a
//! `Result` holding it, with no glue in the user's crate. Checked over a
//! real socket.

mod common;

use common::{answer, check_from_client, problem, ShopError, BARE, PROBLEM};
use warp::path::FullPath;
use warp::Filter;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn serves_every_error_as_declared() {
    let bare = warp::path(&BARE[1..]).map(|| ShopError::NotFound);
    let rest = warp::path::full().map(|path: FullPath| answer(path.as_str()));
    let problem = warp::path(&PROBLEM[1..]).map(problem);
    let routes = warp::get().and(bare.or(problem).or(rest));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(
        warp::serve(routes)
            .incoming(listener)
            .graceful(async {
                let _ = stopped.await;
            })
            .run(),
    );

    check_from_client(base, &["date"]).await;

    stop.send(()).unwrap();
    server.await.unwrap();
}
