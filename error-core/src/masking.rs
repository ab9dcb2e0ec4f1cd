//! What an adapter does with a masked error besides sending its reason
//! phrase: with the `tracing` feature, it tells the operator what the
//! client was not told.
//!
//! The event is emitted where a response is rendered, and only there: a
//! call to `to_json()` or `json_body()` may be a test, a cache or a log of
//! the application's own, and must not log the error a second time.

use crate::ApiError;

/// Logs a masked `error` at error level, under the target `apifault`,
/// with its status, code, variant and internal text.
#[cfg(feature = "tracing")]
pub(crate) fn report<E: ApiError + ?Sized>(error: &E) {
    if !error.is_masked() {
        return;
    }
    // The fields are only computed when a subscriber wants the event.
    tracing::error!(
        target: "apifault",
        status = error.status().as_u16(),
        code = error.code(),
        variant = error.entry().name,
        internal = %error.internal_text(),
        "masked error: the client was sent only the reason phrase"
    );
}

/// Without the `tracing` feature, nothing is logged.
#[cfg(not(feature = "tracing"))]
pub(crate) fn report<E: ApiError + ?Sized>(_: &E) {}
