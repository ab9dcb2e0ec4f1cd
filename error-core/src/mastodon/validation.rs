//! The `details` of Mastodon's 422 validation errors: for each field that
//! failed, the validations it failed, each as an `ERR_` code and a text.
//!
//! ```json
//! {"error":"Validation failed: Username can't be blank",
//!  "details":{"username":[{"error":"ERR_BLANK","description":"can't be blank"}]}}
//! ```

use serde::de::{Deserialize, Deserializer, Error as _};
use serde::ser::{Serialize, SerializeStruct as _, Serializer};
use serde_json::Value;
use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

/// The `details` of a Mastodon validation error: each field that failed,
/// with what it failed. Serialized as a JSON object, fields in name order.
///
/// Use it as the `#[details]` field of a variant of your own; `MastodonError`
/// keeps the documented catalogue, whose `ValidationFailed` has no details.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ValidationDetails(pub BTreeMap<String, Vec<FieldError>>);

/// One failed validation of a field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    /// The machine-readable code, sent as `error`.
    pub error: ErrorCode,
    /// The text, sent as `description`, such as `can't be blank`.
    pub description: String,
}

/// The `ERR_` code of a failed validation, as Mastodon documents them.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorCode {
    /// `ERR_BLOCKED`: the value (an e-mail provider) is not allowed.
    Blocked,
    /// `ERR_UNREACHABLE`: the value (an e-mail address) does not resolve.
    Unreachable,
    /// `ERR_TAKEN`: the value is already used.
    Taken,
    /// `ERR_RESERVED`: the value (a username) is reserved.
    Reserved,
    /// `ERR_ACCEPTED`: the value (the agreement) was not accepted.
    Accepted,
    /// `ERR_BLANK`: the value is missing or blank.
    Blank,
    /// `ERR_INVALID`: the value is not valid.
    Invalid,
    /// `ERR_TOO_LONG`: the value is too long.
    TooLong,
    /// `ERR_TOO_SHORT`: the value is too short.
    TooShort,
    /// `ERR_INCLUSION`: the value is not one of the allowed ones.
    Inclusion,
    /// A code the documentation does not list, kept as sent.
    Other(String),
}

const CODES: &[(ErrorCode, &str)] = &[
    (ErrorCode::Blocked, "ERR_BLOCKED"),
    (ErrorCode::Unreachable, "ERR_UNREACHABLE"),
    (ErrorCode::Taken, "ERR_TAKEN"),
    (ErrorCode::Reserved, "ERR_RESERVED"),
    (ErrorCode::Accepted, "ERR_ACCEPTED"),
    (ErrorCode::Blank, "ERR_BLANK"),
    (ErrorCode::Invalid, "ERR_INVALID"),
    (ErrorCode::TooLong, "ERR_TOO_LONG"),
    (ErrorCode::TooShort, "ERR_TOO_SHORT"),
    (ErrorCode::Inclusion, "ERR_INCLUSION"),
];

impl ValidationDetails {
    /// No failed field yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a failed validation of `field`.
    pub fn add(&mut self, field: &str, error: ErrorCode, description: &str) {
        self.0
            .entry(field.to_owned())
            .or_default()
            .push(FieldError::new(error, description));
    }

    /// The same details with a failed validation of `field` added.
    #[must_use]
    pub fn with(mut self, field: &str, error: ErrorCode, description: &str) -> Self {
        self.add(field, error, description);
        self
    }

    /// The failed validations of `field`; empty when it passed.
    pub fn get(&self, field: &str) -> &[FieldError] {
        self.0.get(field).map_or(&[], Vec::as_slice)
    }
}

impl FieldError {
    /// A failed validation.
    pub fn new(error: ErrorCode, description: &str) -> Self {
        FieldError {
            error,
            description: description.to_owned(),
        }
    }
}

impl ErrorCode {
    /// The code as sent, such as `ERR_BLANK`.
    pub fn as_str(&self) -> &str {
        match self {
            ErrorCode::Other(code) => code,
            known => CODES
                .iter()
                .find(|(code, _)| code == known)
                .map_or("", |(_, text)| text),
        }
    }
}

impl FromStr for ErrorCode {
    type Err = std::convert::Infallible;

    /// A documented code, or else [`ErrorCode::Other`].
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Ok(known(text).unwrap_or_else(|| ErrorCode::Other(text.to_owned())))
    }
}

/// The documented code sent as `text`.
fn known(text: &str) -> Option<ErrorCode> {
    let found = CODES.iter().find(|(_, sent)| *sent == text);
    found.map(|(code, _)| code.clone())
}

impl fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for ValidationDetails {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for ValidationDetails {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        BTreeMap::deserialize(deserializer).map(ValidationDetails)
    }
}

impl Serialize for FieldError {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = serializer.serialize_struct("FieldError", 2)?;
        out.serialize_field("error", &self.error)?;
        out.serialize_field("description", &self.description)?;
        out.end()
    }
}

impl<'de> Deserialize<'de> for FieldError {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        // Read through a JSON value: an object with two string members.
        let Value::Object(mut members) = Value::deserialize(deserializer)? else {
            return Err(D::Error::custom(
                "expected an object with `error` and `description`",
            ));
        };
        let mut text = |name: &str| match members.remove(name) {
            Some(Value::String(text)) => Ok(text),
            _ => Err(D::Error::custom(format_args!("expected a string `{name}`"))),
        };
        let error = text("error")?;
        let description = text("description")?;
        Ok(FieldError {
            error: known(&error).unwrap_or(ErrorCode::Other(error)),
            description,
        })
    }
}

impl Serialize for ErrorCode {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ErrorCode {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Ok(known(&text).unwrap_or(ErrorCode::Other(text)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serializes_as_mastodon_sends_it() {
        let details = ValidationDetails::new()
            .with("username", ErrorCode::Blank, "can't be blank")
            .with("email", ErrorCode::Taken, "is already taken");
        let json = serde_json::to_string(&details).unwrap();
        assert_eq!(
            json,
            r#"{"email":[{"error":"ERR_TAKEN","description":"is already taken"}],"username":[{"error":"ERR_BLANK","description":"can't be blank"}]}"#
        );
        let back: ValidationDetails = serde_json::from_str(&json).unwrap();
        assert_eq!(back, details);
        assert_eq!(back.get("username")[0].error, ErrorCode::Blank);
        assert!(back.get("password").is_empty());
    }

    #[test]
    fn every_documented_code_reads_back() {
        for (code, text) in CODES {
            assert_eq!(code.as_str(), *text);
            assert_eq!(text.parse::<ErrorCode>().unwrap(), *code);
        }
        let other: ErrorCode = serde_json::from_str(r#""ERR_NEW""#).unwrap();
        assert_eq!(other, ErrorCode::Other("ERR_NEW".to_owned()));
        assert_eq!(other.to_string(), "ERR_NEW");
    }

    #[test]
    fn refuses_malformed_entries() {
        let bad = r#"{"a":[{"error":"ERR_BLANK"}]}"#;
        assert!(serde_json::from_str::<ValidationDetails>(bad).is_err());
        assert!(serde_json::from_str::<ValidationDetails>("[]").is_err());
    }
}
