//! The Markdown reference page of a derived enum: its title, its sections
//! by status, and how each entry shows its message, docs and description.

use std::io;

use apifault::{docs, ApiError};

#[derive(Debug, ApiError)]
enum ShopError {
    /// Appears when the basket holds no item of that id.
    #[status(404)]
    #[message("no item {0} in the basket")]
    NoSuchItem(u32),

    /// Appears when more items are asked for than are in stock.
    ///
    /// The basket is left as it was.
    #[status(422)]
    #[message("only {left} of {wanted} left")]
    OutOfStock { wanted: u32, left: u32 },

    /// Appears when the coupon has expired.
    #[status(422)]
    #[message("Coupon expired")]
    CouponExpired,

    /// Appears when the payment provider refuses the token.
    #[status(400)]
    #[code("payment_refused")]
    #[message("invalid_token")]
    #[description("The payment token {token} was refused")]
    PaymentToken { token: String },

    /// The database failed; the client is told only that the server failed.
    #[status(500)]
    Database(io::Error),
}

fn page() -> String {
    docs::markdown::<ShopError>()
}

/// The lines of the entry headed `#### `code``, up to the next heading.
fn entry_lines(page: &str, code: &str) -> Vec<String> {
    let heading = format!("#### `{code}`");
    let lines: Vec<&str> = page.lines().collect();
    let start = lines.iter().position(|l| *l == heading).expect(&heading);
    lines[start + 1..]
        .iter()
        .take_while(|l| !l.starts_with('#'))
        .filter(|l| !l.is_empty())
        .map(|l| l.to_string())
        .collect()
}

#[test]
fn the_page_is_titled_with_the_type_name() {
    let page = page();
    assert!(page.starts_with("# ShopError\n\nEvery error that `ShopError` can report."));
}

#[test]
fn statuses_ascend_and_entries_keep_declaration_order() {
    let page = page();
    let reasons = page.split("\n## Possible reasons\n").nth(1).unwrap();
    let headings: Vec<&str> = reasons.lines().filter(|l| l.starts_with('#')).collect();
    assert_eq!(
        headings,
        [
            "### 400 - Bad Request",
            "#### `payment_refused`",
            "### 404 - Not Found",
            "#### `no_such_item`",
            "### 422 - Unprocessable Entity",
            "#### `out_of_stock`",
            "#### `coupon_expired`",
            "### 500 - Internal Server Error",
            "#### `database`",
        ]
    );
}

#[test]
fn placeholders_show_as_names() {
    let page = page();
    assert_eq!(
        entry_lines(&page, "no_such_item"),
        [
            "- Error: `no item {u32} in the basket`. Appears when the basket holds no item of that id.",
            "- Variant: `NoSuchItem`",
        ]
    );
    assert_eq!(
        entry_lines(&page, "out_of_stock"),
        [
            "- Error: `only {left} of {wanted} left`. Appears when more items are asked for than are in stock.",
            "  The basket is left as it was.",
            "- Variant: `OutOfStock`",
        ]
    );
}

#[test]
fn a_description_is_shown_with_its_placeholders() {
    let page = page();
    assert_eq!(
        entry_lines(&page, "payment_refused"),
        [
            "- Error: `invalid_token`. Appears when the payment provider refuses the token.",
            "- Error description: `The payment token {token} was refused`",
            "- Variant: `PaymentToken`",
        ]
    );
    assert!(page.contains(
        "### `error_description` (optional)\n\n\
         - Description: A longer description of the error.\n\
         - Type: String\n\
         - Present: only with the errors below that list an error description\n"
    ));
}

#[test]
fn a_server_error_without_message_shows_only_the_reason_phrase() {
    let page = page();
    assert_eq!(
        entry_lines(&page, "database"),
        [
            "- Error: `Internal Server Error`. The database failed; the client is told only that the server failed.",
            "- Variant: `Database`",
        ]
    );

    let error = ShopError::Database(io::Error::new(io::ErrorKind::Other, "disk /var/db is full"));
    let ShopError::Database(inner) = &error else {
        unreachable!("built as `Database`")
    };
    assert_eq!(inner.kind(), io::ErrorKind::Other);
    assert_eq!(error.to_json(), r#"{"error":"Internal Server Error"}"#);
    assert!(!page.contains("disk"));
}

#[test]
fn the_page_holds_every_entry_of_the_catalogue() {
    let page = page();
    for entry in ShopError::catalogue() {
        let heading = format!("\n#### `{}`\n", entry.code);
        assert_eq!(page.matches(&heading).count(), 1, "{}", entry.name);
    }
    assert_eq!(
        page.matches("\n#### ").count(),
        ShopError::catalogue().len()
    );
}

#[test]
fn values_fill_in_what_the_page_shows_as_placeholders() {
    let page = page();
    let cases = [
        (ShopError::NoSuchItem(7), "no item 7 in the basket"),
        (
            ShopError::OutOfStock { wanted: 3, left: 1 },
            "only 1 of 3 left",
        ),
        (ShopError::CouponExpired, "Coupon expired"),
    ];
    for (error, message) in cases {
        assert_eq!(error.message(), message);
        let shown = format!("- Error: `{}`.", error.entry().client_message);
        assert!(page.contains(&shown), "{shown}");
    }

    let refused = ShopError::PaymentToken {
        token: "tok_1".into(),
    };
    assert_eq!(
        refused.description().as_deref(),
        Some("The payment token tok_1 was refused")
    );
}
