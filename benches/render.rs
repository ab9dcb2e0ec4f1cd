//! The cost of rendering an error's body into bytes, beside what an API
//! writes without apifault: each group times apifault and its baselines in
//! one run, so that their ratios can be read off side by side.
//!
//! `static`: a variant whose body is fixed at compile time, against a copy
//! of a precomputed body and against `json!` around a thiserror message.
//! `dynamic`: a variant whose description interpolates a string field,
//! against a `#[derive(Serialize)]` struct filled from `format!`.

use std::hint::black_box;

use apifault::adapters::http::parts;
use apifault::ApiError;
use bodies::{missing, RenderError, NOT_FOUND, PARAMETER};
use criterion::{criterion_group, criterion_main, Criterion};
use serde::Serialize;

#[path = "../tests/common/bodies.rs"]
mod bodies;

/// `NotFound` as a user writes it with thiserror alone.
#[derive(Debug, thiserror::Error)]
enum HandError {
    #[error("Record not found")]
    NotFound,
}

/// The hand-written body of `MissingParameter`.
#[derive(Serialize)]
struct Body {
    error: &'static str,
    error_description: String,
}

fn thiserror_json(error: &HandError) -> Vec<u8> {
    serde_json::to_vec(&serde_json::json!({ "error": error.to_string() })).unwrap()
}

fn serde_derive(parameter: &str) -> Vec<u8> {
    let body = Body {
        error: "invalid_request",
        error_description: format!("The request is missing the parameter {parameter}"),
    };
    serde_json::to_vec(&body).unwrap()
}

fn bench_static(c: &mut Criterion) {
    let error = RenderError::NotFound;
    let hand = HandError::NotFound;
    assert_eq!(parts(&error).1, NOT_FOUND);
    assert_eq!(error.to_json().as_bytes(), NOT_FOUND);
    assert_eq!(thiserror_json(&hand), NOT_FOUND);

    let mut group = c.benchmark_group("static");
    group.bench_function("apifault_http", |b| b.iter(|| parts(black_box(&error)).1));
    group.bench_function("apifault_to_json", |b| {
        b.iter(|| black_box(&error).to_json().into_bytes())
    });
    group.bench_function("precomputed", |b| b.iter(|| black_box(NOT_FOUND).to_vec()));
    group.bench_function("thiserror_json", |b| {
        b.iter(|| thiserror_json(black_box(&hand)))
    });
    group.finish();
}

fn bench_dynamic(c: &mut Criterion) {
    let error = missing();
    let expected = serde_derive(PARAMETER);
    assert_eq!(parts(&error).1, expected);
    assert_eq!(error.to_json().as_bytes(), expected);

    let mut group = c.benchmark_group("dynamic");
    group.bench_function("apifault_http", |b| b.iter(|| parts(black_box(&error)).1));
    group.bench_function("apifault_to_json", |b| {
        b.iter(|| black_box(&error).to_json().into_bytes())
    });
    group.bench_function("serde_derive", |b| {
        b.iter(|| serde_derive(black_box(PARAMETER)))
    });
    group.finish();
}

criterion_group!(benches, bench_static, bench_dynamic);
criterion_main!(benches);
