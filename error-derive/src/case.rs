//! Snake case, for the default code of a variant and the client form of a
//! positional placeholder.

/// `NotFound` -> `not_found`, `HTTPError` -> `http_error`, `Error404` ->
/// `error404`.
pub fn snake_case(name: &str) -> String {
    let mut name = name;
    while let Some(rest) = name.strip_prefix("r#") {
        name = rest;
    }
    let mut out = String::with_capacity(name.len() + 4);
    let mut before: Option<char> = None;
    let mut chars = name.chars();
    while let Some(ch) = chars.next() {
        if let Some(before) = before {
            let after = chars.clone().next();
            if ch.is_uppercase() && starts_word(before, after) && !out.ends_with('_') {
                out.push('_');
            }
        }
        for lower in ch.to_lowercase() {
            out.push(lower);
        }
        before = Some(ch);
    }
    out
}

/// Whether an uppercase letter between `before` and `after` begins a word:
/// after a lowercase letter or a digit, or as the last capital of an
/// acronym (`HTTPError`).
fn starts_word(before: char, after: Option<char>) -> bool {
    before.is_lowercase()
        || before.is_ascii_digit()
        || (before.is_uppercase() && matches!(after, Some(after) if after.is_lowercase()))
}

#[cfg(test)]
mod tests {
    use super::snake_case;

    #[test]
    fn splits_words() {
        assert_eq!(snake_case("NotFound"), "not_found");
        assert_eq!(snake_case("Unauthorized"), "unauthorized");
        assert_eq!(
            snake_case("SslVerificationFailed"),
            "ssl_verification_failed"
        );
        assert_eq!(snake_case("A"), "a");
    }

    #[test]
    fn keeps_acronyms_together() {
        assert_eq!(snake_case("HTTPError"), "http_error");
        assert_eq!(snake_case("IOError"), "io_error");
        assert_eq!(snake_case("ParseJSONValue"), "parse_json_value");
        assert_eq!(snake_case("URL"), "url");
    }

    #[test]
    fn handles_digits_and_underscores() {
        assert_eq!(snake_case("Error404"), "error404");
        assert_eq!(snake_case("Http2Error"), "http2_error");
        assert_eq!(snake_case("Already_Snake"), "already_snake");
        assert_eq!(snake_case("r#Type"), "type");
    }
}
