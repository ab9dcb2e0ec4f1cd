//! actix-web: a derived error is a `Responder` and an `actix_web::Error`, so
//! a handler returns it, or a `Result` holding it, with no glue in the
//! user's crate. Checked over a real socket.

mod common;

use actix_web::{web, App, HttpRequest, HttpServer};
use common::{answer, check_from_client, problem, ShopError, BARE, PROBLEM, ROUTES};

async fn handle(request: HttpRequest) -> Result<&'static str, ShopError> {
    answer(request.path())
}

async fn bare() -> ShopError {
    ShopError::NotFound
}

#[actix_web::test]
async fn serves_every_error_as_declared() {
    let server = HttpServer::new(|| {
        let mut app = App::new()
            .route(BARE, web::get().to(bare))
            .route(PROBLEM, web::get().to(|| async { problem() }));
        for path in ROUTES {
            app = app.route(path, web::get().to(handle));
        }
        app
    })
    .workers(1)
    .disable_signals()
    .bind(("127.0.0.1", 0))
    .unwrap();
    let base = format!("http://{}", server.addrs()[0]);
    let server = server.run();
    let handle = server.handle();
    let running = actix_web::rt::spawn(server);

    check_from_client(base, &["date"]).await;

    handle.stop(true).await;
    running.await.unwrap().unwrap();
}
