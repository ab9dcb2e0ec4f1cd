//! The Mastodon example server, served inside the test on an ephemeral port
//! of 127.0.0.1 and checked over real HTTP: each error is the status and
//! exact body a Mastodon server sends, and the rate limit behaves like
//! Mastodon's.

#[allow(dead_code)] // the test serves the example's router, not its `main`
#[path = "../examples/mastodon.rs"]
mod server;

use std::net::SocketAddr;
use std::num::NonZeroU32;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use apifault::mastodon::MastodonError;
use serde_json::Value;
use server::{Config, DEMO_CODE, DEMO_TOKEN};
use ureq::http::Request;

const JSON: &str = "application/json";
const FORM: &str = "application/x-www-form-urlencoded";
const ERROR_CONTENT_TYPE: &str = "application/json; charset=utf-8";

/// The period of the test servers' rate limit: long, so that a window
/// rarely ends during a test; see [`exhaust`] for when it does.
const PERIOD: Duration = Duration::from_secs(3600);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn errors_are_mastodon_errors() {
    with_server(300, |anonymous| {
        let not_found = r#"{"error":"Record not found"}"#;
        let missing = anonymous.get("/api/v1/statuses/999999");
        check_error(&missing, 404, not_found);
        assert_rate_limited(&missing);
        check_error(&anonymous.get("/api/v1/statuses/abc"), 404, not_found);
        let unknown = anonymous.get("/api/v1/nothing");
        check_error(&unknown, 404, not_found);
        assert_rate_limited(&unknown);
        let wrong_method = anonymous.send("DELETE", "/api/v1/instance", None);
        check_error(&wrong_method, 404, not_found);
        assert_rate_limited(&wrong_method);
        let page = anonymous.get("/nothing");
        check_error(&page, 404, not_found);
        assert!(
            page.header("x-ratelimit-limit").is_none(),
            "only /api is limited"
        );

        let unauthorized = r#"{"error":"This API requires an authenticated user"}"#;
        let post = anonymous.post("/api/v1/statuses", (FORM, "status=Hi"));
        check_error(&post, 401, unauthorized);
        assert_rate_limited(&post);
        let whoami = anonymous.get("/api/v1/accounts/verify_credentials");
        check_error(&whoami, 401, unauthorized);
        let forged = anonymous.with_token("not-a-token");
        let post = forged.post("/api/v1/statuses", (FORM, "status=Hi"));
        check_error(&post, 401, unauthorized);
        // A public route refuses an unknown token too.
        check_error(&forged.get("/api/v1/statuses/1"), 401, unauthorized);

        let demo = anonymous.with_token(DEMO_TOKEN);
        let blank = r#"{"error":"Validation failed: Text can't be blank"}"#;
        let blanks = [
            (FORM, "status=+%09+"),
            (FORM, ""),
            (JSON, "{}"),
            (JSON, r#"{"status":""}"#),
        ];
        for body in blanks {
            check_error(&demo.post("/api/v1/statuses", body), 422, blank);
        }
        let no_body = demo.send("POST", "/api/v1/statuses", None);
        check_error(&no_body, 422, blank);
        let long = format!("status={}", "a".repeat(501));
        let too_long = demo.post("/api/v1/statuses", (FORM, &long));
        let limit = r#"{"error":"Validation failed: Text character limit of 500 exceeded"}"#;
        check_error(&too_long, 422, limit);
        let malformed = demo.post("/api/v1/statuses", (JSON, "{"));
        let parse_error = r#"{"error":"Error occurred while parsing request parameters"}"#;
        check_error(&malformed, 400, parse_error);

        let invalid_grant = concat!(
            r#"{"error":"invalid_grant","error_description":"The provided authorization grant "#,
            "is invalid, expired, revoked, does not match the redirection URI used in the ",
            r#"authorization request, or was issued to another client."}"#
        );
        let bad_code = "grant_type=authorization_code&code=wrong&client_id=app\
                        &client_secret=secret&redirect_uri=urn:ietf:wg:oauth:2.0:oob";
        let bad = anonymous.post("/oauth/token", (FORM, bad_code));
        check_error(&bad, 400, invalid_grant);
        let limited = bad.header("x-ratelimit-limit");
        assert!(limited.is_none(), "OAuth is not rate limited");
        let bad_code = r#"{"grant_type":"authorization_code","code":"wrong"}"#;
        let bad = anonymous.post("/oauth/token", (JSON, bad_code));
        check_error(&bad, 400, invalid_grant);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn posts_and_reads_statuses() {
    with_server(300, |anonymous| {
        let demo = anonymous.with_token(DEMO_TOKEN);
        let form = "status=Hello+%26+welcome%0Ato+%3Capifault%3E";
        let posted = demo.post("/api/v1/statuses", (FORM, form));
        assert_eq!(posted.status, 200, "{}", posted.body);
        assert_rate_limited(&posted);
        let status = posted.json();
        let content = "<p>Hello &amp; welcome<br />to &lt;apifault&gt;</p>";
        assert_eq!(status["content"], content);
        assert_eq!(status["account"]["username"], "demo");
        assert_timestamp(status["created_at"].as_str().unwrap(), 3);
        let id = status["id"].as_str().expect("the id is a string");

        let read = anonymous.get(&format!("/api/v1/statuses/{id}"));
        assert_eq!(read.status, 200);
        assert_eq!(read.json(), status);

        let json = r#"{"status":"From JSON","spoiler_text":"cw","visibility":"public"}"#;
        let posted = demo.post("/api/v1/statuses", (JSON, json)).json();
        assert_eq!(posted["content"], "<p>From JSON</p>");
        assert_eq!(posted["spoiler_text"], "cw");
        assert_ne!(posted["id"], status["id"]);

        let me = demo.get("/api/v1/accounts/verify_credentials");
        assert_eq!(me.status, 200);
        let me = me.json();
        assert_eq!(me["statuses_count"], 3, "the seeded status and two posts");
        assert_eq!(me["source"]["privacy"], "public");

        let instance = anonymous.get("/api/v1/instance").json();
        assert_eq!(
            instance["uri"],
            anonymous.base.trim_start_matches("http://")
        );
        assert!(instance["version"].as_str().unwrap().starts_with("4.3.0"));
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_oauth_code_grants_a_token() {
    with_server(300, |anonymous| {
        let body = format!("grant_type=authorization_code&code={DEMO_CODE}&client_id=app");
        let granted = anonymous.post("/oauth/token", (FORM, &body));
        assert_eq!(granted.status, 200, "{}", granted.body);
        assert_eq!(granted.header("cache-control"), Some("no-store"));
        let grant = granted.json();
        assert_eq!(grant["token_type"], "Bearer");
        assert!(grant["created_at"].is_u64());
        let token = grant["access_token"].as_str().expect("a token");
        assert_ne!(token, DEMO_TOKEN);

        let me = anonymous
            .with_token(token)
            .get("/api/v1/accounts/verify_credentials");
        assert_eq!(me.status, 200, "{}", me.body);
        assert_eq!(me.json()["acct"], "demo");
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_error_reference_is_served() {
    with_server(300, |anonymous| {
        let page = anonymous.get("/errors");
        assert_eq!(page.status, 200);
        assert_eq!(
            page.header("content-type"),
            Some("text/html; charset=utf-8")
        );
        assert_eq!(page.body, apifault::docs::html::<MastodonError>());

        let page = anonymous.get("/errors.md");
        assert_eq!(page.status, 200);
        let markdown = Some("text/markdown; charset=utf-8");
        assert_eq!(page.header("content-type"), markdown);
        assert_eq!(page.body, apifault::docs::markdown::<MastodonError>());

        let page = anonymous.get("/openapi.json");
        assert_eq!(page.status, 200);
        assert_eq!(page.header("content-type"), Some("application/json"));
        assert_eq!(page.body, apifault::docs::openapi::<MastodonError>());
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_exhausted_rate_limit_answers_429() {
    const LIMIT: u32 = 3;
    with_server(LIMIT, |anonymous| {
        let path = "/api/v1/statuses/1";
        let limited = exhaust(LIMIT, || anonymous.get(path));
        check_error(&limited, 429, r#"{"error":"Too many requests"}"#);
        assert_eq!(limited.header("x-ratelimit-limit"), Some("3"));
        assert_eq!(limited.header("x-ratelimit-remaining"), Some("0"));
        let reset = limited.header("x-ratelimit-reset").expect("a reset");
        let reset = assert_timestamp(reset, 6);
        let now = SystemTime::now();
        assert!(reset > now, "the reset {reset:?} is past");
        assert!(
            reset <= now + PERIOD,
            "the reset {reset:?} is beyond the period"
        );
        assert!(
            limited.header("retry-after").is_none(),
            "Mastodon sends no Retry-After"
        );

        // The IP's limit is not the token's.
        let with_token = anonymous.with_token(DEMO_TOKEN).get(path);
        assert_eq!(with_token.status, 200);
        assert_eq!(with_token.header("x-ratelimit-remaining"), Some("2"));
    })
    .await;
}

#[test]
fn timestamps_are_iso_8601_in_utc() {
    let at = |seconds: u64, micros: u32| UNIX_EPOCH + Duration::new(seconds, micros * 1000);
    assert_eq!(server::iso8601(at(0, 0), 3), "1970-01-01T00:00:00.000Z");
    assert_eq!(
        server::iso8601(at(951_868_799, 1), 6),
        "2000-02-29T23:59:59.000001Z"
    );
    let reset = server::iso8601(at(1_785_596_400, 995_351), 6);
    assert_eq!(reset, "2026-08-01T15:00:00.995351Z");
    assert_eq!(parse_timestamp(&reset, 6), Some(at(1_785_596_400, 995_351)));
    // Every day to 2100, leap years and century rules included, agrees
    // with the test's own calendar.
    for day in 0..47_482 {
        let time = at(day * 86_400 + 45_296, 7);
        assert_eq!(parse_timestamp(&server::iso8601(time, 6), 6), Some(time));
    }
}

// ---------------------------------------------------------------------------
// Server

/// Serves the example on 127.0.0.1 with an ephemeral port and a rate limit
/// of `rate_limit` requests per [`PERIOD`], runs the blocking `checks`
/// with a client of it that has no token, then shuts it down gracefully.
async fn with_server(rate_limit: u32, checks: impl FnOnce(Client) + Send + 'static) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let config = Config {
        rate_limit: NonZeroU32::new(rate_limit).unwrap(),
        rate_period: PERIOD,
        ..Config::new(address.to_string())
    };
    let service = server::app(config).into_make_service_with_connect_info::<SocketAddr>();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let running = tokio::spawn(async move {
        axum::serve(listener, service)
            .with_graceful_shutdown(async {
                let _ = stopped.await;
            })
            .await
    });

    let base = format!("http://{address}");
    // The client blocks, so it runs off the runtime the server answers on.
    let client = Client { base, token: None };
    let checked = tokio::task::spawn_blocking(move || checks(client)).await;

    stop.send(()).unwrap();
    running.await.unwrap().unwrap();
    if let Err(panic) = checked {
        std::panic::resume_unwind(panic.into_panic());
    }
}

/// Makes `limit + 1` requests with `request` and returns the last, which
/// finds the limit exhausted, unless a window ended on the way (the resets
/// name different seconds): then it tries once more, in a window that has
/// just begun.
fn exhaust(limit: u32, request: impl Fn() -> Reply) -> Reply {
    for _ in 0..2 {
        let replies: Vec<Reply> = (0..=limit).map(|_| request()).collect();
        // The window's end, in whole seconds: the reset adds the fraction of
        // each request's second, as Mastodon's does.
        let reset = |reply: &Reply| {
            reply
                .header("x-ratelimit-reset")
                .map(|reset| reset[..19].to_owned())
        };
        if replies
            .iter()
            .any(|reply| reset(reply) != reset(&replies[0]))
        {
            continue;
        }
        for (reply, remaining) in replies.iter().zip((0..limit).rev()) {
            assert_eq!(reply.status, 200, "{}", reply.body);
            assert_eq!(
                reply.header("x-ratelimit-remaining"),
                Some(&*remaining.to_string())
            );
        }
        return replies.into_iter().last().unwrap();
    }
    panic!("two rate limit windows ended during the test")
}

// ---------------------------------------------------------------------------
// Client

/// One response as read by the client.
struct Reply {
    status: u16,
    headers: Vec<(String, String)>,
    body: String,
}

impl Reply {
    /// The header `name`, which must appear at most once.
    fn header(&self, name: &str) -> Option<&str> {
        let mut values = self
            .headers
            .iter()
            .filter(|(key, _)| key.eq_ignore_ascii_case(name));
        let value = values.next().map(|(_, value)| value.as_str());
        assert!(values.next().is_none(), "the header `{name}` appears twice");
        value
    }

    fn read(mut response: ureq::http::Response<ureq::Body>) -> Reply {
        let headers = response
            .headers()
            .iter()
            .map(|(name, value)| {
                let value = value.to_str().expect("a header value is ASCII");
                (name.as_str().to_owned(), value.to_owned())
            })
            .collect();
        let body = response.body_mut().read_to_string();
        Reply {
            status: response.status().as_u16(),
            headers,
            body: body.expect("the body is UTF-8"),
        }
    }

    fn json(&self) -> Value {
        serde_json::from_str(&self.body).expect("the body is JSON")
    }
}

/// A client of one test server, sending a bearer token or not.
#[derive(Clone)]
struct Client {
    base: String,
    token: Option<String>,
}

impl Client {
    fn with_token(&self, token: &str) -> Client {
        let token = Some(token.to_owned());
        Client {
            token,
            ..self.clone()
        }
    }

    fn get(&self, path: &str) -> Reply {
        self.send("GET", path, None)
    }

    /// POSTs the `(content type, text)` body.
    fn post(&self, path: &str, body: (&str, &str)) -> Reply {
        self.send("POST", path, Some(body))
    }

    /// Sends `method` to `path` with a real HTTP client, and reads the
    /// response, whatever its status.
    fn send(&self, method: &str, path: &str, body: Option<(&str, &str)>) -> Reply {
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .proxy(None)
            .max_redirects(0)
            .timeout_global(Some(Duration::from_secs(10)))
            .build()
            .into();
        let url = format!("{}{path}", self.base);
        let mut request = Request::builder().method(method).uri(url);
        if let Some(token) = &self.token {
            request = request.header("authorization", format!("Bearer {token}"));
        }
        if let Some((content_type, _)) = body {
            request = request.header("content-type", content_type);
        }
        let text = body.map_or("", |(_, text)| text).to_owned();
        let response = agent
            .run(request.body(text).unwrap())
            .unwrap_or_else(|error| panic!("{method} {path}: {error}"));
        Reply::read(response)
    }
}

/// Checks an error as Mastodon's clients read it: status, JSON type, body.
fn check_error(reply: &Reply, status: u16, body: &str) {
    assert_eq!(reply.status, status, "{}", reply.body);
    assert_eq!(reply.header("content-type"), Some(ERROR_CONTENT_TYPE));
    assert_eq!(reply.body, body);
}

/// Checks that an API response carries the rate limit's three headers.
fn assert_rate_limited(reply: &Reply) {
    for name in ["x-ratelimit-limit", "x-ratelimit-remaining"] {
        let value = reply.header(name).unwrap_or_else(|| panic!("no `{name}`"));
        value
            .parse::<u32>()
            .unwrap_or_else(|_| panic!("`{name}: {value}`"));
    }
    assert_timestamp(reply.header("x-ratelimit-reset").expect("a reset"), 6);
}

/// Checks that `text` is an ISO 8601 UTC timestamp with `digits` digits of
/// fraction, and returns its time.
fn assert_timestamp(text: &str, digits: usize) -> SystemTime {
    parse_timestamp(text, digits)
        .unwrap_or_else(|| panic!("`{text}` is not ISO 8601 with {digits} digits of fraction"))
}

/// Parses `YYYY-MM-DDTHH:MM:SS.f…Z` with exactly `digits` digits of
/// fraction, independently of the server's formatter.
fn parse_timestamp(text: &str, digits: usize) -> Option<SystemTime> {
    let text = text.strip_suffix('Z')?;
    let (date, time) = text.split_once('T')?;
    let (clock, fraction) = time.split_once('.')?;
    let date: Vec<u64> = numbers(date, '-', &[4, 2, 2])?;
    let clock: Vec<u64> = numbers(clock, ':', &[2, 2, 2])?;
    let nanos = numbers(fraction, '.', &[digits])?[0] * 10u64.pow(9 - digits as u32);
    let (year, month, day) = (date[0], date[1], date[2]);
    let valid = (1..=12).contains(&month) && (1..=31).contains(&day);
    let valid = valid && clock[0] < 24 && clock[1] < 60 && clock[2] < 60;
    let seconds =
        days_from_civil(year, month, day) * 86_400 + clock[0] * 3600 + clock[1] * 60 + clock[2];
    valid.then(|| UNIX_EPOCH + Duration::new(seconds, nanos as u32))
}

/// The fields of `text` split at `separator`, each all digits and of the
/// given width.
fn numbers(text: &str, separator: char, widths: &[usize]) -> Option<Vec<u64>> {
    let fields: Vec<&str> = text.split(separator).collect();
    let shaped = fields.len() == widths.len()
        && fields.iter().zip(widths).all(|(field, width)| {
            field.len() == *width && field.bytes().all(|byte| byte.is_ascii_digit())
        });
    shaped.then(|| fields.iter().map(|field| field.parse().unwrap()).collect())
}

/// Days from 1970-01-01 to a Gregorian date from 1970 on.
fn days_from_civil(year: u64, month: u64, day: u64) -> u64 {
    let leap = |year: u64| year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let years: u64 = (1970..year).map(|y| if leap(y) { 366 } else { 365 }).sum();
    let month_days = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    let months: u64 = month_days[..month as usize - 1].iter().sum();
    let leap_day = u64::from(month > 2 && leap(year));
    years + months + leap_day + day - 1
}
