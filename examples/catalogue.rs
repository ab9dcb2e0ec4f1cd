//! Prints the Mastodon API's error reference, generated from `MastodonError`.
//!
//! Run it with `cargo run --example catalogue > errors.md`: the page lists
//! every error grouped by HTTP status, with the message a client reads and
//! the prose of each variant's doc comment.

use apifault::mastodon::MastodonError;

fn main() {
    print!("{}", apifault::docs::markdown::<MastodonError>());
}
