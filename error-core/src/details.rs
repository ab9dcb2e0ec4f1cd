//! The `details` member of a body: the value of a `#[details]` field,
//! serialized with serde at run time.
//!
//! A value that cannot be serialized (a map with keys that are not strings,
//! a `Serialize` impl that returns an error) and a value that serializes to
//! `null` leave the member out: the body stays the valid JSON of the other
//! members, and rendering never panics.

use crate::json::JsonBody;
use serde::Serialize;
use serde_json::Value;

/// The value of a `#[details]` field as JSON, or `None` when it is left out
/// of the body: it fails to serialize, or it is `null`.
pub fn to_value<T: Serialize + ?Sized>(value: &T) -> Option<Value> {
    match serde_json::to_value(value) {
        Ok(Value::Null) | Err(_) => None,
        Ok(value) => Some(value),
    }
}

/// Appends `,"details":<value>` to a body, unless the value is left out.
#[doc(hidden)]
pub fn push_details<T: Serialize + ?Sized>(body: &mut JsonBody, value: &T) {
    if let Some(json) = to_json(value) {
        body.raw(",\"details\":");
        body.raw(&json);
    }
}

/// The compact JSON text of a value, with the characters the body writer
/// escapes and serde_json does not (U+007F, U+2028, U+2029) escaped too,
/// so that every string of a body follows the same rules. They can only
/// occur inside strings, where the escape means the same character.
fn to_json<T: Serialize + ?Sized>(value: &T) -> Option<String> {
    let json = serde_json::to_string(value)
        .ok()
        .filter(|json| json != "null")?;
    if !json.contains(is_escaped_here) {
        return Some(json);
    }
    let mut out = String::with_capacity(json.len() + 12);
    for ch in json.chars() {
        match ch {
            '\u{7f}' => out.push_str("\\u007f"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            _ => out.push(ch),
        }
    }
    Some(out)
}

fn is_escaped_here(ch: char) -> bool {
    matches!(ch, '\u{7f}' | '\u{2028}' | '\u{2029}')
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    fn body_with<T: Serialize + ?Sized>(value: &T) -> String {
        let mut body = JsonBody::with_capacity(0);
        body.raw("{\"error\":\"x\"");
        push_details(&mut body, value);
        body.raw("}");
        body.finish().into_owned()
    }

    #[test]
    fn appends_the_serialized_value() {
        let mut map = BTreeMap::new();
        let _ = map.insert("name", vec!["can't be blank"]);
        assert_eq!(
            body_with(&map),
            r#"{"error":"x","details":{"name":["can't be blank"]}}"#
        );
    }

    #[test]
    fn leaves_out_null_and_failures() {
        assert_eq!(body_with(&Option::<u8>::None), r#"{"error":"x"}"#);
        let mut bad = BTreeMap::new();
        let _ = bad.insert(vec![1], 2);
        assert_eq!(body_with(&bad), r#"{"error":"x"}"#);
        assert_eq!(to_value(&bad), None);
        assert_eq!(to_value(&()), None);
    }

    #[test]
    fn escapes_like_the_body_writer() {
        let body = body_with("a\u{2028}b\u{7f}\"");
        assert_eq!(body, r#"{"error":"x","details":"a\u2028b\u007f\""}"#);
        let back: Value = serde_json::from_str(&body).unwrap();
        assert_eq!(back["details"], "a\u{2028}b\u{7f}\"");
    }
}
