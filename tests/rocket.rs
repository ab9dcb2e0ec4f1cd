//! rocket: a derived error is a `Responder`, so a route returns it, or a
//! `Result` holding it, with no glue in the user's crate. Checked over a
//! real socket.

mod common;

use std::path::PathBuf;

use common::{answer, check_from_client, problem, ShopError};
use rocket::fairing::AdHoc;
use rocket::{get, routes};

#[get("/bare")]
fn bare() -> ShopError {
    ShopError::NotFound
}

#[get("/problem")]
fn problem_details() -> apifault::Problem<ShopError> {
    problem()
}

// Ranked after `/bare`, which it would match too.
#[get("/<path..>", rank = 2)]
fn handle(path: PathBuf) -> Result<&'static str, ShopError> {
    answer(&format!("/{}", path.display()))
}

/// The headers rocket adds to every response, its `Shield` among them.
const ROCKET_HEADERS: &[&str] = &[
    "date",
    "server",
    "x-frame-options",
    "x-content-type-options",
    "permissions-policy",
];

#[rocket::async_test]
async fn serves_every_error_as_declared() {
    let figment = rocket::Config::figment()
        .merge(("address", "127.0.0.1"))
        .merge(("port", 0))
        .merge(("log_level", "off"))
        .merge(("shutdown.ctrlc", false))
        .merge(("shutdown.signals", Vec::<String>::new()));
    // Port 0 is resolved when the server binds: it is known at liftoff.
    let (bound, port) = tokio::sync::oneshot::channel::<u16>();
    let bound = std::sync::Mutex::new(Some(bound));
    let rocket = rocket::custom(figment)
        .mount("/", routes![bare, problem_details, handle])
        .attach(AdHoc::on_liftoff("port", move |rocket| {
            let port = rocket.config().port;
            Box::pin(async move {
                if let Some(bound) = bound.lock().unwrap().take() {
                    let _ = bound.send(port);
                }
            })
        }))
        .ignite()
        .await
        .unwrap();
    let shutdown = rocket.shutdown();
    let running = tokio::spawn(rocket.launch());
    let base = format!("http://127.0.0.1:{}", port.await.unwrap());

    check_from_client(base, ROCKET_HEADERS).await;

    shutdown.notify();
    running.await.unwrap().unwrap();
}
