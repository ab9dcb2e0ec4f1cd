//! `#[api_error(oauth)]`: every text a variant sends fits RFC 6749's
//! character set for `error` and `error_description`.
//!
//! RFC 6749 §5.2 allows in both only printable ASCII other than `"` and `\`
//! (%x20-21 / %x23-5B / %x5D-7E). The texts are checked here, at compile
//! time, so they must be fixed: a placeholder's value could hold anything,
//! and an OAuth client would be the first to find out.

use super::Text;
use crate::ast::{Input, Variant};
use crate::attr::Exposure;
use crate::ctxt::Errors;
use syn::LitStr;

/// The checks of one variant of an OAuth enum; `message` and
/// `description` are the variant's texts, when they parsed.
pub fn check(
    input: &Input,
    variant: &Variant,
    status: Option<u16>,
    (message, description): (Option<&Text>, Option<&Text>),
    errors: &mut Errors,
) {
    if input.container.oauth.is_none() {
        return;
    }
    check_public(input, variant, status, errors);
    if let (Some(text), Some(lit)) = (message, &variant.attrs.message) {
        check_text(Role::Code, text, lit, errors);
    }
    if let (Some(text), Some(lit)) = (description, &variant.attrs.description) {
        check_text(Role::Description, text, lit, errors);
    }
}

/// Which member of the body a text is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    Code,
    Description,
}

impl Role {
    fn noun(self) -> &'static str {
        match self {
            Role::Code => "error code",
            Role::Description => "error description",
        }
    }
}

/// An OAuth error is sent as its code: it has one, and it is never masked.
fn check_public(input: &Input, variant: &Variant, status: Option<u16>, errors: &mut Errors) {
    if let Some(marker) = variant.attrs.marked(Exposure::Masked) {
        errors.error(
            marker.span,
            "an OAuth error cannot be `#[masked]`: clients act on its code; remove \
             `#[masked]`, or move the variant to an enum without `oauth`",
        );
    } else if is_unreported_without_message(variant, status) {
        errors.error(
            variant.ident.span(),
            format_args!(
                "{} `{}` of an OAuth error has no error code; add one as its \
                 message, as in `#[message(\"server_error\")]`",
                input.noun(),
                variant.name
            ),
        );
    }
}

/// A variant without a message that no other check reports: a server
/// error, which elsewhere may go without one.
fn is_unreported_without_message(variant: &Variant, status: Option<u16>) -> bool {
    let attrs = &variant.attrs;
    matches!(status, Some(500..))
        && attrs.message.is_none()
        && !attrs.is_given("message")
        && attrs.description.is_none()
        && attrs.near_miss("message").is_none()
}

/// `mask = "..."` does not go with `oauth`.
pub fn check_container(input: &Input, errors: &mut Errors) {
    let (Some(_), Some(mask)) = (input.container.oauth, input.container.mask_span) else {
        return;
    };
    errors.error(
        mask,
        "an OAuth error cannot be masked: clients act on its code; remove `mask`, \
         or move the masked variants to an enum without `oauth`",
    );
}

fn check_text(role: Role, text: &Text, lit: &LitStr, errors: &mut Errors) {
    if !text.is_static() {
        errors.error(
            lit.span(),
            format_args!(
                "an OAuth {} cannot show fields: RFC 6749 §5.2 limits it to printable \
                 ASCII, which a field's value cannot be checked for; write the text out",
                role.noun()
            ),
        );
        return;
    }
    for ch in text.literal_text().chars() {
        if !is_allowed(role, ch) {
            errors.error(lit.span(), refusal(role, ch));
            return;
        }
    }
}

/// RFC 6749's NQSCHAR; a code also has no space, being one token.
fn is_allowed(role: Role, ch: char) -> bool {
    let is_nqschar = matches!(ch, '\x20'..='\x21' | '\x23'..='\x5b' | '\x5d'..='\x7e');
    is_nqschar && !(role == Role::Code && ch == ' ')
}

fn refusal(role: Role, ch: char) -> String {
    if ch == ' ' {
        return "an OAuth error code cannot contain a space; write one token such as \
                `invalid_request`, and the sentence in `#[description(\"...\")]`"
            .to_owned();
    }
    format!(
        "character {} is not allowed in an OAuth {} (RFC 6749 §5.2 allows printable \
         ASCII except `\"` and `\\`); {}",
        shown(ch),
        role.noun(),
        remedy(ch)
    )
}

/// The character as the message names it: itself in backticks, or its code
/// point when it would not show.
fn shown(ch: char) -> String {
    if ch.is_control() || ch.is_whitespace() {
        format!("U+{:04X}", u32::from(ch))
    } else {
        format!("`{ch}`")
    }
}

fn remedy(ch: char) -> &'static str {
    match ch {
        '"' | '\u{201c}' | '\u{201d}' | '\u{2018}' | '\u{2019}' => "write `'` instead",
        '\\' => "write `/` instead, or rephrase",
        _ if ch.is_whitespace() => "write a plain space instead",
        _ if ch.is_control() => "remove it",
        _ => "write the text in ASCII",
    }
}

#[cfg(test)]
mod tests {
    use super::{is_allowed, Role};

    #[test]
    fn allows_exactly_rfc_6749_nqschar() {
        let allowed: String = (0u8..=0x7f)
            .map(char::from)
            .filter(|&ch| is_allowed(Role::Description, ch))
            .collect();
        assert_eq!(allowed.len(), 0x7e - 0x20 + 1 - 2);
        assert!(!allowed.contains('"') && !allowed.contains('\\'));
        assert!(allowed.contains(' ') && allowed.contains('~') && allowed.contains('!'));
        assert!(!is_allowed(Role::Description, 'é'));
        assert!(!is_allowed(Role::Description, '\x7f'));
        assert!(!is_allowed(Role::Code, ' '));
        assert!(is_allowed(Role::Code, '_'));
    }
}
