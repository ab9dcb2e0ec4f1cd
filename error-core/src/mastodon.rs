//! The Mastodon API's documented error catalogue.
