//! The values of the container keys that shape what goes on the wire:
//! `format = "..."` and `type_base = "..."`.

use crate::suggest::listed;
use syn::LitStr;

/// The formats `format = "..."` accepts, as written there.
const FORMATS: &[&str] = &["\"mastodon\"", "\"problem\""];

/// Whether `format = "..."` names the problem details format; an error at
/// the literal for an unknown format.
pub fn is_problem(lit: &LitStr) -> syn::Result<bool> {
    match lit.value().as_str() {
        "mastodon" => Ok(false),
        "problem" => Ok(true),
        other => Err(syn::Error::new(
            lit.span(),
            format_args!(
                "unknown format `{}`; expected {}",
                other.escape_debug(),
                listed(FORMATS, " or ")
            ),
        )),
    }
}

/// The base of a problem type URI: an absolute `http` or `https` URI with a
/// host, made of the characters a URI may hold. An error at the literal
/// otherwise.
pub fn check_type_base(lit: &LitStr) -> syn::Result<String> {
    let base = lit.value();
    match type_base_problem(&base) {
        None => Ok(base),
        Some(problem) => Err(syn::Error::new(
            lit.span(),
            format_args!(
                "`{}` is not a valid `type_base`: {problem}; write an absolute URI \
                 such as `\"https://example.com/errors/\"`",
                base.escape_debug()
            ),
        )),
    }
}

fn type_base_problem(base: &str) -> Option<String> {
    let lower = base.to_ascii_lowercase();
    let Some(rest) = lower
        .strip_prefix("https://")
        .or(lower.strip_prefix("http://"))
    else {
        return Some("it does not start with `https://` or `http://`".to_owned());
    };
    // The host runs up to the first `/`, `?` or `#`.
    if matches!(rest.chars().next(), None | Some('/' | '?' | '#')) {
        return Some("it has no host".to_owned());
    }
    for bad in base.chars() {
        if !is_uri_char(bad) {
            return Some(format!(
                "`{}` may not appear in a URI; percent-encode it",
                bad.escape_debug()
            ));
        }
    }
    None
}

/// The characters of RFC 3986's grammar: unreserved, reserved and `%`.
fn is_uri_char(ch: char) -> bool {
    ch.is_ascii_alphanumeric() || "-._~:/?#[]@!$&'()*+,;=%".contains(ch)
}

#[cfg(test)]
mod tests {
    use super::type_base_problem;

    #[test]
    fn accepts_absolute_http_uris() {
        for base in [
            "https://example.com/errors/",
            "http://example.com",
            "HTTPS://example.com:8443/e#",
        ] {
            assert_eq!(type_base_problem(base), None, "{base}");
        }
    }

    #[test]
    fn refuses_anything_else() {
        for base in [
            "",
            "example.com/errors",
            "ftp://example.com/",
            "https:///errors",
            "https://example.com/a b",
            "https://example.com/\"",
            "https://exämple.com/",
        ] {
            assert!(type_base_problem(base).is_some(), "{base}");
        }
    }
}
