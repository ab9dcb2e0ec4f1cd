//! The body formats an error can be sent in, and the wrappers that choose
//! one for a response.

use crate::ApiError;

/// A body format.
///
/// Every derived type can be sent in either; `#[api_error(format = "...")]`
/// picks the one its own responses use, Mastodon's by default.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Format {
    /// `{"error": message, "error_description": description}`, sent as
    /// `application/json; charset=utf-8`.
    #[default]
    Mastodon,
    /// RFC 9457 problem details, `{"type", "title", "status", "detail",
    /// "instance"}`, sent as `application/problem+json`.
    Problem,
}

/// The media type of [`Format::Problem`].
const PROBLEM_TYPE: &str = "application/problem+json";

/// The media type of [`Format::Mastodon`], without its parameters.
const JSON_TYPE: &str = "application/json";

impl Format {
    /// The `Content-Type` a body of this format is sent with.
    pub const fn content_type(self) -> &'static str {
        match self {
            Format::Mastodon => "application/json; charset=utf-8",
            Format::Problem => PROBLEM_TYPE,
        }
    }

    /// The format a request's `Accept` header asks for:
    /// [`Problem`](Format::Problem) when it accepts
    /// `application/problem+json` and prefers it to `application/json`, and
    /// [`Mastodon`](Format::Mastodon) otherwise.
    ///
    /// ```
    /// use apifault_core::Format;
    ///
    /// assert_eq!(Format::from_accept("application/problem+json"), Format::Problem);
    /// assert_eq!(Format::from_accept("application/json"), Format::Mastodon);
    /// assert_eq!(Format::from_accept("*/*"), Format::Mastodon);
    /// ```
    pub fn from_accept(accept: &str) -> Format {
        Format::from_accept_or(accept, Format::Mastodon)
    }

    /// Like [`from_accept`](Format::from_accept), but `default` when the
    /// header names neither format or ranks both the same, as a bare
    /// `*/*` does.
    ///
    /// Only the two media types themselves count: wildcards such as
    /// `application/*` rank both formats alike.
    pub fn from_accept_or(accept: &str, default: Format) -> Format {
        let problem = quality(accept, PROBLEM_TYPE);
        let json = quality(accept, JSON_TYPE);
        if problem > json {
            Format::Problem
        } else if json > problem {
            Format::Mastodon
        } else {
            default
        }
    }
}

/// The quality, in thousandths, that `accept` gives the media type `wanted`:
/// 0 when it is not named or refused with `q=0`.
fn quality(accept: &str, wanted: &str) -> u16 {
    accept
        .split(',')
        .filter_map(|range| {
            let mut params = range.split(';');
            let media = params.next()?.trim();
            media
                .eq_ignore_ascii_case(wanted)
                .then(|| params.find_map(q_value).unwrap_or(1000))
        })
        .max()
        .unwrap_or(0)
}

/// The value of a `q=` parameter in thousandths; a malformed one counts
/// as 0, as a refusal.
fn q_value(param: &str) -> Option<u16> {
    let (key, value) = param.split_once('=')?;
    if !key.trim().eq_ignore_ascii_case("q") {
        return None;
    }
    let value = value.trim();
    let (whole, fraction) = value.split_once('.').unwrap_or((value, ""));
    let digits: String = fraction.chars().chain("000".chars()).take(3).collect();
    let parsed = match whole {
        "1" => Some(1000),
        "0" => digits.parse::<u16>().ok(),
        _ => None,
    };
    Some(parsed.filter(|q| *q <= 1000).unwrap_or(0))
}

/// An error sent in Mastodon's format, whatever the type's default: a
/// handler returns `Mastodon(error)`, with any framework feature on.
#[derive(Clone, Debug)]
pub struct Mastodon<E>(pub E);

/// An error sent as RFC 9457 problem details, whatever the type's default:
/// a handler returns `Problem(error)`, with any framework feature on.
#[derive(Clone, Debug)]
pub struct Problem<E>(pub E);

/// An error sent in a format chosen at run time, such as the one a
/// request's `Accept` header asks for, optionally with the problem
/// details' `instance`:
///
/// ```
/// use apifault_core::{Format, Respond};
/// use apifault_core::mastodon::MastodonError;
///
/// let accept = "application/problem+json";
/// let reply = Respond::new(MastodonError::NotFound, Format::from_accept(accept))
///     .instance("/api/v1/statuses/7");
/// assert_eq!(reply.format(), Format::Problem);
/// ```
#[derive(Clone, Debug)]
pub struct Respond<E> {
    error: E,
    format: Format,
    instance: Option<String>,
}

impl<E> Respond<E> {
    /// `error`, to be sent in `format`.
    pub fn new(error: E, format: Format) -> Self {
        Respond {
            error,
            format,
            instance: None,
        }
    }

    /// Sets the `instance` member of a problem details body: a URI
    /// reference to this occurrence of the error. A Mastodon body has no
    /// such member and ignores it.
    #[must_use]
    pub fn instance(mut self, instance: impl Into<String>) -> Self {
        self.instance = Some(instance.into());
        self
    }

    /// The format the error is sent in.
    pub fn format(&self) -> Format {
        self.format
    }

    /// The error.
    pub fn error(&self) -> &E {
        &self.error
    }

    /// The instance given to [`instance`](Respond::instance), if any.
    pub fn instance_uri(&self) -> Option<&str> {
        self.instance.as_deref()
    }
}

impl<E: ApiError> Respond<E> {
    /// The body: the error's body in the chosen format.
    pub fn body(&self) -> std::borrow::Cow<'static, str> {
        match (self.format, &self.instance) {
            (Format::Problem, Some(instance)) => {
                self.error.to_problem_json_with_instance(instance).into()
            }
            (format, _) => self.error.body(format),
        }
    }
}

impl<E> From<Mastodon<E>> for Respond<E> {
    fn from(wrapped: Mastodon<E>) -> Self {
        Respond::new(wrapped.0, Format::Mastodon)
    }
}

impl<E> From<Problem<E>> for Respond<E> {
    fn from(wrapped: Problem<E>) -> Self {
        Respond::new(wrapped.0, Format::Problem)
    }
}

impl<E> Problem<E> {
    /// The error, to be sent with the problem details' `instance`.
    pub fn with_instance(self, instance: impl Into<String>) -> Respond<E> {
        Respond::from(self).instance(instance)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_picks_the_preferred_format() {
        let cases = [
            ("application/problem+json", Format::Problem),
            ("Application/Problem+JSON; charset=utf-8", Format::Problem),
            (
                "application/json, application/problem+json",
                Format::Mastodon,
            ),
            (
                "application/json;q=0.5, application/problem+json",
                Format::Problem,
            ),
            (
                "application/problem+json;q=0.9, application/json",
                Format::Mastodon,
            ),
            ("application/problem+json;q=0", Format::Mastodon),
            ("application/problem+json;q=2", Format::Mastodon),
            ("text/html, */*;q=0.1", Format::Mastodon),
            ("", Format::Mastodon),
        ];
        for (accept, expected) in cases {
            assert_eq!(Format::from_accept(accept), expected, "{accept}");
        }
    }

    #[test]
    fn a_tie_keeps_the_default() {
        assert_eq!(
            Format::from_accept_or("*/*", Format::Problem),
            Format::Problem
        );
        assert_eq!(
            Format::from_accept_or(
                "application/json, application/problem+json",
                Format::Problem
            ),
            Format::Problem
        );
        assert_eq!(
            Format::from_accept_or("application/json", Format::Problem),
            Format::Mastodon
        );
    }
}
