//! Masking: which variants tell clients only their status's reason phrase.

use crate::ast::{Input, Variant};
use crate::attr::Exposure;
use crate::ctxt::Errors;
use crate::valid::Plan;

/// Whether `variant`, of status `status`, is masked.
///
/// A variant without a message is always masked: it has nothing else to
/// tell clients. Otherwise its own `#[masked]` or `#[public]` decides, and
/// without one the enum's `mask = "..."` does.
pub fn is_masked(input: &Input, variant: &Variant, status: u16, errors: &mut Errors) -> bool {
    let marker = variant.attrs.exposure;
    if variant.attrs.message.is_none() {
        if let Some(public) = marker.filter(|m| m.exposure == Exposure::Public) {
            errors.error(
                public.span,
                format_args!(
                    "{} `{}` has no `#[message]`, so it cannot be public: clients are \
                     told only its reason phrase; add `#[message(\"...\")]`",
                    input.noun(),
                    variant.name
                ),
            );
        }
        return true;
    }
    match marker.map(|marker| marker.exposure) {
        Some(exposure) => exposure == Exposure::Masked,
        None => input.container.mask.covers(status),
    }
}

/// The plan of `variant` as clients see it: when the variant is masked, its
/// message and description give way to the reason phrase, and nothing of
/// its fields is shown or documented.
pub fn apply(input: &Input, variant: &Variant, plan: Plan, errors: &mut Errors) -> Plan {
    if !is_masked(input, variant, plan.status, errors) {
        return plan;
    }
    let (message, message_source) = super::reason_phrase(plan.status);
    let internal = variant.attrs.message.as_ref().map(|_| plan.message);
    Plan {
        message,
        message_source,
        description: None,
        description_source: None,
        placeholders: Vec::new(),
        examples: Vec::new(),
        masked: true,
        internal,
        ..plan
    }
}
