//! The stability check: a snapshot written on the first run, new errors
//! allowed, and every change that breaks clients named.

use std::path::PathBuf;

use apifault::docs::{check_stable, Change, StabilityError};

/// The catalogue as first published.
mod v1 {
    #[derive(Debug, apifault::ApiError)]
    pub enum ShopError {
        #[status(404)]
        #[message("No such item")]
        NotFound,
        #[status(409)]
        #[message("Sold out")]
        SoldOut,
    }
}

/// v1 with an error added: breaks no client.
mod added {
    #[derive(Debug, apifault::ApiError)]
    pub enum ShopError {
        #[status(404)]
        #[message("No such item")]
        NotFound,
        #[status(409)]
        #[message("Sold out")]
        SoldOut,
        #[status(429)]
        #[message("Slow down")]
        TooFast,
    }
}

/// v1 with a status changed, a code changed and a variant removed.
mod broken {
    #[derive(Debug, apifault::ApiError)]
    pub enum ShopError {
        #[status(410)]
        #[message("No such item")]
        NotFound,
        #[status(429)]
        #[message("Slow down")]
        #[code("too_fast")]
        TooFast,
    }
}

/// v1 with a variant renamed and its code kept: breaks no client.
mod renamed {
    #[derive(Debug, apifault::ApiError)]
    pub enum ShopError {
        #[status(404)]
        #[message("No such item")]
        NotFound,
        #[status(409)]
        #[message("Sold out")]
        #[code("sold_out")]
        OutOfStock,
    }
}

/// A snapshot path of its own for each test, removed before and after.
struct Snapshot(PathBuf);

impl Snapshot {
    fn new(test: &str) -> Self {
        let name = format!("apifault-stable-{test}-{}.txt", std::process::id());
        let path = std::env::temp_dir().join(name);
        let _ = std::fs::remove_file(&path);
        Snapshot(path)
    }

    fn text(&self) -> String {
        std::fs::read_to_string(&self.0).unwrap()
    }

    fn records(&self) -> Vec<String> {
        self.text()
            .lines()
            .filter(|line| !line.starts_with('#'))
            .map(str::to_owned)
            .collect()
    }
}

impl Drop for Snapshot {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

#[test]
fn the_first_run_writes_the_snapshot() {
    let snapshot = Snapshot::new("first");
    check_stable::<v1::ShopError>(&snapshot.0).unwrap();
    assert_eq!(
        snapshot.records(),
        ["not_found 404 NotFound", "sold_out 409 SoldOut"]
    );
    check_stable::<v1::ShopError>(&snapshot.0).unwrap();
}

#[test]
fn an_added_variant_passes_and_joins_the_snapshot() {
    let snapshot = Snapshot::new("added");
    check_stable::<v1::ShopError>(&snapshot.0).unwrap();
    check_stable::<added::ShopError>(&snapshot.0).unwrap();
    assert_eq!(
        snapshot.records(),
        [
            "not_found 404 NotFound",
            "sold_out 409 SoldOut",
            "too_fast 429 TooFast"
        ]
    );
}

#[test]
fn a_changed_status_fails_naming_every_change() {
    let snapshot = Snapshot::new("broken");
    check_stable::<added::ShopError>(&snapshot.0).unwrap();
    let before = snapshot.text();

    let error = check_stable::<broken::ShopError>(&snapshot.0).unwrap_err();
    let StabilityError::Breaking { changes, .. } = &error else {
        panic!("expected a breaking change, got {error}");
    };
    assert_eq!(
        changes,
        &[
            Change::StatusChanged {
                code: "not_found".into(),
                was: 404,
                now: 410
            },
            Change::Removed {
                code: "sold_out".into(),
                status: 409,
                variant: "SoldOut".into()
            },
        ]
    );
    let message = error.to_string();
    assert!(message.contains("code `not_found` changed its status from 404 to 410"));
    assert!(message.contains("code `sold_out` (409, variant `SoldOut`) is gone"));
    assert_eq!(
        snapshot.text(),
        before,
        "a failed check leaves the snapshot"
    );
}

#[test]
fn a_changed_code_is_named_by_its_variant() {
    let snapshot = Snapshot::new("code");
    check_stable::<v1::ShopError>(&snapshot.0).unwrap();
    std::fs::write(
        &snapshot.0,
        "not_found 404 NotFound\nout_of_stock 409 SoldOut\n",
    )
    .unwrap();
    let error = check_stable::<v1::ShopError>(&snapshot.0).unwrap_err();
    assert!(error
        .to_string()
        .contains("variant `SoldOut` changed its code from `out_of_stock` to `sold_out`"));
}

#[test]
fn a_renamed_variant_keeping_its_code_passes() {
    let snapshot = Snapshot::new("renamed");
    check_stable::<v1::ShopError>(&snapshot.0).unwrap();
    check_stable::<renamed::ShopError>(&snapshot.0).unwrap();
    assert_eq!(
        snapshot.records(),
        ["not_found 404 NotFound", "sold_out 409 OutOfStock"]
    );
}

#[test]
fn a_malformed_snapshot_is_an_error_not_a_pass() {
    let snapshot = Snapshot::new("malformed");
    std::fs::write(&snapshot.0, "not_found 404 NotFound\nnot_found\n").unwrap();
    let error = check_stable::<v1::ShopError>(&snapshot.0).unwrap_err();
    assert!(matches!(error, StabilityError::Malformed { line: 2, .. }));
}

#[test]
fn an_unreadable_snapshot_is_an_error() {
    let directory = std::env::temp_dir();
    let error = check_stable::<v1::ShopError>(&directory).unwrap_err();
    assert!(matches!(error, StabilityError::Io { .. }), "{error}");
}
