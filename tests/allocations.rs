//! Heap allocations of a response, counted by a global allocator: none for
//! the body of a variant fixed at compile time, one at most for a body
//! with an interpolated field, and a full `http::Response` allocates no
//! more than one written by hand.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::hint::black_box;

use apifault::adapters::http::{parts, response, response_of};
use apifault::adapters::{Parts, CONTENT_TYPE};
use apifault::{ApiError, Format};
use bodies::{invalid, missing, RenderError};
use bytes::Bytes;
// The http crate, as hyper re-exports it.
use hyper::http;
use hyper::http::header::{HeaderValue, CONTENT_TYPE as CONTENT_TYPE_NAME};

#[path = "common/bodies.rs"]
mod bodies;

/// The system allocator, counting the allocations of each thread.
struct Counting;

thread_local! {
    // Per thread, so that the harness's other tests do not count here; a
    // `const` `Cell<usize>` needs no allocation and no destructor.
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

fn count_one() {
    let _ = ALLOCATIONS.try_with(|count| count.set(count.get() + 1));
}

// SAFETY: every call is passed on to `System` unchanged.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count_one();
        System.alloc(layout)
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        count_one();
        System.alloc_zeroed(layout)
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        count_one();
        System.realloc(ptr, layout, new_size)
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        System.dealloc(ptr, layout);
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// The allocations of one call of `make`, after a first call that may
/// fill buffers kept per thread. Dropping the result is not counted.
fn allocations_of<T>(make: impl Fn() -> T) -> usize {
    drop(black_box(make()));
    let before = ALLOCATIONS.with(Cell::get);
    let made = black_box(make());
    let after = ALLOCATIONS.with(Cell::get);
    drop(made);
    after - before
}

/// The response a user builds by hand: the status, the `Content-Type` and
/// a body of `Bytes` that cost nothing to make.
fn hand_written(error: &RenderError) -> http::Response<Bytes> {
    let mut response = http::Response::new(Bytes::from_static(b"{}"));
    *response.status_mut() = error.status();
    response
        .headers_mut()
        .insert(CONTENT_TYPE_NAME, HeaderValue::from_static(CONTENT_TYPE));
    response
}

#[test]
fn the_counter_counts() {
    assert_eq!(allocations_of(|| Vec::<u8>::with_capacity(8)), 1);
    assert_eq!(allocations_of(|| "text".to_owned() + " grows"), 2);
    assert_eq!(allocations_of(|| Bytes::from_static(b"none")), 0);
}

#[test]
fn a_static_body_allocates_nothing() {
    let error = RenderError::NotFound;
    assert_eq!(allocations_of(|| parts(&error).1), 0);
    assert_eq!(allocations_of(|| error.json_body()), 0);
}

#[test]
fn a_formatted_body_allocates_once_at_most() {
    for error in [missing(), invalid()] {
        let body = allocations_of(|| parts(&error).1);
        assert!(body <= 1, "{error:?}: {body} allocations");
        let json = allocations_of(|| error.to_json());
        assert!(json <= 1, "{error:?}: {json} allocations");
    }
}

#[test]
fn a_problem_body_allocates_as_much() {
    let body = |error: &RenderError| Parts::in_format(error, Format::Problem).body;
    assert_eq!(allocations_of(|| body(&RenderError::NotFound)), 0);
    let error = invalid();
    let formatted = allocations_of(|| body(&error));
    assert!(formatted <= 1, "{formatted} allocations");
}

// The `HeaderMap` of any `http::Response` allocates its table when the
// first header goes in: that is the http crate's own cost, paid by a
// hand-written response as well. The comparison shows that apifault adds
// nothing to it but the body.
#[test]
fn a_response_allocates_no_more_than_a_hand_written_one() {
    let error = RenderError::NotFound;
    let by_hand = allocations_of(|| hand_written(&error));
    assert!(by_hand > 0, "the http crate's header table");
    assert_eq!(allocations_of(|| response(&error)), by_hand);
    assert_eq!(allocations_of(|| response_of(Parts::of(&error))), by_hand);

    for error in [missing(), invalid()] {
        assert!(
            allocations_of(|| response(&error)) <= by_hand + 1,
            "{error:?}"
        );
    }
}
