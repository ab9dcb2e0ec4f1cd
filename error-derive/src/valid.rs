//! The checks of the derive. Every error is collected; what passes becomes
//! a [`Plan`] per variant, which the expander turns into code.

mod details;
mod example;
mod header;
mod mask;
mod oauth;

pub use header::HeaderPlan;

use crate::ast::{Field, Input, Style, Variant};
use crate::case::snake_case;
use crate::ctxt::Errors;
use crate::status;
use crate::suggest::{did_you_mean, listed};
use crate::template::{self, ArgRef, Piece, Placeholder, Template, Trait};
use proc_macro2::Span;
use std::collections::HashMap;
use syn::LitStr;

/// A template whose arguments are field indices of the variant.
pub type Text = Template<usize>;

/// Everything the expander needs about one checked variant.
pub struct Plan {
    pub status: u16,
    pub code: String,
    /// What the client is told; for a 5xx variant without `#[message]`, the
    /// status's reason phrase.
    pub message: Text,
    /// The message template as written (or the reason phrase).
    pub message_source: String,
    pub description: Option<Text>,
    pub description_source: Option<String>,
    pub docs: String,
    /// The fields the texts show, each once, in the order of first use.
    pub placeholders: Vec<usize>,
    /// The text `#[example]` gives each field it names, by field index.
    pub examples: Vec<(usize, String)>,
    pub since: Option<String>,
    /// The note of `#[deprecated]`, empty without one.
    pub deprecated: Option<String>,
    /// `#[header]`s, in the order written.
    pub headers: Vec<HeaderPlan>,
    /// The problem details `type`: the type base joined with the code.
    pub problem_type: String,
    /// Whether clients are told only the reason phrase; see `mask`.
    pub masked: bool,
    /// The message of a masked variant that has one: not sent, but still
    /// the text of `#[api_error(display)]`, which is for logs.
    pub internal: Option<Text>,
    /// The index of the `#[details]` field.
    pub details: Option<usize>,
}

/// Checks the input; the plans, in declaration order, when there is no error.
pub fn check(input: &Input, errors: &mut Errors) -> Vec<Plan> {
    let mut plans = Vec::with_capacity(input.variants.len());
    for variant in &input.variants {
        if let Some(plan) = check_variant(input, variant, errors) {
            plans.push(plan);
        }
    }
    check_codes(input, errors);
    oauth::check_container(input, errors);
    details::check(input, errors);
    plans
}

fn check_variant(input: &Input, variant: &Variant, errors: &mut Errors) -> Option<Plan> {
    let status = check_status(input, variant, errors);
    let texts = check_texts(input, variant, status, errors);
    // The texts clients are shown, when they are right.
    let mut shown: Option<Vec<&Text>> = None;
    let mut oauth_texts = (None, None);
    if let Some((message, description)) = &texts {
        let mut both = Vec::with_capacity(2);
        both.extend(message);
        both.extend(description);
        shown = Some(both);
        oauth_texts = (message.as_ref(), description.as_ref());
    }
    let examples = example::check(input, variant, shown.as_deref(), errors);
    let placeholders = match &shown {
        Some(shown) => shown_fields(shown),
        None => Vec::new(),
    };
    let headers = header::check(input, variant, errors);
    oauth::check(input, variant, status, oauth_texts, errors);

    let (message, description) = texts?;
    let headers = headers?;
    let status = status?;
    let attrs = &variant.attrs;
    let (message, message_source) = match (message, &attrs.message) {
        (Some(text), Some(lit)) => (text, lit.value()),
        _ => reason_phrase(status),
    };
    let code = code_of(variant);
    let plan = Plan {
        status,
        problem_type: problem_type(input, &code),
        code,
        message,
        message_source,
        description,
        description_source: attrs.description.as_ref().map(LitStr::value),
        docs: variant.docs(),
        placeholders,
        examples,
        since: since_of(input, variant),
        deprecated: attrs.deprecated.clone(),
        headers,
        masked: false,
        internal: None,
        details: details::field_of(variant),
    };
    Some(mask::apply(input, variant, plan, errors))
}

/// `type_base` joined with `code` by a `/` unless it ends with `/` or
/// `#`; `about:blank` without a base, as RFC 9457 says.
fn problem_type(input: &Input, code: &str) -> String {
    match input.container.type_base.as_deref() {
        None => "about:blank".to_owned(),
        Some(base) if base.ends_with('/') || base.ends_with('#') => format!("{base}{code}"),
        Some(base) => format!("{base}/{code}"),
    }
}

/// The message and the description, each if given; `None` when one is
/// wrong, or when the variant may not go without a message.
fn check_texts(
    input: &Input,
    variant: &Variant,
    status: Option<u16>,
    errors: &mut Errors,
) -> Option<(Option<Text>, Option<Text>)> {
    let attrs = &variant.attrs;
    let message = attrs
        .message
        .as_ref()
        .map(|lit| check_template(input, variant, ("message", lit), errors));
    let description = attrs
        .description
        .as_ref()
        .map(|lit| check_template(input, variant, ("description", lit), errors));
    if attrs.message.is_none() && !check_without_message(input, variant, status, errors) {
        return None;
    }
    // A text that was given must have passed; one not given is `None`.
    if matches!(message, Some(None)) || matches!(description, Some(None)) {
        return None;
    }
    Some((message.flatten(), description.flatten()))
}

/// The fields `texts` show, each once, in the order of first use: the
/// value of a placeholder, then the fields of its width and precision.
fn shown_fields(texts: &[&Text]) -> Vec<usize> {
    let mut shown = Vec::new();
    for text in texts {
        for piece in &text.pieces {
            let Piece::Arg(placeholder) = piece else {
                continue;
            };
            push_once(&mut shown, placeholder.arg);
            for &field in placeholder.spec.count_args() {
                push_once(&mut shown, field);
            }
        }
    }
    shown
}

fn push_once(fields: &mut Vec<usize>, field: usize) {
    for &known in fields.iter() {
        if known == field {
            return;
        }
    }
    fields.push(field);
}

/// The version of `#[since]`, on the variant or else on the enum.
fn since_of(input: &Input, variant: &Variant) -> Option<String> {
    let since = variant
        .attrs
        .since
        .as_ref()
        .or(input.default_since.as_ref())?;
    Some(since.value())
}

/// A variant without `#[message]` may only be a server error without a
/// description: it tells clients the reason phrase and nothing else.
/// Whether the variant passes.
fn check_without_message(
    input: &Input,
    variant: &Variant,
    status: Option<u16>,
    errors: &mut Errors,
) -> bool {
    if variant.attrs.is_given("message") {
        // Malformed, and reported as such.
        return false;
    }
    if let Some(near) = variant.attrs.near_miss("message") {
        near.report(errors);
        return false;
    }
    let client_error = match status {
        Some(status) if status < 500 => Some(status),
        _ => None,
    };
    if let Some(lit) = &variant.attrs.description {
        let remedy = if client_error.is_some() {
            "add `#[message(\"...\")]` saying what went wrong"
        } else {
            "without one, a server error shows clients only its reason phrase"
        };
        errors.error(
            lit.span(),
            format_args!("a `#[description]` needs a `#[message]`; {remedy}"),
        );
        return false;
    }
    if let Some(status) = client_error {
        errors.error(
            variant.ident.span(),
            format_args!(
                "{} `{}` has the client error status {status} but no `#[message]`; \
                 add `#[message(\"...\")]` saying what went wrong",
                input.noun(),
                variant.name
            ),
        );
        return false;
    }
    true
}

/// The message of a 5xx variant without one: only the reason phrase.
fn reason_phrase(status: u16) -> (Text, String) {
    let phrase = status::reason_phrase(status).to_owned();
    let text = Template {
        pieces: vec![Piece::Lit(phrase.clone())],
    };
    (text, phrase)
}

fn check_status(input: &Input, variant: &Variant, errors: &mut Errors) -> Option<u16> {
    if let Some(status) = variant.attrs.status.or(input.default_status) {
        return Some(status.code);
    }
    if variant.attrs.is_given("status") || input.has_default_status {
        // Malformed, or misspelled on the enum, and reported as such.
        return None;
    }
    if let Some(near) = variant.attrs.near_miss("status") {
        near.report(errors);
        return None;
    }
    let remedy = if input.kind == crate::ast::Kind::Struct {
        "add `#[status(...)]` to it".to_owned()
    } else {
        "add `#[status(...)]` to it, or a default `#[status(...)]` to the enum".to_owned()
    };
    errors.error(
        variant.ident.span(),
        format_args!(
            "{} `{}` has no status; {remedy}",
            input.noun(),
            variant.name
        ),
    );
    None
}

/// Parses a template and resolves its arguments to the variant's fields.
fn check_template(
    input: &Input,
    variant: &Variant,
    (attr, lit): (&str, &LitStr),
    errors: &mut Errors,
) -> Option<Text> {
    let value = lit.value();
    if value.trim().is_empty() {
        errors.error(lit.span(), empty_text(attr));
        return None;
    }
    let parsed = match template::parse(&value) {
        Ok(parsed) => parsed,
        Err(error) => {
            errors.error(lit.span(), format_args!("invalid `#[{attr}]`: {}", error.0));
            return None;
        }
    };
    let shows_addresses = check_no_pointer(&parsed, lit, errors);
    let mut next = 0;
    let mut resolve = |arg| resolve(input, variant, arg, &mut next);
    match parsed.try_map(&mut resolve) {
        Ok(text) if !shows_addresses => Some(text),
        Ok(_) => None,
        Err(problems) => {
            for problem in problems {
                errors.error(lit.span(), problem);
            }
            None
        }
    }
}

fn empty_text(attr: &str) -> String {
    if attr == "message" {
        "empty message; say what went wrong".to_owned()
    } else {
        format!("empty {attr}; say more, or remove the `#[{attr}]`")
    }
}

/// `{:p}` formats the address of a field: never for clients. Whether the
/// template has one.
fn check_no_pointer(template: &Template<ArgRef>, lit: &LitStr, errors: &mut Errors) -> bool {
    let mut found = false;
    for piece in &template.pieces {
        let Piece::Arg(placeholder) = piece else {
            continue;
        };
        if placeholder.spec.trait_() != Trait::Pointer {
            continue;
        }
        let arg = written_arg(&placeholder.arg);
        errors.error(
            lit.span(),
            format_args!(
                "`{}` would show clients a memory address; show the value with \
                 `{{{arg}}}` or `{{{arg}:?}}`",
                written(placeholder)
            ),
        );
        found = true;
    }
    found
}

/// A placeholder as the template writes it, such as `{0:>5p}`.
fn written(placeholder: &Placeholder<ArgRef>) -> String {
    let spec = placeholder.spec.render(written_arg);
    format!("{{{}:{spec}}}", written_arg(&placeholder.arg))
}

fn written_arg(arg: &ArgRef) -> String {
    match arg {
        ArgRef::Next => String::new(),
        ArgRef::Index(index) => index.to_string(),
        ArgRef::Name(name) => name.clone(),
    }
}

/// The field index an argument names, or why it names none.
fn resolve(
    input: &Input,
    variant: &Variant,
    arg: ArgRef,
    next: &mut usize,
) -> Result<usize, String> {
    let noun = input.noun();
    let name = &variant.name;
    match (arg, variant.style) {
        (ArgRef::Next, Style::Named) => Err(format!(
            "`{{}}` needs a positional field, but {noun} `{name}` has named fields; \
             write the field's name, as in `{{{}}}`",
            first_name(&variant.fields)
        )),
        (ArgRef::Next, _) => {
            let index = *next;
            *next += 1;
            by_index(noun, variant, index, "`{}`")
        }
        (ArgRef::Index(index), Style::Named) => Err(format!(
            "`{{{index}}}` names a positional field, but {noun} `{name}` has named fields; \
             write the field's name, as in `{{{}}}`",
            first_name(&variant.fields)
        )),
        (ArgRef::Index(index), _) => by_index(noun, variant, index, &format!("`{{{index}}}`")),
        (ArgRef::Name(field), _) => by_name(noun, variant, &field),
    }
}

fn first_name(fields: &[Field]) -> String {
    match fields.first() {
        Some(field) => field.name.clone(),
        None => "field".to_owned(),
    }
}

fn by_index(noun: &str, variant: &Variant, index: usize, written: &str) -> Result<usize, String> {
    let count = variant.fields.len();
    if index < count {
        return Ok(index);
    }
    let has = match count {
        0 => "no fields".to_owned(),
        1 => "1 field".to_owned(),
        n => format!("{n} fields"),
    };
    Err(format!(
        "{written} has no field to show: {noun} `{}` has {has}",
        variant.name
    ))
}

fn by_name(noun: &str, variant: &Variant, name: &str) -> Result<usize, String> {
    for field in &variant.fields {
        if field.ident.is_some() && field.name == name {
            return Ok(field.index);
        }
    }
    let hint = match variant.style {
        Style::Tuple => "; its fields are positional: write `{0}`".to_owned(),
        Style::Unit => "; it has no fields".to_owned(),
        Style::Named => field_hint(variant, name),
    };
    Err(format!(
        "no field `{name}` on {noun} `{}`{hint}",
        variant.name
    ))
}

/// The field `name` may be a typo of, or else the fields there are.
fn field_hint(variant: &Variant, name: &str) -> String {
    let mut names = Vec::with_capacity(variant.fields.len());
    for field in &variant.fields {
        names.push(field.name.as_str());
    }
    let hint = did_you_mean(name, &names);
    if !hint.is_empty() {
        return hint;
    }
    match names.as_slice() {
        [] => String::new(),
        [one] => format!("; its field is `{one}`"),
        _ => format!("; its fields are {}", listed(&names, ", ")),
    }
}

/// The code of a variant: `#[code]`, or its name in snake case.
fn code_of(variant: &Variant) -> String {
    match &variant.attrs.code {
        Some(lit) => lit.value(),
        None => snake_case(&variant.name),
    }
}

/// Codes are non-empty, made of `a-z`, `0-9`, `_`, `.` and `-`, and unique
/// within the type; a default code as much as a `#[code]`.
fn check_codes(input: &Input, errors: &mut Errors) {
    // By code: the first variant that uses it. A map, so that an enum of
    // thousands of variants is checked in linear time.
    let mut seen: HashMap<String, (Span, &str)> = HashMap::new();
    for variant in &input.variants {
        if variant.attrs.code.is_none() && variant.attrs.is_given("code") {
            // Malformed, and already reported.
            continue;
        }
        let code = code_of(variant);
        let span = match &variant.attrs.code {
            Some(lit) => lit.span(),
            None => variant.ident.span(),
        };
        if !is_valid_code(&code) {
            errors.error(span, invalid_code(input, variant, &code));
            continue;
        }
        match seen.get(&code) {
            Some((first, owner)) => errors.clash(
                span,
                format_args!(
                    "code `{code}` is already used by {} `{owner}`; codes must be unique: \
                     give one of them another `#[code(\"...\")]`",
                    input.noun()
                ),
                *first,
                format_args!("code `{code}` first used here"),
            ),
            None => {
                seen.insert(code, (span, &variant.name));
            }
        }
    }
}

fn is_valid_code(code: &str) -> bool {
    for ch in code.chars() {
        if !matches!(ch, 'a'..='z' | '0'..='9' | '_' | '.' | '-') {
            return false;
        }
    }
    !code.is_empty()
}

fn invalid_code(input: &Input, variant: &Variant, code: &str) -> String {
    if variant.attrs.code.is_none() {
        return format!(
            "the default code `{}` of {} `{}` may only hold `a-z`, `0-9`, `_`, `.` and `-`; \
             give it a `#[code(\"...\")]`",
            code.escape_debug(),
            input.noun(),
            variant.name,
        );
    }
    if code.is_empty() {
        return "empty `#[code]`; give a code such as `not_found`".to_owned();
    }
    format!(
        "code `{}` may only hold `a-z`, `0-9`, `_`, `.` and `-`; write it as `{}`",
        code.escape_debug(),
        suggested_code(code)
    )
}

fn suggested_code(code: &str) -> String {
    let mut cleaned = String::with_capacity(code.len());
    for ch in code.chars() {
        cleaned.push(if ch.is_alphanumeric() { ch } else { '_' });
    }
    let mut kept = String::with_capacity(cleaned.len());
    for ch in snake_case(&cleaned).chars() {
        if ch.is_ascii_alphanumeric() || ch == '_' {
            kept.push(ch);
        }
    }
    if kept.is_empty() {
        "not_found".to_owned()
    } else {
        kept
    }
}
