//! Compile-fail tests: each file in `tests/ui` holds one mistake, and its
//! `.stderr` pins what the user is told.

#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/*.rs");
}
