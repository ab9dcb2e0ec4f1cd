//! A small Mastodon-compatible API server whose every error is a
//! [`MastodonError`], answered by axum as the status and JSON body a real
//! Mastodon server sends, with Mastodon's rate limit headers.
//!
//! Run it with `cargo run --example mastodon` (`PORT` sets the port, 3000 by
//! default; `RATE_LIMIT` the requests each token, or each IP without one,
//! may make in 5 minutes, 300 by default), then try it with curl:
//!
//! ```sh
//! curl -i 127.0.0.1:3000/api/v1/instance
//! curl -i 127.0.0.1:3000/api/v1/statuses/1
//! curl -i 127.0.0.1:3000/api/v1/statuses/999                 # 404
//! curl -i -d status=Hello 127.0.0.1:3000/api/v1/statuses     # 401
//! curl -i -H 'Authorization: Bearer demo-token' -d status= \
//!      127.0.0.1:3000/api/v1/statuses                        # 422
//! curl -i -H 'Authorization: Bearer demo-token' -d status=Hello \
//!      127.0.0.1:3000/api/v1/statuses
//! curl -i -d grant_type=authorization_code -d code=demo-code \
//!      127.0.0.1:3000/oauth/token                            # a new token
//! curl -i -d grant_type=authorization_code -d code=wrong \
//!      127.0.0.1:3000/oauth/token                            # 400 invalid_grant
//! curl 127.0.0.1:3000/errors                                 # every error, as HTML
//! curl 127.0.0.1:3000/errors.md                              # ... as Markdown
//! curl 127.0.0.1:3000/openapi.json                           # ... as OpenAPI
//! ```
//!
//! Started with `RATE_LIMIT=3`, the fourth request to `/api/v1/...` within
//! the same 5 minutes answers 429.

use std::collections::hash_map::RandomState;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::convert::Infallible;
use std::hash::BuildHasher;
use std::net::{IpAddr, SocketAddr};
use std::num::NonZeroU32;
use std::str::FromStr;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use apifault::mastodon::MastodonError;
use axum::extract::rejection::PathRejection;
use axum::extract::{
    ConnectInfo, FromRequest, FromRequestParts, OptionalFromRequestParts, Path, Query, Request,
    State,
};
use axum::http::header::{AUTHORIZATION, CACHE_CONTROL, CONTENT_TYPE};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderName, HeaderValue};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, IntoResponseParts, Response, ResponseParts};
use axum::routing::{get, post};
use axum::{Form, Json, Router};
use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::{json, Value};

/// The access token that exists from start-up, so curl can post right away.
pub const DEMO_TOKEN: &str = "demo-token";

/// The authorization code `/oauth/token` exchanges for a new token. A real
/// server issues single-use codes; this one stays valid so a demo can repeat.
pub const DEMO_CODE: &str = "demo-code";

/// Mastodon's limit on a status's length, text and content warning together.
const MAX_CHARACTERS: usize = 500;

/// Mastodon's limit: 300 requests per 5 minutes.
const DEFAULT_RATE_LIMIT: NonZeroU32 = match NonZeroU32::new(300) {
    Some(limit) => limit,
    None => unreachable!(),
};
const DEFAULT_RATE_PERIOD: Duration = Duration::from_secs(5 * 60);

/// How the server presents itself and how hard it limits clients.
#[derive(Debug, Clone)]
pub struct Config {
    /// The `host:port` clients reach the server at, used in `uri`s and links.
    pub domain: String,
    /// The requests a token, or an IP without one, may make per period.
    pub rate_limit: NonZeroU32,
    /// The rate limit's period, in whole seconds: windows are aligned on
    /// multiples of it since the Unix epoch, as Mastodon's are.
    pub rate_period: Duration,
}

impl Config {
    /// The server at `domain`, limited as Mastodon limits.
    pub fn new(domain: impl Into<String>) -> Self {
        Config {
            domain: domain.into(),
            rate_limit: DEFAULT_RATE_LIMIT,
            rate_period: DEFAULT_RATE_PERIOD,
        }
    }
}

/// The router of the whole API, ready to be served. Serve it with
/// `into_make_service_with_connect_info::<SocketAddr>()`: without the
/// client's address, every client without a token shares one rate limit.
pub fn app(config: Config) -> Router {
    let state = AppState::new(config);
    Router::new()
        .route("/api/v1/instance", get(instance))
        .route("/api/v1/statuses", post(create_status))
        .route("/api/v1/statuses/{id}", get(show_status))
        .route(
            "/api/v1/accounts/verify_credentials",
            get(verify_credentials),
        )
        .route("/oauth/token", post(oauth_token))
        .route("/errors", get(error_page))
        .route("/errors.md", get(error_markdown))
        .route("/openapi.json", get(openapi))
        // Rails answers an unknown path, or a known one with the wrong
        // method, with a 404; axum's defaults would send empty bodies.
        .fallback(not_found)
        .method_not_allowed_fallback(not_found)
        // A layer, not a route layer, so that the 404s of unknown API paths
        // count and carry the headers too.
        .layer(middleware::from_fn_with_state(state.clone(), rate_limit))
        .layer(middleware::from_fn(log))
        .with_state(state)
}

#[tokio::main]
async fn main() {
    if let Err(message) = run().await {
        eprintln!("mastodon: {message}");
        std::process::exit(1);
    }
}

async fn run() -> Result<(), String> {
    let port: u16 = env_or("PORT", 3000)?;
    let rate_limit = env_or("RATE_LIMIT", DEFAULT_RATE_LIMIT)?;
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", port))
        .await
        .map_err(|error| format!("cannot listen on 127.0.0.1:{port}: {error}"))?;
    // With PORT=0 the system picks the port: links must name the real one.
    let address = listener.local_addr().map_err(|error| error.to_string())?;
    let config = Config {
        rate_limit,
        ..Config::new(address.to_string())
    };
    print_banner(&config);
    let service = app(config).into_make_service_with_connect_info::<SocketAddr>();
    axum::serve(listener, service)
        .with_graceful_shutdown(ctrl_c())
        .await
        .map_err(|error| error.to_string())
}

/// The environment variable `name` parsed, or `default` when it is unset; a
/// value that does not parse is an error rather than silently the default.
fn env_or<T: FromStr>(name: &str, default: T) -> Result<T, String>
where
    T::Err: std::fmt::Display,
{
    match std::env::var(name) {
        Err(std::env::VarError::NotPresent) => Ok(default),
        Err(error) => Err(format!("invalid {name}: {error}")),
        Ok(value) => value
            .parse()
            .map_err(|error| format!("invalid {name} {value:?}: {error}")),
    }
}

fn print_banner(config: &Config) {
    let base = format!("http://{}", config.domain);
    eprintln!("Mastodon-compatible API on {base} (Ctrl-C stops it)");
    eprintln!("  demo access token: {DEMO_TOKEN}");
    eprintln!("  demo OAuth code:   {DEMO_CODE}");
    eprintln!(
        "  rate limit:        {} requests per {}s per token, or per IP without one",
        config.rate_limit,
        config.rate_period.as_secs()
    );
    eprintln!("  error reference:   {base}/errors");
    eprintln!("  try:");
    eprintln!("    curl -H 'Authorization: Bearer {DEMO_TOKEN}' -d status=Hello \\");
    eprintln!("         {base}/api/v1/statuses");
}

/// Resolves on Ctrl-C. If the handler cannot be installed it never resolves:
/// shutting down at once would be worse than having to kill the server.
async fn ctrl_c() {
    if tokio::signal::ctrl_c().await.is_err() {
        std::future::pending::<()>().await;
    }
}

// ---------------------------------------------------------------------------
// State

/// What every handler shares: cheap to clone, one allocation behind it.
#[derive(Clone)]
struct AppState(Arc<Shared>);

struct Shared {
    config: Config,
    store: Mutex<Store>,
    limiter: Mutex<Limiter>,
}

impl AppState {
    fn new(config: Config) -> Self {
        let limiter = Limiter::new(config.rate_limit, config.rate_period);
        AppState(Arc::new(Shared {
            config,
            store: Mutex::new(Store::seeded()),
            limiter: Mutex::new(limiter),
        }))
    }

    fn domain(&self) -> &str {
        &self.0.config.domain
    }

    // No lock is held across an await or while taking the other one, and a
    // panic cannot leave either half-updated, so a poisoned lock is usable.
    fn store(&self) -> MutexGuard<'_, Store> {
        self.0.store.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn limiter(&self) -> MutexGuard<'_, Limiter> {
        self.0
            .limiter
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }
}

/// The in-memory data: one account, its statuses and its access tokens.
struct Store {
    statuses: BTreeMap<u64, Status>,
    next_id: u64,
    tokens: HashSet<String>,
    /// Keys the token generator; see [`Store::issue_token`].
    token_keys: RandomState,
}

struct Status {
    id: u64,
    text: String,
    spoiler_text: String,
    created_at: SystemTime,
}

impl Store {
    /// A store with the demo token and one status, so a first GET finds one.
    fn seeded() -> Self {
        let mut store = Store {
            statuses: BTreeMap::new(),
            next_id: 1,
            tokens: HashSet::from([DEMO_TOKEN.to_owned()]),
            token_keys: RandomState::new(),
        };
        store.post("Hello from apifault!".to_owned(), String::new());
        store
    }

    /// Stores a new status and returns its id.
    fn post(&mut self, text: String, spoiler_text: String) -> u64 {
        let id = self.next_id;
        self.next_id += 1;
        let status = Status {
            id,
            text,
            spoiler_text,
            created_at: SystemTime::now(),
        };
        self.statuses.insert(id, status);
        id
    }

    /// A new token of 128 bits. std's randomly keyed SipHash of a counter
    /// keeps the example free of a random number crate; a real server
    /// draws tokens from a cryptographic generator.
    fn issue_token(&mut self) -> String {
        let count = self.tokens.len() as u64;
        let high = self.token_keys.hash_one((count, 0u8));
        let low = self.token_keys.hash_one((count, 1u8));
        let token = format!("{high:016x}{low:016x}");
        self.tokens.insert(token.clone());
        token
    }
}

// ---------------------------------------------------------------------------
// Extractors

/// Proof that the request carries a known bearer token. The demo has one
/// account, so the token's owner needs no further name.
struct User;

impl FromRequestParts<AppState> for User {
    type Rejection = MastodonError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        <User as OptionalFromRequestParts<AppState>>::from_request_parts(parts, state)
            .await?
            .ok_or(MastodonError::Unauthorized)
    }
}

/// `Option<User>`: no token is no user, but an unknown token is refused
/// even on public routes, as Mastodon refuses it.
impl OptionalFromRequestParts<AppState> for User {
    type Rejection = MastodonError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Option<Self>, Self::Rejection> {
        match bearer_token(&parts.headers) {
            None => Ok(None),
            Some(token) if state.store().tokens.contains(token) => Ok(Some(User)),
            Some(_) => Err(MastodonError::Unauthorized),
        }
    }
}

fn bearer_token(headers: &HeaderMap) -> Option<&str> {
    let value = headers.get(AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.split_once(' ')?;
    scheme.eq_ignore_ascii_case("bearer").then(|| token.trim())
}

/// Request parameters, from a JSON or form body as clients send them, or
/// else from the query string, which Rails also reads for a POST.
struct Params<T>(T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for Params<T> {
    type Rejection = MastodonError;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        let parsed = match media_type(request.headers()).as_deref() {
            Some("application/json") => Json::from_request(request, state)
                .await
                .map(|Json(params)| params)
                .ok(),
            Some("application/x-www-form-urlencoded") => Form::from_request(request, state)
                .await
                .map(|Form(params)| params)
                .ok(),
            _ => Query::try_from_uri(request.uri())
                .map(|Query(params)| params)
                .ok(),
        };
        // Rails's text for a body it cannot parse; the parser's own message
        // would describe this server's types to the client.
        parsed.map(Params).ok_or_else(|| {
            MastodonError::ParameterMissing(
                "Error occurred while parsing request parameters".into(),
            )
        })
    }
}

fn media_type(headers: &HeaderMap) -> Option<String> {
    let value = headers.get(CONTENT_TYPE)?.to_str().ok()?;
    let essence = value.split(';').next()?.trim();
    Some(essence.to_ascii_lowercase())
}

// ---------------------------------------------------------------------------
// Handlers

async fn instance(State(state): State<AppState>) -> Json<Value> {
    let status_count = state.store().statuses.len();
    let domain = state.domain();
    Json(json!({
        "uri": domain,
        "title": "apifault demo",
        "short_description": "A Mastodon-compatible demo of apifault's MastodonError.",
        "description": "Every error this server sends is an apifault::mastodon::MastodonError.",
        "email": "admin@example.invalid",
        "version": "4.3.0-compatible (apifault demo)",
        // Clients read it only to stream, which this server does not offer.
        "urls": { "streaming_api": format!("ws://{domain}") },
        "stats": { "user_count": 1, "status_count": status_count, "domain_count": 0 },
        "thumbnail": null,
        "languages": ["en"],
        "registrations": false,
        "approval_required": false,
        "invites_enabled": false,
        "configuration": {
            "statuses": {
                "max_characters": MAX_CHARACTERS,
                "max_media_attachments": 0,
                "characters_reserved_per_url": 23
            }
        },
        "contact_account": null,
        "rules": []
    }))
}

async fn show_status(
    State(state): State<AppState>,
    // Unused, but extracting it refuses an unknown token.
    _viewer: Option<User>,
    id: Result<Path<u64>, PathRejection>,
) -> Result<Json<Value>, MastodonError> {
    // An id that is not a number names no record, as in Mastodon.
    let Path(id) = id.map_err(|_| MastodonError::NotFound)?;
    let store = state.store();
    let status = store.statuses.get(&id).ok_or(MastodonError::NotFound)?;
    Ok(Json(status_json(status, &store, state.domain())))
}

/// The parameters of `POST /api/v1/statuses` this server knows; others,
/// such as `media_ids` or `visibility`, are ignored.
#[derive(Deserialize)]
struct NewStatus {
    status: Option<String>,
    spoiler_text: Option<String>,
}

async fn create_status(
    State(state): State<AppState>,
    _user: User,
    Params(new): Params<NewStatus>,
) -> Result<Json<Value>, MastodonError> {
    let text = new.status.unwrap_or_default();
    let spoiler_text = new.spoiler_text.unwrap_or_default();
    validate(&text, &spoiler_text)?;
    let mut store = state.store();
    let id = store.post(text, spoiler_text);
    Ok(Json(status_json(
        &store.statuses[&id],
        &store,
        state.domain(),
    )))
}

/// Mastodon's validations of a status without media, with its texts.
fn validate(text: &str, spoiler_text: &str) -> Result<(), MastodonError> {
    let failed =
        |errors: String| MastodonError::ValidationFailed(format!("Validation failed: {errors}"));
    if text.trim().is_empty() {
        return Err(failed("Text can't be blank".into()));
    }
    if text.chars().count() + spoiler_text.chars().count() > MAX_CHARACTERS {
        return Err(failed(format!(
            "Text character limit of {MAX_CHARACTERS} exceeded"
        )));
    }
    Ok(())
}

async fn verify_credentials(State(state): State<AppState>, _user: User) -> Json<Value> {
    let mut account = account_json(&state.store(), state.domain());
    account["source"] = json!({
        "privacy": "public",
        "sensitive": false,
        "language": "en",
        "note": "",
        "fields": [],
        "follow_requests_count": 0
    });
    Json(account)
}

/// The parameters of `POST /oauth/token` this server checks. Clients also
/// send `client_id`, `client_secret` and `redirect_uri`; with one implicit
/// app, the code alone decides.
#[derive(Deserialize)]
struct TokenRequest {
    grant_type: Option<String>,
    code: Option<String>,
}

async fn oauth_token(
    State(state): State<AppState>,
    Params(request): Params<TokenRequest>,
) -> Result<impl IntoResponse, MastodonError> {
    // The catalogue has one OAuth error: an unsupported grant type or a
    // missing code, which Doorkeeper names otherwise, are invalid grants too.
    if request.grant_type.as_deref() != Some("authorization_code")
        || request.code.as_deref() != Some(DEMO_CODE)
    {
        return Err(MastodonError::InvalidGrant);
    }
    let token = state.store().issue_token();
    let body = json!({
        "access_token": token,
        "token_type": "Bearer",
        "scope": "read write",
        "created_at": unix_seconds(SystemTime::now())
    });
    // RFC 6749 forbids caching a response that holds a token.
    Ok(([(CACHE_CONTROL, "no-store")], Json(body)))
}

/// Every error the server can send, as one HTML page with an anchor per
/// code (`/errors#not_found`).
async fn error_page() -> impl IntoResponse {
    axum::response::Html(apifault::docs::html::<MastodonError>())
}

/// The same reference as Markdown.
async fn error_markdown() -> impl IntoResponse {
    (
        [(CONTENT_TYPE, "text/markdown; charset=utf-8")],
        apifault::docs::markdown::<MastodonError>(),
    )
}

/// The OpenAPI 3.1 responses of every error, for API tooling.
async fn openapi() -> impl IntoResponse {
    (
        [(CONTENT_TYPE, "application/json")],
        apifault::docs::openapi::<MastodonError>(),
    )
}

async fn not_found() -> MastodonError {
    MastodonError::NotFound
}

// ---------------------------------------------------------------------------
// Entities, shaped like Mastodon's

fn account_json(store: &Store, domain: &str) -> Value {
    let missing = format!("http://{domain}/avatars/original/missing.png");
    let last_status_at = store
        .statuses
        .values()
        .next_back()
        .map(|status| iso8601(status.created_at, 0)[..10].to_owned());
    json!({
        "id": "1",
        "username": "demo",
        "acct": "demo",
        "display_name": "Demo",
        "locked": false,
        "bot": false,
        "discoverable": true,
        "group": false,
        "created_at": "2016-03-16T00:00:00.000Z",
        "note": "<p>The account behind the demo token.</p>",
        "url": format!("http://{domain}/@demo"),
        "uri": format!("http://{domain}/users/demo"),
        "avatar": missing,
        "avatar_static": missing,
        "header": missing,
        "header_static": missing,
        "followers_count": 0,
        "following_count": 0,
        "statuses_count": store.statuses.len(),
        "last_status_at": last_status_at,
        "emojis": [],
        "fields": []
    })
}

fn status_json(status: &Status, store: &Store, domain: &str) -> Value {
    let id = status.id.to_string();
    json!({
        "id": id,
        "created_at": iso8601(status.created_at, 3),
        "in_reply_to_id": null,
        "in_reply_to_account_id": null,
        "sensitive": !status.spoiler_text.is_empty(),
        "spoiler_text": status.spoiler_text,
        "visibility": "public",
        "language": "en",
        "uri": format!("http://{domain}/users/demo/statuses/{id}"),
        "url": format!("http://{domain}/@demo/{id}"),
        "replies_count": 0,
        "reblogs_count": 0,
        "favourites_count": 0,
        "content": to_html(&status.text),
        "reblog": null,
        "application": { "name": "apifault demo", "website": null },
        "account": account_json(store, domain),
        "media_attachments": [],
        "mentions": [],
        "tags": [],
        "emojis": [],
        "card": null,
        "poll": null
    })
}

/// Plain text as Mastodon renders it: escaped, a paragraph per blank-line
/// separated block, a `<br />` per line break. (Mastodon also links URLs,
/// mentions and hashtags.)
fn to_html(text: &str) -> String {
    let text = text.replace("\r\n", "\n");
    text.split("\n\n")
        .filter(|paragraph| !paragraph.trim().is_empty())
        .map(|paragraph| {
            format!(
                "<p>{}</p>",
                escape_html(paragraph.trim()).replace('\n', "<br />")
            )
        })
        .collect()
}

fn escape_html(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            _ => escaped.push(c),
        }
    }
    escaped
}

// ---------------------------------------------------------------------------
// Middleware

/// One line per request on stderr: method, path, status and the time to
/// the response's head. The query is left out: it may hold parameters.
async fn log(request: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = request.method().clone();
    let path = request.uri().path().to_owned();
    let response = next.run(request).await;
    let status = response.status().as_u16();
    eprintln!("{method} {path} {status} {:.1?}", started.elapsed());
    response
}

/// Counts the request against its client's limit, as Mastodon's Rack::Attack
/// does: an exhausted limit answers 429 before any handler runs, and every
/// answer, the 429 too, carries the limit's headers.
async fn rate_limit(State(state): State<AppState>, request: Request, next: Next) -> Response {
    // Mastodon limits only its REST API, not OAuth or web pages.
    if !request.uri().path().starts_with("/api/") {
        return next.run(request).await;
    }
    let client = client(&state, &request);
    let quota = state.limiter().hit(client, SystemTime::now());
    if quota.exhausted {
        // Mastodon sends no Retry-After: clients read X-RateLimit-Reset.
        return (quota, MastodonError::too_many_requests()).into_response();
    }
    (quota, next.run(request).await).into_response()
}

/// Whom a request counts against: its token when the token is known,
/// otherwise its IP, so made-up tokens cannot dodge the IP's limit.
#[derive(PartialEq, Eq, Hash)]
enum Client {
    Token(String),
    Ip(IpAddr),
    /// The router was served without the client's address.
    Unknown,
}

fn client(state: &AppState, request: &Request) -> Client {
    if let Some(token) = bearer_token(request.headers()) {
        if state.store().tokens.contains(token) {
            return Client::Token(token.to_owned());
        }
    }
    match request.extensions().get::<ConnectInfo<SocketAddr>>() {
        Some(ConnectInfo(address)) => Client::Ip(address.ip()),
        None => Client::Unknown,
    }
}

/// Fixed windows aligned on the Unix epoch, Rack::Attack's scheme: every
/// client's window ends at the same instant, so one window number serves
/// them all and the counts are dropped together when it changes.
struct Limiter {
    limit: NonZeroU32,
    period_secs: u64,
    window: u64,
    counts: HashMap<Client, u32>,
}

/// One request's standing against its limit; also the three headers.
struct Quota {
    limit: u32,
    remaining: u32,
    reset: SystemTime,
    exhausted: bool,
}

impl Limiter {
    fn new(limit: NonZeroU32, period: Duration) -> Self {
        Limiter {
            limit,
            period_secs: period.as_secs().max(1),
            window: 0,
            counts: HashMap::new(),
        }
    }

    fn hit(&mut self, client: Client, now: SystemTime) -> Quota {
        let elapsed = now.duration_since(UNIX_EPOCH).unwrap_or_default();
        let window = elapsed.as_secs() / self.period_secs;
        if window != self.window {
            self.window = window;
            self.counts.clear();
        }
        let count = self.counts.entry(client).or_insert(0);
        *count = count.saturating_add(1);
        let limit = self.limit.get();
        // Mastodon's formula: now plus what is left of the window in whole
        // seconds, hence a reset that keeps the request's fraction of second.
        let left = self.period_secs - elapsed.as_secs() % self.period_secs;
        Quota {
            limit,
            remaining: limit.saturating_sub(*count),
            reset: now + Duration::from_secs(left),
            exhausted: *count > limit,
        }
    }
}

const RATE_LIMIT_LIMIT: HeaderName = HeaderName::from_static("x-ratelimit-limit");
const RATE_LIMIT_REMAINING: HeaderName = HeaderName::from_static("x-ratelimit-remaining");
const RATE_LIMIT_RESET: HeaderName = HeaderName::from_static("x-ratelimit-reset");

impl IntoResponseParts for Quota {
    type Error = Infallible;

    fn into_response_parts(self, mut response: ResponseParts) -> Result<ResponseParts, Infallible> {
        let reset = HeaderValue::from_str(&iso8601(self.reset, 6))
            .expect("a timestamp is a valid header value");
        let headers = response.headers_mut();
        headers.insert(RATE_LIMIT_LIMIT, self.limit.into());
        headers.insert(RATE_LIMIT_REMAINING, self.remaining.into());
        headers.insert(RATE_LIMIT_RESET, reset);
        Ok(response)
    }
}

// ---------------------------------------------------------------------------
// Time, by hand, to keep the example free of date crates

fn unix_seconds(time: SystemTime) -> u64 {
    time.duration_since(UNIX_EPOCH)
        .unwrap_or_default()
        .as_secs()
}

/// `time` in UTC as ISO 8601 with `digits` (at most 9) digits of fraction,
/// the way Mastodon sends it: 3 in entities, 6 in rate limit headers.
pub fn iso8601(time: SystemTime, digits: usize) -> String {
    let elapsed = time.duration_since(UNIX_EPOCH).unwrap_or_default();
    let seconds = elapsed.as_secs();
    let (year, month, day) = civil_from_days(seconds / 86_400);
    let second_of_day = seconds % 86_400;
    let (hour, minute, second) = (
        second_of_day / 3600,
        second_of_day / 60 % 60,
        second_of_day % 60,
    );
    let nanos = format!("{:09}", elapsed.subsec_nanos());
    let fraction = match digits.min(9) {
        0 => String::new(),
        digits => format!(".{}", &nanos[..digits]),
    };
    format!("{year:04}-{month:02}-{day:02}T{hour:02}:{minute:02}:{second:02}{fraction}Z")
}

/// The Gregorian date of a count of days since 1970-01-01: Howard Hinnant's
/// `civil_from_days`, on eras of 400 years, for dates from 1970 on.
fn civil_from_days(days: u64) -> (u64, u64, u64) {
    let days = days + 719_468; // from 0000-03-01, so leap days end a year
    let era = days / 146_097;
    let day_of_era = days % 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_from_march = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_from_march + 2) / 5 + 1;
    let month = if month_from_march < 10 {
        month_from_march + 3
    } else {
        month_from_march - 9
    };
    let year = era * 400 + year_of_era + u64::from(month <= 2);
    (year, month, day)
}
