//! The Mastodon catalogue keeps every code and status it has published:
//! `tests/data/mastodon-error.snapshot` is its record.

use apifault::mastodon::MastodonError;

#[test]
fn the_mastodon_catalogue_breaks_no_client() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/mastodon-error.snapshot"
    );
    if let Err(error) = apifault::docs::check_stable::<MastodonError>(path) {
        panic!("{error}");
    }
}
