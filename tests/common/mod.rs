//! What every framework test serves and checks: one error type, four routes,
//! and the checks of a real response read over a real socket.
//!
//! A framework test starts its server on 127.0.0.1 with an ephemeral port,
//! answering each path of [`ROUTES`] with what [`answer`] says, then calls
//! [`check_server`] with the server's address, and stops the server.

#![allow(dead_code)] // each test binary uses its own part of the harness

use std::fmt;
use std::time::Duration;

use apifault::{ApiError, Problem};

/// The secret a server error holds; no response may show it.
pub const SECRET: &str = "password=hunter2";

/// The body of the route whose handler succeeds.
pub const OK_BODY: &str = "fine";

/// The errors the test servers send.
#[derive(Debug, ApiError)]
pub enum ShopError {
    /// Appears when the item does not exist.
    #[status(404)]
    #[message("No such item")]
    NotFound,

    /// Appears when a field of the order is invalid.
    #[status(422)]
    #[message("Invalid {field}: {problem}")]
    Invalid { field: String, problem: String },

    /// The database failed; its error holds a secret.
    #[status(500)]
    Database(Secret),

    /// Appears when the client sends requests too fast.
    #[status(429)]
    #[message("Slow down")]
    #[header("Retry-After", "{retry_after}")]
    #[header("WWW-Authenticate", "Bearer realm=\"shop\"")]
    Limited { retry_after: u32 },

    /// Appears when a tag the client sent is refused; the tag is echoed in
    /// a header, and may hold what a header must not.
    #[status(400)]
    #[message("Refused tag")]
    #[header("X-Tag", "{0}")]
    BadTag(String),
}

/// An internal error whose `Debug` and `Display` both show the secret.
#[derive(Debug)]
pub struct Secret(pub String);

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "database said: {}", self.0)
    }
}

impl std::error::Error for Secret {}

/// The paths every test server answers with [`answer`].
pub const ROUTES: [&str; 6] = [
    "/static",
    "/dynamic",
    "/hidden",
    "/header",
    "/injected",
    "/ok",
];

/// The path every test server answers with the error itself, not in a
/// `Result`: [`ShopError::NotFound`].
pub const BARE: &str = "/bare";

/// The path every test server answers with [`problem`], the error wrapped
/// to be sent as problem details.
pub const PROBLEM: &str = "/problem";

/// What a test server answers at [`PROBLEM`].
pub fn problem() -> Problem<ShopError> {
    Problem(limited())
}

/// A variant sent with two headers.
pub fn limited() -> ShopError {
    ShopError::Limited { retry_after: 120 }
}

/// A variant whose header value would split the response: it is dropped.
pub fn injected() -> ShopError {
    ShopError::BadTag("x\r\nSet-Cookie: session=stolen".to_owned())
}

/// What a test server answers at `path`, as a handler's `Result`.
pub fn answer(path: &str) -> Result<&'static str, ShopError> {
    match path {
        "/static" => Err(ShopError::NotFound),
        "/dynamic" => Err(dynamic()),
        "/hidden" => Err(hidden()),
        "/header" => Err(limited()),
        "/injected" => Err(injected()),
        _ => Ok(OK_BODY),
    }
}

/// A variant whose fields need escaping in JSON.
pub fn dynamic() -> ShopError {
    ShopError::Invalid {
        field: "name \"quoted\"".to_owned(),
        problem: "tab\tback\\slash\u{2028}line \u{1} ✓ 🦀".to_owned(),
    }
}

/// A server error holding the secret.
pub fn hidden() -> ShopError {
    ShopError::Database(Secret(SECRET.to_owned()))
}

/// One response as read by the client.
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Reply {
    /// The values of the header `name`.
    pub fn header(&self, name: &str) -> Vec<&str> {
        self.headers
            .iter()
            .filter(|(key, _)| key.eq_ignore_ascii_case(name))
            .map(|(_, value)| value.as_str())
            .collect()
    }
}

/// Sends `GET base + path` with a real HTTP client and reads the response,
/// whatever its status.
pub fn get(base: &str, path: &str) -> Reply {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .proxy(None)
        .max_redirects(0)
        .timeout_global(Some(Duration::from_secs(10)))
        .build()
        .into();
    let mut response = agent
        .get(&format!("{base}{path}"))
        .call()
        .unwrap_or_else(|error| panic!("GET {path}: {error}"));
    let status = response.status().as_u16();
    let headers = response
        .headers()
        .iter()
        .map(|(name, value)| {
            let value = value.to_str().expect("a header value is ASCII");
            (name.as_str().to_owned(), value.to_owned())
        })
        .collect();
    let body = response
        .body_mut()
        .read_to_string()
        .expect("the body is UTF-8");
    Reply {
        status,
        headers,
        body,
    }
}

/// Checks every route of the server at `base` from a blocking thread, so
/// that the server goes on answering on the test's runtime meanwhile.
pub async fn check_from_client(base: String, framework_headers: &'static [&'static str]) {
    tokio::task::spawn_blocking(move || check_server(&base, framework_headers))
        .await
        .expect("the checks passed");
}

/// Checks every route of the server at `base` (`http://127.0.0.1:PORT`).
///
/// `framework_headers` names the headers the framework itself adds to every
/// response (such as `date`); any other header but `content-type` and
/// `content-length` fails the check, as does any difference in status or
/// body from what [`ApiError`] says.
pub fn check_server(base: &str, framework_headers: &[&str]) {
    check_error(base, "/static", &ShopError::NotFound, framework_headers);
    check_error(base, "/dynamic", &dynamic(), framework_headers);
    check_error(base, "/hidden", &hidden(), framework_headers);
    check_hidden(&get(base, "/hidden"));
    check_error(base, BARE, &ShopError::NotFound, framework_headers);
    check_headers(base, framework_headers);
    check_problem(base, framework_headers);

    let ok = get(base, "/ok");
    assert_eq!(ok.status, 200, "GET /ok");
    assert_eq!(ok.body, OK_BODY, "GET /ok");
}

/// The headers of a variant are sent; one whose value holds CR and LF is
/// not, and neither is what it tried to add, while the body still is.
fn check_headers(base: &str, framework_headers: &[&str]) {
    let reply = check_error(base, "/header", &limited(), framework_headers);
    assert_eq!(reply.header("retry-after"), ["120"], "GET /header");
    assert_eq!(
        reply.header("www-authenticate"),
        ["Bearer realm=\"shop\""],
        "GET /header"
    );

    let reply = check_error(base, "/injected", &injected(), framework_headers);
    assert!(reply.header("x-tag").is_empty(), "GET /injected sent x-tag");
    assert!(
        reply.header("set-cookie").is_empty(),
        "GET /injected set a cookie"
    );
}

/// The wrapper sends problem details, with the variant's headers.
fn check_problem(base: &str, framework_headers: &[&str]) {
    let reply = get(base, PROBLEM);
    let error = limited();
    assert_eq!(reply.status, 429, "status of GET {PROBLEM}");
    assert_eq!(
        reply.header("content-type"),
        ["application/problem+json"],
        "content type of GET {PROBLEM}"
    );
    assert_eq!(reply.body, error.to_problem_json(), "body of GET {PROBLEM}");
    let parsed: serde_json::Value = serde_json::from_str(&reply.body).expect("the body is JSON");
    assert_eq!(parsed["type"], "about:blank");
    assert_eq!(parsed["title"], "Too Many Requests");
    assert_eq!(parsed["status"], 429);
    assert_eq!(parsed["detail"], "Slow down");
    assert_eq!(reply.header("retry-after"), ["120"], "GET {PROBLEM}");
    check_known_headers(&reply, PROBLEM, &error, framework_headers);
}

/// The headers a variant of `error` may be sent with, lower case.
fn own_headers(error: &ShopError) -> Vec<String> {
    error
        .entry()
        .headers
        .iter()
        .map(|header| header.name.to_ascii_lowercase())
        .collect()
}

/// Fails on any header but the framework's, the body's and the variant's.
fn check_known_headers(reply: &Reply, path: &str, error: &ShopError, framework_headers: &[&str]) {
    let own = own_headers(error);
    for (name, _) in &reply.headers {
        let expected = ["content-type", "content-length"]
            .iter()
            .chain(framework_headers)
            .any(|known| name.eq_ignore_ascii_case(known))
            || own.contains(&name.to_ascii_lowercase());
        assert!(expected, "GET {path} sent the unexpected header `{name}`");
    }
}

fn check_error(base: &str, path: &str, error: &ShopError, framework_headers: &[&str]) -> Reply {
    let reply = get(base, path);
    assert_eq!(
        reply.status,
        error.status().as_u16(),
        "status of GET {path}"
    );
    assert_eq!(
        reply.header("content-type"),
        ["application/json; charset=utf-8"],
        "content type of GET {path}"
    );
    assert_eq!(reply.body, error.to_json(), "body of GET {path}");
    let parsed: serde_json::Value = serde_json::from_str(&reply.body).expect("the body is JSON");
    assert_eq!(parsed["error"], *error.message(), "message of GET {path}");
    check_known_headers(&reply, path, error, framework_headers);
    if let Some(length) = reply.header("content-length").first() {
        assert_eq!(
            *length,
            reply.body.len().to_string(),
            "length of GET {path}"
        );
    }
    reply
}

fn check_hidden(reply: &Reply) {
    assert_eq!(reply.body, r#"{"error":"Internal Server Error"}"#);
    assert!(!reply.body.contains("hunter2"), "the body shows the secret");
    for (name, value) in &reply.headers {
        assert!(
            !value.contains("hunter2"),
            "the header `{name}` shows the secret"
        );
    }
}
