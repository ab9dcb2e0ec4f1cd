//! Masking: a masked variant tells clients only its status's reason phrase,
//! in its body and in the catalogue, and with the `tracing` feature an
//! adapter that sends it logs what the client was not told.

use std::error::Error;
use std::fmt;
use std::sync::{Arc, Mutex};

use apifault::ApiError;

const SECRET: &str = "password=hunter2";

/// The default rule, with `#[masked]` and `#[public]` beside it.
#[derive(Debug, ApiError)]
#[allow(dead_code)] // a masked variant's fields are never sent: only `Debug` reads them
enum Shop {
    /// A server error without a message: masked, always.
    #[status(500)]
    Database(String),
    /// A server error with a message: public by default.
    #[status(503)]
    #[message("Try again in {0} seconds")]
    Busy(u32),
    /// A client error that says too much for some deployments.
    #[status(404)]
    #[message("No item {0} in shop {1}")]
    #[description("The shop's stock holds {0}")]
    #[masked]
    Hidden(u32, String),
    /// Public stays public.
    #[status(422)]
    #[message("Invalid {0}")]
    #[public]
    Invalid(String),
}

#[test]
fn the_default_masks_only_server_errors_without_a_message() {
    let database = Shop::Database(SECRET.into());
    assert!(database.is_masked());
    assert_eq!(database.to_json(), r#"{"error":"Internal Server Error"}"#);

    let busy = Shop::Busy(30);
    assert!(!busy.is_masked());
    assert_eq!(busy.to_json(), r#"{"error":"Try again in 30 seconds"}"#);
    assert!(!Shop::Invalid("x".into()).is_masked());
}

#[test]
fn a_masked_client_error_sends_its_reason_phrase_and_nothing_else() {
    let hidden = Shop::Hidden(7, SECRET.into());
    assert!(hidden.is_masked());
    assert_eq!(hidden.status().as_u16(), 404);
    assert_eq!(hidden.to_json(), r#"{"error":"Not Found"}"#);
    assert_eq!(hidden.message(), "Not Found");
    assert_eq!(hidden.description(), None);
    assert_eq!(hidden.code(), "hidden");
}

#[test]
fn the_catalogue_shows_only_the_public_text() {
    let entry = &Shop::catalogue()[2];
    assert!(entry.masked);
    assert_eq!(entry.message, "Not Found");
    assert_eq!(entry.client_message, "Not Found");
    assert_eq!(entry.description, None);
    assert_eq!(entry.client_description, None);
    assert!(entry.placeholders.is_empty());
    assert_eq!(entry.example, r#"{"error":"Not Found"}"#);
    assert!(Shop::catalogue()[0].masked);
    assert!(!Shop::catalogue()[1].masked);

    let page = apifault::docs::markdown::<Shop>();
    assert!(!page.contains("No item"), "{page}");
    assert!(!page.contains("stock"), "{page}");
}

/// `mask = "5xx"`: every server error is masked, unless `#[public]`.
#[derive(Debug, ApiError)]
#[api_error(mask = "5xx")]
#[allow(dead_code)] // a masked variant's fields are never sent: only `Debug` reads them
enum Upstream {
    #[status(502)]
    #[message("Upstream {0} failed")]
    Failed(String),
    #[status(503)]
    #[message("Down for maintenance")]
    #[public]
    Maintenance,
    #[status(429)]
    #[message("Slow down")]
    Limited,
}

#[test]
fn a_class_mask_covers_its_class_only() {
    let failed = Upstream::Failed(SECRET.into());
    assert!(failed.is_masked());
    assert_eq!(failed.to_json(), r#"{"error":"Bad Gateway"}"#);
    assert_eq!(
        Upstream::Maintenance.to_json(),
        r#"{"error":"Down for maintenance"}"#
    );
    assert_eq!(Upstream::Limited.to_json(), r#"{"error":"Slow down"}"#);
}

#[derive(Debug, ApiError)]
#[api_error(mask = "4xx")]
#[allow(dead_code)] // a masked variant's fields are never sent: only `Debug` reads them
enum Quiet {
    #[status(409)]
    #[message("Conflict with order {0}")]
    Conflict(u32),
    #[status(500)]
    #[message("Storage failed")]
    Storage,
}

#[derive(Debug, ApiError)]
#[api_error(mask = "all")]
#[allow(dead_code)] // a masked variant's fields are never sent: only `Debug` reads them
enum Silent {
    #[status(400)]
    #[message("Bad {0}")]
    Bad(String),
    #[status(500)]
    #[message("Storage failed")]
    Storage,
}

#[derive(Debug, ApiError)]
#[api_error(mask = "none")]
enum Loud {
    #[status(500)]
    #[message("Storage failed")]
    Storage,
    #[status(500)]
    Unsaid,
}

#[test]
fn the_other_classes() {
    assert_eq!(Quiet::Conflict(1).to_json(), r#"{"error":"Conflict"}"#);
    assert_eq!(Quiet::Storage.to_json(), r#"{"error":"Storage failed"}"#);
    assert_eq!(
        Silent::Bad(SECRET.into()).to_json(),
        r#"{"error":"Bad Request"}"#
    );
    assert_eq!(
        Silent::Storage.to_json(),
        r#"{"error":"Internal Server Error"}"#
    );
    assert_eq!(Loud::Storage.to_json(), r#"{"error":"Storage failed"}"#);
    assert!(Loud::Unsaid.is_masked());
}

/// An error with a `Display` and a source, as thiserror would write it.
#[derive(Debug, ApiError)]
enum Backend {
    #[status(500)]
    Io(std::io::Error),
    #[status(403)]
    #[message("Forbidden for {0}")]
    #[masked]
    Denied(String),
}

impl fmt::Display for Backend {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Backend::Io(_) => f.write_str("the database failed"),
            Backend::Denied(who) => write!(f, "{who} may not do that"),
        }
    }
}

impl Error for Backend {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        match self {
            Backend::Io(error) => Some(error),
            Backend::Denied(_) => None,
        }
    }
}

fn io_secret() -> std::io::Error {
    std::io::Error::new(std::io::ErrorKind::Other, SECRET)
}

#[test]
fn the_internal_text_is_display_and_the_source_chain() {
    let error = Backend::Io(io_secret());
    assert_eq!(
        error.internal_text(),
        format!("the database failed: {SECRET}")
    );
    assert!(!error.to_json().contains(SECRET));
    assert_eq!(
        Backend::Denied("eve".into()).internal_text(),
        "eve may not do that"
    );
}

#[test]
fn without_display_the_internal_text_is_debug() {
    let error = Shop::Database(SECRET.into());
    assert_eq!(error.internal_text(), format!("Database({SECRET:?})"));
}

/// `#[api_error(display)]`: a masked variant's `Display` is its message.
#[derive(ApiError)]
#[api_error(display, mask = "5xx")]
enum Displayed {
    #[status(500)]
    #[message("cache {0} failed")]
    Cache(String),
}

/// Neither `Display` nor `Debug`: the code is all there is.
#[derive(ApiError)]
#[allow(dead_code)] // the field is never shown: that is the point
enum Opaque {
    #[status(500)]
    Broken(u8),
}

#[test]
fn the_other_internal_texts() {
    let cache = Displayed::Cache(SECRET.into());
    assert_eq!(cache.internal_text(), format!("cache {SECRET} failed"));
    assert_eq!(cache.to_string(), format!("cache {SECRET} failed"));
    assert_eq!(cache.to_json(), r#"{"error":"Internal Server Error"}"#);
    assert_eq!(Opaque::Broken(1).internal_text(), "broken");
}

/// A generic enum whose `Display` and `Debug` need a bound the impl does
/// not have: it compiles, and the text falls back to the code.
#[derive(Debug, ApiError)]
enum Wrapped<T> {
    #[status(500)]
    Inner(T),
}

impl<T: fmt::Display> fmt::Display for Wrapped<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Wrapped::Inner(inner) = self;
        write!(f, "wrapped {inner}")
    }
}

#[test]
fn a_generic_type_compiles_and_falls_back_to_what_its_bounds_allow() {
    assert_eq!(Wrapped::Inner(5u8).internal_text(), "inner");
    assert_eq!(Wrapped::Inner(5u8).to_string(), "wrapped 5");
}

/// An event as its fields, each a name and a value.
type Event = Vec<(String, String)>;

/// The events a test's subscriber saw.
#[derive(Clone, Default)]
struct Collected(Arc<Mutex<Vec<Event>>>);

impl Collected {
    fn events(&self) -> Vec<Event> {
        self.0.lock().unwrap().clone()
    }
}

struct Fields(Vec<(String, String)>);

impl tracing::field::Visit for Fields {
    fn record_debug(&mut self, field: &tracing::field::Field, value: &dyn fmt::Debug) {
        self.0.push((field.name().to_owned(), format!("{value:?}")));
    }

    fn record_str(&mut self, field: &tracing::field::Field, value: &str) {
        self.0.push((field.name().to_owned(), value.to_owned()));
    }
}

/// A subscriber that keeps every event at error level, with its target.
impl tracing::Subscriber for Collected {
    fn register_callsite(
        &self,
        _: &'static tracing::Metadata<'static>,
    ) -> tracing::subscriber::Interest {
        // Other tests run on other threads without this subscriber.
        tracing::subscriber::Interest::sometimes()
    }

    fn enabled(&self, metadata: &tracing::Metadata<'_>) -> bool {
        *metadata.level() == tracing::Level::ERROR
    }

    fn new_span(&self, _: &tracing::span::Attributes<'_>) -> tracing::span::Id {
        tracing::span::Id::from_u64(1)
    }

    fn record(&self, _: &tracing::span::Id, _: &tracing::span::Record<'_>) {}

    fn record_follows_from(&self, _: &tracing::span::Id, _: &tracing::span::Id) {}

    fn event(&self, event: &tracing::Event<'_>) {
        let target = event.metadata().target().to_owned();
        let mut fields = Fields(vec![("target".to_owned(), target)]);
        event.record(&mut fields);
        self.0.lock().unwrap().push(fields.0);
    }

    fn enter(&self, _: &tracing::span::Id) {}

    fn exit(&self, _: &tracing::span::Id) {}
}

fn field<'a>(event: &'a [(String, String)], name: &str) -> &'a str {
    event
        .iter()
        .find(|(key, _)| key == name)
        .map_or("", |(_, value)| value)
}

/// The events emitted while `run` runs.
fn events_of(run: impl FnOnce()) -> Vec<Event> {
    let collected = Collected::default();
    tracing::subscriber::with_default(collected.clone(), run);
    collected.events()
}

fn body_of(response: &axum::http::Response<bytes::Bytes>) -> String {
    String::from_utf8(response.body().to_vec()).unwrap()
}

#[test]
fn an_adapter_logs_the_internal_text_of_a_masked_error_and_sends_none() {
    let mut body = String::new();
    let events = events_of(|| {
        let response = apifault::adapters::http::response(&Backend::Io(io_secret()));
        body = body_of(&response);
    });
    assert_eq!(body, r#"{"error":"Internal Server Error"}"#);
    assert!(!body.contains(SECRET));

    assert_eq!(events.len(), 1);
    let event = &events[0];
    assert_eq!(field(event, "target"), "apifault");
    assert_eq!(field(event, "status"), "500");
    assert_eq!(field(event, "code"), "io");
    assert_eq!(field(event, "variant"), "Io");
    let internal = field(event, "internal");
    assert_eq!(internal, format!("the database failed: {SECRET}"));
}

#[test]
fn every_framework_logs_through_the_same_place() {
    use axum::response::IntoResponse as _;
    let events = events_of(|| {
        let _ = Shop::Hidden(7, SECRET.into()).into_response();
        let _ = apifault::adapters::actix_web::response(&Shop::Database(SECRET.into()));
    });
    assert_eq!(events.len(), 2);
    assert_eq!(field(&events[0], "code"), "hidden");
    assert!(field(&events[0], "internal").contains(SECRET));
    assert_eq!(field(&events[1], "status"), "500");
}

#[test]
fn public_errors_and_to_json_log_nothing() {
    let events = events_of(|| {
        let _ = apifault::adapters::http::response(&Shop::Busy(3));
        let _ = apifault::adapters::http::response(&Shop::Invalid("x".into()));
        let _ = Backend::Io(io_secret()).to_json();
        let _ = Shop::Hidden(1, SECRET.into()).json_body();
    });
    assert!(events.is_empty());
}

/// Headers reach clients too: a masked variant sends only constant ones.
/// (A header that shows a field, and a `#[details]` field, are compile
/// errors on a masked variant: see tests/ui/masked_header_with_field.rs and
/// tests/ui/details_on_masked.rs.)
#[allow(dead_code)] // masked: no client-facing text or body reads the fields
#[derive(Debug, ApiError)]
#[api_error(mask = "5xx")]
enum Supply {
    #[status(502)]
    #[message("Supplier {0} is down")]
    #[header("Retry-After", "30")]
    Supplier(String, Vec<String>),
}

#[test]
fn a_masked_variant_sends_only_constant_headers() {
    let error = Supply::Supplier("acme".into(), vec!["db at 10.0.0.7".into()]);
    assert_eq!(error.to_json(), r#"{"error":"Bad Gateway"}"#);
    assert!(error.details().is_none());
    assert_eq!(
        error.to_problem_json(),
        r#"{"type":"about:blank","title":"Bad Gateway","status":502,"detail":"Bad Gateway"}"#
    );
    let headers = error.headers();
    assert_eq!(headers.len(), 1);
    assert_eq!((headers[0].0, &*headers[0].1), ("Retry-After", "30"));
}
