//! Snake case, for the default code of a variant and the client form of a
//! positional placeholder.

/// `NotFound` -> `not_found`, `HTTPError` -> `http_error`, `Error404` ->
/// `error404`.
pub fn snake_case(name: &str) -> String {
    let chars: Vec<char> = name.trim_start_matches("r#").chars().collect();
    let mut out = String::with_capacity(name.len() + 4);
    for (at, &ch) in chars.iter().enumerate() {
        if ch.is_uppercase() && at > 0 && starts_word(&chars, at) && !out.ends_with('_') {
            out.push('_');
        }
        out.extend(ch.to_lowercase());
    }
    out
}

/// Whether the uppercase letter at `at` begins a word: after a lowercase
/// letter or a digit, or as the last capital of an acronym (`HTTPError`).
fn starts_word(chars: &[char], at: usize) -> bool {
    let before = chars[at - 1];
    let after = chars.get(at + 1).copied();
    before.is_lowercase()
        || before.is_ascii_digit()
        || (before.is_uppercase() && after.is_some_and(char::is_lowercase))
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
