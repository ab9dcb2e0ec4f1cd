//! `#[status]`: numbers, `StatusCode` constants, and the enum's default.

use apifault::{ApiError, StatusCode};

#[derive(Debug, ApiError)]
#[status(BAD_REQUEST)]
enum StatusError {
    #[message("defaulted")]
    Defaulted,
    #[status(403)]
    #[message("number")]
    Number,
    #[status(FORBIDDEN)]
    #[message("constant")]
    Constant,
    #[status(StatusCode::NOT_FOUND)]
    #[message("path")]
    Path,
    #[status(http::StatusCode::IM_A_TEAPOT)]
    #[message("long path")]
    LongPath,
    #[status(599)]
    Unregistered,
    #[status(499)]
    #[message("unregistered client error")]
    UnregisteredClient,
    #[status(SERVICE_UNAVAILABLE)]
    Unavailable,
}

#[test]
fn default_status_of_the_enum() {
    assert_eq!(StatusError::Defaulted.status(), StatusCode::BAD_REQUEST);
}

#[test]
fn numbers_constants_and_paths() {
    assert_eq!(StatusError::Number.status(), StatusCode::FORBIDDEN);
    assert_eq!(StatusError::Constant.status(), StatusCode::FORBIDDEN);
    assert_eq!(StatusError::Path.status(), StatusCode::NOT_FOUND);
    assert_eq!(StatusError::LongPath.status().as_u16(), 418);
    assert_eq!(
        StatusError::Unavailable.status(),
        StatusCode::SERVICE_UNAVAILABLE
    );
}

#[test]
fn statuses_without_a_constant() {
    assert_eq!(StatusError::Unregistered.status().as_u16(), 599);
    assert_eq!(StatusError::UnregisteredClient.status().as_u16(), 499);
    assert_eq!(StatusError::Unregistered.message(), "Server Error");
}

#[test]
fn entry_status_matches() {
    let statuses: Vec<u16> = StatusError::catalogue()
        .iter()
        .map(|e| e.status.as_u16())
        .collect();
    assert_eq!(statuses, [400, 403, 403, 404, 418, 599, 499, 503]);
}

#[derive(Debug, ApiError)]
enum PathsError {
    #[status(apifault::StatusCode::GONE)]
    #[message("facade path")]
    Facade,
    #[status(::http::StatusCode::CONFLICT)]
    #[message("absolute path")]
    Absolute,
}

#[test]
fn paths_ending_in_status_code() {
    assert_eq!(PathsError::Facade.status(), StatusCode::GONE);
    assert_eq!(PathsError::Absolute.status(), StatusCode::CONFLICT);
}
